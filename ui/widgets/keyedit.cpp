#include "keyedit.hpp"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

#include "core/valueformat.hpp"
#include "dialogs/hexbytesdialog.hpp"

namespace browser {

KeyEdit::KeyEdit(QWidget* parent) : QWidget(parent) {
  line_ = new QLineEdit(this);
  line_->setObjectName(QStringLiteral("keyText"));
  hex_ = new QCheckBox(tr("Hex"), this);
  hex_->setObjectName(QStringLiteral("keyIsHex"));
  hex_->setToolTip(tr("Type the key's bytes as hex digits"));
  bytes_ = new QToolButton(this);
  bytes_->setObjectName(QStringLiteral("keyHexEditor"));
  bytes_->setText(tr("Bytes…"));
  bytes_->setToolTip(tr("Edit the key's bytes in a hex editor"));
  connect(bytes_, &QToolButton::clicked, this, &KeyEdit::editBytes);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(line_, 1);
  layout->addWidget(hex_);
  layout->addWidget(bytes_);
  connect(line_, &QLineEdit::textChanged, this, &KeyEdit::changed);
  connect(hex_, &QCheckBox::toggled, this, [this](bool hex) {
    // Convert what is typed so the key stays the same.
    const auto before = hex ? std::optional(line_->text().toUtf8()) : fromHex(line_->text());
    if (before) line_->setText(hex ? toHex(*before) : QString::fromUtf8(*before));
    Q_EMIT changed();
  });
}

void KeyEdit::setKey(const QByteArray& key) {
  const bool printable = keyDisplay(key) == QString::fromUtf8(key);
  hex_->blockSignals(true);
  hex_->setChecked(!printable);
  hex_->blockSignals(false);
  line_->setText(printable ? QString::fromUtf8(key) : toHex(key));
}

void KeyEdit::editBytes() {
  // What is typed, as bytes; hex that does not parse yet starts empty.
  const QByteArray bytes = hex_->isChecked() ? fromHex(line_->text()).value_or(QByteArray()) : line_->text().toUtf8();
  auto* dialog = new HexBytesDialog(bytes, tr("Key Bytes"), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog] {
    hex_->blockSignals(true);
    hex_->setChecked(true);
    hex_->blockSignals(false);
    line_->setText(toHex(dialog->bytes()));
    Q_EMIT changed();
  });
  dialog->open();
}

std::optional<QByteArray> KeyEdit::key() const {
  if (line_->text().isEmpty()) return std::nullopt;
  if (!hex_->isChecked()) return line_->text().toUtf8();
  auto b = fromHex(line_->text());
  if (!b || b->isEmpty()) return std::nullopt;
  return b;
}

}  // namespace browser
