// PastActions: what the journal's past and other files can tell about the
// open database: the history of the selected record (Edit menu, the table's
// context menu, Ctrl+Shift+H), the removed records of the namespace shown
// (Tools), and a comparison with another database file (Tools).
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace browser {

class DatabaseController;
class KeyTableModel;
class PendingEdits;

class PastActions : public QObject {
  Q_OBJECT
 public:
  PastActions(DatabaseController* controller, PendingEdits* pending, KeyTableModel* keys, QTableView* table,
              QWidget* window);

  QAction* historyAction() const { return history_; }
  QAction* removedAction() const { return removed_; }
  QAction* compareAction() const { return compare_; }
  // Enables what the selection and the database allow.
  void update();

 private:
  template <class Dialog, class... Args>
  void show(Args... args);

  DatabaseController* controller_;
  PendingEdits* pending_;
  KeyTableModel* keys_;
  QTableView* table_;
  QWidget* window_;
  QAction* history_;
  QAction* removed_;
  QAction* compare_;
};

}  // namespace browser
