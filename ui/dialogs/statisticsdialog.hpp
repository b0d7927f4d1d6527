// StatisticsDialog: every figure of stats(), and pictures of where the bytes
// go: live, dead and expired bytes, records and bytes per namespace, key and
// value size histograms and an expiry timeline (from a scan of the records,
// with progress), and what compaction would reclaim.
#pragma once

#include "taskdialog.hpp"

class QTreeWidget;

namespace browser {

class BarChart;

class StatisticsDialog : public TaskDialog {
  Q_OBJECT
 public:
  StatisticsDialog(DatabaseController* controller, QWidget* parent = nullptr);
  // The scan's result is in: the histograms are drawn.
  bool scanned() const { return scanned_; }

 Q_SIGNALS:
  void scanFinished();

 protected:
  void start() override;  // scans every record for the histograms

 private:
  void showStats();
  QTreeWidget* figures_;
  BarChart* bytes_;
  BarChart* records_per_ns_;
  BarChart* bytes_per_ns_;
  BarChart* key_sizes_;
  BarChart* value_sizes_;
  BarChart* expiry_;
  bool scanned_ = false;
};

}  // namespace browser
