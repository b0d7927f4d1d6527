// MainWindow: assembles the browser from its parts: the namespace tree, the
// key table, the value panel, the status panel, the open flow and the record
// actions, with File, Edit, View and Help menus. It holds no engine code.
#pragma once

#include <QMainWindow>

#include "core/session.hpp"

class QSplitter;
class QTableView;
class QTreeView;

namespace browser {

class DatabaseController;
class KeyTableModel;
class NamespaceModel;
class OpenFlow;
class PendingEdits;
class RecentFiles;
class RangeFilter;
class MaintenanceActions;
class PastActions;
class RangeActions;
class SortActions;
class RecordActions;
class StatusPanel;
class ValuePanel;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Opens `path` (read-only if asked); dialogs ask for what is missing.
  void openFile(const QString& path, bool readOnly = false);
  // Writes the demo database to `path`, then opens it.
  void createSample(const QString& path);
  // File > Close Database: asks before dropping pending edits; false when
  // the user kept them (the database stays open).
  bool closeDatabase();

  DatabaseController* controller() const { return controller_; }
  NamespaceModel* namespaceModel() const { return namespaces_; }
  KeyTableModel* keyModel() const { return keys_; }
  QTreeView* namespaceTree() const { return tree_; }
  QTableView* keyTable() const { return table_; }
  ValuePanel* valuePanel() const { return value_; }
  RangeFilter* rangeFilter() const { return filter_; }
  RecordActions* recordActions() const { return record_actions_; }
  MaintenanceActions* maintenanceActions() const { return maintenance_; }
  PastActions* pastActions() const { return past_; }
  QAction* followAction() const { return follow_; }
  PendingEdits* pendingEdits() const { return pending_; }
  QAction* writeChangesAction() const { return write_changes_; }
  QAction* revertChangesAction() const { return revert_changes_; }

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void buildMenus();
  static QString noDatabaseText();  // what the value panel says with no database open
  void onOpened(const DatabaseInfo& info);
  void onClosed();
  void onScopeChosen(const QModelIndex& index);
  void showScope();
  void onRecordChosen();
  void onRecordsChanged(const QByteArray& ns, bool namespacesChanged);
  void setSeparator(char separator);
  void chooseFile(bool readOnly);
  void chooseNewFile();
  void chooseSampleFile();
  void updateTitle();
  // With pending edits: asks whether to drop them; true when none remain.
  bool settlePendingEdits();
  void restoreSettings();
  void saveSettings() const;

  DatabaseController* controller_;
  NamespaceModel* namespaces_;
  KeyTableModel* keys_;
  QTreeView* tree_;
  QTableView* table_;
  ValuePanel* value_;
  RangeFilter* filter_;
  KeyScope tree_scope_;  // what the tree selects; the filter narrows it
  StatusPanel* status_;
  QSplitter* splitter_;
  OpenFlow* open_flow_;
  RecentFiles* recent_;
  RecordActions* record_actions_;
  MaintenanceActions* maintenance_;
  PastActions* past_;
  SortActions* sort_;
  RangeActions* range_actions_;
  QList<QAction*> needs_database_;
  QAction* follow_ = nullptr;
  PendingEdits* pending_;
  QAction* write_changes_ = nullptr;
  QAction* revert_changes_ = nullptr;
  QList<QAction*> separator_actions_;
  quint64 record_request_ = 0;  // the value panel shows the answer to the latest request only
};

}  // namespace browser
