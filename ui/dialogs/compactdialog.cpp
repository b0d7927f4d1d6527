#include "compactdialog.hpp"

#include <QLabel>
#include <QVBoxLayout>

#include "core/databasecontroller.hpp"
#include "core/valueformat.hpp"

namespace browser {

namespace {
struct Sizes {
  qint64 file = 0, journal = 0, dead = 0, expired = 0, records = 0;
  QString error;
};

Sizes sizesOf(WorkerContext& ctx) {
  Sizes s;
  emdb::Database* db = ctx.database();
  if (!db) return s;
  auto st = db->stats();
  if (!st) {
    s.error = QString::fromStdString(st.error().message());
    return s;
  }
  s.file = qint64(st->file_size_bytes);
  s.journal = qint64(st->logical_size_bytes);
  s.dead = qint64(st->dead_bytes);
  s.expired = qint64(st->expired_bytes);
  s.records = qint64(st->total_live_records - st->expired_records);
  return s;
}
}  // namespace

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
      QString(), this, [](WorkerContext& ctx) { return sizesOf(ctx); },
      [this](Sizes s) {
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
      });
}

void CompactDialog::start() {
  run(
      tr("Compacting"),
      [](WorkerContext& ctx) -> std::pair<QString, Sizes> {
        emdb::Database* db = ctx.database();
        if (!db) return {tr("No database is open."), {}};
        if (auto r = db->compact(ctx.progress()); !r)
          return {r.error().code() == emdb::ErrorCode::Cancelled ? tr("Cancelled: the file is unchanged.")
                                                                 : QString::fromStdString(r.error().message()),
                  {}};
        return {QString(), sizesOf(ctx)};
      },
      [this](std::pair<QString, Sizes> r) {
        if (!r.first.isEmpty()) {
          showResult(r.first, true);
          return;
        }
        showResult(tr("Done: the file is now %1 (it was %2).").arg(sizeDisplay(r.second.file), sizeDisplay(before_)));
        controller()->refreshInfo();
        measure();
      });
}

}  // namespace browser
