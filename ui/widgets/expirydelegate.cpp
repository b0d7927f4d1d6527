#include "expirydelegate.hpp"

#include <QDateTime>
#include <QLineEdit>

#include "core/durations.hpp"
#include "models/keytablemodel.hpp"

namespace browser {

std::optional<qint64> ExpiryDelegate::parse(const QString& text) {
  const QString t = text.trimmed();
  if (t.isEmpty()) return 0;
  if (auto d = parseDuration(t)) return QDateTime::currentMSecsSinceEpoch() + d->count();
  for (const QString& format :
       {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd")}) {
    const QDateTime when = QDateTime::fromString(t, format);
    if (when.isValid()) return when.toMSecsSinceEpoch();
  }
  return std::nullopt;
}

QWidget* ExpiryDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const {
  auto* edit = new QLineEdit(parent);
  edit->setObjectName(QStringLiteral("expiryEditor"));
  edit->setPlaceholderText(tr("1h30m, 2026-12-31 18:00, or empty for none"));
  edit->setToolTip(tr("A duration from now, a local date and time, or nothing for no expiry"));
  return edit;
}

void ExpiryDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
  const qint64 at = index.data(KeyTableModel::ExpiresAtRole).toLongLong();
  static_cast<QLineEdit*>(editor)->setText(
      at > 0 ? QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString());
}

void ExpiryDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
  const QString text = static_cast<QLineEdit*>(editor)->text();
  const qint64 before = index.data(KeyTableModel::ExpiresAtRole).toLongLong();
  // Unchanged text (the shown date, to the second) is no edit.
  if (before > 0 && text == QDateTime::fromMSecsSinceEpoch(before).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
    return;
  if (auto at = parse(text)) model->setData(index, *at, Qt::EditRole);
}

}  // namespace browser
