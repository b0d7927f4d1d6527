// DatabaseWorker: the one place the browser touches the engine. It owns the
// open emdb::Database on a thread of its own; the GUI submits jobs, which run
// there one after another, and gets each result back on its own thread.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <atomic>
#include <emdb/emdb.hpp>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace browser {

class DatabaseWorker;

// What a job sees while it runs on the worker thread.
class WorkerContext {
 public:
  // The open database, or nullptr when none is open. Only valid on the worker
  // thread, during the job (asserted in debug builds).
  emdb::Database* database();
  // Replaces the open database (nothing closes it); the old one is closed here.
  void setDatabase(std::optional<emdb::Database> db);
  // The default namespace when `name` is empty, else the named one; nullptr
  // with no database or no such namespace (it is never created). Valid until
  // the database is replaced.
  emdb::Keyspace* space(const QByteArray& name);
  // For engine calls that report progress: forwards it to taskProgress() at
  // most every 50 ms and returns false once the task was cancelled.
  emdb::Progress progress();
  bool cancelled() const;

 private:
  friend class DatabaseWorker;
  explicit WorkerContext(DatabaseWorker& w) : worker_(w) {}
  DatabaseWorker& worker_;
};

class DatabaseWorker : public QObject {
  Q_OBJECT
 public:
  explicit DatabaseWorker(QObject* parent = nullptr);
  ~DatabaseWorker() override;  // shutdown()

  // Closes the database on the worker thread and stops the thread; jobs
  // submitted later are dropped. Idempotent.
  void shutdown();

  // Runs `job(WorkerContext&)` on the worker thread, after every job submitted
  // before it; then `done(result)` on this object's (the GUI) thread, unless
  // `receiver` was destroyed meanwhile. A non-empty `task` names a long task:
  // taskStarted/taskProgress/taskFinished report it and cancel() stops it.
  template <class Job, class Done>
  void submit(const QString& task, QObject* receiver, Job job, Done done) {
    using R = std::invoke_result_t<Job&, WorkerContext&>;
    QPointer<QObject> guard(receiver);
    enqueue(task, [this, guard, job = std::move(job), done = std::move(done)](WorkerContext& ctx) mutable {
      auto result = std::make_shared<R>(job(ctx));
      QMetaObject::invokeMethod(
          this,
          [guard, done = std::move(done), result]() mutable {
            if (guard) done(std::move(*result));
          },
          Qt::QueuedConnection);
    });
  }
  // Asks the running (or next) long task to stop at its next progress report.
  void cancel();
  // Long tasks submitted and not finished yet.
  int pendingTasks() const { return pending_tasks_; }
  // Whether the caller runs on the worker thread.
  bool onWorkerThread() const { return QThread::currentThread() == &thread_; }

 Q_SIGNALS:
  void taskStarted(const QString& task);
  void taskProgress(qint64 done, qint64 total);
  void taskFinished(const QString& task);

 private:
  friend class WorkerContext;
  void enqueue(const QString& task, std::function<void(WorkerContext&)> work);

  QThread thread_;
  QObject* executor_;                                  // lives on thread_; runs the jobs
  std::optional<emdb::Database> db_;                   // touched on thread_ only
  std::map<std::string, emdb::Namespace> namespaces_;  // opened so far; thread_ only
  std::atomic<bool> cancel_{false};
  std::atomic<bool> stopping_{false};      // shutdown() began: the running task is cancelled, queued ones skipped
  std::atomic<qint64> last_report_ms_{0};  // when taskProgress was last emitted
  int pending_tasks_ = 0;                  // GUI thread only
  bool stopped_ = false;                   // GUI thread only
};

}  // namespace browser
