#include "addrecorddialog.hpp"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/durations.hpp"
#include "core/valueformat.hpp"
#include "widgets/keyedit.hpp"

namespace browser {

namespace {
enum Encoding { TextEncoding, HexEncoding, Base64Encoding };
}

AddRecordDialog::AddRecordDialog(const QList<QByteArray>& namespaces, const QByteArray& currentNamespace,
                                 QWidget* parent)
    : QDialog(parent) {
  setObjectName(QStringLiteral("addRecordDialog"));
  setWindowTitle(tr("Add Record"));
  namespace_ = new QComboBox(this);
  namespace_->setObjectName(QStringLiteral("recordNamespace"));
  namespace_->setEditable(true);
  namespace_->setToolTip(tr("Type a new name to create a namespace"));
  namespace_->addItem(tr("(default)"), QByteArray());
  for (const QByteArray& ns : namespaces)
    if (!ns.isEmpty()) namespace_->addItem(QString::fromUtf8(ns), ns);
  namespace_->setCurrentIndex(std::max(0, namespace_->findData(currentNamespace)));

  key_ = new KeyEdit(this);
  encoding_ = new QComboBox(this);
  encoding_->setObjectName(QStringLiteral("valueEncoding"));
  encoding_->addItem(tr("Text"), TextEncoding);
  encoding_->addItem(tr("Hex"), HexEncoding);
  encoding_->addItem(tr("Base64"), Base64Encoding);
  value_ = new QPlainTextEdit(this);
  value_->setObjectName(QStringLiteral("recordValue"));
  ttl_ = new QLineEdit(this);
  ttl_->setObjectName(QStringLiteral("recordTtl"));
  ttl_->setPlaceholderText(tr("never (or e.g. 30m, 1h30m, 7d)"));
  problem_ = new QLabel(this);
  problem_->setObjectName(QStringLiteral("recordProblem"));
  problem_->setWordWrap(true);

  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons_->button(QDialogButtonBox::Ok)->setText(tr("Add"));
  auto* form = new QFormLayout;
  form->addRow(tr("&Namespace:"), namespace_);
  form->addRow(tr("&Key:"), key_);
  form->addRow(tr("Value &as:"), encoding_);
  form->addRow(tr("&Value:"), value_);
  form->addRow(tr("&Expires after:"), ttl_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(problem_);
  layout->addWidget(buttons_);
  connect(key_, &KeyEdit::changed, this, &AddRecordDialog::validate);
  connect(value_, &QPlainTextEdit::textChanged, this, &AddRecordDialog::validate);
  connect(ttl_, &QLineEdit::textChanged, this, &AddRecordDialog::validate);
  connect(encoding_, &QComboBox::currentIndexChanged, this, &AddRecordDialog::validate);
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  validate();
  key_->lineEdit()->setFocus();
}

std::optional<AddRecordDialog::Record> AddRecordDialog::record() const {
  Record r;
  const int i = namespace_->findText(namespace_->currentText());
  r.ns = i >= 0 ? namespace_->itemData(i).toByteArray() : namespace_->currentText().toUtf8();
  auto key = key_->key();
  if (!key) return std::nullopt;
  r.key = *key;
  const QString text = value_->toPlainText();
  switch (encoding_->currentData().toInt()) {
    case HexEncoding:
      if (auto b = fromHex(text))
        r.value = *b;
      else
        return std::nullopt;
      break;
    case Base64Encoding:
      if (auto b = fromBase64(text))
        r.value = *b;
      else
        return std::nullopt;
      break;
    default: r.value = text.toUtf8();
  }
  if (!ttl_->text().trimmed().isEmpty()) {
    auto d = parseDuration(ttl_->text());
    if (!d) return std::nullopt;
    r.expiresAt = QDateTime::currentMSecsSinceEpoch() + d->count();
  }
  return r;
}

void AddRecordDialog::validate() {
  QString problem;
  if (!key_->key())
    problem = key_->lineEdit()->text().isEmpty() ? tr("Enter a key.") : tr("The key is not valid hex.");
  else if (!ttl_->text().trimmed().isEmpty() && !parseDuration(ttl_->text()))
    problem = tr("Write the expiry as a duration such as 45s, 30m, 1h30m or 7d.");
  else if (!record())
    problem = tr("The value is not valid %1.").arg(encoding_->currentText());
  problem_->setText(problem);
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

}  // namespace browser
