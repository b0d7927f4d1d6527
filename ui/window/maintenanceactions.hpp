// MaintenanceActions: the Tools menu: statistics, integrity check,
// compaction, backup, encryption changes and sweeping expired records, each
// a dialog or a task on the worker.
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace browser {

class DatabaseController;

class MaintenanceActions : public QObject {
  Q_OBJECT
 public:
  MaintenanceActions(DatabaseController* controller, QWidget* window);
  // Fills `menu` with the actions.
  void addTo(QMenu* menu) const;
  // Enables what the open database allows (writable, encrypted or not).
  void update();

  QAction* statistics() const { return statistics_; }
  QAction* integrity() const { return integrity_; }
  QAction* compact() const { return compact_; }
  QAction* backup() const { return backup_; }
  QAction* encrypt() const { return encrypt_; }
  QAction* changeKey() const { return change_key_; }
  QAction* decrypt() const { return decrypt_; }
  QAction* sweep() const { return sweep_; }

 private:
  template <class Dialog, class... Args>
  void show(Args... args);
  DatabaseController* controller_;
  QWidget* window_;
  QAction* statistics_;
  QAction* integrity_;
  QAction* compact_;
  QAction* backup_;
  QAction* encrypt_;
  QAction* change_key_;
  QAction* decrypt_;
  QAction* sweep_;
};

}  // namespace browser
