// WorkerContext: what a DatabaseWorker job sees while it runs on the worker
// thread, and the one way into the engine's open database. Engine-facing:
// ui/core includes it (and tests that run jobs of their own); dialogs,
// models, widgets and the window reach the engine through ui/core functions
// that take a WorkerContext&.
#pragma once

#include <QByteArray>
#include <QString>
#include <emdb/emdb.hpp>
#include <map>
#include <optional>
#include <string>

namespace browser {

class DatabaseWorker;

class WorkerContext {
 public:
  // The open database, or nullptr when none is open. Valid during the job.
  emdb::Database* database();
  // Replaces the open database (nothing closes it); the old one is closed here.
  void setDatabase(std::optional<emdb::Database> db);
  // The default namespace when `name` is empty, else the named one; nullptr
  // with no database or no such namespace (it is never created). Valid until
  // the database is replaced.
  emdb::Keyspace* space(const QByteArray& name);
  // A second database, opened read-only to compare the open one with (its
  // path as given); nullptr when none. Replacing the open database closes it.
  emdb::Database* comparedDatabase(const QString& path);
  void setComparedDatabase(const QString& path, std::optional<emdb::Database> db);

  // For engine calls that report progress: forwards it to taskProgress() at
  // most every 50 ms and returns false once the task was cancelled.
  emdb::Progress progress();
  bool cancelled() const;

  // Every method above asserts (debug builds) that it runs on the worker
  // thread. Engine calls that need none of them (static ones: checks of a
  // file, lock files, key changes) call this first. `where` names the caller.
  void assertWorkerThread(const char* where) const;

 private:
  friend class DatabaseWorker;
  explicit WorkerContext(DatabaseWorker& w) : worker_(w) {}

  DatabaseWorker& worker_;
  std::optional<emdb::Database> db_;                   // worker thread only
  std::map<std::string, emdb::Namespace> namespaces_;  // opened so far; worker thread only
  QString compared_path_;                               // worker thread only
  std::optional<emdb::Database> compared_;              // worker thread only
};

}  // namespace browser
