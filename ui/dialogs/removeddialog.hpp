// RemovedDialog: the records of one namespace whose removal is still in the
// journal, with the value each had (read on the worker with progress and
// Cancel); the selected ones, or all, are staged back as one pending edit.
#pragma once

#include <vector>

#include "core/past.hpp"
#include "taskdialog.hpp"

class QPushButton;
class QTableWidget;

namespace browser {

class PendingEdits;
class VersionView;

class RemovedDialog : public TaskDialog {
  Q_OBJECT
 public:
  RemovedDialog(const QByteArray& ns, PendingEdits* pending, DatabaseController* controller, QWidget* parent = nullptr);

 protected:
  void start() override;  // reads the journal (again)
  void showEvent(QShowEvent* event) override;

 private:
  std::vector<RemovedRow> selected() const;
  void selectionChanged();
  void restore(std::vector<RemovedRow> rows);

  QByteArray ns_;
  PendingEdits* pending_;
  QTableWidget* table_;
  VersionView* view_;
  QPushButton* restore_selected_;
  QPushButton* restore_all_;
  std::vector<RemovedRow> rows_;
  bool started_ = false;
  quint64 shown_ = 0;
};

}  // namespace browser
