#include "pastactions.hpp"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>

#include "core/databasecontroller.hpp"
#include "dialogs/comparedialog.hpp"
#include "dialogs/historydialog.hpp"
#include "dialogs/removeddialog.hpp"
#include "models/keytablemodel.hpp"

namespace browser {

PastActions::PastActions(DatabaseController* controller, PendingEdits* pending, KeyTableModel* keys, QTableView* table,
                         QWidget* window)
    : QObject(window), controller_(controller), pending_(pending), keys_(keys), table_(table), window_(window) {
  history_ = new QAction(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("&History of Record…"), this);
  history_->setObjectName(QStringLiteral("recordHistory"));
  history_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
  history_->setToolTip(tr("Every version of the selected record that the file still holds"));
  removed_ = new QAction(tr("&Removed Records…"), this);
  removed_->setObjectName(QStringLiteral("removedRecords"));
  removed_->setToolTip(tr("Records removed from this namespace whose values the file still holds, to restore"));
  compare_ = new QAction(tr("Com&pare With…"), this);
  compare_->setObjectName(QStringLiteral("compareDatabases"));
  compare_->setToolTip(tr("Records added, removed and changed between this database and another file"));
  connect(history_, &QAction::triggered, this, [this] {
    const auto rows = table_->selectionModel() ? table_->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.size() != 1) return;
    if (auto key = keys_->keyAt(rows.first().row())) show<HistoryDialog>(keys_->scope().ns, *key, pending_);
  });
  connect(removed_, &QAction::triggered, this, [this] { show<RemovedDialog>(keys_->scope().ns, pending_); });
  connect(compare_, &QAction::triggered, this, [this] { show<CompareDialog>(); });
  connect(controller_, &DatabaseController::opened, this, &PastActions::update);
  connect(controller_, &DatabaseController::closed, this, &PastActions::update);
  update();
}

template <class Dialog, class... Args>
void PastActions::show(Args... args) {
  if (!controller_->isOpen()) return;
  auto* d = new Dialog(args..., controller_, window_);
  d->setAttribute(Qt::WA_DeleteOnClose);
  // Modeless, as every task dialog: closing the database or quitting stops the scan.
  connect(controller_, &DatabaseController::closed, d, &QDialog::close);
  d->show();
  d->raise();
  d->activateWindow();
}

void PastActions::update() {
  const bool open = controller_->isOpen();
  const int selected = open && table_->selectionModel() ? int(table_->selectionModel()->selectedRows().size()) : 0;
  history_->setEnabled(selected == 1);
  removed_->setEnabled(open);
  compare_->setEnabled(open);
}

}  // namespace browser
