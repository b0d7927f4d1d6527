#include "compactdialog.hpp"

#include <QLabel>
#include <QVBoxLayout>

#include "core/databasecontroller.hpp"
#include "core/maintenance.hpp"
#include "core/valueformat.hpp"

namespace browser {

CompactDialog::CompactDialog(DatabaseController* controller, QWidget* parent)
    : TaskDialog(controller, tr("Compact"), parent) {
  setObjectName(QStringLiteral("compactDialog"));
  setWindowTitle(tr("Compact Database"));
  auto* intro = new QLabel(tr("Compaction rewrites the file with only its live records: replaced, removed and "
                              "expired records are dropped. Reads and writes go on meanwhile."),
                           this);
  intro->setWordWrap(true);
  figures_ = new QLabel(this);
  figures_->setObjectName(QStringLiteral("compactFigures"));
  body()->addWidget(intro);
  body()->addWidget(figures_);
  setMinimumWidth(440);
  measure();
}

void CompactDialog::measure() {
  controller()->worker()->submit(
      QString(), this, [](WorkerContext& ctx) { return compactionSizes(ctx); },
      [this](const CompactionSizes& s) {
        if (!s.error.isEmpty()) {
          showResult(s.error, true);
          return;
        }
        before_ = s.file;
        const qint64 after = std::max<qint64>(0, s.journal - s.dead);
        figures_->setText(tr("<table><tr><td>File size now:</td><td align=right><b>%1</b></td></tr>"
                             "<tr><td>Dead bytes (replaced, removed, expired):</td><td align=right>%2</td></tr>"
                             "<tr><td>Size after compaction, about:</td><td align=right><b>%3</b></td></tr>"
                             "<tr><td>Space reclaimed, about:</td><td align=right>%4</td></tr></table>")
                              .arg(sizeDisplay(s.file), sizeDisplay(s.dead), sizeDisplay(after),
                                   sizeDisplay(std::max<qint64>(0, s.file - after))));
        contentsChanged();
      });
}

void CompactDialog::start() {
  run(
      tr("Compacting"), [](WorkerContext& ctx) { return compact(ctx); },
      [this](const CompactionResult& r) {
        using Status = CompactionResult::Status;
        switch (r.status) {
          case Status::NoDatabase: showResult(tr("No database is open."), true); return;
          case Status::Cancelled: showResult(tr("Cancelled: the file is unchanged."), true); return;
          case Status::Failed: showResult(r.message, true); return;
          case Status::Compacted: break;
        }
        showResult(tr("Done: the file is now %1 (it was %2).").arg(sizeDisplay(r.after.file), sizeDisplay(before_)));
        controller()->refreshInfo();
        measure();
      });
}

}  // namespace browser
