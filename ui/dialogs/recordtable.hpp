// The read-only tables of the dialogs that list records and their versions
// (History, Removed Records, Compare With): whole rows selected, no row
// numbers, the last column stretched.
#pragma once

#include <QAbstractItemView>
#include <QStringList>

class QTableWidget;
class QTableWidgetItem;

namespace browser {

QTableWidget* recordTable(QWidget* parent, const char* objectName, const QStringList& headers,
                          QAbstractItemView::SelectionMode mode);
// A cell that can be selected but not edited; `number`: aligned right.
QTableWidgetItem* tableCell(const QString& text, bool number = false);

}  // namespace browser
