// HexBytesDialog: a few bytes (a binary key) edited in the hex editor,
// held whole: typed hex digits insert bytes (Insert switches to typing over
// them), Delete and Backspace remove them, Shift or the mouse selects.
#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;

namespace browser {

class ValueView;

class HexBytesDialog : public QDialog {
  Q_OBJECT
 public:
  HexBytesDialog(const QByteArray& bytes, const QString& title, QWidget* parent = nullptr);
  // The bytes as edited.
  QByteArray bytes() const;
  ValueView* view() const { return view_; }

 private:
  QByteArray original_;
  ValueView* view_;
  QLabel* status_;
};

}  // namespace browser
