#include "recordtable.hpp"

#include <QHeaderView>
#include <QTableWidget>

namespace browser {

QTableWidget* recordTable(QWidget* parent, const char* objectName, const QStringList& headers,
                          QAbstractItemView::SelectionMode mode) {
  auto* table = new QTableWidget(0, int(headers.size()), parent);
  table->setObjectName(QLatin1String(objectName));
  table->setHorizontalHeaderLabels(headers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setSelectionMode(mode);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setStretchLastSection(true);
  table->setMinimumHeight(140);
  return table;
}

QTableWidgetItem* tableCell(const QString& text, bool number) {
  auto* item = new QTableWidgetItem(text);
  item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
  item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
  return item;
}

}  // namespace browser
