// The engine behind every Database handle: the journal, the per-namespace
// indexes, the writer lock and recovery. One Engine per open database; handles
// share it through std::shared_ptr.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "codec.hpp"
#include "emdb/error.hpp"
#include "emdb/iter.hpp"
#include "emdb/types.hpp"
#include "emdb/value_ref.hpp"
#include "env.hpp"
#include "hash_index.hpp"
#include "journal.hpp"
#include "lockfile.hpp"
#include "meta.hpp"

namespace emdb::detail {

struct Options {
  std::filesystem::path path;  // empty: in memory
  bool read_only = false;
  FlushPolicy flush_policy = FlushPolicy::OnEachFlush;
  bool range_scans = false;
  std::optional<std::chrono::milliseconds> default_ttl;
  std::shared_ptr<Env> env = Env::posix();
  std::function<std::uint64_t()> clock;  // Unix milliseconds; the system clock when empty
};

// One namespace's keys. Lives as long as the Engine.
struct Keyspace {
  explicit Keyspace(std::uint32_t i) : id(i) {}
  const std::uint32_t id;
  std::string name;  // guarded by Engine::ns_mu_; empty for the default and nameless ones
  HashIndex index;
  std::atomic<std::uint64_t> live_bytes{0};  // whole frames of live records; changed under the writer lock
};

class Engine : public std::enable_shared_from_this<Engine> {
 public:
  static Result<std::shared_ptr<Engine>> open(Options opts);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  const std::filesystem::path& path() const noexcept { return opts_.path; }
  const Options& options() const noexcept { return opts_; }
  Keyspace& default_space() noexcept { return *default_; }
  std::uint64_t now_ms() const;

  Result<void> put(Keyspace& ks, std::string_view key, std::string_view value, std::uint64_t expires_at);
  Result<void> put_many(Keyspace& ks, std::span<const std::pair<std::string_view, std::string_view>> items,
                        std::uint64_t expires_at);
  Result<std::optional<std::string>> get(const Keyspace& ks, std::string_view key) const;
  Result<std::optional<ValueRef>> get_ref(const Keyspace& ks, std::string_view key) const;
  Result<std::optional<std::string>> remove(Keyspace& ks, std::string_view key);
  Result<bool> contains(const Keyspace& ks, std::string_view key) const;
  std::size_t len(const Keyspace& ks) const { return ks.index.size(); }
  Result<void> clear(Keyspace& ks);
  Result<std::unique_ptr<detail::Source<Entry>>> entries(const Keyspace& ks) const;
  Result<std::unique_ptr<detail::Source<std::string>>> keys(const Keyspace& ks) const;

  Result<void> flush();
  Result<void> checkpoint();
  Result<Stats> stats() const;
  // Read-only handles: replays frames another process appended since the last look.
  Result<std::size_t> refresh();

  // The expiry a plain insert gets: the default TTL, if any.
  std::uint64_t default_expiry() const;
  std::uint64_t expiry_for(const Ttl& ttl) const;

  // For tests: fdatasync calls made on the journal; where the open's replay began.
  std::uint64_t journal_syncs() const;
  std::uint64_t replay_start() const noexcept { return replay_start_; }

 private:
  explicit Engine(Options o) : opts_(std::move(o)) {}

  struct Located {  // an Insert record's parts, as views into the journal
    std::string_view key, value;
    std::uint64_t expires_at;
  };
  static Located locate(const char* base, std::uint64_t loc) noexcept;
  static std::uint64_t frame_bytes_at(const char* base, std::uint64_t loc) noexcept;
  bool expired(std::uint64_t expires_at) const { return expires_at != 0 && expires_at <= now_ms(); }

  Result<void> open_files();
  Result<void> replay(std::uint64_t from, std::uint64_t size, bool at_open);
  Result<void> apply(const FrameView& f, bool at_open);
  Result<std::uint64_t> load_hint();
  std::filesystem::path hint_path() const;
  Result<void> writable() const;
  Keyspace& space_for_id(std::uint32_t id);  // ns_mu_ held exclusively, or single-threaded open

  // Writer lock held:
  void index_insert(Keyspace& ks, std::string_view key, std::uint64_t loc, std::uint64_t frame_bytes);
  std::uint64_t index_erase(Keyspace& ks, std::string_view key);

  Options opts_;
  std::optional<LockFile> lock_;
  Meta meta_;
  std::optional<std::uint64_t> first_bad_offset_;
  std::uint64_t replay_start_ = 0;  // read-only opens that stopped at damage

  // The journal may be swapped (compaction) only while holding write_mu_,
  // journal_mu_ and every shard lock; it may be read while holding any one of them.
  std::shared_ptr<Journal> journal_;
  mutable std::mutex journal_mu_;
  std::mutex write_mu_;  // serialises appends and index changes

  mutable std::shared_mutex ns_mu_;
  std::map<std::uint32_t, std::unique_ptr<Keyspace>> spaces_;  // guarded by ns_mu_; entries never erased
  std::map<std::string, std::uint32_t, std::less<>> names_;    // guarded by ns_mu_
  Keyspace* default_ = nullptr;
  std::atomic<std::uint64_t> structure_bytes_{0};  // NamespaceName frames
};

}  // namespace emdb::detail
