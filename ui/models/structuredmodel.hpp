// StructuredModel: a decoded CBOR or MessagePack value as a read-only tree.
// One top row, the value itself; under a map a row for each entry (its key
// in the Key column), under an array a row for each item ([0], [1], ...).
// Columns: key or index, the item's type (with its tags), and its value
// (scalars in one line, containers by their number of entries). Rows are
// laid out once for the whole value, and texts only for the rows shown.
#pragma once

#include <QAbstractItemModel>
#include <vector>

#include "core/structuredvalue.hpp"

namespace browser {

class StructuredModel : public QAbstractItemModel {
  Q_OBJECT
 public:
  enum Column { KeyColumn, TypeColumn, ValueColumn, ColumnCount };
  // Values longer than this many characters are cut in the Value column.
  static constexpr int kShownChars = 200;

  explicit StructuredModel(QObject* parent = nullptr);

  // Shows `value` (nothing: no rows).
  void setValue(std::optional<StructuredValue> value);

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  struct Node {
    const StructuredItem* key = nullptr;   // a map entry's key; else none
    const StructuredItem* item = nullptr;  // the entry's value or the array's item (tags and all)
    int parent = -1;                       // the parent row's node; -1 for the top row
    int row = 0;                           // among its parent's rows
    int first = 0;                         // its rows' nodes are [first, first + count)
    int count = 0;
  };
  QString keyText(const Node& node) const;
  QString typeText(const StructuredItem& item) const;
  QString valueText(const StructuredItem& item) const;

  std::optional<StructuredValue> value_;
  std::vector<Node> nodes_;  // breadth first: a row's children are next to each other
};

}  // namespace browser
