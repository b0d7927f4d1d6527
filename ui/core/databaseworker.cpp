#include "databaseworker.hpp"

#include "workercontext.hpp"

namespace browser {

DatabaseWorker::DatabaseWorker(QObject* parent)
    : QObject(parent), executor_(new QObject), context_(new WorkerContext(*this)) {
  thread_.setObjectName(QStringLiteral("emdb worker"));
  executor_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, executor_, &QObject::deleteLater);
  thread_.start();
}

DatabaseWorker::~DatabaseWorker() { shutdown(); }

void DatabaseWorker::shutdown() {
  if (stopped_) return;
  stopped_ = true;
  // A long task (a compaction, a scan) stops at its next progress check, so
  // the window closes at once; tasks still queued do not start.
  stopping_.store(true);
  QMetaObject::invokeMethod(executor_, [this] { context_->setDatabase(std::nullopt); }, Qt::QueuedConnection);
  thread_.quit();
  thread_.wait();
}

void DatabaseWorker::cancel() { cancel_.store(true); }

void DatabaseWorker::enqueue(const QString& task, std::function<void(WorkerContext&)> work) {
  if (stopped_) return;
  const bool named = !task.isEmpty();
  if (named) ++pending_tasks_;
  QMetaObject::invokeMethod(
      executor_,
      [this, task, named, work = std::move(work)]() mutable {
        if (stopping_.load()) return;
        if (named) {
          cancel_.store(false);
          last_report_ms_.store(0);
          Q_EMIT taskStarted(task);
        }
        work(*context_);
        if (named) {
          QMetaObject::invokeMethod(
              this,
              [this, task] {
                --pending_tasks_;
                Q_EMIT taskFinished(task);
              },
              Qt::QueuedConnection);
        }
      },
      Qt::QueuedConnection);
}

}  // namespace browser
