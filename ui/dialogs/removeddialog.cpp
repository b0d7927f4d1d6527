#include "removeddialog.hpp"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/databasecontroller.hpp"
#include "core/durations.hpp"
#include "core/pendingedits.hpp"
#include "core/valueformat.hpp"
#include "historydialog.hpp"
#include "recordtable.hpp"
#include "widgets/versionview.hpp"

namespace browser {
namespace {

enum Column { KeyColumn, SizeColumn, ExpiresColumn, RemovedColumn, ColumnCount };

}  // namespace

RemovedDialog::RemovedDialog(const QByteArray& ns, PendingEdits* pending, DatabaseController* controller,
                             QWidget* parent)
    : TaskDialog(controller, tr("Read Again"), parent), ns_(ns), pending_(pending) {
  setObjectName(QStringLiteral("removedDialog"));
  setWindowTitle(ns.isEmpty() ? tr("Removed Records") : tr("Removed Records in %1").arg(keyDisplay(ns)));
  auto* intro = new QLabel(tr("Records removed from this namespace whose last value the file still holds (until the "
                              "database is compacted). Restoring stages them as new records; an expiry that has "
                              "passed is not restored."),
                           this);
  intro->setWordWrap(true);
  table_ = recordTable(this, "removedTable", {tr("Key"), tr("Size"), tr("Expired or expires"), tr("Removed at offset")},
                       QAbstractItemView::ExtendedSelection);
  view_ = new VersionView(this);
  view_->setMinimumHeight(160);
  restore_selected_ = new QPushButton(tr("Restore &Selected"), this);
  restore_selected_->setObjectName(QStringLiteral("restoreSelected"));
  restore_all_ = new QPushButton(tr("Restore &All"), this);
  restore_all_->setObjectName(QStringLiteral("restoreAll"));
  restore_selected_->setEnabled(false);
  restore_all_->setEnabled(false);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(restore_selected_);
  buttons->addWidget(restore_all_);
  body()->addWidget(intro);
  body()->addWidget(table_, 2);
  body()->addWidget(view_, 1);
  body()->addLayout(buttons);
  resize(720, 600);
  connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RemovedDialog::selectionChanged);
  connect(restore_selected_, &QPushButton::clicked, this, [this] { restore(selected()); });
  connect(restore_all_, &QPushButton::clicked, this, [this] { restore(rows_); });
}

void RemovedDialog::showEvent(QShowEvent* event) {
  TaskDialog::showEvent(event);
  if (!started_) {
    started_ = true;
    start();
  }
}

void RemovedDialog::start() {
  if (!controller()->isOpen()) return;
  table_->setRowCount(0);
  rows_.clear();
  view_->clear();
  restore_all_->setEnabled(false);
  run(
      tr("Reading removed records"), [ns = ns_](WorkerContext& ctx) { return removedRecords(ctx, ns); },
      [this](const RemovedResult& r) {
        if (showFailure(r.error, r.cancelled)) return;
        rows_ = r.rows;
        const QLocale l;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        table_->setRowCount(int(rows_.size()));
        for (int i = 0; i < int(rows_.size()); ++i) {
          const RemovedRow& row = rows_[std::size_t(i)];
          table_->setItem(i, KeyColumn, tableCell(keyDisplay(row.key)));
          table_->setItem(i, SizeColumn, tableCell(sizeDisplay(row.size), true));
          table_->setItem(i, ExpiresColumn,
                          tableCell(row.expiresAt ? formatRelativeExpiry(row.expiresAt, now) : QString()));
          table_->setItem(i, RemovedColumn, tableCell(l.toString(qulonglong(row.removedOffset)), true));
        }
        table_->resizeColumnsToContents();
        restore_all_->setEnabled(!rows_.empty() && !controller()->isReadOnly());
        showResult(rows_.empty() ? tr("No removed record of this namespace is left in the file.")
                                 : tr("%Ln removed record(s) can be restored.", nullptr, int(rows_.size())));
      });
}

std::vector<RemovedRow> RemovedDialog::selected() const {
  std::vector<RemovedRow> out;
  for (const QModelIndex& i : table_->selectionModel()->selectedRows()) out.push_back(rows_[std::size_t(i.row())]);
  std::sort(out.begin(), out.end(), [](const RemovedRow& a, const RemovedRow& b) { return a.key < b.key; });
  return out;
}

void RemovedDialog::selectionChanged() {
  const std::vector<RemovedRow> rows = selected();
  restore_selected_->setEnabled(!rows.empty() && !controller()->isReadOnly());
  const quint64 ticket = ++shown_;
  if (rows.size() != 1) {
    view_->clear();
    return;
  }
  const RemovedRow row = rows.front();
  controller()->worker()->submit(
      QString(), this,
      [ns = ns_, row](WorkerContext& ctx) {
        return readVersion(ctx, ns, row.key, row.valueOffset, HistoryDialog::kShownBytes);
      },
      [this, ticket, key = row.key](const VersionValue& v) {
        if (ticket != shown_) return;
        if (!v.error.isEmpty())
          view_->showMessage(v.error);
        else
          view_->showOne(tr("The last value of %1").arg(keyDisplay(key)), v.bytes, v.size);
      });
}

void RemovedDialog::restore(std::vector<RemovedRow> rows) {
  if (rows.empty() || controller()->isReadOnly()) return;
  restore_selected_->setEnabled(false);
  restore_all_->setEnabled(false);
  const int n = int(rows.size());
  controller()->worker()->submit(
      QString(), this, [ns = ns_, rows = std::move(rows)](WorkerContext& ctx) { return restoredValues(ctx, ns, rows); },
      [this, n](RestoredValues r) {
        restore_all_->setEnabled(!rows_.empty());
        selectionChanged();
        if (!r.error.isEmpty()) {
          showResult(r.error, true);
          return;
        }
        pending_->stage(std::move(r.changes), tr("Restore %Ln removed record(s)", nullptr, n));
        showResult(tr("%Ln record(s) staged: Write Changes saves them to the file.", nullptr, n));
      });
}

}  // namespace browser
