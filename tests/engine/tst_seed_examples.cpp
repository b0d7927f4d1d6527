// The examples of emdb-API.md's sections Construction, Core key/value
// operations, Bulk insert, Iteration, Persistence and durability, Lockfile
// recovery and Errors, in C++.
#ifdef _WIN32
#include <process.h>
#else
#include <unistd.h>
#endif

#include <cstdlib>
#include <thread>

#include "engine_test.hpp"

using namespace emdb;

namespace {

// Sets an environment variable of this process.
void set_env(const char* name, const std::string& value) {
#ifdef _WIN32
  ::_putenv_s(name, value.c_str());
#else
  ::setenv(name, value.c_str(), 1);
#endif
}

// This process's id.
std::uint32_t own_pid() {
#ifdef _WIN32
  return static_cast<std::uint32_t>(::_getpid());
#else
  return static_cast<std::uint32_t>(::getpid());
#endif
}

// The variable that names the per-user data folder, and that folder under it.
#if defined(_WIN32)
constexpr const char* kDataRootVariable = "LOCALAPPDATA";
const std::filesystem::path kDataRootBelow;
#elif defined(__APPLE__)
constexpr const char* kDataRootVariable = "HOME";
const std::filesystem::path kDataRootBelow = std::filesystem::path("Library") / "Application Support";
#else
constexpr const char* kDataRootVariable = "XDG_DATA_HOME";
const std::filesystem::path kDataRootBelow;
#endif

}  // namespace

// Construction: Emdb::open of a fresh database, then reopen.
TEST(SeedExamples, open_fresh_then_reopen) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir, "emdb-doc-open.emdb");
  {
    auto db = MUST(Database::open(path));
    MUST(db.insert("k", "v"));
    MUST(db.flush());
  }
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.len()), std::size_t(1));
  ASSERT_EQ(MUST(db.get("k")), std::optional<std::string>("v"));
  ASSERT_EQ(db.path(), path);
}

TEST(SeedExamples, open_in_memory) {
  auto db = Database::open_in_memory();
  MUST(db.insert("name", "emdb"));
  ASSERT_EQ(MUST(db.get("name")), std::optional<std::string>("emdb"));
  ASSERT_TRUE(db.path().empty());
}

TEST(SeedExamples, builder_with_options) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::builder()
                     .path(emdbtest::temp_db(dir))
                     .flush_policy(FlushPolicy::Group)
                     .enable_range_scans(true)
                     .build());
  ASSERT_TRUE(MUST(db.stats()).range_scans_enabled);
}

TEST(SeedExamples, builder_app_and_database_name) {
  emdbtest::TempDir dir;
  const std::filesystem::path root = dir.path();
  {
    auto db = MUST(Database::builder().app_name("myapp").database_name("sessions.emdb").data_root(root).build());
    ASSERT_EQ(db.path(), root / "myapp" / "sessions.emdb");
    MUST(db.insert("k", "v"));
  }
  ASSERT_TRUE(std::filesystem::exists(root / "myapp" / "sessions.emdb"));
  set_env(kDataRootVariable, (root / "xdg").string());
  auto xdg = MUST(Database::builder().app_name("myapp").database_name("x.emdb").build());
  ASSERT_EQ(xdg.path(), root / "xdg" / kDataRootBelow / "myapp" / "x.emdb");
  EMDB_EXPECT_ERROR(Database::builder().app_name("only-app").build(), ErrorCode::InvalidConfig);
  EMDB_EXPECT_ERROR(Database::builder().database_name("only-db").build(), ErrorCode::InvalidConfig);
}

TEST(SeedExamples, builder_without_path_is_in_memory) {
  auto db = MUST(Database::builder().build());
  MUST(db.insert("a", "1"));
  ASSERT_TRUE(db.path().empty());
  ASSERT_EQ(MUST(db.len()), std::size_t(1));
}

TEST(SeedExamples, clone_handle_across_threads) {
  auto db = Database::open_in_memory();
  MUST(db.insert("k", "main"));
  auto clone = db.clone_handle();
  Result<void> worker;
  std::thread t([&] { worker = clone.insert("k", "worker"); });
  t.join();
  MUST(worker);
  ASSERT_EQ(MUST(db.get("k")), std::optional<std::string>("worker"));
}

// Core key/value operations.
TEST(SeedExamples, insert_replaces) {
  auto db = Database::open_in_memory();
  MUST(db.insert("user:1", "alice"));
  MUST(db.insert("user:2", "bob"));
  MUST(db.insert("user:1", "alice-renamed"));
  ASSERT_EQ(MUST(db.get("user:1")), std::optional<std::string>("alice-renamed"));
  ASSERT_EQ(MUST(db.get("user:2")), std::optional<std::string>("bob"));
}

TEST(SeedExamples, get_missing) {
  auto db = Database::open_in_memory();
  MUST(db.insert("k", "v"));
  ASSERT_EQ(MUST(db.get("k")), std::optional<std::string>("v"));
  ASSERT_EQ(MUST(db.get("missing")), std::optional<std::string>());
}

TEST(SeedExamples, remove_returns_prior) {
  auto db = Database::open_in_memory();
  MUST(db.insert("k", "v"));
  ASSERT_EQ(MUST(db.remove("k")), std::optional<std::string>("v"));
  ASSERT_EQ(MUST(db.remove("k")), std::optional<std::string>());
}

TEST(SeedExamples, contains_len_is_empty_clear) {
  auto db = Database::open_in_memory();
  ASSERT_TRUE(MUST(db.is_empty()));
  MUST(db.insert("k", "v"));
  ASSERT_TRUE(MUST(db.contains_key("k")));
  ASSERT_TRUE(!MUST(db.contains_key("nope")));
  MUST(db.insert("a", "1"));
  MUST(db.insert("b", "2"));
  ASSERT_EQ(MUST(db.len()), std::size_t(3));
  ASSERT_TRUE(!MUST(db.is_empty()));
  MUST(db.clear());
  ASSERT_EQ(MUST(db.len()), std::size_t(0));
  ASSERT_TRUE(MUST(db.is_empty()));
}

// clear() is durable: the records stay gone after a reopen.
TEST(SeedExamples, clear_is_durable) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::open(path));
    for (int i = 0; i < 100; ++i) MUST(db.insert("k" + std::to_string(i), "v"));
    MUST(db.clear());
    MUST(db.insert("after", "x"));
    MUST(db.flush());
  }
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.len()), std::size_t(1));
  ASSERT_EQ(MUST(db.get("k5")), std::optional<std::string>());
}

// Bulk insert.
TEST(SeedExamples, insert_many_records) {
  auto db = Database::open_in_memory();
  const std::vector<std::pair<std::string_view, std::string_view>> records = {
      {"user:1", "alice"}, {"user:2", "bob"}, {"user:3", "carol"}};
  MUST(db.insert_many(records));
  ASSERT_EQ(MUST(db.len()), std::size_t(3));

  auto db2 = Database::open_in_memory();
  std::vector<std::string> keys, values;
  for (int i = 0; i < 1000; ++i) {
    keys.push_back("k" + std::to_string(i));
    values.push_back("v" + std::to_string(i));
  }
  std::vector<std::pair<std::string_view, std::string_view>> items;
  for (int i = 0; i < 1000; ++i) items.emplace_back(keys[i], values[i]);
  MUST(db2.insert_many(items));
  ASSERT_EQ(MUST(db2.len()), std::size_t(1000));
  ASSERT_EQ(MUST(db2.get("k999")), std::optional<std::string>("v999"));
}

TEST(SeedExamples, insert_many_is_one_write) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(emdbtest::temp_db(dir)));
  const std::vector<std::pair<std::string_view, std::string_view>> items = {{"a", "1"}, {"b", "2"}, {"a", "3"}};
  MUST(db.insert_many(items));
  ASSERT_EQ(MUST(db.get("a")), std::optional<std::string>("3"));  // later pairs win
  ASSERT_EQ(MUST(db.len()), std::size_t(2));
}

// Iteration.
TEST(SeedExamples, iter_and_keys) {
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
  ASSERT_EQ(count, 2);
  ASSERT_EQ(seen, (std::map<std::string, std::string>{{"a", "1"}, {"b", "2"}}));
  auto keys = MUST(db.keys());
  std::vector<std::string> ks;
  for (const auto& k : keys) ks.push_back(k);
  ASSERT_EQ(ks.size(), std::size_t(2));
}

// An iterator is a snapshot of positions: later removals do not disturb it.
TEST(SeedExamples, iter_snapshot) {
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
  ASSERT_EQ(n, 10);
}

// Persistence and durability: flush, then checkpoint.
TEST(SeedExamples, flush_and_checkpoint) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir, "data.emdb");
  {
    auto db = MUST(Database::open(path));
    for (int i = 0; i < 1000; ++i) MUST(db.insert("k" + std::to_string(i), "v"));
    MUST(db.flush());
    MUST(db.checkpoint());
  }
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.len()), std::size_t(1000));
}

// Lockfile recovery: lock_holder, then break_lock and open.
TEST(SeedExamples, lock_holder_and_break_lock) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir, "data.emdb");
  ASSERT_EQ(MUST(Database::lock_holder(path)).has_value(), false);
  {
    auto db = MUST(Database::open(path));
    auto holder = MUST(Database::lock_holder(path));
    ASSERT_TRUE(holder.has_value());
    ASSERT_EQ(holder->pid, own_pid());
    ASSERT_EQ(holder->schema_version, 1u);
    ASSERT_EQ(holder->crate_version, std::string("0.9.7"));
    ASSERT_TRUE(holder->acquired_at_ms > 1600000000000ull);
    ASSERT_TRUE(Database::lock_is_held(path));
  }
  ASSERT_EQ(MUST(Database::lock_holder(path)).has_value(), false);
  // A holder that died without closing leaves its files; break_lock clears them.
  emdbtest::write_file(path.string() + ".lock-meta", "emdb-lock v1\npid=999999\nacquired_at=5\ncrate_version=0.9.7\n");
  emdbtest::write_file(path.string() + ".lock", "");
  auto stale = MUST(Database::lock_holder(path));
  ASSERT_EQ(stale->pid, 999999u);
  ASSERT_TRUE(!Database::lock_is_held(path));
  MUST(Database::break_lock(path));
  ASSERT_EQ(MUST(Database::lock_holder(path)).has_value(), false);
  auto db = MUST(Database::open(path));
  MUST(db.insert("ok", "1"));
}

// Errors: the open_or_recover pattern; AlreadyLocked for a second handle.
TEST(SeedExamples, errors_open_or_recover) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto first = MUST(Database::open(path));
  auto open_or_recover = [](const std::filesystem::path& p) -> Result<Database> {
    auto db = Database::open(p);
    if (!db && db.error().code() == ErrorCode::AlreadyLocked) return std::unexpected(db.error());
    return db;
  };
  auto second = open_or_recover(path);
  ASSERT_TRUE(!second);
  ASSERT_EQ(int(second.error().code()), int(ErrorCode::AlreadyLocked));
  ASSERT_TRUE(!second.error().message().empty());
}
