// KeyEdit: a line to type a key as text, or as hex for binary keys; its
// bytes can also be edited in a hex editor (HexBytesDialog), which leaves
// the line in hex.
#pragma once

#include <QWidget>
#include <optional>

class QCheckBox;
class QLineEdit;
class QToolButton;

namespace browser {

class KeyEdit : public QWidget {
  Q_OBJECT
 public:
  explicit KeyEdit(QWidget* parent = nullptr);
  // Shows `key` as text when it is printable, else as hex.
  void setKey(const QByteArray& key);
  // The key's bytes; nothing when empty or not valid hex in hex mode.
  std::optional<QByteArray> key() const;
  QLineEdit* lineEdit() const { return line_; }
  QCheckBox* hexBox() const { return hex_; }
  // Opens the hex editor on the key's bytes (non-modal to the caller: the
  // line changes when it is accepted).
  void editBytes();

 Q_SIGNALS:
  void changed();

 private:
  QLineEdit* line_;
  QCheckBox* hex_;
  QToolButton* bytes_;
};

}  // namespace browser
