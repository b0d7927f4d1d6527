// CompactDialog: the file's size now and the size compaction will leave (from
// the engine's dead-byte count), then the compaction itself with progress,
// Cancel, and the size it left.
#pragma once

#include "taskdialog.hpp"

class QLabel;

namespace browser {

class CompactDialog : public TaskDialog {
  Q_OBJECT
 public:
  CompactDialog(DatabaseController* controller, QWidget* parent = nullptr);

 protected:
  void start() override;

 private:
  void measure();
  QLabel* figures_;
  qint64 before_ = 0;
};

}  // namespace browser
