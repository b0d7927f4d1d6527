#include "rangeactions.hpp"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include "core/databasecontroller.hpp"
#include "core/databaseworker.hpp"
#include "core/keyqueries.hpp"
#include "core/pendingedits.hpp"
#include "core/valueformat.hpp"
#include "dialogs/ttldialog.hpp"
#include "models/keytablemodel.hpp"

namespace browser {

RangeActions::RangeActions(DatabaseController* controller, PendingEdits* pending, KeyTableModel* keys,
                           QWidget* window)
    : QObject(window),
      controller_(controller),
      pending_(pending),
      keys_(keys),
      window_(window),
      menu_(new QMenu(tr("All &Shown Records"), window)) {
  menu_->setObjectName(QStringLiteral("shownRecordsMenu"));
  menu_->setToolTip(tr("Every record the table shows with this filter, loaded or not"));
  delete_ = menu_->addAction(tr("&Delete All Shown…"), this, [this] { start(Kind::Delete); });
  delete_->setObjectName(QStringLiteral("deleteShown"));
  expiry_ = menu_->addAction(tr("Set &Expiry of All Shown…"), this, [this] { start(Kind::SetExpiry); });
  expiry_->setObjectName(QStringLiteral("expireShown"));
  persist_ = menu_->addAction(tr("&Remove Expiry of All Shown…"), this, [this] { start(Kind::RemoveExpiry); });
  persist_->setObjectName(QStringLiteral("persistShown"));
  connect(keys_, &QAbstractItemModel::modelReset, this, &RangeActions::update);
  connect(keys_, &QAbstractItemModel::rowsInserted, this, &RangeActions::update);
  connect(keys_, &QAbstractItemModel::rowsRemoved, this, &RangeActions::update);
  update();
}

void RangeActions::update() {
  const bool on = controller_->isOpen() && !controller_->isReadOnly() && keys_->rowCount() > 0 && !collecting_;
  for (QAction* a : {delete_, expiry_, persist_}) a->setEnabled(on);
  menu_->setEnabled(on);
}

void RangeActions::start(Kind kind) {
  if (collecting_ || !controller_->isOpen() || controller_->isReadOnly()) return;
  collecting_ = true;
  update();
  const KeyScope scope = keys_->scope();
  const QList<QByteArray> added = keys_->addedKeys();
  controller_->worker()->submit(
      tr("Collecting the records shown"), this, [scope, most = most_](WorkerContext& ctx) { return collectScope(ctx, scope, most); },
      [this, kind, scope, added](ScopeKeys found) {
        collecting_ = false;
        update();
        if (found.cancelled) return;
        if (!found.error.isEmpty() || found.tooMany) {
          auto* box = new QMessageBox(QMessageBox::Warning, tr("All Shown Records"),
                                      found.tooMany ? tr("More than %L1 records are shown.").arg(most_)
                                                    : tr("The records shown could not be read."),
                                      QMessageBox::Close, window_);
          box->setObjectName(QStringLiteral("shownRecordsProblem"));
          box->setInformativeText(found.tooMany
                                      ? tr("One edit stages at most %L1 records. Narrow the filter (a prefix, a "
                                           "range or a pattern) and repeat the edit for each part.")
                                            .arg(most_)
                                      : found.error);
          box->setAttribute(Qt::WA_DeleteOnClose);
          box->open();
          return;
        }
        QList<QByteArray> keys;
        keys.reserve(qsizetype(found.keys.size()) + added.size());
        for (QByteArray& k : found.keys) keys << std::move(k);
        keys << added;
        confirm(kind, scope, keys);
      });
}

void RangeActions::confirm(Kind kind, const KeyScope& scope, const QList<QByteArray>& keys) {
  const int n = int(keys.size());
  const QString where =
      scope.ns.isEmpty() ? tr("In the default namespace.") : tr("In the namespace %1.").arg(keyDisplay(scope.ns));
  if (n == 0) {
    auto* box = new QMessageBox(QMessageBox::Information, tr("All Shown Records"), tr("No records are shown."),
                                QMessageBox::Close, window_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return;
  }
  if (kind == Kind::SetExpiry) {
    auto* dialog = new TtlDialog(n, 0, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ns = scope.ns, keys] {
      if (auto at = dialog->expiresAt()) pending_->setExpiry(ns, keys, *at);
    });
    dialog->open();
    return;
  }
  const bool remove = kind == Kind::Delete;
  auto* box = new QMessageBox(QMessageBox::Question, tr("All Shown Records"),
                              remove ? tr("Delete all %Ln record(s) shown?", nullptr, n)
                                     : tr("Remove the expiry of all %Ln record(s) shown?", nullptr, n),
                              QMessageBox::NoButton, window_);
  box->setObjectName(QStringLiteral("confirmShown"));
  box->setInformativeText(where + QLatin1Char(' ') +
                          tr("The change is pending until you write the changes; Undo takes it back."));
  QPushButton* yes = box->addButton(remove ? tr("Delete") : tr("Remove Expiry"),
                                    remove ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
  yes->setObjectName(QStringLiteral("confirmShownButton"));
  box->addButton(QMessageBox::Cancel);
  box->setDefaultButton(QMessageBox::Cancel);
  box->setAttribute(Qt::WA_DeleteOnClose);
  connect(box, &QMessageBox::finished, this, [this, box, yes, remove, ns = scope.ns, keys] {
    if (box->clickedButton() != yes) return;
    if (remove)
      pending_->remove(ns, keys);
    else
      pending_->setExpiry(ns, keys, 0);
  });
  box->open();
}

}  // namespace browser
