#include "historydialog.hpp"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include "core/databasecontroller.hpp"
#include "core/pendingedits.hpp"
#include "core/valueformat.hpp"
#include "recordtable.hpp"
#include "widgets/versionview.hpp"

namespace browser {
namespace {

enum Column { NumberColumn, ChangeColumn, SizeColumn, ExpiresColumn, OffsetColumn, ColumnCount };

QString utc(qint64 ms) {
  return ms ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
            : QString();
}

}  // namespace

HistoryDialog::HistoryDialog(const QByteArray& ns, const QByteArray& key, PendingEdits* pending,
                             DatabaseController* controller, QWidget* parent)
    : TaskDialog(controller, tr("Read Again"), parent), ns_(ns), key_(key), pending_(pending) {
  setObjectName(QStringLiteral("historyDialog"));
  setWindowTitle(tr("History of %1").arg(keyDisplay(key)));
  auto* intro = new QLabel(tr("Every version of this record that the file still holds: the journal keeps replaced "
                              "and removed values until the database is compacted. Select a version to see its "
                              "value, two to compare them."),
                           this);
  intro->setWordWrap(true);
  table_ = recordTable(this, "historyTable", {tr("#"), tr("Change"), tr("Size"), tr("Expires (UTC)"), tr("Offset")},
                       QAbstractItemView::ExtendedSelection);
  view_ = new VersionView(this);
  view_->setMinimumHeight(200);
  restore_ = new QPushButton(tr("&Restore This Version"), this);
  restore_->setObjectName(QStringLiteral("restoreVersion"));
  restore_->setToolTip(tr("Stages the selected version's value (and its expiry, when still ahead) as a pending edit"));
  restore_->setEnabled(false);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(restore_);
  body()->addWidget(intro);
  body()->addWidget(table_, 1);
  body()->addWidget(view_, 2);
  body()->addLayout(buttons);
  resize(760, 620);
  connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDialog::selectionChanged);
  connect(restore_, &QPushButton::clicked, this, &HistoryDialog::restore);
}

void HistoryDialog::showEvent(QShowEvent* event) {
  TaskDialog::showEvent(event);
  if (!started_) {
    started_ = true;
    start();
  }
}

void HistoryDialog::start() {
  if (!controller()->isOpen()) return;
  table_->setRowCount(0);
  versions_.clear();
  view_->clear();
  run(
      tr("Reading the history of %1").arg(keyDisplay(key_)),
      [ns = ns_, key = key_](WorkerContext& ctx) { return keyHistory(ctx, ns, key); },
      [this](const HistoryResult& r) {
        if (showFailure(r.error, r.cancelled)) return;
        versions_ = r.versions;
        const QLocale l;
        table_->setRowCount(int(versions_.size()));
        for (int i = 0; i < int(versions_.size()); ++i) {
          const VersionRow& v = versions_[std::size_t(i)];
          table_->setItem(i, NumberColumn, tableCell(l.toString(i + 1), true));
          table_->setItem(i, ChangeColumn,
                          tableCell(v.removed   ? tr("removed")
                                    : v.current ? tr("written (current)")
                                                : tr("written")));
          table_->setItem(i, SizeColumn, tableCell(v.removed ? QString() : sizeDisplay(v.size), true));
          table_->setItem(i, ExpiresColumn, tableCell(v.removed ? QString() : utc(v.expiresAt)));
          table_->setItem(i, OffsetColumn, tableCell(l.toString(qulonglong(v.offset)), true));
        }
        table_->resizeColumnsToContents();
        if (versions_.empty())
          showResult(tr("The file holds no version of this record: it was compacted away, or never written."));
        else
          showResult(tr("%Ln version(s) in the file.", nullptr, int(versions_.size())));
        if (!versions_.empty()) {  // the newest, whatever keys are held (selectRow() would follow them)
          const QModelIndex last = table_->model()->index(int(versions_.size()) - 1, 0);
          table_->selectionModel()->setCurrentIndex(last,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
      });
}

std::vector<int> HistoryDialog::selectedRows() const {
  std::vector<int> rows;
  for (const QModelIndex& i : table_->selectionModel()->selectedRows()) rows.push_back(i.row());
  std::sort(rows.begin(), rows.end());
  return rows;
}

QString HistoryDialog::versionName(int row) const { return tr("Version %1").arg(QLocale().toString(row + 1)); }

void HistoryDialog::selectionChanged() {
  const std::vector<int> rows = selectedRows();
  const quint64 ticket = ++shown_;
  const bool writable = !controller()->isReadOnly();
  restore_->setEnabled(writable && rows.size() == 1 && !versions_[std::size_t(rows[0])].removed);
  if (rows.empty() || rows.size() > 2) {
    view_->showMessage(rows.empty() ? QString() : tr("Select one version to see it, or two to compare them."));
    return;
  }
  for (int r : rows)
    if (versions_[std::size_t(r)].removed) {
      view_->showMessage(tr("%1 is a removal: it has no value.").arg(versionName(r)));
      return;
    }
  std::vector<quint64> offsets;
  for (int r : rows) offsets.push_back(versions_[std::size_t(r)].offset);
  controller()->worker()->submit(
      QString(), this,
      [ns = ns_, key = key_, offsets](WorkerContext& ctx) {
        std::vector<VersionValue> values;
        for (quint64 o : offsets) values.push_back(readVersion(ctx, ns, key, o, kShownBytes));
        return values;
      },
      [this, ticket, rows](const std::vector<VersionValue>& values) {
        if (ticket != shown_) return;  // another selection came since
        for (const auto& v : values)
          if (!v.error.isEmpty()) {
            view_->showMessage(v.error);
            return;
          }
        if (values.size() == 1)
          view_->showOne(versionName(rows[0]), values[0].bytes, values[0].size);
        else
          view_->showTwo(versionName(rows[0]), values[0].bytes, values[0].size, versionName(rows[1]), values[1].bytes,
                         values[1].size);
      });
}

void HistoryDialog::restore() {
  const std::vector<int> rows = selectedRows();
  if (rows.size() != 1 || versions_[std::size_t(rows[0])].removed || controller()->isReadOnly()) return;
  const VersionRow v = versions_[std::size_t(rows[0])];
  const int number = rows[0] + 1;
  restore_->setEnabled(false);
  controller()->worker()->submit(
      QString(), this,
      [ns = ns_, key = key_, v](WorkerContext& ctx) {
        RemovedRow row{.key = key, .valueOffset = v.offset, .size = v.size, .expiresAt = v.expiresAt};
        return restoredValues(ctx, ns, {row});
      },
      [this, number](RestoredValues r) {
        restore_->setEnabled(true);
        if (!r.error.isEmpty()) {
          showResult(r.error, true);
          return;
        }
        pending_->stage(std::move(r.changes),
                        tr("Restore version %1 of %2").arg(QLocale().toString(number), keyDisplay(key_)));
        showResult(tr("Version %1 is staged: Write Changes saves it to the file.").arg(QLocale().toString(number)));
      });
}

}  // namespace browser
