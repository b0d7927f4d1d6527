// ExpiryDelegate: the editor of the key table's Expires column. Takes a
// duration from now ("1h30m"), a local date and time ("2026-12-01 18:00"),
// or nothing for no expiry; anything else is refused and nothing changes.
#pragma once

#include <QStyledItemDelegate>
#include <optional>

namespace browser {

class ExpiryDelegate : public QStyledItemDelegate {
  Q_OBJECT
 public:
  using QStyledItemDelegate::QStyledItemDelegate;
  // The expiry (Unix ms; 0: none) that `text` stands for, or nothing.
  static std::optional<qint64> parse(const QString& text);

  QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
  void setEditorData(QWidget* editor, const QModelIndex& index) const override;
  void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

}  // namespace browser
