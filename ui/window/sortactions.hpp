// SortActions: the order of the key table. A click on the Key, Size or
// Expires header sorts by that column, a second click reverses it (the
// header shows which, the Value column does not sort); View > Sort By offers
// the same and Natural Key Order, which compares runs of digits in keys as
// numbers. A new order shows from its first row. The order holds across
// namespaces, filters and reopened files; natural key order is remembered
// between runs.
#pragma once

#include <QObject>

#include "core/session.hpp"

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace browser {

class KeyTableModel;

class SortActions : public QObject {
  Q_OBJECT
 public:
  SortActions(KeyTableModel* keys, QTableView* table, QWidget* window);

  // View > Sort By.
  QMenu* menu() const { return menu_; }

 private:
  void apply(const KeySort& sort);

  KeyTableModel* keys_;
  QTableView* table_;
  QMenu* menu_;
  QAction* by_key_;
  QAction* by_size_;
  QAction* by_expiry_;
  QAction* descending_;
  QAction* natural_;
};

}  // namespace browser
