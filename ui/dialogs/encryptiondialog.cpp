#include "encryptiondialog.hpp"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "core/cipher.hpp"
#include "core/databasecontroller.hpp"
#include "core/valueformat.hpp"
#include "widgets/secretfield.hpp"

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
  auto* passphraseField = new SecretField(QStringLiteral("newPassphrase"), this);
  passphrase_ = passphraseField->edit();
  auto* confirmField = new SecretField(QStringLiteral("confirmPassphrase"), this);
  confirm_ = confirmField->edit();
  auto* keyField = new SecretField(QStringLiteral("newKey"), this);
  key_ = keyField->edit();
  key_->setPlaceholderText(QStringLiteral("000102…1f"));
  problem_ = new QLabel(this);
  problem_->setObjectName(QStringLiteral("secretProblem"));
  problem_->setWordWrap(true);
  QPalette warn = problem_->palette();
  warn.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
  problem_->setPalette(warn);
  problem_->hide();
  cipher_ = new QComboBox(this);
  cipher_->setObjectName(QStringLiteral("cipherChoice"));
  if (mode == Mode::ChangeKey) cipher_->addItem(tr("Keep the current cipher"), -1);
  for (Cipher c : {Cipher::Aes256Gcm, Cipher::ChaCha20Poly1305}) cipher_->addItem(cipherName(c), int(c));
  auto* form = new QFormLayout;
  form->addRow(use_passphrase_, passphraseField);
  form->addRow(tr("Again:"), confirmField);
  form->addRow(useKey, keyField);
  form->addRow(tr("Cipher:"), cipher_);
  body()->addLayout(form);
  body()->addWidget(problem_);
  auto validate = [this] {
    runButton()->setEnabled(newSecret().has_value() && !isRunning());
    // Say what is wrong once there is something to judge.
    QString problem;
    if (use_passphrase_->isChecked() && !confirm_->text().isEmpty() && passphrase_->text() != confirm_->text())
      problem = tr("The two passphrases differ.");
    else if (!use_passphrase_->isChecked() && !key_->text().isEmpty() && !newSecret())
      problem = tr("A key is 32 bytes written as 64 hex digits.");
    problem_->setText(problem);
    problem_->setVisible(!problem.isEmpty());
    contentsChanged();
  };
  connect(passphrase_, &QLineEdit::textChanged, this, validate);
  connect(confirm_, &QLineEdit::textChanged, this, validate);
  connect(key_, &QLineEdit::textChanged, this, validate);
  connect(use_passphrase_, &QRadioButton::toggled, this, validate);
  connect(key_, &QLineEdit::textEdited, this, [useKey] { useKey->setChecked(true); });
  connect(passphrase_, &QLineEdit::textEdited, this, [this] { use_passphrase_->setChecked(true); });
  connect(confirm_, &QLineEdit::textEdited, this, [this] { use_passphrase_->setChecked(true); });
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
  std::optional<Cipher> cipher;
  if (cipher_ && cipher_->currentData().toInt() >= 0) cipher = Cipher(cipher_->currentData().toInt());
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
