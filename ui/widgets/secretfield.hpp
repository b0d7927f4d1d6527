// SecretField: a line edit for a passphrase or key, hidden as it is typed,
// with a Show button beside it that reveals what was typed (to check a long
// hex key) and hides it again.
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace browser {

class SecretField : public QWidget {
  Q_OBJECT
 public:
  // The line edit is named `objectName`; the button `objectName + "Show"`.
  explicit SecretField(const QString& objectName, QWidget* parent = nullptr);
  QLineEdit* edit() const { return edit_; }
  bool isRevealed() const;
  void setRevealed(bool on);

 private:
  QLineEdit* edit_;
  QToolButton* show_;
};

}  // namespace browser
