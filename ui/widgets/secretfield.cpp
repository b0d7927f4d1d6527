#include "secretfield.hpp"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace browser {

SecretField::SecretField(const QString& objectName, QWidget* parent)
    : QWidget(parent), edit_(new QLineEdit(this)), show_(new QToolButton(this)) {
  edit_->setObjectName(objectName);
  edit_->setEchoMode(QLineEdit::Password);
  show_->setObjectName(objectName + QStringLiteral("Show"));
  show_->setText(tr("Show"));
  show_->setToolTip(tr("Show or hide what was typed"));
  show_->setCheckable(true);
  show_->setFocusPolicy(Qt::TabFocus);
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(edit_, 1);
  row->addWidget(show_);
  setFocusProxy(edit_);
  connect(show_, &QToolButton::toggled, this, [this](bool on) {
    edit_->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    show_->setText(on ? tr("Hide") : tr("Show"));
  });
}

bool SecretField::isRevealed() const { return show_->isChecked(); }
void SecretField::setRevealed(bool on) { show_->setChecked(on); }

}  // namespace browser
