// The journal file: appends at the written end, reads through a read-only
// shared mapping, and makes bytes durable under the chosen flush policy.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

#include "emdb/error.hpp"
#include "emdb/types.hpp"
#include "env.hpp"

namespace emdb::detail {

// One read-only mapping of a file; unmapped when the last owner lets go.
class Mapping {
 public:
  static Result<std::shared_ptr<Mapping>> map(int fd, std::uint64_t capacity);
  ~Mapping();
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  const char* data() const noexcept { return data_; }
  std::uint64_t capacity() const noexcept { return capacity_; }

 private:
  Mapping(const char* d, std::uint64_t c) : data_(d), capacity_(c) {}
  const char* data_;
  std::uint64_t capacity_;
};

class Journal {
 public:
  // Takes ownership of `fd`, whose first `end` bytes are valid frames.
  static Result<std::shared_ptr<Journal>> open(std::shared_ptr<Env> env, int fd, std::uint64_t end, FlushPolicy policy);
  ~Journal();

  // Bytes that hold whole frames; appends go here. Readers may load it any time.
  std::uint64_t end() const noexcept { return end_.load(std::memory_order_acquire); }
  // The start of a mapping that covers [0, end()); valid while this Journal lives.
  const char* data() const noexcept { return data_.load(std::memory_order_acquire); }

  // Appends `bytes` at end(); returns the offset they start at. Callers serialise
  // appends (the engine's writer lock). On failure nothing moves and the file is
  // cut back to end().
  Result<std::uint64_t> append(std::string_view bytes);

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
  Journal(std::shared_ptr<Env> env, int fd, FlushPolicy p) : env_(std::move(env)), fd_(fd), policy_(p) {}
  Result<void> ensure_mapped(std::uint64_t size);
  Result<void> failed_error() const;

  std::shared_ptr<Env> env_;
  int fd_;
  FlushPolicy policy_;
  std::atomic<std::uint64_t> end_{0};
  std::atomic<const char*> data_{nullptr};
  std::vector<std::shared_ptr<Mapping>> mappings_;  // guarded by the caller's writer lock; last is current

  std::mutex sync_mu_;
  std::condition_variable sync_cv_;
  std::uint64_t synced_ = 0;     // guarded by sync_mu_
  bool syncing_ = false;         // guarded by sync_mu_
  std::optional<Error> failed_;  // guarded by sync_mu_
  std::atomic<bool> has_failed_{false};
  std::atomic<std::uint64_t> syncs_{0};
};

}  // namespace emdb::detail
