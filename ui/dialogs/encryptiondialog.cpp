#include "encryptiondialog.hpp"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "core/databasecontroller.hpp"
#include "core/valueformat.hpp"

namespace browser {

EncryptionDialog::EncryptionDialog(Mode mode, DatabaseController* controller, QWidget* parent)
    : TaskDialog(controller,
                 mode == Mode::Enable      ? tr("Encrypt")
                 : mode == Mode::ChangeKey ? tr("Change Key")
                                           : tr("Decrypt"),
                 parent),
      mode_(mode) {
  setObjectName(QStringLiteral("encryptionDialog"));
  const QString file = controller->info() ? QFileInfo(controller->info()->path).fileName() : QString();
  setWindowTitle(mode == Mode::Enable      ? tr("Encrypt Database")
                 : mode == Mode::ChangeKey ? tr("Change Encryption Key")
                                           : tr("Decrypt Database"));
  QString intro;
  if (mode == Mode::Enable)
    intro = tr("Encrypts every record of %1 with a passphrase (through Argon2id) or a 32-byte key.").arg(file);
  else if (mode == Mode::ChangeKey)
    intro = tr("Re-encrypts every record of %1 with a new passphrase or key (%2 now).")
                .arg(file, controller->info() ? controller->info()->cipher : QString());
  else
    intro = tr("Writes every record of %1 back in plain form: anyone who can read the file can read them.").arg(file);
  auto* label = new QLabel(intro + QLatin1Char(' ') +
                               tr("The database is closed meanwhile and reopened afterwards; the old file is kept "
                                  "until the new one is complete."),
                           this);
  label->setWordWrap(true);
  body()->addWidget(label);
  setMinimumWidth(480);
  if (mode == Mode::Disable) return;

  use_passphrase_ = new QRadioButton(tr("&Passphrase"), this);
  auto* useKey = new QRadioButton(tr("&Key (64 hex digits)"), this);
  use_passphrase_->setChecked(true);
  passphrase_ = new QLineEdit(this);
  passphrase_->setObjectName(QStringLiteral("newPassphrase"));
  passphrase_->setEchoMode(QLineEdit::Password);
  confirm_ = new QLineEdit(this);
  confirm_->setObjectName(QStringLiteral("confirmPassphrase"));
  confirm_->setEchoMode(QLineEdit::Password);
  key_ = new QLineEdit(this);
  key_->setObjectName(QStringLiteral("newKey"));
  key_->setEchoMode(QLineEdit::Password);
  cipher_ = new QComboBox(this);
  cipher_->setObjectName(QStringLiteral("cipherChoice"));
  if (mode == Mode::ChangeKey) cipher_->addItem(tr("Keep the current cipher"), -1);
  cipher_->addItem(QStringLiteral("AES-256-GCM"), int(emdb::Cipher::Aes256Gcm));
  cipher_->addItem(QStringLiteral("ChaCha20-Poly1305"), int(emdb::Cipher::ChaCha20Poly1305));
  auto* form = new QFormLayout;
  form->addRow(use_passphrase_, passphrase_);
  form->addRow(tr("Again:"), confirm_);
  form->addRow(useKey, key_);
  form->addRow(tr("Cipher:"), cipher_);
  body()->addLayout(form);
  auto validate = [this] { runButton()->setEnabled(newSecret().has_value() && !isRunning()); };
  connect(passphrase_, &QLineEdit::textChanged, this, validate);
  connect(confirm_, &QLineEdit::textChanged, this, validate);
  connect(key_, &QLineEdit::textChanged, this, validate);
  connect(use_passphrase_, &QRadioButton::toggled, this, validate);
  connect(key_, &QLineEdit::textEdited, this, [useKey] { useKey->setChecked(true); });
  connect(passphrase_, &QLineEdit::textEdited, this, [this] { use_passphrase_->setChecked(true); });
  validate();
}

std::optional<Secret> EncryptionDialog::newSecret() const {
  if (!use_passphrase_) return std::nullopt;
  if (use_passphrase_->isChecked()) {
    if (passphrase_->text().isEmpty() || passphrase_->text() != confirm_->text()) return std::nullopt;
    return Secret(Passphrase{passphrase_->text()});
  }
  auto k = fromHex(key_->text());
  if (!k || k->size() != 32) return std::nullopt;
  return Secret(RawKey{*k});
}

void EncryptionDialog::start() {
  std::optional<Secret> current = controller()->openRequest().secret;
  std::optional<Secret> next = newSecret();
  if (mode_ != Mode::Disable && !next) return;
  std::optional<emdb::Cipher> cipher;
  if (cipher_ && cipher_->currentData().toInt() >= 0) cipher = emdb::Cipher(cipher_->currentData().toInt());
  if (mode_ == Mode::Enable) current.reset();
  if (mode_ == Mode::Disable) next.reset();
  setRunning(true);
  auto* c = controller();
  connect(
      c, &DatabaseController::encryptionChanged, this,
      [this](const QString& error) {
        setRunning(false);
        if (error.isEmpty())
          showResult(mode_ == Mode::Disable ? tr("Done: the database is no longer encrypted.")
                                            : tr("Done: only the new passphrase or key opens the database now."));
        else
          showResult(tr("Nothing was changed: %1").arg(error), true);
        Q_EMIT finished(error);
      },
      Qt::SingleShotConnection);
  c->changeEncryption(current, next, cipher);
}

}  // namespace browser
