// The worker and the models: jobs run on the worker thread in order, results
// come back to the GUI thread, cancel stops a long task, answers for a
// destroyed receiver are dropped; the key table pages by position and the
// namespace tree builds groups lazily, both under QAbstractItemModelTester;
// expiries read relative to now, and the key table counts them down itself.
#include <QAbstractItemModelTester>

#include "core/databaseworker.hpp"
#include "core/durations.hpp"
#include "core/sampledatabase.hpp"
#include "core/valueformat.hpp"
#include "ui_support.hpp"

using namespace browser;

namespace {

// Opens `path` on the worker and waits.
bool openOn(DatabaseWorker& worker, const std::filesystem::path& path, QObject* ctx) {
  bool done = false, ok = false;
  worker.submit(
      QString(), ctx,
      [path](WorkerContext& c) {
        auto db = emdb::Database::builder().path(path).enable_range_scans(true).build();
        if (!db) return false;
        c.setDatabase(std::move(*db));
        return true;
      },
      [&](bool r) {
        ok = r;
        done = true;
      });
  return QTest::qWaitFor([&] { return done; }, 30000) && ok;
}

// Every key the model shows, loading its pages as a view would.
QList<QByteArray> allKeys(KeyTableModel& model) {
  QList<QByteArray> out;
  for (int r = 0; r < model.rowCount(); ++r) {
    if (!QTest::qWaitFor([&] { return (model.data(model.index(r, 0), Qt::DisplayRole), model.isLoaded(r)); }, 10000))
      return {};
    out << *model.keyAt(r);
  }
  return out;
}

}  // namespace

class TestModels : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { uitest::isolateSettings(); }

  void jobs_run_on_the_worker_in_order() {
    DatabaseWorker worker;
    QObject ctx;
    QList<int> order;
    QThread* jobThread = nullptr;
    QThread* doneThread = nullptr;
    for (int i = 0; i < 50; ++i)
      worker.submit(
          QString(), &ctx,
          [i, &jobThread](WorkerContext& c) {
            jobThread = QThread::currentThread();
            return c.database() == nullptr ? i : -1;
          },
          [&](int r) {
            order << r;
            doneThread = QThread::currentThread();
          });
    QTRY_COMPARE(order.size(), 50);
    for (int i = 0; i < 50; ++i) QCOMPARE(order[i], i);
    QVERIFY(jobThread && jobThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
  }

  void answers_for_a_destroyed_receiver_are_dropped() {
    DatabaseWorker worker;
    std::atomic<bool> release{false};
    bool called = false;
    auto* receiver = new QObject;
    worker.submit(
        QString(), receiver,
        [&release](WorkerContext&) {
          while (!release.load()) QThread::msleep(1);
          return 1;
        },
        [&called](int) { called = true; });
    delete receiver;
    release.store(true);
    QObject ctx;
    bool after = false;
    worker.submit(QString(), &ctx, [](WorkerContext&) { return 0; }, [&after](int) { after = true; });
    QTRY_VERIFY(after);
    QVERIFY(!called);
  }

  void cancel_stops_a_long_task() {
    QTemporaryDir dir;
    DatabaseWorker worker;
    QObject ctx;
    QSignalSpy started(&worker, &DatabaseWorker::taskStarted);
    QSignalSpy finished(&worker, &DatabaseWorker::taskFinished);
    std::optional<emdb::ErrorCode> outcome;
    bool done = false;
    const QString path = dir.filePath(QStringLiteral("s.emdb"));
    worker.submit(
        QStringLiteral("sample"), &ctx,
        [path](WorkerContext& c) -> std::optional<emdb::ErrorCode> {
          // Cancelled before the first report: the first progress call says stop.
          while (!c.cancelled()) QThread::msleep(1);
          auto r = createSampleDatabase(path, c.progress());
          if (r) return std::nullopt;
          return r.error().code();
        },
        [&](std::optional<emdb::ErrorCode> r) {
          outcome = r;
          done = true;
        });
    QVERIFY(started.count() > 0 || started.wait(10000));  // it may have begun before the wait
    QCOMPARE(worker.pendingTasks(), 1);
    worker.cancel();
    QTRY_VERIFY(done);
    QVERIFY(outcome.has_value());
    QCOMPARE(*outcome, emdb::ErrorCode::Cancelled);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(worker.pendingTasks(), 0);
  }

  void key_table_pages_by_position() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(emdb::Database::open(path));
      auto ns = MUST(db.open_namespace("n"));
      std::vector<std::pair<std::string, std::string>> items;
      for (int i = 0; i < 20000; ++i) {
        char k[32];
        std::snprintf(k, sizeof k, "g%d:key-%06d", i % 7, i);
        items.emplace_back(k, std::to_string(i));
      }
      std::vector<std::pair<std::string_view, std::string_view>> views(items.begin(), items.end());
      MUST(ns.insert_many(views));
      MUST(db.insert("other", "x"));
      MUST(db.flush());
    }
    DatabaseWorker worker;
    KeyTableModel model(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openOn(worker, path, &model));
    QSignalSpy ready(&model, &KeyTableModel::scopeReady);
    model.setScope(KeyScope::of("n", {}));
    QVERIFY(ready.wait(10000));
    QCOMPARE(model.rowCount(), 20000);
    // Rows load when asked for, and only their pages.
    QVERIFY(!model.isLoaded(15000));
    QCOMPARE(model.data(model.index(15000, 0), Qt::DisplayRole).toString(), QStringLiteral("Loading…"));
    QTRY_VERIFY(model.isLoaded(15000));
    QVERIFY(!model.isLoaded(7000));
    // Sorted by bytes: "g0:..." first; row 15000 is the matching key.
    std::vector<std::string> sorted;
    for (int i = 0; i < 20000; ++i) {
      char k[32];
      std::snprintf(k, sizeof k, "g%d:key-%06d", i % 7, i);
      sorted.emplace_back(k);
    }
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(model.data(model.index(15000, 0), Qt::DisplayRole).toString(), QString::fromStdString(sorted[15000]));

    // A prefix scope: positions within the range.
    model.setScope(KeyScope::of("n", "g3:"));
    QVERIFY(ready.wait(10000));
    const auto g3 =
        std::count_if(sorted.begin(), sorted.end(), [](const std::string& k) { return k.starts_with("g3:"); });
    QCOMPARE(qint64(model.rowCount()), qint64(g3));
    // As a view does: it asks for the rows it shows until they are there.
    QTRY_VERIFY((model.data(model.index(0, 0), Qt::DisplayRole), model.isLoaded(0)));
    const int last = model.rowCount() - 1;
    QTRY_VERIFY((model.data(model.index(last, 0), Qt::DisplayRole), model.isLoaded(last)));
    QVERIFY(model.data(model.index(0, 0), Qt::DisplayRole).toString().startsWith(QLatin1String("g3:")));
    QVERIFY(
        model.data(model.index(model.rowCount() - 1, 0), Qt::DisplayRole).toString().startsWith(QLatin1String("g3:")));

    // A stale answer is dropped: change scope while pages are in flight.
    model.setScope(KeyScope::of("n", "g1:"));
    for (int r = 0; r < 2000; r += 100) model.data(model.index(r, 0), Qt::DisplayRole);
    model.setScope(KeyScope::of({}));
    QVERIFY(ready.wait(10000));
    QTRY_COMPARE(model.rowCount(), 1);
    model.data(model.index(0, 0), Qt::DisplayRole);
    QTRY_VERIFY(model.isLoaded(0));
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0), Qt::DisplayRole).toString(), QStringLiteral("other"));

    // locate() finds a key's row.
    QSignalSpy found(&model, &KeyTableModel::rowFound);
    model.locate("other");
    QVERIFY(found.wait(10000));
    QCOMPARE(found.last().at(1).toInt(), 0);
  }

  // Prefix, bounds and patterns against a model of the same keys.
  void filters_agree_with_a_model() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    std::vector<std::string> keys;
    for (int i = 0; i < 3000; ++i) {
      char k[32];
      std::snprintf(k, sizeof k, "%s:%04d%s",
                    i % 3 == 0   ? "user"
                    : i % 3 == 1 ? "order"
                                 : "item",
                    i, i % 5 == 0 ? ":vip" : "");
      keys.emplace_back(k);
    }
    keys.emplace_back("\x01\x02binary");
    {
      auto db = MUST(emdb::Database::open(path));
      for (const auto& k : keys) MUST(db.insert(k, "v"));
      MUST(db.flush());
    }
    std::sort(keys.begin(), keys.end());
    DatabaseWorker worker;
    KeyTableModel model(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openOn(worker, path, &model));

    struct Case {
      const char* name;
      QByteArray prefix;
      std::optional<KeyBound> from, to;
      QString pattern;
      KeyScope::Syntax syntax;
    };
    using S = KeyScope::Syntax;
    const std::vector<Case> cases{
        {"prefix", "user:", {}, {}, {}, S::Glob},
        {"from incl", {}, KeyBound{"order:1003", true}, {}, {}, S::Glob},
        {"from excl", {}, KeyBound{"order:1003", false}, {}, {}, S::Glob},
        {"to incl", {}, {}, KeyBound{"item:0101", true}, {}, S::Glob},
        {"to excl", {}, {}, KeyBound{"item:0101", false}, {}, S::Glob},
        {"range in prefix", "order:", KeyBound{"order:0500", false}, KeyBound{"order:0900", true}, {}, S::Glob},
        {"empty range", {}, KeyBound{"z", true}, KeyBound{"a", true}, {}, S::Glob},
        {"glob", {}, {}, {}, QStringLiteral("user:*:vip"), S::Glob},
        {"regex in range", "item:", {}, KeyBound{"item:2000", false}, QStringLiteral("7\\d:vip$"), S::Regex},
        {"no match", {}, {}, {}, QStringLiteral("nothing*"), S::Glob},
    };
    for (const Case& c : cases) {
      KeyScope scope = KeyScope::of({});
      scope.filterPrefix = c.prefix;
      scope.from = c.from;
      scope.to = c.to;
      scope.pattern = c.pattern;
      scope.syntax = c.syntax;
      QRegularExpression re(c.syntax == S::Glob ? QRegularExpression::wildcardToRegularExpression(c.pattern)
                                                : c.pattern);
      QList<QByteArray> want;
      for (const auto& k : keys) {
        const QByteArray b = QByteArray::fromStdString(k);
        if (!b.startsWith(c.prefix)) continue;
        if (c.from && (c.from->inclusive ? b < c.from->key : b <= c.from->key)) continue;
        if (c.to && (c.to->inclusive ? b > c.to->key : b >= c.to->key)) continue;
        if (!c.pattern.isEmpty() && !re.match(keyDisplay(b)).hasMatch()) continue;
        want << b;
      }
      QSignalSpy ready(&model, &KeyTableModel::scopeReady);
      QSignalSpy finished(&model, &KeyTableModel::scanFinished);
      model.setScope(scope);
      QVERIFY2(ready.wait(10000), c.name);
      if (!scope.pattern.isEmpty()) QVERIFY2(finished.count() || finished.wait(20000), c.name);
      QCOMPARE(allKeys(model), want);
      qInfo("%s: %d keys", c.name, int(want.size()));
    }
  }

  // Hiding expired records scans only where expired records exist.
  void hide_expired_leaves_them_out() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(emdb::Database::open(path));
      auto fresh = MUST(db.open_namespace("fresh"));
      for (int i = 0; i < 100; ++i) {
        const std::string k = "k" + std::to_string(1000 + i);
        MUST(db.insert_with_ttl(k, "v", i % 10 < 3 ? emdb::Ttl::at(1000) : emdb::Ttl::none()));
        MUST(fresh.insert(k, "v"));
      }
      MUST(db.flush());
    }
    DatabaseWorker worker;
    KeyTableModel model(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openOn(worker, path, &model));
    QSignalSpy ready(&model, &KeyTableModel::scopeReady);
    QSignalSpy finished(&model, &KeyTableModel::scanFinished);
    KeyScope scope = KeyScope::of({});
    model.setScope(scope);
    QVERIFY(ready.wait(10000));
    QCOMPARE(model.rowCount(), 100);  // expired ones included, greyed
    scope.hideExpired = true;
    model.setScope(scope);
    QVERIFY(finished.wait(10000));
    QVERIFY(model.isScanMode());
    QCOMPARE(model.rowCount(), 70);
    for (const QByteArray& k : allKeys(model)) QVERIFY(k.mid(1).toInt() % 10 >= 3);
    // No expired records in the namespace: positions, no scan.
    scope.ns = "fresh";
    model.setScope(scope);
    QVERIFY(ready.wait(10000));
    QTRY_COMPARE(model.rowCount(), 100);
    QVERIFY(!model.isScanMode());
  }

  void relative_expiry_data() {
    QTest::addColumn<qint64>("offset");  // the expiry minus now, in ms
    QTest::addColumn<QString>("text");
    constexpr qint64 s = 1000, min = 60 * s, h = 60 * min, d = 24 * h;
    QTest::newRow("exactly now") << qint64(0) << QStringLiteral("expired just now");
    QTest::newRow("half a second ahead") << qint64(500) << QStringLiteral("in 1 s");
    QTest::newRow("1 s") << s << QStringLiteral("in 1 s");
    QTest::newRow("59 s") << 59 * s << QStringLiteral("in 59 s");
    QTest::newRow("59.5 s rounds up") << 59 * s + 500 << QStringLiteral("in 1 min");
    QTest::newRow("60 s") << 60 * s << QStringLiteral("in 1 min");
    QTest::newRow("61 s") << 61 * s << QStringLiteral("in 1 min 1 s");
    QTest::newRow("4 min") << 4 * min << QStringLiteral("in 4 min");
    QTest::newRow("1 h less 1 s") << h - s << QStringLiteral("in 59 min 59 s");
    QTest::newRow("1 h") << h << QStringLiteral("in 1 h");
    QTest::newRow("2 h 5 min 30 s") << 2 * h + 5 * min + 30 * s << QStringLiteral("in 2 h 5 min");
    QTest::newRow("1 d less 1 s") << d - s << QStringLiteral("in 23 h 59 min");
    QTest::newRow("1 d") << d << QStringLiteral("in 1 d");
    QTest::newRow("3 d") << 3 * d + 59 * min << QStringLiteral("in 3 d");
    QTest::newRow("3 d 4 h") << 3 * d + 4 * h << QStringLiteral("in 3 d 4 h");
    QTest::newRow("half a second ago") << qint64(-500) << QStringLiteral("expired just now");
    QTest::newRow("1 s ago") << -s << QStringLiteral("expired 1 s ago");
    QTest::newRow("59.9 s ago rounds down") << -(59 * s + 900) << QStringLiteral("expired 59 s ago");
    QTest::newRow("60 s ago") << -min << QStringLiteral("expired 1 min ago");
    QTest::newRow("2 h ago") << -2 * h << QStringLiteral("expired 2 h ago");
    QTest::newRow("1 d 1 h 1 min ago") << -(d + h + min) << QStringLiteral("expired 1 d 1 h ago");
  }
  void relative_expiry() {
    QFETCH(qint64, offset);
    QFETCH(QString, text);
    const qint64 now = 1'780'000'000'000;
    QCOMPARE(formatRelativeExpiry(now + offset, now), text);
    QCOMPARE(formatRelativeExpiry(0, now), QString());  // no expiry
  }

  // The Expires column reads relative to now and counts down by itself: a
  // record that expires while shown turns "expired … ago" and greys, with
  // dataChanged for its cells and nobody asking.
  void expires_column_counts_down() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    const qint64 soon = start + 4000, later = start + 2 * 3'600'000 + 30'000;
    {
      auto db = MUST(emdb::Database::open(path));
      MUST(db.insert_with_ttl("a-soon", "v", emdb::Ttl::at(std::uint64_t(soon))));
      MUST(db.insert_with_ttl("b-later", "v", emdb::Ttl::at(std::uint64_t(later))));
      MUST(db.insert("c-never", "v"));
      MUST(db.flush());
    }
    DatabaseWorker worker;
    KeyTableModel model(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openOn(worker, path, &model));
    QSignalSpy ready(&model, &KeyTableModel::scopeReady);
    model.setScope(KeyScope::of({}));
    QVERIFY(ready.wait(10000));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(allKeys(model), (QList<QByteArray>{"a-soon", "b-later", "c-never"}));
    const auto cell = [&](int row, int role) {
      return model.data(model.index(row, KeyTableModel::ExpiresColumn), role);
    };
    const QString soonText = cell(0, Qt::DisplayRole).toString();
    QVERIFY2(soonText.startsWith(QLatin1String("in ")) && soonText.endsWith(QLatin1String(" s")), qPrintable(soonText));
    QCOMPARE(cell(1, Qt::DisplayRole).toString(), QStringLiteral("in 2 h"));
    QCOMPARE(cell(2, Qt::DisplayRole), QVariant());
    // The tooltip: the instant in UTC and in local time.
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QString tip = cell(1, Qt::ToolTipRole).toString();
    QVERIFY2(
        tip.contains(QDateTime::fromMSecsSinceEpoch(later, QTimeZone::UTC).toString(format) + QStringLiteral(" UTC")),
        qPrintable(tip));
    QVERIFY2(tip.contains(QDateTime::fromMSecsSinceEpoch(later).toString(format)), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("(local)")), qPrintable(tip));
    QVERIFY(!cell(2, Qt::ToolTipRole).isValid());
    // Editing and sorting read the expiry, as before.
    QCOMPARE(cell(1, KeyTableModel::ExpiresAtRole).toLongLong(), later);
    QVERIFY(!cell(1, Qt::EditRole).isValid());
    QVERIFY(!cell(0, Qt::ForegroundRole).isValid());

    // From here on only the model's own timer speaks.
    struct Change {
      QModelIndex topLeft, bottomRight;
      qint64 at;
    };
    QList<Change> changes;
    connect(&model, &QAbstractItemModel::dataChanged, &model, [&changes](const QModelIndex& tl, const QModelIndex& br) {
      changes.append({tl, br, QDateTime::currentMSecsSinceEpoch()});
    });
    const auto covers = [](const Change& c, int row, int column) {
      return c.topLeft.row() <= row && row <= c.bottomRight.row() && c.topLeft.column() <= column &&
             column <= c.bottomRight.column();
    };
    // Counting down: the Expires column alone, while the record lasts.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changes.begin(), changes.end(),
                                         [&](const Change& c) {
                                           return c.at < soon && covers(c, 0, KeyTableModel::ExpiresColumn) &&
                                                  c.topLeft.column() == KeyTableModel::ExpiresColumn &&
                                                  c.bottomRight.column() == KeyTableModel::ExpiresColumn;
                                         }),
                             3000);
    // Its expiry passes: the whole row is repainted.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changes.begin(), changes.end(),
                                         [&](const Change& c) {
                                           return c.at >= soon && covers(c, 0, KeyTableModel::ExpiresColumn) &&
                                                  covers(c, 0, KeyTableModel::ValueColumn);
                                         }),
                             10000);
    const QString gone = cell(0, Qt::DisplayRole).toString();
    QVERIFY2(gone == QLatin1String("expired just now") ||
                 (gone.startsWith(QLatin1String("expired ")) && gone.endsWith(QLatin1String(" s ago"))),
             qPrintable(gone));
    QVERIFY(cell(0, Qt::ForegroundRole).isValid());
    QCOMPARE(model.data(model.index(0, KeyTableModel::ValueColumn), Qt::DisplayRole).toString(),
             QStringLiteral("(expired)"));
    QVERIFY(!cell(1, Qt::ForegroundRole).isValid());
    QCOMPARE(cell(1, Qt::DisplayRole).toString(), QStringLiteral("in 2 h"));
  }

  void namespace_tree_groups_lazily() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.emdb"));
    DatabaseWorker worker;
    NamespaceModel model(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    bool made = false;
    worker.submit(
        QString(), &model, [path](WorkerContext&) { return bool(createSampleDatabase(path)); },
        [&made](bool ok) { made = ok; });
    QTRY_VERIFY(made);
    QVERIFY(openOn(worker, std::filesystem::path(path.toStdString()), &model));
    QSignalSpy reloaded(&model, &NamespaceModel::reloaded);
    model.reload();
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(model.rowCount(), 6);  // default + 5
    const QModelIndex metrics = model.indexOfNamespace("metrics");
    QVERIFY(metrics.isValid());
    // Nothing is built until asked (the model tester asks, as a view would).
    QVERIFY(model.hasChildren(metrics));
    model.setSeparator('.');
    const QModelIndex m2 = model.indexOfNamespace("metrics");
    if (model.canFetchMore(m2)) model.fetchMore(m2);
    QTRY_COMPARE(model.rowCount(m2), 3);
    // metrics keys are kind.host.when: three kinds at the first level.
    QCOMPARE(model.rowCount(m2), 3);
    QCOMPARE(model.data(model.index(0, 0, m2), Qt::DisplayRole).toString(), QStringLiteral("cpu."));
    QCOMPARE(model.data(model.index(0, 1, m2), Qt::DisplayRole).toString(), QLocale().toString(216));
    QCOMPARE(model.scopeOf(model.index(0, 0, m2)), (KeyScope::of("metrics", "cpu.")));
    const QModelIndex cpu = model.index(0, 0, m2);
    if (model.canFetchMore(cpu)) model.fetchMore(cpu);
    QTRY_COMPARE(model.rowCount(cpu), 3);  // three hosts
    QCOMPARE(model.scopeOf(model.index(2, 0, cpu)), (KeyScope::of("metrics", "cpu.web-02.")));
  }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
