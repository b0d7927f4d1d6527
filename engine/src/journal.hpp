// The journal file: appends at the written end, reads through a shared
// mapping, and makes bytes durable under the chosen flush policy.
//
// A writable journal reserves disk space ahead of its end in chunks (the
// file is then longer than its frames, with zeros after the last one, which
// emdb 0.9 reads as free space) and copies single frames into the mapping
// instead of making a write call for each. Bytes copied there are in the
// page cache at once: a killed process loses none of them, and fdatasync
// makes them durable like written ones. Batches of frames are written with
// pwrite, front to back, so a kill leaves a prefix of the batch.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

#include "emdb/error.hpp"
#include "emdb/types.hpp"
#include "env.hpp"

namespace emdb::detail {

// Whether a journal appends, or only reads what is already in its file.
enum class Access { Read, ReadWrite };

// One shared mapping of a file; unmapped when the last owner lets go.
// Windows refuses to cut a file below the end of a view of it; POSIX systems
// let the mapping reach past the file's end.
#ifdef _WIN32
inline constexpr bool kViewsBlockCutting = true;
#else
inline constexpr bool kViewsBlockCutting = false;
#endif

// A view of the journal file. POSIX: `capacity` bytes of address space,
// reaching past the file's end as it grows. Windows: a view cannot reach
// past the end, so capacity() is min(asked, the file's size).
class Mapping {
 public:
  static Result<std::shared_ptr<Mapping>> map(int fd, std::uint64_t capacity, Access access);
  ~Mapping();
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  const char* data() const noexcept { return data_; }
  // Writable only when mapped with Access::ReadWrite.
  char* writable() const noexcept { return data_; }
  std::uint64_t capacity() const noexcept { return capacity_; }

 private:
  Mapping(char* d, std::uint64_t c) : data_(d), capacity_(c) {}
  char* data_;
  std::uint64_t capacity_;
};

class Journal {
 public:
  // Takes ownership of `fd`, whose first `end` bytes are valid frames. With
  // Access::ReadWrite, bytes after end() must be zeros, or cut(), before the
  // first append: appends write over them and count them as reserved.
  static Result<std::shared_ptr<Journal>> open(std::shared_ptr<Env> env, int fd, std::uint64_t end, FlushPolicy policy,
                                               Access access);
  ~Journal();

  // Bytes that hold whole frames; appends go here. Readers may load it any time.
  std::uint64_t end() const noexcept { return end_.load(std::memory_order_acquire); }
  // The start of a mapping that covers [0, end()); valid while this Journal lives.
  const char* data() const noexcept { return data_.load(std::memory_order_acquire); }

  // Appends `bytes` (whole frames) at end(); returns the offset they start at.
  // Callers serialise appends (the engine's writer lock). On failure nothing
  // moves and no byte of them is left readable as a frame.
  Result<std::uint64_t> append(std::string_view bytes);

  // Appends `size` bytes of whole frames that `produce` passes, front to
  // back, to the sink it is given; returns the offset they start at. For
  // frames too large to hold in memory: each piece is written as it comes
  // and none is readable until all are. Callers serialise appends. When
  // `produce` fails, or passes other than `size` bytes, the file is cut back
  // and nothing moves (a kill partway leaves a torn tail).
  using Sink = std::function<Result<void>(std::string_view)>;
  Result<std::uint64_t> append_stream(std::uint64_t size, const std::function<Result<void>(const Sink&)>& produce);

  // Gives back the space appends reserved after end() (the file ends with
  // its last frame again). Called when the database closes.
  Result<void> release_reserve(bool unmap = false);
  // Cuts the file at `at` (>= end()): bytes after the frames at open.
  // Where a view stops the file being cut under it (kViewsBlockCutting),
  // `unmap` says no pointer into the mappings is alive (nothing has read
  // yet, or the caller holds the journal's only reference): they go first
  // and the file is mapped again after. Otherwise the cut may fail there.
  Result<void> cut(std::uint64_t at, bool unmap = false);

  // Makes every byte below end() at the time of the call durable. Under Group,
  // concurrent callers share one fdatasync. A failed sync is sticky: every later
  // append and sync fails, since the kernel may have dropped the unsynced pages.
  Result<void> sync();

  // Picks up bytes another process appended: maps up to the file's size and
  // returns it. The caller validates and then publishes them with set_end().
  Result<std::uint64_t> refresh_size();
  void set_end(std::uint64_t end) noexcept { end_.store(end, std::memory_order_release); }

  Result<std::uint64_t> file_size() const;
  int fd() const noexcept { return fd_; }
  Env& env() const noexcept { return *env_; }
  std::uint64_t sync_count() const noexcept { return syncs_.load(std::memory_order_relaxed); }

 private:
  Journal(std::shared_ptr<Env> env, int fd, FlushPolicy p, Access a)
      : env_(std::move(env)), fd_(fd), policy_(p), access_(a) {}
  Result<void> ensure_mapped(std::uint64_t size);
  Result<void> failed_error() const;
  bool reserve(std::uint64_t need);
  void gather(std::size_t expect, std::chrono::steady_clock::duration budget) const;
  Result<void> write(std::string_view bytes, std::uint64_t at);

  std::shared_ptr<Env> env_;
  int fd_;
  FlushPolicy policy_;
  Access access_;
  bool copy_appends_ = false;   // single frames are copied into the mapping
  std::uint64_t reserved_ = 0;  // the file's size; guarded by the writer lock
  bool grew_ = false;           // reserve() grew the file; guarded by the writer lock
  std::atomic<std::uint64_t> end_{0};
  std::atomic<const char*> data_{nullptr};
  std::vector<std::shared_ptr<Mapping>> mappings_;  // guarded by the caller's writer lock; last is current

  std::mutex sync_mu_;
  std::condition_variable sync_cv_;
  std::uint64_t synced_ = 0;  // guarded by sync_mu_
  bool syncing_ = false;      // guarded by sync_mu_
  // Group: targets of the flushes waiting for a sync, oldest first; how many
  // (readable without the lock); the batch a leader waits for; the last sync's time.
  std::deque<std::uint64_t> pending_targets_;  // guarded by sync_mu_
  std::atomic<std::size_t> pending_{0};
  std::size_t expected_batch_ = 1;                   // guarded by sync_mu_
  std::chrono::steady_clock::duration last_sync_{};  // guarded by sync_mu_
  std::optional<Error> failed_;                      // guarded by sync_mu_
  std::atomic<bool> has_failed_{false};
  std::atomic<std::uint64_t> syncs_{0};
};

}  // namespace emdb::detail
