#include "keydialog.hpp"

#include <QDialogButtonBox>
#include <algorithm>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "core/valueformat.hpp"
#include "fittocontents.hpp"
#include "widgets/secretfield.hpp"

namespace browser {

namespace {

std::optional<QByteArray> keyFromFile(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly) || f.size() > 4096) return std::nullopt;
  const QByteArray data = f.readAll();
  if (data.size() == 32) return data;
  // A key file may also hold the key as 64 hex digits.
  if (auto hex = fromHex(QString::fromLatin1(data.trimmed())); hex && hex->size() == 32) return hex;
  return std::nullopt;
}

}  // namespace

KeyDialog::KeyDialog(const QString& path, const QString& cipher, bool wrongKey, QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("keyDialog"));
  setWindowTitle(tr("Encrypted Database"));
  auto* intro = new QLabel(tr("<b>%1</b> is encrypted with %2. Enter its passphrase or key.")
                               .arg(QFileInfo(path).fileName().toHtmlEscaped(), cipher),
                           this);
  intro->setWordWrap(true);

  use_passphrase_ = new QRadioButton(tr("&Passphrase"), this);
  use_key_ = new QRadioButton(tr("&Key (64 hex digits)"), this);
  use_key_file_ = new QRadioButton(tr("Key &file"), this);
  use_passphrase_->setChecked(true);
  auto* passphraseField = new SecretField(QStringLiteral("passphrase"), this);
  passphrase_ = passphraseField->edit();
  auto* keyField = new SecretField(QStringLiteral("rawKey"), this);
  key_ = keyField->edit();
  key_->setPlaceholderText(QStringLiteral("000102…1f"));
  // Room for a whole key (64 hex digits), and for a passphrase or path as long.
  const int wide = key_->fontMetrics().horizontalAdvance(QString(66, QLatin1Char('0')));
  for (QLineEdit* e : {passphrase_, key_}) e->setMinimumWidth(std::min(wide, 560));
  key_file_ = new QLineEdit(this);
  key_file_->setObjectName(QStringLiteral("keyFile"));
  key_file_->setMinimumWidth(std::min(wide, 560) - 90);
  auto* browse = new QPushButton(tr("Browse…"), this);
  auto* fileRow = new QHBoxLayout;
  fileRow->addWidget(key_file_, 1);
  fileRow->addWidget(browse);

  problem_ = new QLabel(this);
  problem_->setObjectName(QStringLiteral("keyProblem"));
  problem_->setWordWrap(true);
  QPalette warn = problem_->palette();
  warn.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
  problem_->setPalette(warn);
  if (wrongKey) problem_->setText(tr("That passphrase or key is wrong. Try again."));
  problem_->setVisible(wrongKey);

  buttons_ = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
  auto* form = new QFormLayout;
  form->addRow(use_passphrase_, passphraseField);
  form->addRow(use_key_, keyField);
  form->addRow(use_key_file_, fileRow);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(form);
  layout->addWidget(problem_);
  layout->addWidget(buttons_);

  for (QLineEdit* e : {passphrase_, key_, key_file_}) connect(e, &QLineEdit::textChanged, this, &KeyDialog::validate);
  for (QRadioButton* r : {use_passphrase_, use_key_, use_key_file_})
    connect(r, &QRadioButton::toggled, this, &KeyDialog::validate);
  connect(passphrase_, &QLineEdit::textEdited, this, [this] { use_passphrase_->setChecked(true); });
  connect(key_, &QLineEdit::textEdited, this, [this] { use_key_->setChecked(true); });
  connect(key_file_, &QLineEdit::textEdited, this, [this] { use_key_file_->setChecked(true); });
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Key File"));
    if (!f.isEmpty()) {
      key_file_->setText(f);
      use_key_file_->setChecked(true);
    }
  });
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  validate();
  passphrase_->setFocus();
}

std::optional<Secret> KeyDialog::secret() const {
  if (use_passphrase_->isChecked()) {
    if (passphrase_->text().isEmpty()) return std::nullopt;
    return Secret(Passphrase{passphrase_->text()});
  }
  if (use_key_->isChecked()) {
    auto k = fromHex(key_->text());
    if (!k || k->size() != 32) return std::nullopt;
    return Secret(RawKey{*k});
  }
  if (auto k = keyFromFile(key_file_->text())) return Secret(RawKey{*k});
  return std::nullopt;
}

KeyDialog::Entry KeyDialog::entry() const {
  if (use_key_->isChecked()) return {Entry::Kind::Key, key_->text()};
  if (use_key_file_->isChecked()) return {Entry::Kind::KeyFile, key_file_->text()};
  return {Entry::Kind::Passphrase, passphrase_->text()};
}

void KeyDialog::restore(const Entry& e) {
  QRadioButton* choice = e.kind == Entry::Kind::Key       ? use_key_
                         : e.kind == Entry::Kind::KeyFile ? use_key_file_
                                                          : use_passphrase_;
  QLineEdit* field = e.kind == Entry::Kind::Key ? key_ : e.kind == Entry::Kind::KeyFile ? key_file_ : passphrase_;
  choice->setChecked(true);
  field->setText(e.text);
  field->selectAll();
  field->setFocus();
  validate();
}

void KeyDialog::validate() {
  const bool ok = secret().has_value();
  buttons_->button(QDialogButtonBox::Open)->setEnabled(ok);
  if (!ok && use_key_->isChecked() && !key_->text().isEmpty()) {
    problem_->setText(tr("A key is 32 bytes written as 64 hex digits."));
    problem_->setVisible(true);
  } else if (!ok && use_key_file_->isChecked() && !key_file_->text().isEmpty()) {
    problem_->setText(tr("The key file must hold 32 bytes, raw or as 64 hex digits."));
    problem_->setVisible(true);
  } else if (problem_->text() != tr("That passphrase or key is wrong. Try again.")) {
    problem_->setVisible(false);
  }
  growToFit(this);
}

}  // namespace browser
