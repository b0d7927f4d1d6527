// backup_to() and compact(): snapshots, shrinking, writers during both,
// progress and cancel, and SIGKILL at random points of a compaction.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <thread>

#include "killed_child.hpp"
#include "support.hpp"

using namespace emdb;
namespace fs = std::filesystem;

class TestMaintenance : public QObject {
  Q_OBJECT
 private slots:
  void seed_example_stats() {
    auto db = Database::open_in_memory();
    MUST(db.insert("k", "v"));
    const auto stats = MUST(db.stats());
    QCOMPARE(stats.live_records, std::size_t(1));
    QVERIFY(stats.logical_size_bytes > 0);
    QCOMPARE(stats.namespaces.at("").live_records, std::size_t(1));
    QVERIFY(!stats.encrypted);
  }

  void seed_examples() {
    QTemporaryDir dir;
    auto db = MUST(Database::open(testing::temp_db(dir, "sessions.emdb")));
    for (int i = 0; i < 100; ++i) MUST(db.insert("k" + std::to_string(i % 10), std::to_string(i)));
    const auto before = MUST(db.stats()).file_size_bytes;
    MUST(db.compact());
    const auto after = MUST(db.stats()).file_size_bytes;
    QVERIFY(after < before);
    const auto backup = testing::temp_db(dir, "sessions-backup.emdb");
    MUST(db.backup_to(backup));
    QVERIFY(fs::exists(backup));
    QVERIFY(fs::exists(backup.string() + ".meta"));
    auto copy = MUST(Database::open(backup));
    QCOMPARE(testing::contents(copy), testing::contents(db));
  }

  void backup_refuses_itself_and_keeps_namespaces() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "ns.emdb");
    auto db = MUST(Database::open(path));
    EMDB_VERIFY_ERROR(db.backup_to(path), ErrorCode::InvalidArgument);
    EMDB_VERIFY_ERROR(db.backup_to(fs::path(dir.path().toStdString()) / "." / "ns.emdb"), ErrorCode::InvalidArgument);
    // Nor any of its own files, under any name.
    for (const char* s : {".meta", ".lock", ".lock-meta", ".hint", ".compact.tmp"})
      EMDB_VERIFY_ERROR(db.backup_to(path.string() + s), ErrorCode::InvalidArgument);
    fs::create_symlink(path.string() + ".meta", fs::path(dir.path().toStdString()) / "alias");
    EMDB_VERIFY_ERROR(db.backup_to(fs::path(dir.path().toStdString()) / "alias"), ErrorCode::InvalidArgument);
    const auto target = testing::temp_db(dir, "copy.emdb");
    MUST(db.backup_to(target));
    auto copy = MUST(Database::open(target));
    QCOMPARE(MUST(copy.list_namespaces()), MUST(db.list_namespaces()));
    QCOMPARE(testing::contents(MUST(copy.open_namespace("users"))),
             testing::contents(MUST(db.open_namespace("users"))));
  }

  void cancelled_backup_leaves_no_target() {
    QTemporaryDir dir;
    auto db = MUST(Database::open(testing::temp_db(dir)));
    for (int i = 0; i < 20000; ++i) MUST(db.insert("k" + std::to_string(i), "v"));
    const auto target = testing::temp_db(dir, "t.emdb");
    std::uint64_t seen_total = 0;
    EMDB_VERIFY_ERROR(db.backup_to(target,
                                   [&](std::uint64_t done, std::uint64_t total) {
                                     seen_total = total;
                                     return done < 5000;
                                   }),
                      ErrorCode::Cancelled);
    QCOMPARE(seen_total, std::uint64_t(20000));
    QVERIFY(!fs::exists(target));
    QVERIFY(!fs::exists(target.string() + ".backup.tmp"));
  }

  // Writers run during the backup: the backup equals one snapshot (every
  // record of a round has the same value), and a later one.
  void backup_during_writes_is_a_snapshot() {
    QTemporaryDir dir;
    auto db = MUST(Database::open(testing::temp_db(dir)));
    constexpr int kKeys = 2000;
    std::vector<std::pair<std::string, std::string>> round0;
    for (int i = 0; i < kKeys; ++i) MUST(db.insert("k" + std::to_string(i), "0"));
    std::atomic<bool> stop{false};
    std::thread writer([&, h = db.clone_handle()]() mutable {
      for (int round = 1; !stop; ++round) {
        std::vector<std::string> keys;
        for (int i = 0; i < kKeys; ++i) keys.push_back("k" + std::to_string(i));
        std::vector<std::pair<std::string_view, std::string_view>> items;
        const std::string v = std::to_string(round);
        for (const auto& k : keys) items.emplace_back(k, v);
        (void)h.insert_many(items);  // one batch: a round is all or nothing
      }
    });
    const auto target = testing::temp_db(dir, "snap.emdb");
    for (int i = 0; i < 5; ++i) MUST(db.backup_to(target));
    stop = true;
    writer.join();
    auto copy = MUST(Database::open(target));
    const auto c = testing::contents(copy);
    QCOMPARE(c.size(), std::size_t(kKeys));
    const std::string round = c.begin()->second;
    for (const auto& [k, v] : c) QCOMPARE(v, round);
  }

  // 90% of the records replaced: stats predicts what compaction reclaims, and
  // the file shrinks to within 10% of the live data.
  void compaction_shrinks_as_predicted() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    auto db = MUST(Database::open(path));
    for (int round = 0; round < 10; ++round)
      for (int i = 0; i < 1000; ++i) MUST(db.insert("key-" + std::to_string(i), std::string(100, char('a' + round))));
    MUST(db.flush());
    const auto before = MUST(db.stats());
    QVERIFY(before.dead_bytes > before.logical_size_bytes * 8 / 10);
    const std::uint64_t predicted = before.logical_size_bytes - before.dead_bytes;
    std::vector<std::uint64_t> ticks;
    MUST(db.compact([&](std::uint64_t done, std::uint64_t) {
      ticks.push_back(done);
      return true;
    }));
    QVERIFY(!ticks.empty());
    QCOMPARE(ticks.back(), std::uint64_t(1000));
    const auto after = MUST(db.stats());
    QCOMPARE(after.logical_size_bytes, predicted);
    QCOMPARE(after.file_size_bytes, predicted);
    QVERIFY(after.file_size_bytes <= after.live_bytes * 11 / 10);
    QCOMPARE(after.dead_bytes, std::uint64_t(0));
    QCOMPARE(MUST(db.get("key-7")), std::optional<std::string>(std::string(100, 'j')));
    QCOMPARE(std::uint64_t(fs::file_size(path)), predicted);
    db = Database::open_in_memory();  // close, then reopen the compacted file
    auto again = MUST(Database::open(path));
    QCOMPARE(MUST(again.len()), std::size_t(1000));
    QCOMPARE(MUST(again.get("key-999")), std::optional<std::string>(std::string(100, 'j')));
  }

  // Writers and readers during compaction: nothing written is lost; a
  // ValueRef and an iterator taken before stay valid.
  void writes_during_compaction_are_kept() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    auto db = MUST(Database::builder().path(path).enable_range_scans(true).build());
    for (int i = 0; i < 20000; ++i) MUST(db.insert("old" + std::to_string(i % 5000), std::to_string(i)));
    auto held = MUST(db.get_zerocopy("old42"));
    QVERIFY(held.has_value());
    const std::string held_value = held->to_string();
    auto it = MUST(db.iter());
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&, h = db.clone_handle()]() mutable {
      for (int i = 0; !stop; ++i) {
        if (!h.insert("new" + std::to_string(i), "v" + std::to_string(i))) return;
        if (i % 3 == 0) (void)h.remove("old" + std::to_string(i % 5000));
        written = i + 1;
      }
    });
    std::thread reader([&, h = db.clone_handle()] {
      while (!stop) (void)h.get("old" + std::to_string(std::rand() % 5000));
    });
    for (int i = 0; i < 3; ++i) MUST(db.compact());
    stop = true;
    writer.join();
    reader.join();
    QCOMPARE(held->to_string(), held_value);
    int n = 0;
    for (const auto& e : it) {
      (void)e;
      ++n;
    }
    QCOMPARE(n, 5000);
    {
      auto release = std::move(it);
    }  // an iterator keeps the engine (and its lock) alive
    const int w = written.load();
    QVERIFY(w > 0);
    for (int i = 0; i < w; ++i)
      QCOMPARE(MUST(db.get("new" + std::to_string(i))), std::optional<std::string>("v" + std::to_string(i)));
    const auto model = testing::contents(db);
    db = Database::open_in_memory();
    auto reopened = MUST(Database::builder().path(path).enable_range_scans(true).build());
    QCOMPARE(testing::contents(reopened), model);
    QCOMPARE(MUST(reopened.range_prefix("new")).size(), std::size_t(w));
  }

  // Large values: a stop is seen within a few megabytes of copying, not only
  // after every record (4,096 records of 16 MiB would be 64 GiB).
  void compaction_stops_within_large_values() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    auto db = MUST(Database::open(path));
    const std::string big(16 << 20, 'v');
    for (int i = 0; i < 6; ++i) MUST(db.insert("big" + std::to_string(i), big));
    MUST(db.insert("big0", "replaced"));
    const auto before = fs::file_size(path);
    std::vector<std::uint64_t> seen;
    EMDB_VERIFY_ERROR(db.compact([&](std::uint64_t done, std::uint64_t) {
      seen.push_back(done);
      return seen.size() < 2;  // stop at the second report
    }),
                      ErrorCode::Cancelled);
    QCOMPARE(seen.size(), std::size_t(2));
    QVERIFY2(seen[1] > 0 && seen[1] < 6, "the second report came only after the last record");
    QCOMPARE(fs::file_size(path), before);
    QVERIFY(!fs::exists(path.string() + ".compact.tmp"));
    QCOMPARE(MUST(db.get("big3")), std::optional<std::string>(big));
  }

  void cancelled_compaction_changes_nothing() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    auto db = MUST(Database::open(path));
    for (int i = 0; i < 20000; ++i) MUST(db.insert("k" + std::to_string(i % 100), std::to_string(i)));
    MUST(db.flush());
    const std::string before = testing::read_file(path);
    EMDB_VERIFY_ERROR(db.compact([](std::uint64_t, std::uint64_t) { return false; }), ErrorCode::Cancelled);
    QCOMPARE(testing::read_file(path) == before, true);
    QVERIFY(!fs::exists(path.string() + ".compact.tmp"));
    MUST(db.insert("after", "1"));
    QCOMPARE(MUST(db.get("k5")), std::optional<std::string>("19905"));
  }

  void in_memory_compaction() {
    auto db = Database::open_in_memory();
    for (int i = 0; i < 1000; ++i) MUST(db.insert("k" + std::to_string(i % 10), std::to_string(i)));
    MUST(db.compact());
    QCOMPARE(MUST(db.len()), std::size_t(10));
    QCOMPARE(MUST(db.get("k9")), std::optional<std::string>("999"));
    QCOMPARE(MUST(db.stats()).dead_bytes, std::uint64_t(0));
  }

  // A child compacts (and writes, acknowledging each flushed write) in a loop
  // and is SIGKILLed at random points: the next open always succeeds with
  // exactly the acknowledged contents. EMDB_TEST_SCALE=5 gives 100 kills.
  void killed_during_compaction() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    std::map<std::string, std::string> model;
    {
      auto db = MUST(Database::open(path));
      for (int i = 0; i < 3000; ++i) {
        const std::string k = "k" + std::to_string(i % 1000), v = std::string(64, char('a' + i % 26));
        MUST(db.insert(k, v));
        model[k] = v;
      }
      MUST(db.flush());
    }
    std::mt19937 rng(5);
    const int kills = 20 * testing::scale();
    int next = 0;
    for (int k = 0; k < kills; ++k) {
      const auto child = testing::run_and_kill(
          [&](int fd) {
            auto db = Database::open(path);
            if (!db) _exit(3);
            for (int i = next;; ++i) {
              const std::string key = "n" + std::to_string(i);
              if (!db->insert(key, key) || !db->flush()) _exit(4);
              if (::write(fd, &i, sizeof i) != sizeof i) _exit(5);
              if (!db->compact()) _exit(6);
            }
          },
          std::chrono::microseconds(1000 + rng() % 20000));
      QVERIFY2(child.killed, "the child stopped before it was killed");
      for (const int acked : testing::reports_as<int>(child.reports)) {
        model["n" + std::to_string(acked)] = "n" + std::to_string(acked);
        next = acked + 1;
      }
      auto db = MUST(Database::open(path));
      auto got = testing::contents(db);
      // A write flushed but not yet reported may be there too: nothing else.
      got.erase("n" + std::to_string(next));
      QCOMPARE(got, model);
    }
    qInfo("%d kills, %d acknowledged writes", kills, next);
  }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
