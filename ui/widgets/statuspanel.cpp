#include "statuspanel.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include "core/databaseworker.hpp"
#include "core/valueformat.hpp"

namespace browser {

StatusPanel::StatusPanel(DatabaseWorker* worker, QWidget* parent) : QWidget(parent) {
  records_ = new QLabel(this);
  records_->setObjectName(QStringLiteral("recordsLabel"));
  size_ = new QLabel(this);
  size_->setObjectName(QStringLiteral("sizeLabel"));
  state_ = new QLabel(this);
  state_->setObjectName(QStringLiteral("stateLabel"));
  task_ = new QLabel(this);
  task_->setObjectName(QStringLiteral("taskLabel"));
  progress_ = new QProgressBar(this);
  progress_->setObjectName(QStringLiteral("taskProgress"));
  progress_->setMaximumWidth(160);
  progress_->setTextVisible(false);
  cancel_ = new QToolButton(this);
  cancel_->setObjectName(QStringLiteral("cancelTask"));
  cancel_->setText(tr("Cancel"));
  cancel_->setToolTip(tr("Cancel the running task"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(task_);
  layout->addWidget(progress_);
  layout->addWidget(cancel_);
  layout->addSpacing(12);
  layout->addWidget(records_);
  layout->addWidget(size_);
  layout->addWidget(state_);
  for (QWidget* w : {static_cast<QWidget*>(task_), static_cast<QWidget*>(progress_), static_cast<QWidget*>(cancel_)})
    w->hide();

  connect(cancel_, &QToolButton::clicked, worker, &DatabaseWorker::cancel);
  connect(worker, &DatabaseWorker::taskStarted, this, [this](const QString& task) {
    task_->setText(task);
    progress_->setRange(0, 0);  // busy until the first report
    task_->show();
    progress_->show();
    cancel_->show();
  });
  connect(worker, &DatabaseWorker::taskProgress, this, [this](qint64 done, qint64 total) {
    if (total <= 0) return;
    progress_->setRange(0, 1000);
    progress_->setValue(int(1000 * std::min(done, total) / total));
  });
  connect(worker, &DatabaseWorker::taskFinished, this, [this, worker] {
    if (worker->pendingTasks() > 0) return;
    task_->hide();
    progress_->hide();
    cancel_->hide();
  });
  showDatabase(std::nullopt);
}

void StatusPanel::showDatabase(const std::optional<DatabaseInfo>& info) {
  records_->setVisible(info.has_value());
  size_->setVisible(info.has_value());
  state_->setVisible(info.has_value());
  if (!info) return;
  records_->setText(tr("%Ln record(s)", nullptr, int(std::min<qint64>(info->records, INT_MAX))));
  records_->setToolTip(tr("In %Ln named namespace(s) and the default one", nullptr, int(info->namespaces)));
  size_->setText(sizeDisplay(info->fileSize));
  QStringList state;
  state << (info->cipher.isEmpty() ? tr("Not encrypted") : tr("Encrypted (%1)").arg(info->cipher));
  if (info->readOnly)
    state << tr("Read-only, not locked");
  else
    state << tr("Writable; other writers are locked out");
  if (info->firstBadOffset) state << tr("damaged at byte %L1").arg(*info->firstBadOffset);
  state_->setText(state.join(QStringLiteral(" · ")));
}

}  // namespace browser
