// HistoryDialog: every version of one record that the journal still holds
// (values written and removals, oldest first, with size, expiry and offset),
// read on the worker with progress and Cancel. Shows a version's value,
// compares two, and stages one back as a pending edit (writable databases).
#pragma once

#include <vector>

#include "core/past.hpp"
#include "taskdialog.hpp"

class QPushButton;
class QTableWidget;

namespace browser {

class PendingEdits;
class VersionView;

class HistoryDialog : public TaskDialog {
  Q_OBJECT
 public:
  // The record `key` of namespace `ns` ("" the default one).
  HistoryDialog(const QByteArray& ns, const QByteArray& key, PendingEdits* pending, DatabaseController* controller,
                QWidget* parent = nullptr);
  // The most of a value the dialogs of the past read to show it: what the
  // value panel lays out at once, so that showing one never holds up the
  // window (the rest is there through Restore, or the value panel).
  static constexpr qint64 kShownBytes = 128 << 10;

 protected:
  void start() override;  // reads the history (again)
  void showEvent(QShowEvent* event) override;

 private:
  std::vector<int> selectedRows() const;
  void selectionChanged();
  void restore();
  QString versionName(int row) const;

  QByteArray ns_, key_;
  PendingEdits* pending_;
  QTableWidget* table_;
  VersionView* view_;
  QPushButton* restore_;
  std::vector<VersionRow> versions_;
  bool started_ = false;
  quint64 shown_ = 0;  // counts selection changes: a late value for an older selection is dropped
};

}  // namespace browser
