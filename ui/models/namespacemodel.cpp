#include "namespacemodel.hpp"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "core/databaseworker.hpp"
#include "core/namespacequeries.hpp"
#include "core/valueformat.hpp"

namespace browser {

struct NamespaceModel::Node {
  Node* parent = nullptr;
  int row = 0;
  QByteArray ns;
  QByteArray prefix;  // empty for a namespace row
  qint64 count = 0;
  enum class Children { Unknown, Loading, Partial, Done } children_state = Children::Unknown;
  qint64 next = -1;  // where the next batch of groups starts (position); -1: at the prefix
  std::vector<std::unique_ptr<Node>> children;
};

NamespaceModel::NamespaceModel(DatabaseWorker* worker, QObject* parent)
    : QAbstractItemModel(parent), worker_(worker), root_(std::make_unique<Node>()) {
  root_->children_state = Node::Children::Done;
}

NamespaceModel::~NamespaceModel() = default;

void NamespaceModel::clear() {
  beginResetModel();
  root_ = std::make_unique<Node>();
  root_->children_state = Node::Children::Done;
  ++generation_;
  endResetModel();
}

void NamespaceModel::reload() {
  const quint64 generation = ++generation_;
  worker_->submit(
      QString(), this, [](WorkerContext& ctx) { return listNamespaces(ctx); },
      [this, generation](NamespaceListing listing) {
        if (generation != generation_) return;
        if (!listing.error.isEmpty()) Q_EMIT loadFailed(listing.error);
        beginResetModel();
        root_ = std::make_unique<Node>();
        root_->children_state = Node::Children::Done;
        for (auto& [ns, count] : listing.spaces) {
          auto n = std::make_unique<Node>();
          n->parent = root_.get();
          n->row = int(root_->children.size());
          n->ns = ns;
          n->count = count;
          if (count == 0) n->children_state = Node::Children::Done;
          root_->children.push_back(std::move(n));
        }
        ++generation_;
        endResetModel();
        Q_EMIT reloaded();
      });
}

void NamespaceModel::setSeparator(char separator) {
  if (separator == separator_) return;
  separator_ = separator;
  // Namespace rows stay; their groups are built again when expanded.
  beginResetModel();
  for (auto& n : root_->children) {
    n->children.clear();
    n->next = -1;
    n->children_state = n->count ? Node::Children::Unknown : Node::Children::Done;
  }
  ++generation_;
  endResetModel();
}

KeyScope NamespaceModel::scopeOf(const QModelIndex& index) const {
  const Node* n = nodeOf(index);
  if (!n || n == root_.get()) return {};
  return KeyScope::of(n->ns, n->prefix);
}

QModelIndex NamespaceModel::indexOfNamespace(const QByteArray& ns) const {
  for (const auto& n : root_->children)
    if (n->ns == ns) return indexOf(n.get());
  return {};
}

NamespaceModel::Node* NamespaceModel::nodeOf(const QModelIndex& index) const {
  return index.isValid() ? static_cast<Node*>(index.internalPointer()) : root_.get();
}

QModelIndex NamespaceModel::indexOf(const Node* node, int column) const {
  if (!node || node == root_.get()) return {};
  return createIndex(node->row, column, const_cast<Node*>(node));
}

QModelIndex NamespaceModel::index(int row, int column, const QModelIndex& parent) const {
  const Node* p = nodeOf(parent);
  if (!p || row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size())) return {};
  return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex NamespaceModel::parent(const QModelIndex& child) const {
  const Node* n = nodeOf(child);
  if (!child.isValid() || !n || !n->parent) return {};
  return indexOf(n->parent);
}

int NamespaceModel::rowCount(const QModelIndex& parent) const {
  if (parent.column() > 0) return 0;
  const Node* p = nodeOf(parent);
  return p ? int(p->children.size()) : 0;
}

int NamespaceModel::columnCount(const QModelIndex&) const { return ColumnCount; }

bool NamespaceModel::hasChildren(const QModelIndex& parent) const {
  if (parent.column() > 0) return false;
  const Node* p = nodeOf(parent);
  return p && (!p->children.empty() || p->children_state != Node::Children::Done);
}

bool NamespaceModel::canFetchMore(const QModelIndex& parent) const {
  const Node* p = nodeOf(parent);
  return parent.isValid() && p &&
         (p->children_state == Node::Children::Unknown || p->children_state == Node::Children::Partial);
}

void NamespaceModel::fetchMore(const QModelIndex& parent) {
  Node* p = nodeOf(parent);
  if (!canFetchMore(parent)) return;
  p->children_state = Node::Children::Loading;
  const quint64 generation = generation_;
  const QByteArray ns = p->ns, prefix = p->prefix;
  const char sep = separator_;
  const qint64 from = p->next;
  QPersistentModelIndex where(parent.siblingAtColumn(0));
  worker_->submit(
      QString(), this,
      [ns, prefix, sep, from](WorkerContext& ctx) { return groupsOf(ctx, ns, prefix, sep, from, kGroupBatch); },
      [this, generation, where](GroupBatch batch) {
        if (generation != generation_ || !where.isValid()) return;
        Node* node = nodeOf(where);
        if (!batch.error.isEmpty()) Q_EMIT loadFailed(batch.error);
        if (!batch.groups.empty()) {
          const int first = int(node->children.size());
          beginInsertRows(where, first, first + int(batch.groups.size()) - 1);
          for (auto& g : batch.groups) {
            auto n = std::make_unique<Node>();
            n->parent = node;
            n->row = int(node->children.size());
            n->ns = node->ns;
            n->prefix = g.prefix;
            n->count = g.count;
            node->children.push_back(std::move(n));
          }
          endInsertRows();
        }
        node->next = batch.next;
        const bool had_children = !node->children.empty();
        node->children_state = batch.done ? Node::Children::Done : Node::Children::Partial;
        if (!had_children && batch.done) {
          // No groups at all: the expand arrow goes away.
          Q_EMIT dataChanged(where, index(where.row(), ColumnCount - 1, where.parent()));
        }
        Q_EMIT groupsLoaded(QModelIndex(where));
      });
}

QVariant NamespaceModel::data(const QModelIndex& index, int role) const {
  const Node* n = nodeOf(index);
  if (!index.isValid() || !n) return {};
  const bool isNamespace = n->prefix.isEmpty();
  switch (role) {
    case Qt::DisplayRole:
      if (index.column() == CountColumn) return QLocale().toString(n->count);
      if (isNamespace) return n->ns.isEmpty() ? tr("(default)") : keyDisplay(n->ns);
      return keyDisplay(n->prefix.mid(n->parent->prefix.size()));
    case Qt::ToolTipRole:
      if (isNamespace)
        return n->ns.isEmpty() ? tr("The default namespace: %n record(s)", nullptr, int(n->count))
                               : tr("Namespace %1: %n record(s)", nullptr, int(n->count)).arg(keyDisplay(n->ns));
      return tr("Keys starting with %1: %n record(s)", nullptr, int(n->count)).arg(keyDisplay(n->prefix));
    case Qt::FontRole:
      if (isNamespace && index.column() == NameColumn) {
        QFont f;
        f.setBold(true);
        return f;
      }
      return {};
    case Qt::ForegroundRole:
      if (index.column() == CountColumn) return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
      return {};
    case Qt::TextAlignmentRole:
      return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
  }
}

QVariant NamespaceModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  return section == NameColumn ? tr("Namespace") : tr("Records");
}

}  // namespace browser
