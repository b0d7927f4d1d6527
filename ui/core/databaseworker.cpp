#include "databaseworker.hpp"

#include <QDateTime>
#include <algorithm>

namespace browser {

emdb::Database* WorkerContext::database() {
  Q_ASSERT_X(worker_.onWorkerThread(), "WorkerContext", "engine access off the worker thread");
  return worker_.db_ ? &*worker_.db_ : nullptr;
}

void WorkerContext::setDatabase(std::optional<emdb::Database> db) {
  Q_ASSERT(worker_.onWorkerThread());
  worker_.namespaces_.clear();
  worker_.db_.reset();  // the old handle releases its lock before a new one is taken
  worker_.db_ = std::move(db);
}

emdb::Keyspace* WorkerContext::space(const QByteArray& name) {
  emdb::Database* db = database();
  if (!db) return nullptr;
  if (name.isEmpty()) return db;
  auto& cache = worker_.namespaces_;
  const std::string key = name.toStdString();
  if (auto it = cache.find(key); it != cache.end()) return &it->second;
  auto names = db->list_namespaces();
  if (!names || std::find(names->begin(), names->end(), key) == names->end()) return nullptr;
  auto ns = db->open_namespace(key);
  if (!ns) return nullptr;
  return &cache.emplace(key, std::move(*ns)).first->second;
}

emdb::Progress WorkerContext::progress() {
  DatabaseWorker* w = &worker_;
  return [w](std::uint64_t done, std::uint64_t total) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - w->last_report_ms_.load() >= 50 || done == total) {
      w->last_report_ms_.store(now);
      Q_EMIT w->taskProgress(qint64(done), qint64(total));
    }
    return !w->cancel_.load() && !w->stopping_.load();
  };
}

bool WorkerContext::cancelled() const { return worker_.cancel_.load() || worker_.stopping_.load(); }

DatabaseWorker::DatabaseWorker(QObject* parent) : QObject(parent), executor_(new QObject) {
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
  QMetaObject::invokeMethod(
      executor_,
      [this] {
        namespaces_.clear();
        db_.reset();
      },
      Qt::QueuedConnection);
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
        WorkerContext ctx(*this);
        if (named) {
          cancel_.store(false);
          last_report_ms_.store(0);
          Q_EMIT taskStarted(task);
        }
        work(ctx);
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
