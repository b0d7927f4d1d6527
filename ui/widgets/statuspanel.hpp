// StatusPanel: the status bar's right side: records, file size, encryption,
// read-only or lock state, and the worker's current task with a progress bar
// and a cancel button.
#pragma once

#include <QWidget>
#include <optional>

#include "core/session.hpp"

class QLabel;
class QProgressBar;
class QToolButton;

namespace browser {

class DatabaseWorker;

class StatusPanel : public QWidget {
  Q_OBJECT
 public:
  explicit StatusPanel(DatabaseWorker* worker, QWidget* parent = nullptr);
  void showDatabase(const std::optional<DatabaseInfo>& info);

 private:
  QLabel* records_;
  QLabel* size_;
  QLabel* state_;
  QLabel* task_;
  QProgressBar* progress_;
  QToolButton* cancel_;
};

}  // namespace browser
