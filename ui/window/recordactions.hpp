// RecordActions: the Edit menu's commands on the key table's records: add,
// rename, delete (confirmed), set or remove expiry, all staged as pending
// edits; copy a key or value as text, hex or Base64; export and import.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace browser {

class DatabaseController;
class KeyTableModel;
class PendingEdits;

class RecordActions : public QObject {
  Q_OBJECT
 public:
  RecordActions(DatabaseController* controller, PendingEdits* pending, KeyTableModel* keys, QTableView* table,
                QWidget* window);

  QAction* addAction() const { return add_; }
  QAction* renameAction() const { return rename_; }
  QAction* deleteAction() const { return delete_; }
  QAction* expiryAction() const { return expiry_; }
  QAction* exportAction() const { return export_; }
  QAction* importAction() const { return import_; }
  QAction* persistAction() const { return persist_; }
  QMenu* copyKeyMenu() const { return copy_key_; }
  QMenu* copyValueMenu() const { return copy_value_; }
  // The namespaces the add dialog offers.
  void setNamespaces(const QList<QByteArray>& namespaces) { namespaces_ = namespaces; }
  // Enables what the selection and the database allow.
  void update();

 private:
  enum class Encoding { Text, Hex, Base64 };
  static QString encode(const QByteArray& bytes, Encoding e);
  QList<QByteArray> selectedKeys() const;
  void addRecord();
  void renameKey();
  void deleteRecords();
  void setExpiry();
  void copyKey(Encoding e);
  void copyValue(Encoding e);

  void warn(const QString& text);
  DatabaseController* controller_;
  PendingEdits* pending_;
  KeyTableModel* keys_;
  QTableView* table_;
  QWidget* window_;
  QList<QByteArray> namespaces_;
  QAction* add_;
  QAction* rename_;
  QAction* delete_;
  QAction* expiry_;
  QAction* export_;
  QAction* import_;
  QAction* persist_;
  QMenu* copy_key_;
  QMenu* copy_value_;
};

}  // namespace browser
