#include "statisticsdialog.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <array>
#include <bit>

#include "core/databasecontroller.hpp"
#include "core/valueformat.hpp"
#include "widgets/barchart.hpp"

namespace browser {

namespace {

constexpr int kSizeBuckets = 22;  // powers of two: <= 1 B ... <= 1 MiB, then larger

int sizeBucket(std::size_t n) {
  const int b = n <= 1 ? 0 : int(std::bit_width(n - 1));
  return std::min(b, kSizeBuckets - 1);
}

QString bucketLabel(int b) {
  if (b == kSizeBuckets - 1) return QStringLiteral("> %1").arg(sizeDisplay(qint64(1) << (b - 1)));
  return QStringLiteral("≤ %1").arg(sizeDisplay(qint64(1) << b));
}

// Records by when they expire, counted from now.
const std::array<std::pair<qint64, const char*>, 6> kExpiryBuckets{{
    {0, QT_TRANSLATE_NOOP("StatisticsDialog", "expired")},
    {3'600'000, QT_TRANSLATE_NOOP("StatisticsDialog", "within an hour")},
    {86'400'000, QT_TRANSLATE_NOOP("StatisticsDialog", "within a day")},
    {7 * 86'400'000LL, QT_TRANSLATE_NOOP("StatisticsDialog", "within a week")},
    {30 * 86'400'000LL, QT_TRANSLATE_NOOP("StatisticsDialog", "within 30 days")},
    {std::numeric_limits<qint64>::max(), QT_TRANSLATE_NOOP("StatisticsDialog", "later")},
}};

struct Scan {
  std::array<qint64, kSizeBuckets> keys{}, values{};
  std::array<qint64, kExpiryBuckets.size()> expiry{};
  qint64 never = 0, records = 0;
  QString error;
};

Scan scanRecords(WorkerContext& ctx) {
  Scan out;
  emdb::Database* db = ctx.database();
  if (!db) return out;
  auto stats = db->stats();
  const std::uint64_t total = stats ? stats->total_live_records : 0;
  // Streams skip expired records: their count comes from the statistics.
  out.expiry[0] = stats ? qint64(stats->expired_records) : 0;
  auto progress = ctx.progress();
  std::vector<std::string> names{""};
  if (auto n = db->list_namespaces()) names.insert(names.end(), n->begin(), n->end());
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  std::uint64_t done = 0;
  for (const std::string& name : names) {
    emdb::Keyspace* space = ctx.space(QByteArray::fromStdString(name));
    if (!space) continue;
    auto keys = space->keys();
    if (!keys) {
      out.error = QString::fromStdString(keys.error().message());
      return out;
    }
    for (const std::string& k : *keys) {
      ++out.records;
      ++out.keys[std::size_t(sizeBucket(k.size()))];
      auto v = space->get_zerocopy(k);
      if (v && *v) {
        ++out.values[std::size_t(sizeBucket((*v)->size()))];
        auto exp = space->expires_at(k);
        if (exp && *exp) {
          const qint64 left = qint64(**exp) - now;
          for (std::size_t b = 1; b < kExpiryBuckets.size(); ++b)
            if (left <= kExpiryBuckets[b].first) {
              ++out.expiry[b];
              break;
            }
        } else {
          ++out.never;
        }
      }
      if (++done % 4096 == 0 && !progress(done, total)) {
        out.error = QCoreApplication::translate("StatisticsDialog", "Cancelled.");
        return out;
      }
    }
  }
  progress(total, total);
  return out;
}

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
      QString(), this,
      [](WorkerContext& ctx) -> std::optional<emdb::Stats> {
        emdb::Database* db = ctx.database();
        if (!db) return std::nullopt;
        auto s = db->stats();
        if (!s) return std::nullopt;
        return *s;
      },
      [this](std::optional<emdb::Stats> s) {
        if (!s) return;
        const QLocale l;
        figures_->clear();
        auto add = [this](const QString& name, const QString& value) { new QTreeWidgetItem(figures_, {name, value}); };
        add(tr("Records (every namespace)"), l.toString(qulonglong(s->total_live_records)));
        add(tr("Records in the default namespace"), l.toString(qulonglong(s->live_records)));
        add(tr("Named namespaces"), l.toString(qulonglong(s->namespace_count)));
        add(tr("File size"), sizeDisplay(qint64(s->file_size_bytes)));
        add(tr("Journal (bytes holding frames)"), sizeDisplay(qint64(s->logical_size_bytes)));
        add(tr("Preallocated beyond the frames"), sizeDisplay(qint64(s->preallocated_bytes)));
        add(tr("Live bytes"), sizeDisplay(qint64(s->live_bytes)));
        add(tr("Dead bytes (replaced, removed)"), sizeDisplay(qint64(s->dead_bytes - s->expired_bytes)));
        add(tr("Expired, not yet swept"), tr("%1 in %2 records")
                                              .arg(sizeDisplay(qint64(s->expired_bytes)))
                                              .arg(l.toString(qulonglong(s->expired_records))));
        add(tr("Compaction would reclaim, about"),
            sizeDisplay(qint64(s->file_size_bytes) - qint64(s->logical_size_bytes - s->dead_bytes)));
        add(tr("Range scans"), s->range_scans_enabled ? tr("on") : tr("off"));
        add(tr("Encrypted"), s->encrypted ? tr("yes") : tr("no"));
        add(tr("Checkpoint"), s->checkpoint_bytes == 0 ? tr("none: the next open replays the whole journal")
                                                       : tr("covers %1 of the journal's %2")
                                                             .arg(sizeDisplay(qint64(s->checkpoint_bytes)),
                                                                  sizeDisplay(qint64(s->logical_size_bytes))));
        if (s->first_bad_offset) add(tr("Damaged from byte"), l.toString(qulonglong(*s->first_bad_offset)));
        const qint64 live = qint64(s->live_bytes - s->expired_bytes);
        bytes_->setBars({{tr("live"), double(std::max<qint64>(0, live))},
                         {tr("expired"), double(s->expired_bytes)},
                         {tr("dead"), double(s->dead_bytes - s->expired_bytes)},
                         {tr("preallocated"), double(s->preallocated_bytes)}},
                        bytes);
        std::vector<BarChart::Bar> recs, byt;
        for (const auto& [name, ns] : s->namespaces) {
          const QString label = name.empty() ? tr("(default)") : keyDisplay(QByteArray::fromStdString(name));
          recs.push_back({label, double(ns.live_records)});
          byt.push_back({label, double(ns.live_bytes)});
        }
        records_per_ns_->setBars(recs, count);
        bytes_per_ns_->setBars(byt, bytes);
      });
}

void StatisticsDialog::start() {
  run(
      tr("Scanning records"), [](WorkerContext& ctx) { return scanRecords(ctx); },
      [this](Scan s) {
        if (!s.error.isEmpty()) {
          showResult(s.error, true);
          return;
        }
        key_sizes_->setBars(trimmed(s.keys), count);
        value_sizes_->setBars(trimmed(s.values), count);
        std::vector<BarChart::Bar> exp;
        for (std::size_t b = 0; b < kExpiryBuckets.size(); ++b)
          exp.push_back({tr(kExpiryBuckets[b].second), double(s.expiry[b])});
        exp.push_back({tr("never"), double(s.never)});
        expiry_->setBars(exp, count);
        showResult(tr("Scanned %n record(s).", nullptr, int(s.records)));
        scanned_ = true;
        Q_EMIT scanFinished();
      });
}

}  // namespace browser
