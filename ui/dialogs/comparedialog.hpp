// CompareDialog: the open database against another file (a backup, say),
// record by record on the worker with progress and Cancel: records added,
// removed and changed per namespace, from the open database to the other.
// Selecting a row shows both sides' values; the list exports as JSON Lines
// (the lines `emdb diff --json` prints). The other file is opened read-only.
#pragma once

#include <vector>

#include "core/past.hpp"
#include "taskdialog.hpp"

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace browser {

class VersionView;

class CompareDialog : public TaskDialog {
  Q_OBJECT
 public:
  explicit CompareDialog(DatabaseController* controller, QWidget* parent = nullptr);
  // The other database's path (for tests and for a path given beforehand).
  void setOtherPath(const QString& path);
  const std::vector<DiffRow>& differences() const { return rows_; }

 protected:
  void start() override;

 private:
  void selectionChanged();
  void exportRows();

  QLineEdit* other_;
  QTableWidget* table_;
  VersionView* view_;
  QPushButton* export_;
  QString compared_;  // the path the rows came from
  std::vector<DiffRow> rows_;
  quint64 shown_ = 0;
};

}  // namespace browser
