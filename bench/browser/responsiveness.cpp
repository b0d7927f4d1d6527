// emdb-browser-bench: how long the browser's event loop ever stalls while a
// user pages through a large file and while a long engine task runs on the
// worker. Prints figures; asserts nothing about time.
//
//   emdb-browser-bench [--records N] [--jumps N] [--encrypted] [--reuse] [--dir DIR]
//   emdb-browser-bench --big-values 1,64,1024 [--encrypted] [--dir DIR]   (value sizes in MiB)
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <emdb/emdb.hpp>
#include <vector>

#include "bigvalues.hpp"
#include "core/databasecontroller.hpp"
#include "core/translations.hpp"
#include "core/workercontext.hpp"
#include "models/keytablemodel.hpp"
#include "models/namespacemodel.hpp"
#include "past.hpp"
#include "sort.hpp"
#include "search.hpp"
#include "stallmeter.hpp"
#include "window/mainwindow.hpp"

namespace {

bool waitFor(const std::function<bool()>& done, int ms) {
  QElapsedTimer t;
  t.start();
  while (!done()) {
    if (t.elapsed() > ms) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
  }
  return true;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("emdb-bench"));
  browser::installTranslations(QStringLiteral("en"));  // English plurals, as the application installs them
  QCommandLineParser cli;
  cli.addHelpOption();
  const QCommandLineOption records(QStringLiteral("records"), QStringLiteral("Records in the file."),
                                   QStringLiteral("n"), QStringLiteral("1000000"));
  const QCommandLineOption jumps(QStringLiteral("jumps"), QStringLiteral("Random scroll positions to visit."),
                                 QStringLiteral("n"), QStringLiteral("200"));
  const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the database."), QStringLiteral("dir"),
                               QDir::tempPath() + QStringLiteral("/emdb-browser-bench"));
  const QCommandLineOption reuse(QStringLiteral("reuse"),
                                 QStringLiteral("Use the file a previous run left, if it is there."));
  const QCommandLineOption bigValues(QStringLiteral("big-values"),
                                     QStringLiteral("Instead: select, scroll and jump through values of these sizes."),
                                     QStringLiteral("MiB,..."));
  const QCommandLineOption encrypted(QStringLiteral("encrypted"),
                                     QStringLiteral("The database is encrypted (AES-256-GCM, a raw key)."));
  cli.addOptions({records, jumps, dir, reuse, bigValues, encrypted});
  cli.process(app);
  if (cli.isSet(bigValues)) {
    QList<double> sizes;
    for (const QString& s : cli.value(bigValues).split(QLatin1Char(','), Qt::SkipEmptyParts)) sizes << s.toDouble();
    QDir().mkpath(cli.value(dir));
    return runBigValues(cli.value(dir), sizes, cli.isSet(encrypted));
  }
  const qint64 n = cli.value(records).toLongLong();
  const int visits = cli.value(jumps).toInt();
  QDir().mkpath(cli.value(dir));
  const bool sealed = cli.isSet(encrypted);
  const QString path = cli.value(dir) + (sealed ? QStringLiteral("/responsiveness-encrypted.emdb")
                                                : QStringLiteral("/responsiveness.emdb"));
  emdb::RawKey secret{};
  secret.fill(0x42);
  const bool make = !(cli.isSet(reuse) && QFileInfo::exists(path));
  if (make)
    for (const char* suffix : {"", ".meta", ".hint", ".lock", ".lock-meta"})
      QFile::remove(path + QLatin1String(suffix));

  // The file: n records of 24-byte keys and 150-byte values; a copy of it
  // (for the comparison); then the first 500 keys written twice more and the
  // next 500 removed; checkpointed with its order.
  const QString copy = path + QStringLiteral(".copy");
  QByteArray changedKey;
  std::vector<std::string> firstKeys;
  const qint64 removed = std::max<qint64>(0, std::min<qint64>({n, 10000, 1000}) - 500);
  if (make) {
    auto builder = emdb::Database::builder().path(path.toStdString()).enable_range_scans(true);
    if (sealed) builder.encryption_key(secret);
    auto db = builder.build();
    if (!db) return std::fprintf(stderr, "%s\n", db.error().message().c_str()), 1;
    QRandomGenerator rng(7);
    std::vector<std::string> keys, values;
    for (qint64 i = 0; i < n; i += 10000) {
      keys.clear();
      values.clear();
      for (qint64 j = i; j < std::min(n, i + 10000); ++j) {
        char k[64];
        std::snprintf(k, sizeof k, "user:%08llx:%010lld", static_cast<unsigned long long>(rng.generate()),
                      static_cast<long long>(j));
        keys.emplace_back(k, 24);
        values.emplace_back(150, char('a' + j % 26));
      }
      std::vector<std::pair<std::string_view, std::string_view>> items;
      for (std::size_t j = 0; j < keys.size(); ++j) items.emplace_back(keys[j], values[j]);
      if (auto r = db->insert_many(items); !r) return std::fprintf(stderr, "%s\n", r.error().message().c_str()), 1;
      if (i == 0) firstKeys = keys;
    }
    for (const char* suffix : {"", ".meta"}) QFile::remove(copy + QLatin1String(suffix));
    if (!db->backup_to(copy.toStdString())) return 1;
    for (std::size_t j = 0; j < std::min<std::size_t>(1000, firstKeys.size()); ++j) {
      if (j < 500) {
        for (int round = 0; round < 2; ++round)
          if (!db->insert(firstKeys[j], std::string(150, char('A' + round)))) return 1;
      } else if (!db->remove(firstKeys[j])) {
        return 1;
      }
    }
    if (!db->flush() || !db->checkpoint()) return 1;
  }
  if (!firstKeys.empty()) changedKey = QByteArray::fromStdString(firstKeys.front());

  browser::MainWindow window;
  window.resize(1280, 800);
  window.show();
  StallMeter stall;
  QElapsedTimer t;
  t.start();
  if (sealed)
    window.controller()->open(browser::OpenRequest{
        path, false, false,
        browser::Secret(browser::RawKey{QByteArray(reinterpret_cast<const char*>(secret.data()), 32)})});
  else
    window.openFile(path);
  auto* model = window.keyModel();
  if (!waitFor([&] { return model->rowCount() == n - removed && model->isLoaded(0); }, 600000)) {
    std::fprintf(stderr, "the file did not open\n");
    return 1;
  }
  const double firstRowsMs = double(t.nsecsElapsed()) / 1e6;
  const double openStall = stall.worstMs();

  // Paging: jump the scroll bar to random places; each time wait for the top row.
  QTableView* table = window.keyTable();
  QRandomGenerator rng(11);
  std::vector<double> loads;
  stall.reset();
  for (int i = 0; i < visits; ++i) {
    const int row = int(rng.bounded(int(n - removed)));
    QElapsedTimer lt;
    lt.start();
    table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
    if (!waitFor([&] { return model->isLoaded(table->rowAt(0)); }, 30000)) return 1;
    loads.push_back(double(lt.nsecsElapsed()) / 1e6);
  }
  const double pagingStall = stall.worstMs();

  // The journal's past, before the compaction below drops it.
  std::printf("emdb-browser-bench: %lld records, the journal's past through the dialogs, a value search, a sort\n",
              static_cast<long long>(n));
  if (changedKey.isEmpty()) changedKey = model->keyAt(0).value_or(QByteArray());
  if (!measurePast(window, changedKey, copy)) return 1;
  // Every 26th value is all "z".
  if (!measureValueSearch(window, QStringLiteral("zzzz"))) return 1;
  if (!waitFor([&] { return model->rowCount() == n - removed && model->isLoaded(0); }, 600000)) return 1;
  if (!measureSortBySize(window)) return 1;

  // A long task on the worker (compaction of the whole file) while paging goes on.
  bool compacted = false;
  std::vector<double> busyLoads;
  stall.reset();
  window.controller()->worker()->submit(
      QStringLiteral("Compacting"), &window,
      [](browser::WorkerContext& ctx) {
        emdb::Database* db = ctx.database();
        return db && db->compact(ctx.progress()).has_value();
      },
      [&](bool ok) { compacted = ok; });
  QElapsedTimer ct;
  ct.start();
  int scrolled = 0;
  while (!compacted && ct.elapsed() < 600000) {
    table->verticalScrollBar()->setValue(int(rng.bounded(table->verticalScrollBar()->maximum() + 1)));
    ++scrolled;
    QElapsedTimer step;
    step.start();
    while (step.elapsed() < 20) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
  }
  const double compactMs = double(ct.nsecsElapsed()) / 1e6;
  const double taskStall = stall.worstMs();

  std::printf("emdb-browser-bench: %lld records (24-byte keys, 150-byte values)%s, checkpointed, offscreen\n",
              static_cast<long long>(n), sealed ? ", encrypted with AES-256-GCM" : "");
  std::printf("  open to first rows            %10.1f ms   (longest event-loop stall %.1f ms)\n", firstRowsMs,
              openStall);
  std::printf("  jump to a random row, %d jumps: median %.1f ms, p99 %.1f ms, worst %.1f ms\n", visits,
              percentile(loads, 0.5), percentile(loads, 0.99), percentile(loads, 1.0));
  std::printf("  longest event-loop stall while paging        %8.1f ms\n", pagingStall);
  std::printf("  compaction on the worker: %.0f ms, %d scrolls meanwhile, longest stall %.1f ms%s\n", compactMs,
              scrolled, taskStall, compacted ? "" : " (did not finish)");
  return compacted ? 0 : 1;
}
