// RangeActions: Edit > All Shown Records: delete, set or remove the expiry
// of every record the key table shows (the namespace or group, within the
// filter bar's range, pattern and value query, added records included), not
// only the rows loaded or selected. The stored keys are collected on the
// worker as a task (progress and Cancel in the status bar); how many there
// are is shown before anything is staged; the edit is staged as one step
// (one undo, one batch when written). File > Export writes the same range.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

#include "core/session.hpp"

class QAction;
class QMenu;
class QWidget;

namespace browser {

class DatabaseController;
class KeyTableModel;
class PendingEdits;

class RangeActions : public QObject {
  Q_OBJECT
 public:
  RangeActions(DatabaseController* controller, PendingEdits* pending, KeyTableModel* keys, QWidget* window);

  QMenu* menu() const { return menu_; }
  // Enabled on a writable database showing rows, and not while collecting.
  void update();

  // The most records one such edit stages (each costs the window memory
  // until written); more are refused with a request to narrow the filter.
  static constexpr qint64 kMostRecords = 1'000'000;
  void setMostRecords(qint64 most) { most_ = most; }

 private:
  enum class Kind { Delete, SetExpiry, RemoveExpiry };
  // Collects the keys shown, then asks.
  void start(Kind kind);
  void confirm(Kind kind, const KeyScope& scope, const QList<QByteArray>& keys);

  DatabaseController* controller_;
  PendingEdits* pending_;
  KeyTableModel* keys_;
  QWidget* window_;
  QMenu* menu_;
  QAction* delete_;
  QAction* expiry_;
  QAction* persist_;
  bool collecting_ = false;
  qint64 most_ = kMostRecords;
};

}  // namespace browser
