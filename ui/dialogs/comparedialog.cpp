#include "comparedialog.hpp"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/databasecontroller.hpp"
#include "core/valueformat.hpp"
#include "historydialog.hpp"
#include "recordtable.hpp"
#include "widgets/versionview.hpp"

namespace browser {
namespace {

enum Column { NamespaceColumn, KeyColumn, ChangeColumn, OpenSizeColumn, OtherSizeColumn, ColumnCount };

QString changeText(DiffRow::Change c) {
  switch (c) {
    case DiffRow::Change::Added: return CompareDialog::tr("only in the other");
    case DiffRow::Change::Removed: return CompareDialog::tr("only in this one");
    case DiffRow::Change::Changed: return CompareDialog::tr("changed");
  }
  return {};
}

}  // namespace

CompareDialog::CompareDialog(DatabaseController* controller, QWidget* parent)
    : TaskDialog(controller, tr("Compare"), parent) {
  setObjectName(QStringLiteral("compareDialog"));
  setWindowTitle(tr("Compare With Another Database"));
  auto* intro = new QLabel(tr("Compares every record of this database with another emdb file (a backup, or a copy "
                              "from another machine). The other file is only read. An encrypted one opens with "
                              "this database's key."),
                           this);
  intro->setWordWrap(true);
  other_ = new QLineEdit(this);
  other_->setObjectName(QStringLiteral("comparePath"));
  other_->setPlaceholderText(tr("The other database file"));
  auto* browse = new QPushButton(tr("Browse…"), this);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Compare With"), other_->text());
    if (!f.isEmpty()) other_->setText(f);
  });
  auto* pathRow = new QHBoxLayout;
  pathRow->addWidget(other_, 1);
  pathRow->addWidget(browse);
  table_ = recordTable(this, "compareTable",
                       {tr("Namespace"), tr("Key"), tr("Difference"), tr("Size here"), tr("Size in the other")},
                       QAbstractItemView::SingleSelection);
  view_ = new VersionView(this);
  view_->setMinimumHeight(160);
  export_ = new QPushButton(tr("&Export as JSON Lines…"), this);
  export_->setObjectName(QStringLiteral("exportDifferences"));
  export_->setEnabled(false);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(export_);
  body()->addWidget(intro);
  body()->addLayout(pathRow);
  body()->addWidget(table_, 2);
  body()->addWidget(view_, 1);
  body()->addLayout(buttons);
  resize(760, 620);
  connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CompareDialog::selectionChanged);
  connect(export_, &QPushButton::clicked, this, &CompareDialog::exportRows);
}

void CompareDialog::setOtherPath(const QString& path) { other_->setText(path); }

void CompareDialog::start() {
  if (!controller()->isOpen()) return;
  const QString other = other_->text().trimmed();
  if (other.isEmpty()) {
    showResult(tr("Choose the database to compare with."), true);
    return;
  }
  if (!QFileInfo(other).isFile()) {
    showResult(tr("%1 is not a file.").arg(other), true);
    return;
  }
  if (QFileInfo(other).canonicalFilePath() == QFileInfo(controller()->info()->path).canonicalFilePath()) {
    showResult(tr("That is this database: choose another file."), true);
    return;
  }
  table_->setRowCount(0);
  rows_.clear();
  view_->clear();
  export_->setEnabled(false);
  const std::optional<Secret> secret = controller()->openRequest().secret;
  run(
      tr("Comparing"), [other, secret](WorkerContext& ctx) { return compareWith(ctx, other, secret); },
      [this, other](const DiffResult& r) {
        if (showFailure(r.error, r.cancelled)) return;
        compared_ = other;
        rows_ = r.rows;
        table_->setRowCount(int(rows_.size()));
        int added = 0, removed = 0, changed = 0;
        for (int i = 0; i < int(rows_.size()); ++i) {
          const DiffRow& d = rows_[std::size_t(i)];
          (d.change == DiffRow::Change::Added ? added : d.change == DiffRow::Change::Removed ? removed : changed)++;
          table_->setItem(i, NamespaceColumn, tableCell(d.ns.isEmpty() ? tr("(default)") : keyDisplay(d.ns)));
          table_->setItem(i, KeyColumn, tableCell(keyDisplay(d.key)));
          table_->setItem(i, ChangeColumn, tableCell(changeText(d.change)));
          table_->setItem(i, OpenSizeColumn, tableCell(d.sizeOpen < 0 ? QString() : sizeDisplay(d.sizeOpen), true));
          table_->setItem(i, OtherSizeColumn, tableCell(d.sizeOther < 0 ? QString() : sizeDisplay(d.sizeOther), true));
        }
        table_->resizeColumnsToContents();
        export_->setEnabled(!rows_.empty());
        if (rows_.empty())
          showResult(tr("The two databases hold the same records."));
        else
          showResult(tr("%1, %2, %3.")
                         .arg(tr("%Ln only in the other", nullptr, added), tr("%Ln only in this one", nullptr, removed),
                              tr("%Ln changed", nullptr, changed)));
      });
}

void CompareDialog::selectionChanged() {
  const auto sel = table_->selectionModel()->selectedRows();
  const quint64 ticket = ++shown_;
  if (sel.size() != 1) {
    view_->clear();
    return;
  }
  const DiffRow d = rows_[std::size_t(sel.first().row())];
  controller()->worker()->submit(
      QString(), this,
      [d, other = compared_](WorkerContext& ctx) {
        std::pair<VersionValue, VersionValue> v;
        if (d.sizeOpen >= 0) v.first = readCurrent(ctx, d.ns, d.key, HistoryDialog::kShownBytes);
        if (d.sizeOther >= 0) v.second = otherValue(ctx, other, d.ns, d.key, HistoryDialog::kShownBytes);
        return v;
      },
      [this, ticket, d](const std::pair<VersionValue, VersionValue>& v) {
        if (ticket != shown_) return;
        for (const VersionValue* side : {&v.first, &v.second})
          if (!side->error.isEmpty()) {
            view_->showMessage(side->error);
            return;
          }
        const QString here = tr("This database"), there = QFileInfo(compared_).fileName();
        if (d.sizeOpen >= 0 && d.sizeOther >= 0)
          view_->showTwo(here, v.first.bytes, v.first.size, there, v.second.bytes, v.second.size);
        else if (d.sizeOpen >= 0)
          view_->showOne(here, v.first.bytes, v.first.size);
        else
          view_->showOne(there, v.second.bytes, v.second.size);
      });
}

void CompareDialog::exportRows() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export Differences"), QString(),
                                                    tr("JSON Lines (*.jsonl);;All files (*)"));
  if (path.isEmpty()) return;
  const QString error = exportDifferences(rows_, path);
  if (error.isEmpty())
    showResult(tr("%Ln difference(s) written to %1.", nullptr, int(rows_.size())).arg(path));
  else
    showResult(error, true);
}

}  // namespace browser
