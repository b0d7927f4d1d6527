#include "statisticsdialog.hpp"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <array>

#include "core/databasecontroller.hpp"
#include "core/maintenance.hpp"
#include "core/valueformat.hpp"
#include "widgets/barchart.hpp"

namespace browser {

namespace {

constexpr int kSizeBuckets = RecordScan::kSizeBuckets;

QString bucketLabel(int b) {
  if (b == kSizeBuckets - 1) return QStringLiteral("> %1").arg(sizeDisplay(qint64(1) << (b - 1)));
  return QStringLiteral("≤ %1").arg(sizeDisplay(qint64(1) << b));
}

// The names of the scan's expiry buckets (RecordScan::kExpiryLimits).
const std::array<const char*, RecordScan::kExpiryLimits.size()> kExpiryBuckets{{
    QT_TRANSLATE_NOOP("StatisticsDialog", "expired"),
    QT_TRANSLATE_NOOP("StatisticsDialog", "within an hour"),
    QT_TRANSLATE_NOOP("StatisticsDialog", "within a day"),
    QT_TRANSLATE_NOOP("StatisticsDialog", "within a week"),
    QT_TRANSLATE_NOOP("StatisticsDialog", "within 30 days"),
    QT_TRANSLATE_NOOP("StatisticsDialog", "later"),
}};

std::vector<BarChart::Bar> trimmed(const std::array<qint64, kSizeBuckets>& counts) {
  int first = 0, last = kSizeBuckets - 1;
  while (first < last && counts[std::size_t(first)] == 0) ++first;
  while (last > first && counts[std::size_t(last)] == 0) --last;
  std::vector<BarChart::Bar> bars;
  for (int b = first; b <= last; ++b) bars.push_back({bucketLabel(b), double(counts[std::size_t(b)])});
  return bars;
}

QString count(double v) { return QLocale().toString(qint64(v)); }
QString bytes(double v) { return sizeDisplay(qint64(v)); }

}  // namespace

StatisticsDialog::StatisticsDialog(DatabaseController* controller, QWidget* parent)
    : TaskDialog(controller, tr("Scan Records"), parent) {
  setObjectName(QStringLiteral("statisticsDialog"));
  setWindowTitle(tr("Statistics"));
  figures_ = new QTreeWidget(this);
  figures_->setObjectName(QStringLiteral("statsTable"));
  figures_->setColumnCount(2);
  figures_->setHeaderLabels({tr("Figure"), tr("Value")});
  figures_->setRootIsDecorated(false);
  figures_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  bytes_ = new BarChart(tr("Where the bytes go"), this);
  records_per_ns_ = new BarChart(tr("Records per namespace"), this);
  bytes_per_ns_ = new BarChart(tr("Bytes per namespace"), this);
  key_sizes_ = new BarChart(tr("Key sizes (unexpired records)"), this);
  value_sizes_ = new BarChart(tr("Value sizes (unexpired records)"), this);
  expiry_ = new BarChart(tr("Expiry timeline (records)"), this);
  bytes_->setObjectName(QStringLiteral("chartBytes"));
  records_per_ns_->setObjectName(QStringLiteral("chartRecordsPerNamespace"));
  bytes_per_ns_->setObjectName(QStringLiteral("chartBytesPerNamespace"));
  key_sizes_->setObjectName(QStringLiteral("chartKeySizes"));
  value_sizes_->setObjectName(QStringLiteral("chartValueSizes"));
  expiry_->setObjectName(QStringLiteral("chartExpiry"));

  auto* charts = new QWidget(this);
  auto* grid = new QGridLayout(charts);
  grid->addWidget(bytes_, 0, 0, Qt::AlignTop);
  grid->addWidget(expiry_, 0, 1, Qt::AlignTop);
  grid->addWidget(records_per_ns_, 1, 0, Qt::AlignTop);
  grid->addWidget(bytes_per_ns_, 1, 1, Qt::AlignTop);
  grid->addWidget(key_sizes_, 2, 0, Qt::AlignTop);
  grid->addWidget(value_sizes_, 2, 1, Qt::AlignTop);
  grid->setRowStretch(3, 1);
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(charts);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* row = new QHBoxLayout;
  row->addWidget(figures_, 2);
  row->addWidget(scroll, 3);
  body()->addLayout(row);
  resize(1100, 640);
  showStats();
  start();
}

void StatisticsDialog::showStats() {
  controller()->worker()->submit(
      QString(), this, [](WorkerContext& ctx) { return databaseFigures(ctx); },
      [this](const std::optional<DatabaseFigures>& s) {
        if (!s) return;
        const QLocale l;
        figures_->clear();
        auto add = [this](const QString& name, const QString& value) { new QTreeWidgetItem(figures_, {name, value}); };
        add(tr("Records (every namespace)"), l.toString(qulonglong(s->records)));
        add(tr("Records in the default namespace"), l.toString(qulonglong(s->defaultRecords)));
        add(tr("Named namespaces"), l.toString(qulonglong(s->namedNamespaces)));
        add(tr("File size"), sizeDisplay(qint64(s->fileSize)));
        add(tr("Journal (bytes holding frames)"), sizeDisplay(qint64(s->journalBytes)));
        add(tr("Preallocated beyond the frames"), sizeDisplay(qint64(s->preallocatedBytes)));
        add(tr("Live bytes"), sizeDisplay(qint64(s->liveBytes)));
        add(tr("Dead bytes (replaced, removed)"), sizeDisplay(qint64(s->deadBytes - s->expiredBytes)));
        add(tr("Expired, not yet swept"), tr("%1 in %2 records")
                                              .arg(sizeDisplay(qint64(s->expiredBytes)))
                                              .arg(l.toString(qulonglong(s->expiredRecords))));
        add(tr("Compaction would reclaim, about"),
            sizeDisplay(qint64(s->fileSize) - qint64(s->journalBytes - s->deadBytes)));
        add(tr("Range scans"), s->rangeScans ? tr("on") : tr("off"));
        add(tr("Encrypted"), s->encrypted ? tr("yes") : tr("no"));
        add(tr("Checkpoint"), s->checkpointBytes == 0 ? tr("none: the next open replays the whole journal")
                                                      : tr("covers %1 of the journal's %2")
                                                            .arg(sizeDisplay(qint64(s->checkpointBytes)),
                                                                 sizeDisplay(qint64(s->journalBytes))));
        if (s->firstBadOffset) add(tr("Damaged from byte"), l.toString(qulonglong(*s->firstBadOffset)));
        const qint64 live = qint64(s->liveBytes - s->expiredBytes);
        bytes_->setBars({{tr("live"), double(std::max<qint64>(0, live))},
                         {tr("expired"), double(s->expiredBytes)},
                         {tr("dead"), double(s->deadBytes - s->expiredBytes)},
                         {tr("preallocated"), double(s->preallocatedBytes)}},
                        bytes);
        std::vector<BarChart::Bar> recs, byt;
        for (const DatabaseFigures::Namespace& ns : s->namespaces) {
          const QString label = ns.name.isEmpty() ? tr("(default)") : keyDisplay(ns.name);
          recs.push_back({label, double(ns.records)});
          byt.push_back({label, double(ns.bytes)});
        }
        records_per_ns_->setBars(recs, count);
        bytes_per_ns_->setBars(byt, bytes);
      });
}

void StatisticsDialog::start() {
  run(
      tr("Scanning records"), [](WorkerContext& ctx) { return scanRecords(ctx); },
      [this](const RecordScan& s) {
        if (s.cancelled) {
          // The catalogs hold this one under the context "StatisticsDialog".
          showResult(QCoreApplication::translate("StatisticsDialog", "Cancelled."), true);
          return;
        }
        if (!s.error.isEmpty()) {
          showResult(s.error, true);
          return;
        }
        key_sizes_->setBars(trimmed(s.keys), count);
        value_sizes_->setBars(trimmed(s.values), count);
        std::vector<BarChart::Bar> exp;
        for (std::size_t b = 0; b < kExpiryBuckets.size(); ++b)
          exp.push_back({tr(kExpiryBuckets[b]), double(s.expiry[b])});
        exp.push_back({tr("never"), double(s.never)});
        expiry_->setBars(exp, count);
        showResult(tr("Scanned %n record(s).", nullptr, int(s.records)));
        scanned_ = true;
        Q_EMIT scanFinished();
      });
}

}  // namespace browser
