#include "sortactions.hpp"

#include <QActionGroup>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>

#include "models/keytablemodel.hpp"

namespace browser {

namespace {

const QString kNaturalSetting = QStringLiteral("view/naturalKeyOrder");

int columnOf(KeySort::By by) {
  switch (by) {
    case KeySort::By::Size: return KeyTableModel::SizeColumn;
    case KeySort::By::Expiry: return KeyTableModel::ExpiresColumn;
    case KeySort::By::Key: break;
  }
  return KeyTableModel::KeyColumn;
}

}  // namespace

SortActions::SortActions(KeyTableModel* keys, QTableView* table, QWidget* window)
    : QObject(window), keys_(keys), table_(table), menu_(new QMenu(tr("&Sort By"), window)) {
  menu_->setObjectName(QStringLiteral("sortMenu"));
  auto* group = new QActionGroup(this);
  auto byAction = [&](const QString& text, KeySort::By by, const char* name) {
    QAction* a = menu_->addAction(text, this, [this, by] {
      KeySort s = keys_->sort();
      s.by = by;
      apply(s);
    });
    a->setObjectName(QLatin1String(name));
    a->setCheckable(true);
    group->addAction(a);
    return a;
  };
  by_key_ = byAction(tr("&Key"), KeySort::By::Key, "sortByKey");
  by_size_ = byAction(tr("&Size"), KeySort::By::Size, "sortBySize");
  by_expiry_ = byAction(tr("&Expiry"), KeySort::By::Expiry, "sortByExpiry");
  menu_->addSeparator();
  descending_ = menu_->addAction(tr("&Descending"), this, [this](bool on) {
    KeySort s = keys_->sort();
    s.descending = on;
    apply(s);
  });
  descending_->setObjectName(QStringLiteral("sortDescending"));
  descending_->setCheckable(true);
  natural_ = menu_->addAction(tr("&Natural Key Order"), this, [this](bool on) {
    QSettings().setValue(kNaturalSetting, on);
    KeySort s = keys_->sort();
    s.natural = on;
    apply(s);
  });
  natural_->setObjectName(QStringLiteral("naturalKeyOrder"));
  natural_->setCheckable(true);
  natural_->setToolTip(tr("Compare runs of digits in keys as numbers (user:2 before user:19)"));

  QHeaderView* header = table_->horizontalHeader();
  header->setSectionsClickable(true);
  header->setSortIndicatorShown(true);
  connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
    KeySort s = keys_->sort();
    if (section == KeyTableModel::KeyColumn) {
      s.by = KeySort::By::Key;
    } else if (section == KeyTableModel::SizeColumn) {
      s.by = KeySort::By::Size;
    } else if (section == KeyTableModel::ExpiresColumn) {
      s.by = KeySort::By::Expiry;
    } else {
      apply(s);  // the Value column does not sort: the indicator goes back
      return;
    }
    // A click on another column starts ascending; on the same one, reverses.
    s.descending = order == Qt::DescendingOrder;
    apply(s);
  });
  KeySort initial;
  initial.natural = QSettings().value(kNaturalSetting, false).toBool();
  apply(initial);
}

void SortActions::apply(const KeySort& sort) {
  {
    const QSignalBlocker block(table_->horizontalHeader());
    table_->horizontalHeader()->setSortIndicator(columnOf(sort.by),
                                                 sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
  }
  const QAction* current = sort.by == KeySort::By::Size ? by_size_ : sort.by == KeySort::By::Expiry ? by_expiry_ : by_key_;
  for (QAction* a : {by_key_, by_size_, by_expiry_}) a->setChecked(a == current);
  descending_->setChecked(sort.descending);
  natural_->setChecked(sort.natural);
  if (sort == keys_->sort()) return;
  keys_->setSort(sort);
  table_->scrollToTop();  // the new order from its first row, as a new filter shows
}

}  // namespace browser
