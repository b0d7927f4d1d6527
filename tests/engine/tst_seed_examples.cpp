// The examples of emdb-API.md's sections Construction, Core key/value
// operations, Bulk insert, Iteration, Persistence and durability, Lockfile
// recovery and Errors, in C++.
#include <thread>

#include "support.hpp"

using namespace emdb;

class TestSeedExamples : public QObject {
  Q_OBJECT
 private slots:
  // Construction: Emdb::open of a fresh database, then reopen.
  void open_fresh_then_reopen() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir, "emdb-doc-open.emdb");
    {
      auto db = MUST(Database::open(path));
      MUST(db.insert("k", "v"));
      MUST(db.flush());
    }
    auto db = MUST(Database::open(path));
    QCOMPARE(MUST(db.len()), std::size_t(1));
    QCOMPARE(MUST(db.get("k")), std::optional<std::string>("v"));
    QCOMPARE(db.path(), path);
  }

  void open_in_memory() {
    auto db = Database::open_in_memory();
    MUST(db.insert("name", "emdb"));
    QCOMPARE(MUST(db.get("name")), std::optional<std::string>("emdb"));
    QVERIFY(db.path().empty());
  }

  void builder_with_options() {
    QTemporaryDir dir;
    auto db = MUST(Database::builder()
                       .path(testing::temp_db(dir))
                       .flush_policy(FlushPolicy::Group)
                       .enable_range_scans(true)
                       .build());
    QVERIFY(MUST(db.stats()).range_scans_enabled);
  }

  void builder_app_and_database_name() {
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    {
      auto db = MUST(Database::builder().app_name("myapp").database_name("sessions.emdb").data_root(root).build());
      QCOMPARE(db.path(), root / "myapp" / "sessions.emdb");
      MUST(db.insert("k", "v"));
    }
    QVERIFY(std::filesystem::exists(root / "myapp" / "sessions.emdb"));
    qputenv("XDG_DATA_HOME", QByteArray::fromStdString(root.string() + "/xdg"));
    auto xdg = MUST(Database::builder().app_name("myapp").database_name("x.emdb").build());
    QCOMPARE(xdg.path(), root / "xdg" / "myapp" / "x.emdb");
    EMDB_VERIFY_ERROR(Database::builder().app_name("only-app").build(), ErrorCode::InvalidConfig);
    EMDB_VERIFY_ERROR(Database::builder().database_name("only-db").build(), ErrorCode::InvalidConfig);
  }

  void builder_without_path_is_in_memory() {
    auto db = MUST(Database::builder().build());
    MUST(db.insert("a", "1"));
    QVERIFY(db.path().empty());
    QCOMPARE(MUST(db.len()), std::size_t(1));
  }

  void clone_handle_across_threads() {
    auto db = Database::open_in_memory();
    MUST(db.insert("k", "main"));
    auto clone = db.clone_handle();
    Result<void> worker;
    std::thread t([&] { worker = clone.insert("k", "worker"); });
    t.join();
    MUST(worker);
    QCOMPARE(MUST(db.get("k")), std::optional<std::string>("worker"));
  }

  // Core key/value operations.
  void insert_replaces() {
    auto db = Database::open_in_memory();
    MUST(db.insert("user:1", "alice"));
    MUST(db.insert("user:2", "bob"));
    MUST(db.insert("user:1", "alice-renamed"));
    QCOMPARE(MUST(db.get("user:1")), std::optional<std::string>("alice-renamed"));
    QCOMPARE(MUST(db.get("user:2")), std::optional<std::string>("bob"));
  }

  void get_missing() {
    auto db = Database::open_in_memory();
    MUST(db.insert("k", "v"));
    QCOMPARE(MUST(db.get("k")), std::optional<std::string>("v"));
    QCOMPARE(MUST(db.get("missing")), std::optional<std::string>());
  }

  void remove_returns_prior() {
    auto db = Database::open_in_memory();
    MUST(db.insert("k", "v"));
    QCOMPARE(MUST(db.remove("k")), std::optional<std::string>("v"));
    QCOMPARE(MUST(db.remove("k")), std::optional<std::string>());
  }

  void contains_len_is_empty_clear() {
    auto db = Database::open_in_memory();
    QVERIFY(MUST(db.is_empty()));
    MUST(db.insert("k", "v"));
    QVERIFY(MUST(db.contains_key("k")));
    QVERIFY(!MUST(db.contains_key("nope")));
    MUST(db.insert("a", "1"));
    MUST(db.insert("b", "2"));
    QCOMPARE(MUST(db.len()), std::size_t(3));
    QVERIFY(!MUST(db.is_empty()));
    MUST(db.clear());
    QCOMPARE(MUST(db.len()), std::size_t(0));
    QVERIFY(MUST(db.is_empty()));
  }

  // clear() is durable: the records stay gone after a reopen.
  void clear_is_durable() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(Database::open(path));
      for (int i = 0; i < 100; ++i) MUST(db.insert("k" + std::to_string(i), "v"));
      MUST(db.clear());
      MUST(db.insert("after", "x"));
      MUST(db.flush());
    }
    auto db = MUST(Database::open(path));
    QCOMPARE(MUST(db.len()), std::size_t(1));
    QCOMPARE(MUST(db.get("k5")), std::optional<std::string>());
  }

  // Bulk insert.
  void insert_many_records() {
    auto db = Database::open_in_memory();
    const std::vector<std::pair<std::string_view, std::string_view>> records = {
        {"user:1", "alice"}, {"user:2", "bob"}, {"user:3", "carol"}};
    MUST(db.insert_many(records));
    QCOMPARE(MUST(db.len()), std::size_t(3));

    auto db2 = Database::open_in_memory();
    std::vector<std::string> keys, values;
    for (int i = 0; i < 1000; ++i) {
      keys.push_back("k" + std::to_string(i));
      values.push_back("v" + std::to_string(i));
    }
    std::vector<std::pair<std::string_view, std::string_view>> items;
    for (int i = 0; i < 1000; ++i) items.emplace_back(keys[i], values[i]);
    MUST(db2.insert_many(items));
    QCOMPARE(MUST(db2.len()), std::size_t(1000));
    QCOMPARE(MUST(db2.get("k999")), std::optional<std::string>("v999"));
  }

  void insert_many_is_one_write() {
    QTemporaryDir dir;
    auto db = MUST(Database::open(testing::temp_db(dir)));
    const std::vector<std::pair<std::string_view, std::string_view>> items = {{"a", "1"}, {"b", "2"}, {"a", "3"}};
    MUST(db.insert_many(items));
    QCOMPARE(MUST(db.get("a")), std::optional<std::string>("3"));  // later pairs win
    QCOMPARE(MUST(db.len()), std::size_t(2));
  }

  // Iteration.
  void iter_and_keys() {
    auto db = Database::open_in_memory();
    MUST(db.insert("a", "1"));
    MUST(db.insert("b", "2"));
    int count = 0;
    std::map<std::string, std::string> seen;
    auto it = MUST(db.iter());
    for (const auto& [key, value] : it) {
      seen[key] = value;
      ++count;
    }
    MUST(it.status());
    QCOMPARE(count, 2);
    QCOMPARE(seen, (std::map<std::string, std::string>{{"a", "1"}, {"b", "2"}}));
    auto keys = MUST(db.keys());
    std::vector<std::string> ks;
    for (const auto& k : keys) ks.push_back(k);
    QCOMPARE(ks.size(), std::size_t(2));
  }

  // An iterator is a snapshot of positions: later removals do not disturb it.
  void iter_snapshot() {
    auto db = Database::open_in_memory();
    for (int i = 0; i < 10; ++i) MUST(db.insert("k" + std::to_string(i), "v"));
    auto it = MUST(db.iter());
    MUST(db.remove("k3"));
    MUST(db.insert("new", "v"));
    int n = 0;
    for (const auto& e : it) {
      (void)e;
      ++n;
    }
    QCOMPARE(n, 10);
  }

  // Persistence and durability: flush, then checkpoint.
  void flush_and_checkpoint() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir, "data.emdb");
    {
      auto db = MUST(Database::open(path));
      for (int i = 0; i < 1000; ++i) MUST(db.insert("k" + std::to_string(i), "v"));
      MUST(db.flush());
      MUST(db.checkpoint());
    }
    auto db = MUST(Database::open(path));
    QCOMPARE(MUST(db.len()), std::size_t(1000));
  }

  // Lockfile recovery: lock_holder, then break_lock and open.
  void lock_holder_and_break_lock() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir, "data.emdb");
    QCOMPARE(MUST(Database::lock_holder(path)).has_value(), false);
    {
      auto db = MUST(Database::open(path));
      auto holder = MUST(Database::lock_holder(path));
      QVERIFY(holder.has_value());
      QCOMPARE(holder->pid, std::uint32_t(QCoreApplication::applicationPid()));
      QCOMPARE(holder->schema_version, 1u);
      QCOMPARE(holder->crate_version, std::string("0.9.7"));
      QVERIFY(holder->acquired_at_ms > 1600000000000ull);
      QVERIFY(Database::lock_is_held(path));
    }
    QCOMPARE(MUST(Database::lock_holder(path)).has_value(), false);
    // A holder that died without closing leaves its files; break_lock clears them.
    testing::write_file(path.string() + ".lock-meta", "emdb-lock v1\npid=999999\nacquired_at=5\ncrate_version=0.9.7\n");
    testing::write_file(path.string() + ".lock", "");
    auto stale = MUST(Database::lock_holder(path));
    QCOMPARE(stale->pid, 999999u);
    QVERIFY(!Database::lock_is_held(path));
    MUST(Database::break_lock(path));
    QCOMPARE(MUST(Database::lock_holder(path)).has_value(), false);
    auto db = MUST(Database::open(path));
    MUST(db.insert("ok", "1"));
  }

  // Errors: the open_or_recover pattern; AlreadyLocked for a second handle.
  void errors_open_or_recover() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    auto first = MUST(Database::open(path));
    auto open_or_recover = [](const std::filesystem::path& p) -> Result<Database> {
      auto db = Database::open(p);
      if (!db && db.error().code() == ErrorCode::AlreadyLocked) return std::unexpected(db.error());
      return db;
    };
    auto second = open_or_recover(path);
    QVERIFY(!second);
    QCOMPARE(int(second.error().code()), int(ErrorCode::AlreadyLocked));
    QVERIFY(!second.error().message().empty());
  }
};

QTEST_GUILESS_MAIN(TestSeedExamples)
#include "tst_seed_examples.moc"
