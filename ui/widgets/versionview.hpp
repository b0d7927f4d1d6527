// VersionView: one value, or two side by side with what differs marked, for
// the dialogs that show records from the journal's past or from another
// database. Text is shown as text, anything else as hex; values arrive cut
// to their first bytes, and the view says so.
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace browser {

class VersionView : public QWidget {
  Q_OBJECT
 public:
  explicit VersionView(QWidget* parent = nullptr);

  // `bytes`: the first bytes of a value of `size` bytes; `title` names it.
  void showOne(const QString& title, const QByteArray& bytes, qint64 size);
  // Both values side by side: lines that differ are marked on both sides,
  // and the line above says where they first differ (or that they are the same).
  void showTwo(const QString& titleA, const QByteArray& a, qint64 sizeA, const QString& titleB, const QByteArray& b,
               qint64 sizeB);
  // A line of text instead of a value (a removal, an error).
  void showMessage(const QString& text);
  void clear();

  // What the summary line says (for tests and screen readers).
  QString summary() const;
  QString leftText() const;
  QString rightText() const;

 private:
  QLabel* summary_;
  QLabel* left_title_;
  QLabel* right_title_;
  QPlainTextEdit* left_;
  QPlainTextEdit* right_;
  QWidget* right_side_;
};

}  // namespace browser
