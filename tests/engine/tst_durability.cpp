// Flush policies and group commit, counted through the engine's I/O seam.
#include <atomic>
#include <cstdio>
#include <thread>

#include "engine_test.hpp"
#include "env.hpp"
#include "test_access.hpp"

using namespace emdb;

namespace {

// Counts fdatasync calls and the modes files are opened with.
class CountingEnv : public detail::Env {
 public:
  Result<void> datasync(int fd) override {
    syncs.fetch_add(1);
    return Env::datasync(fd);
  }
  Result<int> open(const std::filesystem::path& p, detail::OpenMode m) override {
    if (m == detail::OpenMode::ReadWriteSync) sync_opens.fetch_add(1);
    return Env::open(p, m);
  }
  std::atomic<int> syncs{0};
  std::atomic<int> sync_opens{0};
};

Result<Database> open_with(const std::filesystem::path& path, FlushPolicy policy, std::shared_ptr<detail::Env> env) {
  auto b = Database::builder().path(path).flush_policy(policy);
  detail::BuilderAccess::set_env(b, std::move(env));
  return b.build();
}

}  // namespace

// 8 threads insert and flush under Group: every acknowledged record is there
// after a reopen, and fdatasync ran far fewer times than flush.
TEST(Durability, group_commit_shares_syncs) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto env = std::make_shared<CountingEnv>();
  constexpr int kThreads = 8, kPerThread = 150;
  std::vector<std::vector<std::string>> acked(kThreads);
  {
    auto db = MUST(open_with(path, FlushPolicy::Group, env));
    const int before = env->syncs.load();
    std::vector<std::thread> threads;
    std::atomic<bool> failed{false};
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&, t, h = db.clone_handle()]() mutable {
        for (int i = 0; i < kPerThread; ++i) {
          const std::string key = "t" + std::to_string(t) + "-" + std::to_string(i);
          if (!h.insert(key, key + "-value") || !h.flush()) {
            failed = true;
            return;
          }
          acked[t].push_back(key);
        }
      });
    for (auto& th : threads) th.join();
    ASSERT_TRUE(!failed);
    const int syncs = env->syncs.load() - before;
    std::printf("%d flushes shared %d fdatasync calls\n", kThreads * kPerThread, syncs);
    ASSERT_TRUE(syncs > 0);
    ASSERT_TRUE(syncs < kThreads * kPerThread / 2) << "group commit should share syncs";
  }
  auto db = MUST(Database::open(path));
  std::size_t n = 0;
  for (const auto& keys : acked)
    for (const auto& k : keys) {
      ASSERT_EQ(MUST(db.get(k)), std::optional<std::string>(k + "-value"));
      ++n;
    }
  ASSERT_EQ(MUST(db.len()), n);
}

// OnEachFlush: one fdatasync per flush that has new bytes, none otherwise.
TEST(Durability, on_each_flush_syncs_each_time) {
  emdbtest::TempDir dir;
  auto env = std::make_shared<CountingEnv>();
  auto db = MUST(open_with(emdbtest::temp_db(dir), FlushPolicy::OnEachFlush, env));
  const int before = env->syncs.load();
  for (int i = 0; i < 10; ++i) {
    MUST(db.insert("k" + std::to_string(i), "v"));
    MUST(db.flush());
  }
  MUST(db.flush());  // nothing new: no sync
  ASSERT_EQ(env->syncs.load() - before, 10);
}

// WriteThrough: the journal is opened O_DSYNC and flush() costs no sync.
TEST(Durability, write_through_opens_dsync) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto env = std::make_shared<CountingEnv>();
  {
    auto db = MUST(open_with(path, FlushPolicy::WriteThrough, env));
    ASSERT_EQ(env->sync_opens.load(), 1);
    const int before = env->syncs.load();
    MUST(db.insert("k", "v"));
    MUST(db.flush());
    ASSERT_EQ(env->syncs.load(), before);
  }
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.get("k")), std::optional<std::string>("v"));
}

// A failed fdatasync is reported, and is sticky: later writes and flushes
// fail too, since the kernel may have dropped the pages it could not write.
TEST(Durability, failed_sync_is_sticky) {
  struct FailingEnv : detail::Env {
    Result<void> datasync(int fd) override {
      if (!fail) return Env::datasync(fd);
      return std::unexpected(Error::io(std::make_error_code(std::errc::io_error), "fdatasync failed"));
    }
    bool fail = false;
  };
  emdbtest::TempDir dir;
  auto env = std::make_shared<FailingEnv>();
  auto db = MUST(open_with(emdbtest::temp_db(dir), FlushPolicy::Group, env));
  env->fail = true;
  MUST(db.insert("k", "v"));
  EMDB_EXPECT_ERROR(db.flush(), ErrorCode::Io);
  EMDB_EXPECT_ERROR(db.insert("k2", "v"), ErrorCode::Io);
  EMDB_EXPECT_ERROR(db.flush(), ErrorCode::Io);
}

// A full disk: appends go on into the space reserved ahead of them, then
// the next reservation and the write both fail with ENOSPC. That append is
// an error and leaves nothing; everything before it survives a reopen.
TEST(Durability, disk_full_during_append) {
  struct FullEnv : detail::Env {
    Result<void> write_at(int fd, std::string_view data, std::uint64_t offset) override {
      if (full) {
        // Half the bytes land, then the disk is full.
        (void)Env::write_at(fd, data.substr(0, data.size() / 2), offset);
        return std::unexpected(Error::io(std::make_error_code(std::errc::no_space_on_device), "write failed"));
      }
      return Env::write_at(fd, data, offset);
    }
    Result<void> allocate(int fd, std::uint64_t offset, std::uint64_t len) override {
      if (full) return std::unexpected(Error::io(std::make_error_code(std::errc::no_space_on_device), "full"));
      return Env::allocate(fd, offset, len);
    }
    bool full = false;
  };
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto env = std::make_shared<FullEnv>();
  int stored = 0;
  {
    auto db = MUST(open_with(path, FlushPolicy::OnEachFlush, env));
    MUST(db.insert("before", "1"));
    MUST(db.flush());
    env->full = true;
    const std::string big(1000, 'x');
    for (;; ++stored) {
      ASSERT_TRUE(stored < 1'000'000);
      auto w = db.insert("during" + std::to_string(stored), big);
      if (!w) {
        ASSERT_EQ(int(w.error().code()), int(ErrorCode::Io));
        break;
      }
    }
    ASSERT_TRUE(stored > 0);  // the reserve took some before the disk was full
    ASSERT_EQ(MUST(db.get("during" + std::to_string(stored))), std::optional<std::string>());
    MUST(db.flush());
    env->full = false;
    MUST(db.insert("after", "2"));
    MUST(db.flush());
  }
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.get("before")), std::optional<std::string>("1"));
  ASSERT_EQ(MUST(db.get("after")), std::optional<std::string>("2"));
  ASSERT_EQ(MUST(db.len()), std::size_t(stored + 2));
  ASSERT_EQ(MUST(db.get("during" + std::to_string(stored))), std::optional<std::string>());
  ASSERT_EQ(MUST(db.get("during" + std::to_string(stored - 1))), std::optional<std::string>(std::string(1000, 'x')));
}

// Concurrent readers and writers on clones of one handle agree with a model.
TEST(Durability, concurrent_readers_and_writers) {
  auto db = Database::open_in_memory();
  constexpr int kWriters = 4, kKeys = 2000;
  std::atomic<bool> stop{false}, bad{false};
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w)
    threads.emplace_back([&, w, h = db.clone_handle()]() mutable {
      for (int i = 0; i < kKeys; ++i) {
        const std::string k = "w" + std::to_string(w) + ":" + std::to_string(i);
        if (!h.insert(k, k)) bad = true;
        if (i % 3 == 0 && !h.remove(k)) bad = true;
      }
    });
  for (int r = 0; r < 2; ++r)
    threads.emplace_back([&, h = db.clone_handle()] {
      while (!stop) {
        for (int i = 0; i < kKeys; i += 97) {
          auto v = h.get("w0:" + std::to_string(i));
          if (!v || (*v && **v != "w0:" + std::to_string(i))) bad = true;
        }
      }
    });
  for (int w = 0; w < kWriters; ++w) threads[std::size_t(w)].join();
  stop = true;
  for (std::size_t i = kWriters; i < threads.size(); ++i) threads[i].join();
  ASSERT_TRUE(!bad);
  ASSERT_EQ(MUST(db.len()), std::size_t(kWriters * (kKeys - (kKeys + 2) / 3)));
}
