// ImportDialog: reads records from a JSON Lines or CSV file (as exported)
// and writes them in one crash-atomic batch, with progress; a bad line is
// named and nothing is written.
#pragma once

#include "taskdialog.hpp"

class QComboBox;
class QLineEdit;

namespace browser {

class ImportDialog : public TaskDialog {
  Q_OBJECT
 public:
  ImportDialog(DatabaseController* controller, QWidget* parent = nullptr);
  void setSource(const QString& path);

 Q_SIGNALS:
  void imported(qint64 records);

 protected:
  void start() override;

 private:
  QLineEdit* source_;
  QComboBox* format_;
};

}  // namespace browser
