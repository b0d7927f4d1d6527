#include "bigvalues.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <emdb/emdb.hpp>
#include <functional>

#include "core/databasecontroller.hpp"
#include "models/keytablemodel.hpp"
#include "stallmeter.hpp"
#include "widgets/valuepanel.hpp"
#include "widgets/valueview.hpp"
#include "window/mainwindow.hpp"

namespace {

// KiB of anonymous memory (heap, not the mapped file) the process holds now.
qint64 anonymousKiB() {
  QFile f(QStringLiteral("/proc/self/status"));
  if (!f.open(QIODevice::ReadOnly)) return 0;
  for (const QByteArray& line : f.readAll().split('\n'))
    if (line.startsWith("RssAnon:")) return line.mid(8).trimmed().split(' ').first().toLongLong();
  return 0;
}

// The longest single turn of the event loop since the last reset: a stall
// the 1 ms timer may not see when one event's work starves its ticks.
double longestTurnMs = 0;

void processEventsTimed(int maxMs) {
  QElapsedTimer turn;
  turn.start();
  QCoreApplication::processEvents(QEventLoop::AllEvents, maxMs);
  longestTurnMs = std::max(longestTurnMs, double(turn.nsecsElapsed()) / 1e6);
}

bool waitUntil(const std::function<bool()>& done, int ms) {
  QElapsedTimer t;
  t.start();
  while (!done()) {
    if (t.elapsed() > ms) return false;
    processEventsTimed(5);
  }
  return true;
}

std::string textOf(qint64 bytes) {
  std::string v;
  v.reserve(std::size_t(bytes));
  for (qint64 i = 0; qint64(v.size()) < bytes; ++i) v += "{\"line\": " + std::to_string(i) + ", \"text\": \"lorem ipsum\"}\n";
  v.resize(std::size_t(bytes));
  return v;
}

std::string binaryOf(qint64 bytes) {
  std::string v(std::size_t(bytes), '\0');
  QRandomGenerator rng(9);
  for (std::size_t i = 0; i + 4 <= v.size(); i += 4) {
    const quint32 r = rng.generate();
    std::memcpy(v.data() + i, &r, 4);
  }
  return v;
}

}  // namespace

int runBigValues(const QString& dir, const QList<double>& sizesMiB, bool encrypted) {
  const QString path = dir + QStringLiteral("/bigvalues.emdb");
  for (const char* suffix : {"", ".meta", ".hint", ".lock", ".lock-meta"}) QFile::remove(path + QLatin1String(suffix));
  QStringList keys;
  emdb::RawKey secret{};
  secret.fill(0x42);
  {
    auto builder = emdb::Database::builder().path(path.toStdString());
    if (encrypted) builder.encryption_key(secret);
    auto db = builder.build();
    if (!db) return std::fprintf(stderr, "%s\n", db.error().message().c_str()), 1;
    for (double mib : sizesMiB) {
      const qint64 bytes = qint64(mib * (1 << 20));
      for (const bool text : {true, false}) {
        const QString key = QStringLiteral("%1-%2k")
                                .arg(text ? QStringLiteral("text") : QStringLiteral("bin"))
                                .arg(bytes >> 10, 7, 10, QLatin1Char('0'));
        const std::string value = text ? textOf(bytes) : binaryOf(bytes);
        if (auto r = db->insert(key.toStdString(), value); !r)
          return std::fprintf(stderr, "%s\n", r.error().message().c_str()), 1;
        keys << key;
      }
    }
    if (!db->flush()) return 1;
  }

  browser::MainWindow window;
  window.resize(1280, 800);
  window.show();
  StallMeter stall;
  if (encrypted)
    window.controller()->open(browser::OpenRequest{
        path, false, false, browser::Secret(browser::RawKey{QByteArray(reinterpret_cast<const char*>(secret.data()), 32)})});
  else
    window.openFile(path);
  auto* model = window.keyModel();
  if (!waitUntil([&] { return model->rowCount() == keys.size() && model->isLoaded(0); }, 60000)) return 1;
  const qint64 baseline = anonymousKiB();
  qint64 peak = baseline;
  QTimer sampler;
  QObject::connect(&sampler, &QTimer::timeout, [&] { peak = std::max(peak, anonymousKiB()); });
  sampler.start(20);

  std::printf("emdb-browser-bench: big values (%s%s), offscreen\n", qPrintable(path),
              encrypted ? ", encrypted with AES-256-GCM" : "");
  std::printf("  %-12s %12s %12s %12s %12s   (first rows ms / longest stall ms)\n", "value", "select", "to the end",
              "jump", "100 pages");
  browser::ValuePanel* panel = window.valuePanel();
  std::sort(keys.begin(), keys.end());
  for (int row = 0; row < keys.size(); ++row) {
    const QByteArray key = model->data(model->index(row, 0), browser::KeyTableModel::KeyBytesRole).toByteArray();
    auto shown = [&] {
      if (!panel->hasRecord() || panel->key() != key) return false;
      return !panel->isPaged() || panel->pagedView()->isComplete();
    };
    auto step = [&](const std::function<void()>& act) {
      stall.reset();
      longestTurnMs = 0;
      QElapsedTimer t;
      t.start();
      act();
      const bool ok = waitUntil(shown, 120000);
      const double took = ok ? double(t.nsecsElapsed()) / 1e6 : -1;
      processEventsTimed(0);  // and the paint that follows
      return std::pair<double, double>{took, std::max(stall.worstMs(), longestTurnMs)};
    };
    const auto select = step([&] { window.keyTable()->setCurrentIndex(model->index(row, 0)); });
    // A jump or the scroll to the end is one call on the GUI thread: timed too.
    auto timed = [&](const std::function<void()>& act) {
      return [act, &longest = longestTurnMs] {
        QElapsedTimer c;
        c.start();
        act();
        longest = std::max(longest, double(c.nsecsElapsed()) / 1e6);
      };
    };
    std::pair<double, double> end{0, 0}, jump{0, 0}, pages{0, 0};
    if (panel->isPaged()) {
      browser::ValueView* view = panel->pagedView();
      end = step(timed([&] {
        view->goToOffset(view->size() - 1);
        view->scrollRows(-20);
      }));
      jump = step(timed([&] { view->goToOffset(view->size() / 3); }));
      stall.reset();
      longestTurnMs = 0;
      QElapsedTimer t;
      t.start();
      double longestPage = 0;
      for (int i = 0; i < 100; ++i) {
        QElapsedTimer p;
        p.start();
        view->scrollRows(40);  // one Page Down
        longestPage = std::max(longestPage, double(p.nsecsElapsed()) / 1e6);
        if (!waitUntil(shown, 60000)) break;
        processEventsTimed(0);  // painted, as between two key presses
      }
      pages = {double(t.nsecsElapsed()) / 1e6, std::max({stall.worstMs(), longestTurnMs, longestPage})};
    }
    auto cell = [](std::pair<double, double> p) {
      return QStringLiteral("%1/%2").arg(p.first, 0, 'f', 0).arg(p.second, 0, 'f', 1);
    };
    std::printf("  %-12s %12s %12s %12s %12s%s\n", key.constData(), qPrintable(cell(select)), qPrintable(cell(end)),
                qPrintable(cell(jump)), qPrintable(cell(pages)), panel->isPaged() ? "" : "   (editor)");
  }
  peak = std::max(peak, anonymousKiB());
  std::printf("  anonymous memory at its peak: %.1f MiB above the %.1f MiB before the first value was shown\n",
              double(peak - baseline) / 1024, double(baseline) / 1024);
  return 0;
}
