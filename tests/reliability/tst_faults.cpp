// Faults injected through the engine's I/O seam: the Nth write, sync or
// rename of an operation fails (a short write, ENOSPC, EIO). Every failure
// is reported, and leaves the original database intact.
#include <algorithm>
#include <atomic>
#include <cstdio>

#include "engine.hpp"
#include "engine_test.hpp"
#include "env.hpp"
#include "test_access.hpp"

using namespace emdb;
namespace fs = std::filesystem;

namespace {

// Fails the Nth mutating call (write, reserve, sync, rename, truncate) once armed.
class FaultEnv : public detail::Env {
 public:
  void arm(int n) {
    countdown_ = n;
    fired_ = false;
  }
  void disarm() { countdown_ = -1; }
  bool fired() const { return fired_; }

  Result<void> write_at(int fd, std::string_view data, std::uint64_t offset) override {
    if (hit()) {
      (void)Env::write_at(fd, data.substr(0, data.size() / 2), offset);  // a short write, then the disk is full
      return std::unexpected(Error::io(std::make_error_code(std::errc::no_space_on_device), "write failed"));
    }
    return Env::write_at(fd, data, offset);
  }
  Result<void> allocate(int fd, std::uint64_t offset, std::uint64_t len) override {
    if (hit()) return std::unexpected(Error::io(std::make_error_code(std::errc::no_space_on_device), "disk full"));
    return Env::allocate(fd, offset, len);
  }
  Result<void> datasync(int fd) override {
    if (hit()) return std::unexpected(Error::io(std::make_error_code(std::errc::io_error), "fdatasync failed"));
    return Env::datasync(fd);
  }
  Result<void> rename(const fs::path& a, const fs::path& b) override {
    if (hit()) return std::unexpected(Error::io(std::make_error_code(std::errc::io_error), "rename failed"));
    return Env::rename(a, b);
  }
  Result<void> truncate(int fd, std::uint64_t size) override {
    if (hit()) return std::unexpected(Error::io(std::make_error_code(std::errc::io_error), "ftruncate failed"));
    return Env::truncate(fd, size);
  }
  Result<void> sync_dir(const fs::path& d) override {
    if (hit()) return std::unexpected(Error::io(std::make_error_code(std::errc::io_error), "directory sync failed"));
    return Env::sync_dir(d);
  }

 private:
  bool hit() {
    const int c = countdown_.load();
    if (c < 0) return false;
    countdown_ = c - 1;
    if (c == 0) fired_ = true;
    return c == 0;
  }
  std::atomic<int> countdown_{-1};
  std::atomic<bool> fired_{false};
};

Result<Database> open_with(const fs::path& p, std::shared_ptr<detail::Env> env, const RawKey* key = nullptr) {
  auto b = Database::builder().path(p);
  if (key) b.encryption_key(*key);
  detail::BuilderAccess::set_env(b, std::move(env));
  return b.build();
}

void fill(Database& db) {
  for (int i = 0; i < 3000; ++i) MUST(db.insert("k" + std::to_string(i % 700), std::to_string(i)));
  MUST(db.flush());
}

}  // namespace

// Every failure point of a compaction: an error, and the database (open
// and reopened) still holds exactly what it held.
TEST(Faults, compaction_failures_leave_the_original) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto env = std::make_shared<FaultEnv>();
  int failures = 0;
  for (int n = 0;; ++n) {
    std::map<std::string, std::string> before;
    {
      auto db = MUST(open_with(path, env));
      if (n == 0) fill(db);
      MUST(db.insert("dead", "x"));  // something to compact away each round
      MUST(db.remove("dead"));
      before = emdbtest::contents(db);
      env->arm(n);
      auto r = db.compact();
      env->disarm();
      if (r) {
        ASSERT_EQ(emdbtest::contents(db), before);
        break;
      }
      ASSERT_TRUE(env->fired());
      ++failures;
      ASSERT_EQ(emdbtest::contents(db), before);
      MUST(db.insert("after-failure", "1"));  // still writable
      MUST(db.remove("after-failure"));
    }
    auto reopened = MUST(Database::open(path));
    ASSERT_EQ(emdbtest::contents(reopened), before);
    ASSERT_TRUE(!fs::exists(path.string() + ".compact.tmp"));
  }
  ASSERT_TRUE(failures >= 3);
  std::printf("compaction: %d failure points, each left the database intact\n", failures);
}

TEST(Faults, backup_failures_leave_no_partial_target) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  const auto target = emdbtest::temp_db(dir, "backup.emdb");
  auto env = std::make_shared<FaultEnv>();
  auto db = MUST(open_with(path, env));
  fill(db);
  const auto want = emdbtest::contents(db);
  int failures = 0;
  for (int n = 0;; ++n) {
    env->arm(n);
    auto r = db.backup_to(target);
    env->disarm();
    if (r) break;
    ++failures;
    ASSERT_TRUE(!fs::exists(target.string() + ".backup.tmp"));
    if (fs::exists(target)) {  // failed after the rename: the backup is whole
      auto b = MUST(Database::open(target));
      ASSERT_EQ(emdbtest::contents(b), want);
      fs::remove(target);
      fs::remove(target.string() + ".meta");
    }
    ASSERT_EQ(emdbtest::contents(db), want);
  }
  ASSERT_TRUE(failures >= 3);
  auto b = MUST(Database::open(target));
  ASSERT_EQ(emdbtest::contents(b), want);
}

TEST(Faults, key_rotation_failures_leave_old_or_new) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  RawKey a{}, b{};
  a[0] = 0xa;
  b[0] = 0xb;
  std::map<std::string, std::string> want;
  {
    auto db = MUST(open_with(path, detail::Env::posix(), &a));
    fill(db);
    want = emdbtest::contents(db);
  }
  auto env = std::make_shared<FaultEnv>();
  int failures = 0;
  for (int n = 0;; ++n) {
    env->arm(n);
    auto r = detail::Engine::change_encryption(path, EncryptionInput::raw_key(a), EncryptionInput::raw_key(b),
                                               std::nullopt, {}, env);
    env->disarm();
    if (r) break;
    ++failures;
    auto old_key = open_with(path, detail::Env::posix(), &a);
    if (old_key) {
      ASSERT_EQ(emdbtest::contents(*old_key), want);
      continue;
    }
    // The swap had begun: the next open finished it, with the new key.
    auto new_key = MUST(open_with(path, detail::Env::posix(), &b));
    ASSERT_EQ(emdbtest::contents(new_key), want);
    break;
  }
  ASSERT_TRUE(failures >= 3);
  auto db = MUST(open_with(path, detail::Env::posix(), &b));
  ASSERT_EQ(emdbtest::contents(db), want);
}

namespace {

void check_checkpoint_failures(bool encrypted) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  const RawKey key{9};
  auto open = [&](std::shared_ptr<detail::Env> env) {
    auto b = Database::builder().path(path).enable_range_scans(true).auto_checkpoint(false);
    if (encrypted) b.encryption_key(key);
    detail::BuilderAccess::set_env(b, std::move(env));
    return b.build();
  };
  std::map<std::string, std::string> want;
  {
    auto db = MUST(open(detail::Env::posix()));
    fill(db);
    MUST(db.checkpoint());  // the old one
    for (int i = 0; i < 500; ++i) MUST(db.insert("later" + std::to_string(i), "x"));
    MUST(db.remove("k5"));
    MUST(db.flush());
    want = emdbtest::contents(db);
  }
  auto env = std::make_shared<FaultEnv>();
  int failures = 0;
  for (int n = 0;; ++n) {
    bool done = false;
    {
      auto db = MUST(open(env));
      env->arm(n);
      done = db.checkpoint().has_value();
      env->disarm();
    }
    if (!done) ++failures;
    auto db = MUST(open(detail::Env::posix()));
    ASSERT_EQ(emdbtest::contents(db), want);
    ASSERT_TRUE(std::ranges::equal(MUST(db.range_prefix("")), want));
    if (done) break;
  }
  ASSERT_TRUE(failures >= 3);
}

}  // namespace

// Every failure point of a checkpoint (its temp file's write and sync, the
// rename, the directory sync), plain and sealed, with the order: an error,
// and the next open reads exactly the records, in order, from the old
// checkpoint or the new one.
TEST(Faults, checkpoint_failures_leave_old_or_new) {
  emdbtest::EncryptedRows rows;
  for (const auto& [row, encrypted] : {std::pair{"plain", false}, std::pair{"encrypted", true}}) {
    if (rows.skip(row, encrypted)) continue;
    SCOPED_TRACE(row);
    check_checkpoint_failures(encrypted);
  }
}

// A short write or a full disk in the middle of appends: an error each
// time, and everything acknowledged before survives a reopen.
TEST(Faults, append_failures_keep_what_was_acknowledged) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto env = std::make_shared<FaultEnv>();
  std::map<std::string, std::string> acked;
  int failures = 0;
  {
    auto db = MUST(open_with(path, env));
    for (int i = 0; i < 200; ++i) {
      const std::string k = "k" + std::to_string(i % 50), v = std::string(i % 300, 'v') + std::to_string(i);
      if (i % 7 == 3) env->arm(0);
      auto w =
          i % 2 ? db.insert(k, v) : db.insert_many(std::vector<std::pair<std::string_view, std::string_view>>{{k, v}});
      const bool fired = i % 7 == 3 && env->fired();
      env->disarm();
      if (!w) {
        // Only an injected fault fails it. (A failed reservation alone does
        // not: the append is then written instead.)
        ASSERT_TRUE(fired);
        ASSERT_EQ(int(w.error().code()), int(ErrorCode::Io));
        ++failures;
        continue;
      }
      MUST(db.flush());
      acked[k] = v;
    }
  }
  ASSERT_TRUE(failures >= 10);
  auto db = MUST(Database::open(path));
  ASSERT_EQ(emdbtest::contents(db), acked);
}
