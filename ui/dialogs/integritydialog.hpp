// IntegrityDialog: reads every frame of the file (decoding, and decrypting
// with the database's key), with progress, and reports frames, live and dead
// records, and the first bad offset with its reason.
#pragma once

#include "taskdialog.hpp"

class QLabel;

namespace browser {

class IntegrityDialog : public TaskDialog {
  Q_OBJECT
 public:
  IntegrityDialog(DatabaseController* controller, QWidget* parent = nullptr);

 protected:
  void start() override;

 private:
  QLabel* report_;
};

}  // namespace browser
