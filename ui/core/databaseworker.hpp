// DatabaseWorker: the one place the browser touches the engine. It owns the
// open database on a thread of its own; the GUI submits jobs, which run there
// one after another, and gets each result back on its own thread. Jobs get a
// WorkerContext&; the GUI's jobs hand it to ui/core functions.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace browser {

// What a job sees while it runs on the worker thread: the open database and
// the task's progress (core/workercontext.hpp; ui/core only).
class WorkerContext;

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
  QObject* executor_;                       // lives on thread_; runs the jobs
  std::unique_ptr<WorkerContext> context_;  // the engine's state; touched on thread_ only
  std::atomic<bool> cancel_{false};
  std::atomic<bool> stopping_{false};      // shutdown() began: the running task is cancelled, queued ones skipped
  std::atomic<qint64> last_report_ms_{0};  // when taskProgress was last emitted
  int pending_tasks_ = 0;                  // GUI thread only
  bool stopped_ = false;                   // GUI thread only
};

}  // namespace browser
