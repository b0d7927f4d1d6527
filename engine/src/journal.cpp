#include "journal.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "codec.hpp"

namespace emdb::detail {
namespace {

constexpr std::uint64_t kMiB = std::uint64_t(1) << 20;
// Frames up to this size are copied into the mapping; larger ones are written.
constexpr std::size_t kCopyLimit = 64 * 1024;

bool one_frame(std::string_view b) noexcept {
  return b.size() >= format::kFrameOverhead && load_u32(b.data() + 4) + format::kFrameOverhead == b.size();
}

}  // namespace

Result<std::shared_ptr<Journal>> Journal::open(std::shared_ptr<Env> env, int fd, std::uint64_t end, FlushPolicy policy,
                                               Access access) {
  std::shared_ptr<Journal> j(new Journal(std::move(env), fd, policy, access));
  auto size = j->file_size();
  if (!size) return std::unexpected(size.error());
  if (auto m = j->ensure_mapped(std::max(*size, end)); !m) return std::unexpected(m.error());
  j->end_.store(end);
  j->synced_ = end;
  j->reserved_ = std::max(*size, end);
  // Under WriteThrough every append must be durable on return: O_DSYNC writes only.
  j->copy_appends_ = access == Access::ReadWrite && policy != FlushPolicy::WriteThrough;
  return j;
}

Journal::~Journal() { env_->close(fd_); }

Result<std::uint64_t> Journal::file_size() const { return env_->size(fd_); }

Result<void> Journal::ensure_mapped(std::uint64_t size) {
  if (!mappings_.empty() && size <= mappings_.back()->capacity()) return {};
  // Reserve address space well past the need, so growth rarely remaps. Older
  // mappings stay alive (readers may hold pointers into them) until the Journal dies.
  std::uint64_t cap = std::uint64_t(1) << 30;
  while (cap < size * 2) cap *= 2;
  auto m = Mapping::map(fd_, cap, access_);
  if (!m) return std::unexpected(m.error());
  mappings_.push_back(*m);
  data_.store((*m)->data(), std::memory_order_release);
  return {};
}

Result<void> Journal::failed_error() const {
  return std::unexpected(Error(ErrorCode::Io, "an earlier fdatasync of the journal failed; reopen the database"));
}

Result<std::uint64_t> Journal::append(std::string_view bytes) {
  if (has_failed_.load(std::memory_order_acquire)) {
    auto e = failed_error();
    return std::unexpected(e.error());
  }
  const std::uint64_t at = end_.load(std::memory_order_relaxed);
  const std::uint64_t new_end = at + bytes.size();
  if (copy_appends_ && bytes.size() <= kCopyLimit && one_frame(bytes) && reserve(new_end)) {
    // One frame: a kill partway leaves a frame that fails its checksum,
    // followed by zeros, which recovery cuts as a torn tail.
    std::memcpy(mappings_.back()->writable() + at, bytes.data(), bytes.size());
  } else if (auto w = write(bytes, at); !w) {
    return std::unexpected(w.error());
  }
  end_.store(new_end, std::memory_order_release);
  return at;
}

Result<std::uint64_t> Journal::append_stream(std::uint64_t size,
                                             const std::function<Result<void>(const Sink&)>& produce) {
  if (has_failed_.load(std::memory_order_acquire)) {
    auto e = failed_error();
    return std::unexpected(e.error());
  }
  const std::uint64_t at = end_.load(std::memory_order_relaxed);
  std::uint64_t pos = at;
  std::string buf;  // small pieces gather here; a piece of a MiB goes out as it is
  auto drain = [&]() -> Result<void> {
    if (buf.empty()) return {};
    if (auto w = env_->write_at(fd_, buf, pos); !w) return w;
    pos += buf.size();
    buf.clear();
    return {};
  };
  const Sink sink = [&](std::string_view piece) -> Result<void> {
    if (pos - at + buf.size() + piece.size() > size)
      return std::unexpected(Error(ErrorCode::Corrupted, "a streamed write gave more bytes than it announced"));
    if (buf.size() + piece.size() < kCopyLimit) {
      buf.append(piece);
      return {};
    }
    if (auto d = drain(); !d) return d;
    if (auto w = env_->write_at(fd_, piece, pos); !w) return w;
    pos += piece.size();
    return {};
  };
  Result<void> r = produce(sink);
  if (r) r = drain();
  if (r && pos - at != size)
    r = std::unexpected(Error(ErrorCode::Corrupted, "a streamed write gave fewer bytes than it announced"));
  if (r) r = ensure_mapped(at + size);  // the file covers the frames now
  if (!r) {
    // Leave no part of it behind (the reserve after `at` goes too).
    if (env_->truncate(fd_, at)) reserved_ = at;
    return std::unexpected(r.error());
  }
  reserved_ = std::max(reserved_, at + size);
  end_.store(at + size, std::memory_order_release);
  return at;
}

Result<void> Journal::write(std::string_view bytes, std::uint64_t at) {
  const std::uint64_t new_end = at + bytes.size();
  auto w = env_->write_at(fd_, bytes, at);
  if (w) w = ensure_mapped(new_end);  // the file covers the bytes now (a view may not reach past it)
  if (!w) {
    // Best effort: leave no partial frame behind (the reserve after `at` goes too).
    if (env_->truncate(fd_, at)) reserved_ = at;
    return w;
  }
  reserved_ = std::max(reserved_, new_end);
  return {};
}

// Makes the file cover `need` bytes with reserved blocks, a chunk ahead of it.
// False when it cannot: the caller writes instead, and the write reports a
// full disk if there is one.
bool Journal::reserve(std::uint64_t need) {
  if (need <= reserved_) return true;
  const std::uint64_t chunk = std::clamp(need / 16, kMiB, 64 * kMiB);
  const std::uint64_t target = (need + chunk + kMiB - 1) / kMiB * kMiB;
  auto a = env_->allocate(fd_, reserved_, target - reserved_);
  if (a) a = ensure_mapped(target);
  if (!a) {
    // Where reserving is not supported (not Linux, some file systems) single
    // frames are written too; copies would need the file grown by hand.
    if (a.error().io_error() == std::errc::not_supported) copy_appends_ = false;
    (void)env_->truncate(fd_, reserved_);  // a failed reserve may have grown the file partway
    return false;
  }
  reserved_ = target;
  grew_ = true;
  return true;
}

Result<void> Journal::release_reserve(bool unmap) {
  if (!grew_) return {};
  return cut(end_.load(std::memory_order_acquire), unmap);
}

Result<void> Journal::cut(std::uint64_t at, bool unmap) {
  if (reserved_ <= at) return {};
  const bool remap = unmap && kViewsBlockCutting;
  if (remap) {
    data_.store(nullptr, std::memory_order_release);
    mappings_.clear();
  }
  auto t = env_->truncate(fd_, at);
  if (t) reserved_ = at;
  if (remap) {
    auto size = file_size();
    if (auto m = size ? ensure_mapped(*size) : Result<void>(std::unexpected(size.error())); !m && t) t = m;
  }
  return t;
}

Result<std::uint64_t> Journal::refresh_size() {
  auto size = file_size();
  if (!size) return size;
  if (auto m = ensure_mapped(*size); !m) return std::unexpected(m.error());
  return size;
}

// Group commit's leader, before its sync: callers between their append and
// their flush join this sync if they arrive in time. Waits, yielding the CPU,
// until as many flushes are pending as the recent syncs covered, for at most
// half the last sync's duration: the batch follows the number of flushing
// threads, and a lone writer does not wait.
void Journal::gather(std::size_t expect, std::chrono::steady_clock::duration budget) const {
  const auto deadline = std::chrono::steady_clock::now() + budget;
  while (pending_.load(std::memory_order_relaxed) < expect && std::chrono::steady_clock::now() < deadline)
    std::this_thread::yield();
}

Result<void> Journal::sync() {
  std::unique_lock lk(sync_mu_);
  if (failed_) return std::unexpected(*failed_);
  const std::uint64_t target = end_.load(std::memory_order_acquire);
  if (policy_ == FlushPolicy::WriteThrough) {
    // The journal is O_DSYNC: each append was durable when it returned.
    synced_ = std::max(synced_, target);
    return {};
  }
  if (synced_ >= target) return {};
  if (policy_ == FlushPolicy::Group) {
    // Targets are read under sync_mu_ from a growing end_: the queue is sorted.
    pending_targets_.push_back(target);
    pending_.store(pending_targets_.size(), std::memory_order_relaxed);
    // Wait while another caller's sync is in flight; it may cover our bytes.
    while (syncing_ && synced_ < target) sync_cv_.wait(lk);
    if (failed_) return std::unexpected(*failed_);
    if (synced_ >= target) return {};
  }
  syncing_ = true;
  const auto started = std::chrono::steady_clock::now();
  if (policy_ == FlushPolicy::Group) {
    const std::size_t expect = expected_batch_;
    const auto budget = last_sync_ / 2;
    lk.unlock();
    gather(expect, budget);
  }
  // Only bytes already written count: end_ moves after the copy or write.
  const std::uint64_t upto = end_.load(std::memory_order_acquire);
  auto r = env_->datasync(fd_);
  syncs_.fetch_add(1, std::memory_order_relaxed);
  if (policy_ == FlushPolicy::Group) lk.lock();
  syncing_ = false;
  if (r) {
    synced_ = std::max(synced_, upto);
  } else {
    failed_ = r.error();
    has_failed_.store(true, std::memory_order_release);
  }
  if (policy_ == FlushPolicy::Group) {
    // The flushes this sync answered (all of them, if it failed).
    std::size_t batch = 0;
    while (!pending_targets_.empty() && (!r || pending_targets_.front() <= synced_)) {
      pending_targets_.pop_front();
      ++batch;
    }
    pending_.store(pending_targets_.size(), std::memory_order_relaxed);
    // Expect the largest recent batch, one fewer for each sync that falls short.
    expected_batch_ = std::max(batch, expected_batch_ > 1 ? expected_batch_ - 1 : 1);
    last_sync_ = std::chrono::steady_clock::now() - started;
  }
  sync_cv_.notify_all();
  return r;
}

}  // namespace emdb::detail
