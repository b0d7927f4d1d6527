// LockDialog: another process holds the database's lock. Shows who (pid,
// since when, which version), and offers to open read-only without the lock,
// to break the lock (only when its holder is not running, after a warning),
// or to cancel.
#pragma once

#include <QDialog>

#include "core/session.hpp"

class QPushButton;

namespace browser {

class LockDialog : public QDialog {
  Q_OBJECT
 public:
  enum Choice { Cancel = QDialog::Rejected, OpenReadOnly = 2, BreakLock = 3 };
  LockDialog(const QString& path, const LockInfo& lock, QWidget* parent = nullptr);

 private:
  void confirmBreak();
  QString path_;
};

}  // namespace browser
