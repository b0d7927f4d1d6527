// NamespaceModel: the tree on the left. Its top rows are the default
// namespace and every named one, with their record counts; under each, the
// groups of keys that share a prefix up to a separator (`user:` in
// `user:42`), built on the worker only when a row is expanded, a batch at a
// time, and never by loading every key.
#pragma once

#include <QAbstractItemModel>
#include <memory>
#include <vector>

#include "core/session.hpp"

namespace browser {

class DatabaseWorker;

class NamespaceModel : public QAbstractItemModel {
  Q_OBJECT
 public:
  enum Column { NameColumn, CountColumn, ColumnCount };
  static constexpr int kGroupBatch = 500;

  explicit NamespaceModel(DatabaseWorker* worker, QObject* parent = nullptr);
  ~NamespaceModel() override;

  // Lists the namespaces of the open database again (groups are rebuilt lazily).
  void reload();
  void clear();
  // The separator groups split keys on; changing it rebuilds the groups.
  void setSeparator(char separator);
  char separator() const { return separator_; }

  KeyScope scopeOf(const QModelIndex& index) const;
  QModelIndex indexOfNamespace(const QByteArray& ns) const;

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  bool hasChildren(const QModelIndex& parent = {}) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 Q_SIGNALS:
  void reloaded();
  void groupsLoaded(const QModelIndex& parent);
  void loadFailed(const QString& message);

 private:
  struct Node;
  Node* nodeOf(const QModelIndex& index) const;
  QModelIndex indexOf(const Node* node, int column = 0) const;

  DatabaseWorker* worker_;
  std::unique_ptr<Node> root_;
  char separator_ = ':';
  quint64 generation_ = 0;
};

}  // namespace browser
