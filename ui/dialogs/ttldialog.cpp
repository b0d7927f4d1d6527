#include "ttldialog.hpp"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include "core/durations.hpp"

namespace browser {

TtlDialog::TtlDialog(int records, qint64 current, QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("ttlDialog"));
  setWindowTitle(tr("Set Expiry"));
  auto* intro = new QLabel(tr("Set the expiry of %n record(s):", nullptr, records), this);
  none_ = new QRadioButton(tr("&Never expires"), this);
  none_->setObjectName(QStringLiteral("ttlNone"));
  after_ = new QRadioButton(tr("Expires &after"), this);
  after_->setObjectName(QStringLiteral("ttlAfter"));
  at_ = new QRadioButton(tr("Expires a&t"), this);
  at_->setObjectName(QStringLiteral("ttlAt"));
  duration_ = new QLineEdit(this);
  duration_->setObjectName(QStringLiteral("ttlDuration"));
  duration_->setPlaceholderText(tr("e.g. 45s, 30m, 1h30m, 7d"));
  when_ = new QDateTimeEdit(this);
  when_->setObjectName(QStringLiteral("ttlWhen"));
  when_->setCalendarPopup(true);
  when_->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
  when_->setDateTime(current > 0 ? QDateTime::fromMSecsSinceEpoch(current)
                                 : QDateTime::currentDateTime().addSecs(3600));
  utc_ = new QLabel(this);
  utc_->setObjectName(QStringLiteral("ttlUtc"));
  (current > 0 ? at_ : none_)->setChecked(true);
  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  auto* form = new QFormLayout;
  form->addRow(none_);
  form->addRow(after_, duration_);
  form->addRow(at_, when_);
  form->addRow(QString(), utc_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(form);
  layout->addWidget(buttons_);
  for (QRadioButton* r : {none_, after_, at_}) connect(r, &QRadioButton::toggled, this, &TtlDialog::validate);
  connect(duration_, &QLineEdit::textEdited, this, [this] { after_->setChecked(true); });
  connect(duration_, &QLineEdit::textChanged, this, &TtlDialog::validate);
  connect(when_, &QDateTimeEdit::dateTimeChanged, this, [this] {
    at_->setChecked(true);
    validate();
  });
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  validate();
}

std::optional<qint64> TtlDialog::expiresAt() const {
  if (none_->isChecked()) return 0;
  if (after_->isChecked()) {
    auto d = parseDuration(duration_->text());
    if (!d) return std::nullopt;
    return QDateTime::currentMSecsSinceEpoch() + d->count();
  }
  return when_->dateTime().toMSecsSinceEpoch();
}

void TtlDialog::validate() {
  utc_->setText(tr("UTC: %1").arg(when_->dateTime().toTimeZone(QTimeZone::UTC).toString(Qt::ISODate)));
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(expiresAt().has_value());
}

}  // namespace browser
