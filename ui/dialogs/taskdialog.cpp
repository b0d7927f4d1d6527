#include "taskdialog.hpp"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/databasecontroller.hpp"
#include "fittocontents.hpp"

namespace browser {

TaskDialog::TaskDialog(DatabaseController* controller, const QString& runLabel, QWidget* parent)
    : QDialog(parent), controller_(controller), worker_(controller->worker()) {
  body_ = new QVBoxLayout;
  progress_ = new QProgressBar(this);
  progress_->setObjectName(QStringLiteral("taskProgress"));
  progress_->setRange(0, 1000);
  progress_->setValue(0);
  progress_->hide();
  result_ = new QLabel(this);
  result_->setObjectName(QStringLiteral("taskResult"));
  result_->setWordWrap(true);
  result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  result_->hide();
  buttons_ = new QDialogButtonBox(this);
  run_ = buttons_->addButton(runLabel, QDialogButtonBox::ActionRole);
  run_->setObjectName(QStringLiteral("runTask"));
  run_->setDefault(true);
  cancel_ = buttons_->addButton(QDialogButtonBox::Close);
  cancel_->setObjectName(QStringLiteral("cancelTask"));
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(body_, 1);
  layout->addWidget(progress_);
  layout->addWidget(result_);
  layout->addWidget(buttons_);
  connect(run_, &QPushButton::clicked, this, [this] {
    result_->hide();
    start();
  });
  connect(buttons_, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
  connect(worker_, &DatabaseWorker::taskProgress, this, [this](qint64 done, qint64 total) {
    if (!running_ || total <= 0) return;
    progress_->setRange(0, 1000);
    progress_->setValue(int(1000 * std::min(done, total) / total));
  });
}

void TaskDialog::showEvent(QShowEvent* event) {
  QDialog::showEvent(event);
  growToFit(this);
}

void TaskDialog::contentsChanged() { growToFit(this); }

void TaskDialog::showResult(const QString& text, bool failure) {
  result_->setText(text);
  result_->setProperty("failure", failure);
  // A failure is no finished task: no full bar beside it.
  if (failure) {
    progress_->setValue(0);
    progress_->hide();
  }
  QPalette p = result_->palette();
  p.setColor(QPalette::WindowText, failure ? QColor(0xc0, 0x39, 0x2b) : palette().color(QPalette::WindowText));
  result_->setPalette(p);
  result_->show();
  growToFit(this);
}

bool TaskDialog::showFailure(const QString& error, bool cancelled) {
  if (cancelled)
    showResult(tr("Cancelled."), true);
  else if (!error.isEmpty())
    showResult(error, true);
  return cancelled || !error.isEmpty();
}

void TaskDialog::reject() {
  if (running_) {
    if (worker_) worker_->cancel();
    return;  // the task ends at its next progress report, then the dialog can close
  }
  QDialog::reject();
}

void TaskDialog::setRunning(bool on) {
  running_ = on;
  run_->setEnabled(!on);
  progress_->setVisible(on || progress_->value() > 0);
  if (on) {
    progress_->setRange(0, 0);
    cancel_->setText(tr("Cancel"));
  } else {
    progress_->setRange(0, 1000);
    progress_->setValue(1000);
    cancel_->setText(tr("Close"));
  }
  growToFit(this);
}

}  // namespace browser
