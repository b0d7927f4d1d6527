// BackupDialog: writes a consistent copy of the open database to a new file
// while it stays open, then opens the copy and compares its record count.
#pragma once

#include "taskdialog.hpp"

class QLineEdit;

namespace browser {

class BackupDialog : public TaskDialog {
  Q_OBJECT
 public:
  BackupDialog(DatabaseController* controller, QWidget* parent = nullptr);
  void setTarget(const QString& path);

 protected:
  void start() override;

 private:
  // The target passed the checks: asks before replacing an existing file
  // (without blocking: the answer comes back through the event loop).
  void confirmTarget(const QString& target);
  void runBackup(const QString& target);
  QLineEdit* target_;
};

}  // namespace browser
