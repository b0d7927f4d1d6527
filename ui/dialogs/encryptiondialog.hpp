// EncryptionDialog: encrypt a plain database, change an encrypted one's key
// (and cipher), or decrypt it. The work is offline: the browser closes the
// database, rewrites it with progress, and reopens it with the new key; a
// failure leaves the original file and says so.
#pragma once

#include <optional>

#include "core/session.hpp"
#include "taskdialog.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace browser {

class EncryptionDialog : public TaskDialog {
  Q_OBJECT
 public:
  enum class Mode { Enable, ChangeKey, Disable };
  EncryptionDialog(Mode mode, DatabaseController* controller, QWidget* parent = nullptr);
  // The new passphrase or key, once well formed (Enable, ChangeKey).
  std::optional<Secret> newSecret() const;

 Q_SIGNALS:
  void finished(const QString& error);

 protected:
  void start() override;

 private:
  Mode mode_;
  QRadioButton* use_passphrase_ = nullptr;
  QLineEdit* passphrase_ = nullptr;
  QLineEdit* confirm_ = nullptr;
  QLineEdit* key_ = nullptr;
  QComboBox* cipher_ = nullptr;
  QLabel* problem_ = nullptr;  // the passphrases differ, the key is malformed
};

}  // namespace browser
