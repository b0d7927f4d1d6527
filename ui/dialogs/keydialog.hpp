// KeyDialog: asks for the passphrase or key of an encrypted database, as a
// passphrase, a raw key in hex, or a key file holding the 32 raw bytes.
#pragma once

#include <QDialog>
#include <optional>

#include "core/session.hpp"

class QLabel;
class QLineEdit;
class QRadioButton;
class QDialogButtonBox;

namespace browser {

class KeyDialog : public QDialog {
  Q_OBJECT
 public:
  // `wrongKey`: the last try failed, and the dialog says so.
  KeyDialog(const QString& path, const QString& cipher, bool wrongKey, QWidget* parent = nullptr);
  // What was entered; nothing until it is complete and well formed.
  std::optional<Secret> secret() const;

  // What the user chose and typed, to offer again after a wrong try.
  struct Entry {
    enum class Kind { Passphrase, Key, KeyFile };
    Kind kind = Kind::Passphrase;
    QString text;
  };
  Entry entry() const;
  // Chooses `e`'s kind and fills in its text, selected for retyping.
  void restore(const Entry& e);

 private:
  void validate();

  QRadioButton* use_passphrase_;
  QRadioButton* use_key_;
  QRadioButton* use_key_file_;
  QLineEdit* passphrase_;  // inside SecretFields (Show)
  QLineEdit* key_;
  QLineEdit* key_file_;
  QLabel* problem_;
  QDialogButtonBox* buttons_;
};

}  // namespace browser
