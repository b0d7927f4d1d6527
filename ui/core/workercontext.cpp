#include "workercontext.hpp"

#include <QDateTime>
#include <algorithm>

#include "databaseworker.hpp"

namespace browser {

void WorkerContext::assertWorkerThread([[maybe_unused]] const char* where) const {
  Q_ASSERT_X(worker_.onWorkerThread(), where, "engine access off the worker thread");
}

emdb::Database* WorkerContext::database() {
  assertWorkerThread("WorkerContext::database");
  return db_ ? &*db_ : nullptr;
}

void WorkerContext::setDatabase(std::optional<emdb::Database> db) {
  assertWorkerThread("WorkerContext::setDatabase");
  namespaces_.clear();
  compared_.reset();
  compared_path_.clear();
  db_.reset();  // the old handle releases its lock before a new one is taken
  db_ = std::move(db);
}

emdb::Keyspace* WorkerContext::space(const QByteArray& name) {
  assertWorkerThread("WorkerContext::space");
  emdb::Database* db = database();
  if (!db) return nullptr;
  if (name.isEmpty()) return db;
  const std::string key = name.toStdString();
  if (auto it = namespaces_.find(key); it != namespaces_.end()) return &it->second;
  auto names = db->list_namespaces();
  if (!names || std::find(names->begin(), names->end(), key) == names->end()) return nullptr;
  auto ns = db->open_namespace(key);
  if (!ns) return nullptr;
  return &namespaces_.emplace(key, std::move(*ns)).first->second;
}

emdb::Database* WorkerContext::comparedDatabase(const QString& path) {
  assertWorkerThread("WorkerContext::comparedDatabase");
  return compared_ && compared_path_ == path ? &*compared_ : nullptr;
}

void WorkerContext::setComparedDatabase(const QString& path, std::optional<emdb::Database> db) {
  assertWorkerThread("WorkerContext::setComparedDatabase");
  compared_ = std::move(db);
  compared_path_ = compared_ ? path : QString();
}

emdb::Progress WorkerContext::progress() {
  assertWorkerThread("WorkerContext::progress");
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

bool WorkerContext::cancelled() const {
  assertWorkerThread("WorkerContext::cancelled");
  return worker_.cancel_.load() || worker_.stopping_.load();
}

}  // namespace browser
