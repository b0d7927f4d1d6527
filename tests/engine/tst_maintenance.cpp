// backup_to() and compact(): snapshots, shrinking, writers during both,
// progress and cancel, and SIGKILL at random points of a compaction.
#include <cstdio>
#include <random>
#include <thread>

#include "child_process.hpp"
#include "engine_test.hpp"

using namespace emdb;
namespace fs = std::filesystem;

// The child of killed_during_compaction (args: the database's path, the
// number of its first write): writes n<i> = n<i>, flushes, reports i (an int)
// and compacts, for i = first, first + 1, ...
EMDB_CHILD(compactor) {
  auto db = Database::open(fs::path(args.at(0)));
  if (!db) return 3;
  for (int i = std::stoi(args.at(1));; ++i) {
    const std::string key = "n" + std::to_string(i);
    if (!db->insert(key, key) || !db->flush()) return 4;
    if (!emdbtest::report(i)) return 5;
    if (!db->compact()) return 6;
  }
}

TEST(Maintenance, seed_example_stats) {
  auto db = Database::open_in_memory();
  MUST(db.insert("k", "v"));
  const auto stats = MUST(db.stats());
  ASSERT_EQ(stats.live_records, std::size_t(1));
  ASSERT_TRUE(stats.logical_size_bytes > 0);
  ASSERT_EQ(stats.namespaces.at("").live_records, std::size_t(1));
  ASSERT_TRUE(!stats.encrypted);
}

TEST(Maintenance, seed_examples) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(emdbtest::temp_db(dir, "sessions.emdb")));
  for (int i = 0; i < 100; ++i) MUST(db.insert("k" + std::to_string(i % 10), std::to_string(i)));
  const auto before = MUST(db.stats()).file_size_bytes;
  MUST(db.compact());
  const auto after = MUST(db.stats()).file_size_bytes;
  ASSERT_TRUE(after < before);
  const auto backup = emdbtest::temp_db(dir, "sessions-backup.emdb");
  MUST(db.backup_to(backup));
  ASSERT_TRUE(fs::exists(backup));
  ASSERT_TRUE(fs::exists(backup.string() + ".meta"));
  auto copy = MUST(Database::open(backup));
  ASSERT_EQ(emdbtest::contents(copy), emdbtest::contents(db));
}

TEST(Maintenance, backup_refuses_itself_and_keeps_namespaces) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::copy_fixture(dir, "ns.emdb");
  auto db = MUST(Database::open(path));
  EMDB_EXPECT_ERROR(db.backup_to(path), ErrorCode::InvalidArgument);
  EMDB_EXPECT_ERROR(db.backup_to(dir.path() / "." / "ns.emdb"), ErrorCode::InvalidArgument);
  // Nor any of its own files, under any name.
  for (const char* s : {".meta", ".lock", ".lock-meta", ".hint", ".compact.tmp"})
    EMDB_EXPECT_ERROR(db.backup_to(path.string() + s), ErrorCode::InvalidArgument);
  if (emdbtest::make_symlink(path.string() + ".meta", dir.path() / "alias"))
    EMDB_EXPECT_ERROR(db.backup_to(dir.path() / "alias"), ErrorCode::InvalidArgument);
  else
    std::printf("skipped: a symbolic link to the .meta (this system makes none)\n");
  const auto target = emdbtest::temp_db(dir, "copy.emdb");
  MUST(db.backup_to(target));
  auto copy = MUST(Database::open(target));
  ASSERT_EQ(MUST(copy.list_namespaces()), MUST(db.list_namespaces()));
  ASSERT_EQ(emdbtest::contents(MUST(copy.open_namespace("users"))),
            emdbtest::contents(MUST(db.open_namespace("users"))));
}

TEST(Maintenance, cancelled_backup_leaves_no_target) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(emdbtest::temp_db(dir)));
  for (int i = 0; i < 20000; ++i) MUST(db.insert("k" + std::to_string(i), "v"));
  const auto target = emdbtest::temp_db(dir, "t.emdb");
  std::uint64_t seen_total = 0;
  EMDB_EXPECT_ERROR(db.backup_to(target,
                                 [&](std::uint64_t done, std::uint64_t total) {
                                   seen_total = total;
                                   return done < 5000;
                                 }),
                    ErrorCode::Cancelled);
  ASSERT_EQ(seen_total, std::uint64_t(20000));
  ASSERT_TRUE(!fs::exists(target));
  ASSERT_TRUE(!fs::exists(target.string() + ".backup.tmp"));
}

// Writers run during the backup: the backup equals one snapshot (every
// record of a round has the same value), and a later one. A value read
// without a copy before stays readable throughout.
TEST(Maintenance, backup_during_writes_is_a_snapshot) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(emdbtest::temp_db(dir)));
  constexpr int kKeys = 2000;
  std::vector<std::pair<std::string, std::string>> round0;
  for (int i = 0; i < kKeys; ++i) MUST(db.insert("k" + std::to_string(i), "0"));
  auto held = MUST(db.get_zerocopy("k7"));
  ASSERT_TRUE(held.has_value());
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
  const auto target = emdbtest::temp_db(dir, "snap.emdb");
  Result<void> backed_up;
  for (int i = 0; i < 5 && backed_up; ++i) backed_up = db.backup_to(target);
  stop = true;
  writer.join();  // before any assertion: a failure must not leave the thread running
  MUST(std::move(backed_up));
  ASSERT_EQ(held->to_string(), "0");
  auto copy = MUST(Database::open(target));
  const auto c = emdbtest::contents(copy);
  ASSERT_EQ(c.size(), std::size_t(kKeys));
  const std::string round = c.begin()->second;
  for (const auto& [k, v] : c) ASSERT_EQ(v, round);
}

// 90% of the records replaced: stats predicts what compaction reclaims, and
// the file shrinks to within 10% of the live data.
TEST(Maintenance, compaction_shrinks_as_predicted) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto db = MUST(Database::open(path));
  for (int round = 0; round < 10; ++round)
    for (int i = 0; i < 1000; ++i) MUST(db.insert("key-" + std::to_string(i), std::string(100, char('a' + round))));
  MUST(db.flush());
  const auto before = MUST(db.stats());
  ASSERT_TRUE(before.dead_bytes > before.logical_size_bytes * 8 / 10);
  const std::uint64_t predicted = before.logical_size_bytes - before.dead_bytes;
  std::vector<std::uint64_t> ticks;
  MUST(db.compact([&](std::uint64_t done, std::uint64_t) {
    ticks.push_back(done);
    return true;
  }));
  ASSERT_TRUE(!ticks.empty());
  ASSERT_EQ(ticks.back(), std::uint64_t(1000));
  const auto after = MUST(db.stats());
  ASSERT_EQ(after.logical_size_bytes, predicted);
  ASSERT_EQ(after.file_size_bytes, predicted);
  ASSERT_TRUE(after.file_size_bytes <= after.live_bytes * 11 / 10);
  ASSERT_EQ(after.dead_bytes, std::uint64_t(0));
  ASSERT_EQ(MUST(db.get("key-7")), std::optional<std::string>(std::string(100, 'j')));
  ASSERT_EQ(std::uint64_t(fs::file_size(path)), predicted);
  db = Database::open_in_memory();  // close, then reopen the compacted file
  auto again = MUST(Database::open(path));
  ASSERT_EQ(MUST(again.len()), std::size_t(1000));
  ASSERT_EQ(MUST(again.get("key-999")), std::optional<std::string>(std::string(100, 'j')));
}

// Writers and readers during compaction: nothing written is lost; a
// ValueRef and an iterator taken before stay valid.
TEST(Maintenance, writes_during_compaction_are_kept) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto db = MUST(Database::builder().path(path).enable_range_scans(true).build());
  for (int i = 0; i < 20000; ++i) MUST(db.insert("old" + std::to_string(i % 5000), std::to_string(i)));
  auto held = MUST(db.get_zerocopy("old42"));
  ASSERT_TRUE(held.has_value());
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
  Result<void> compacted;
  for (int i = 0; i < 3 && compacted; ++i) compacted = db.compact();
  stop = true;
  writer.join();  // before any assertion: a failure must not leave the threads running
  reader.join();
  MUST(std::move(compacted));
  ASSERT_EQ(held->to_string(), held_value);
  int n = 0;
  for (const auto& e : it) {
    (void)e;
    ++n;
  }
  ASSERT_EQ(n, 5000);
  {
    auto release = std::move(it);
  }  // an iterator keeps the engine (and its lock) alive
  const int w = written.load();
  ASSERT_TRUE(w > 0);
  for (int i = 0; i < w; ++i)
    ASSERT_EQ(MUST(db.get("new" + std::to_string(i))), std::optional<std::string>("v" + std::to_string(i)));
  const auto model = emdbtest::contents(db);
  db = Database::open_in_memory();
  auto reopened = MUST(Database::builder().path(path).enable_range_scans(true).build());
  ASSERT_EQ(emdbtest::contents(reopened), model);
  ASSERT_EQ(MUST(reopened.range_prefix("new")).size(), std::size_t(w));
}

// Large values: a stop is seen within a few megabytes of copying, not only
// after every record (4,096 records of 16 MiB would be 64 GiB).
TEST(Maintenance, compaction_stops_within_large_values) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto db = MUST(Database::open(path));
  const std::string big(16 << 20, 'v');
  for (int i = 0; i < 6; ++i) MUST(db.insert("big" + std::to_string(i), big));
  MUST(db.insert("big0", "replaced"));
  const auto before = fs::file_size(path);
  std::vector<std::uint64_t> seen;
  EMDB_EXPECT_ERROR(db.compact([&](std::uint64_t done, std::uint64_t) {
    seen.push_back(done);
    return seen.size() < 2;  // stop at the second report
  }),
                    ErrorCode::Cancelled);
  ASSERT_EQ(seen.size(), std::size_t(2));
  ASSERT_TRUE(seen[1] > 0 && seen[1] < 6) << "the second report came only after the last record";
  ASSERT_EQ(fs::file_size(path), before);
  ASSERT_TRUE(!fs::exists(path.string() + ".compact.tmp"));
  ASSERT_EQ(MUST(db.get("big3")), std::optional<std::string>(big));
}

TEST(Maintenance, cancelled_compaction_changes_nothing) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto db = MUST(Database::open(path));
  for (int i = 0; i < 20000; ++i) MUST(db.insert("k" + std::to_string(i % 100), std::to_string(i)));
  MUST(db.flush());
  const std::string before = emdbtest::read_file(path);
  EMDB_EXPECT_ERROR(db.compact([](std::uint64_t, std::uint64_t) { return false; }), ErrorCode::Cancelled);
  ASSERT_EQ(emdbtest::read_file(path) == before, true);
  ASSERT_TRUE(!fs::exists(path.string() + ".compact.tmp"));
  MUST(db.insert("after", "1"));
  ASSERT_EQ(MUST(db.get("k5")), std::optional<std::string>("19905"));
}

TEST(Maintenance, in_memory_compaction) {
  auto db = Database::open_in_memory();
  for (int i = 0; i < 1000; ++i) MUST(db.insert("k" + std::to_string(i % 10), std::to_string(i)));
  MUST(db.compact());
  ASSERT_EQ(MUST(db.len()), std::size_t(10));
  ASSERT_EQ(MUST(db.get("k9")), std::optional<std::string>("999"));
  ASSERT_EQ(MUST(db.stats()).dead_bytes, std::uint64_t(0));
}

// A child compacts (and writes, acknowledging each flushed write) in a loop
// and is SIGKILLed at random points: the next open always succeeds with
// exactly the acknowledged contents. EMDB_TEST_SCALE=5 gives 100 kills.
TEST(Maintenance, killed_during_compaction) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
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
  const int kills = 20 * emdbtest::scale();
  int next = 0;
  for (int k = 0; k < kills; ++k) {
    const auto child = emdbtest::run_and_kill("compactor", {path.string(), std::to_string(next)},
                                              std::chrono::microseconds(1000 + rng() % 20000));
    ASSERT_TRUE(child.killed) << "the child stopped before it was killed";
    for (const int acked : emdbtest::reports_as<int>(child.reports)) {
      model["n" + std::to_string(acked)] = "n" + std::to_string(acked);
      next = acked + 1;
    }
    auto db = MUST(Database::open(path));
    auto got = emdbtest::contents(db);
    // A write flushed but not yet reported may be there too: nothing else.
    got.erase("n" + std::to_string(next));
    ASSERT_EQ(got, model);
  }
  std::printf("%d kills, %d acknowledged writes\n", kills, next);
}
