// TaskDialog: a dialog that runs one long engine task on the worker, with a
// progress bar, Cancel, and a line for the result. Subclasses lay out their
// own fields above it and start the task with run().
#pragma once

#include <QDialog>
#include <QPointer>

#include "core/databaseworker.hpp"

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace browser {

class DatabaseController;

class TaskDialog : public QDialog {
  Q_OBJECT
 public:
  TaskDialog(DatabaseController* controller, const QString& runLabel, QWidget* parent);
  bool isRunning() const { return running_; }

 protected:
  // Where subclasses add their widgets (above the progress bar).
  QVBoxLayout* body() const { return body_; }
  DatabaseController* controller() const { return controller_; }
  QPushButton* runButton() const { return run_; }
  // Called when the user presses the run button.
  virtual void start() = 0;
  // Runs `job` on the worker as the named task `task`; `done(result)` runs
  // here afterwards. Progress and Cancel work meanwhile.
  template <class Job, class Done>
  void run(const QString& task, Job job, Done done) {
    setRunning(true);
    worker_->submit(task, this, std::move(job), [this, done = std::move(done)](auto result) mutable {
      setRunning(false);
      done(std::move(result));
    });
  }
  // The result line under the bar (red for a failure, which also hides the bar).
  void showResult(const QString& text, bool failure = false);
  // A task that was cancelled or failed (with the engine's `error`): says so
  // and returns true; false when it did neither.
  bool showFailure(const QString& error, bool cancelled);
  // Subclasses changed what they show: the dialog grows to fit it.
  void contentsChanged();
  void showEvent(QShowEvent* event) override;
  void reject() override;  // Cancel while running stops the task first
  // For tasks started elsewhere (the controller): shows progress while on.
  void setRunning(bool on);

 private:
  DatabaseController* controller_;
  QPointer<DatabaseWorker> worker_;
  QVBoxLayout* body_;
  QProgressBar* progress_;
  QLabel* result_;
  QPushButton* run_;
  QPushButton* cancel_;
  QDialogButtonBox* buttons_;
  bool running_ = false;
};

}  // namespace browser
