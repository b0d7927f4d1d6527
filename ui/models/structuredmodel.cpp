#include "structuredmodel.hpp"

#include <charconv>
#include <cmath>
#include <limits>

#include "core/valueformat.hpp"

namespace browser {

namespace {

using Kind = StructuredItem::Kind;

const StructuredItem& untagged(const StructuredItem& item) {
  const StructuredItem* it = &item;
  while (it->kind == Kind::Tag) it = &it->items.front();
  return *it;
}

// The shortest text that reads back as the same float of its width.
QString floatText(double d, int bits) {
  if (std::isnan(d)) return QStringLiteral("NaN");
  if (std::isinf(d)) return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
  char buf[64];
  const auto r = bits == 64 ? std::to_chars(buf, buf + sizeof buf, d) : std::to_chars(buf, buf + sizeof buf, float(d));
  return QString::fromLatin1(buf, r.ptr - buf);
}

QString oneLine(QString text, int max) {
  text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
  text.replace(QLatin1Char('\t'), QLatin1Char(' '));
  if (text.size() <= max) return text;
  return text.left(max) + QStringLiteral("…");
}

}  // namespace

StructuredModel::StructuredModel(QObject* parent) : QAbstractItemModel(parent) {}

void StructuredModel::setValue(std::optional<StructuredValue> value) {
  beginResetModel();
  value_ = std::move(value);
  nodes_.clear();
  if (value_) {
    nodes_.push_back(Node{.item = &value_->root});
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const StructuredItem& it = untagged(*nodes_[i].item);
      const int first = int(nodes_.size());
      int count = 0;
      if (it.kind == Kind::Array)
        for (const StructuredItem& child : it.items)
          nodes_.push_back(Node{.item = &child, .parent = int(i), .row = count++});
      else if (it.kind == Kind::Map)
        for (std::size_t k = 0; k + 1 < it.items.size(); k += 2)
          nodes_.push_back(Node{.key = &it.items[k], .item = &it.items[k + 1], .parent = int(i), .row = count++});
      nodes_[i].first = first;
      nodes_[i].count = count;
    }
  }
  endResetModel();
}

QModelIndex StructuredModel::index(int row, int column, const QModelIndex& parent) const {
  if (row < 0 || column < 0 || column >= ColumnCount) return {};
  if (!parent.isValid()) return row == 0 && !nodes_.empty() ? createIndex(0, column, quintptr(0)) : QModelIndex();
  const Node& p = nodes_[parent.internalId()];
  if (parent.column() != 0 || row >= p.count) return {};
  return createIndex(row, column, quintptr(p.first + row));
}

QModelIndex StructuredModel::parent(const QModelIndex& child) const {
  if (!child.isValid()) return {};
  const Node& n = nodes_[child.internalId()];
  if (n.parent < 0) return {};
  return createIndex(nodes_[std::size_t(n.parent)].row, 0, quintptr(n.parent));
}

int StructuredModel::rowCount(const QModelIndex& parent) const {
  if (!parent.isValid()) return nodes_.empty() ? 0 : 1;
  if (parent.column() != 0) return 0;
  return nodes_[parent.internalId()].count;
}

int StructuredModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant StructuredModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) return {};
  const Node& n = nodes_[index.internalId()];
  switch (index.column()) {
    case KeyColumn: return keyText(n);
    case TypeColumn: return typeText(*n.item);
    case ValueColumn: return valueText(*n.item);
    default: return {};
  }
}

QVariant StructuredModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case KeyColumn: return tr("Key");
    case TypeColumn: return tr("Type");
    case ValueColumn: return tr("Value");
    default: return {};
  }
}

QString StructuredModel::keyText(const Node& node) const {
  if (node.parent < 0) return formatName(value_->format);
  if (!node.key) return QStringLiteral("[%1]").arg(node.row);
  if (node.key->kind == Kind::Text)
    return oneLine(QString::fromUtf8(node.key->bytes.left(kShownChars * 4)), kShownChars);
  return valueText(*node.key);
}

QString StructuredModel::typeText(const StructuredItem& item) const {
  const StructuredItem& it = untagged(item);
  QString type;
  switch (it.kind) {
    case Kind::Unsigned:
    case Kind::Negative: type = tr("integer"); break;
    case Kind::Float: type = tr("float (%1-bit)").arg(it.floatBits); break;
    case Kind::Bool: type = tr("boolean"); break;
    case Kind::Null: type = QStringLiteral("null"); break;
    case Kind::Undefined: type = QStringLiteral("undefined"); break;
    case Kind::Simple: type = tr("simple value"); break;
    case Kind::Bytes: type = tr("bytes"); break;
    case Kind::Text: type = tr("text"); break;
    case Kind::Array: type = tr("array"); break;
    case Kind::Map: type = tr("map"); break;
    case Kind::Extension: type = tr("extension type %1").arg(it.extensionType); break;
    case Kind::Tag: break;
  }
  // Tags outermost first: "integer, tag 1".
  for (const StructuredItem* t = &item; t->kind == Kind::Tag; t = &t->items.front())
    type += tr(", tag %1").arg(t->number);
  return type;
}

QString StructuredModel::valueText(const StructuredItem& item) const {
  const StructuredItem& it = untagged(item);
  const auto count = int(std::min<std::size_t>(it.items.size(), std::numeric_limits<int>::max()));
  switch (it.kind) {
    case Kind::Unsigned: return QString::number(it.number);
    case Kind::Negative:
      if (it.number <= quint64(std::numeric_limits<qint64>::max())) return QString::number(qint64(~it.number));
      if (it.number == std::numeric_limits<quint64>::max()) return QStringLiteral("-18446744073709551616");
      return QLatin1Char('-') + QString::number(it.number + 1);
    case Kind::Float: return floatText(it.real, it.floatBits);
    case Kind::Bool: return it.number ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Null: return QStringLiteral("null");
    case Kind::Undefined: return QStringLiteral("undefined");
    case Kind::Simple: return QStringLiteral("simple(%1)").arg(it.number);
    case Kind::Text: return oneLine(QString::fromUtf8(it.bytes.left(kShownChars * 4)), kShownChars);
    case Kind::Bytes:
    case Kind::Extension: {
      const int shown = kShownChars / 3;
      QString text = sizeDisplay(it.bytes.size());
      if (!it.bytes.isEmpty()) text += QStringLiteral(": ") + toHex(it.bytes.left(shown));
      if (it.bytes.size() > shown) text += QStringLiteral(" …");
      return text;
    }
    case Kind::Array: return tr("%Ln item(s)", nullptr, count);
    case Kind::Map: return tr("%Ln entry(s)", nullptr, count / 2);
    case Kind::Tag: break;
  }
  return {};
}

}  // namespace browser
