// compact() and backup_to(): copies of the live records, written beside the
// target, synced, then renamed into place.
#include <algorithm>

#include "engine.hpp"
#include "format.hpp"
#include "paths.hpp"

namespace emdb::detail {
namespace {

Error cancelled() { return Error(ErrorCode::Cancelled, "cancelled"); }

std::filesystem::path with_suffix(const std::filesystem::path& p, const char* suffix) {
  auto out = p;
  out += suffix;
  return out;
}

// Buffered sequential writes to a file through the Env.
class Writer {
 public:
  Writer(Env& env, int fd) : env_(env), fd_(fd) {}
  Result<void> add(std::string_view bytes) {
    buf_.append(bytes);
    return buf_.size() >= (1u << 20) ? drain() : Result<void>{};
  }
  Result<void> drain() {
    if (buf_.empty()) return {};
    if (auto w = env_.write_at(fd_, buf_, pos_); !w) return w;
    pos_ += buf_.size();
    buf_.clear();
    return {};
  }
  std::uint64_t size() const noexcept { return pos_ + buf_.size(); }

 private:
  Env& env_;
  int fd_;
  std::string buf_;
  std::uint64_t pos_ = 0;
};

}  // namespace

Engine::LiveSet Engine::live_set() {
  std::lock_guard w(write_mu_);
  LiveSet ls;
  ls.journal = journal_;
  ls.end = journal_->end();
  std::shared_lock ns(ns_mu_);
  // The listed names; a dropped namespace's name goes, so emdb 0.9.7 no longer lists it either.
  for (const auto& [name, id] : names_)
    if (!spaces_.at(id)->dropped.load()) ls.names.emplace_back(id, name);
  for (const auto& [id, s] : spaces_) {
    if (id == format::kLegacyMarkerNamespace) continue;
    for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
      const auto& sh = s->index.shard_at(i);
      std::shared_lock lk(sh.mu);
      HashIndex::for_each(sh, [&](std::uint64_t loc) { ls.locs.push_back(loc); });
    }
  }
  std::sort(ls.locs.begin(), ls.locs.end());  // copy in journal order: sequential reads
  return ls;
}

Result<std::uint64_t> Engine::write_copy(int fd, const LiveSet& ls, const Progress& progress,
                                         std::vector<std::uint64_t>* new_locs) {
  Writer out(*opts_.env, fd);
  std::string frame;
  for (const auto& [id, name] : ls.names) {
    frame.clear();
    if (auto e = encode(frame, Record{format::Kind::NamespaceName, id, name, {}, 0}); !e)
      return std::unexpected(e.error());
    if (auto w = out.add(frame); !w) return std::unexpected(w.error());
  }
  const char* base = ls.journal->data();
  const std::uint64_t total = ls.locs.size();
  if (new_locs) new_locs->reserve(ls.locs.size());
  // A stop is checked every 4,096 records and every 8 MiB copied, so a file
  // of a few large values stops as soon as one of small ones.
  constexpr std::uint64_t kCheckBytes = 8 << 20;
  std::uint64_t unchecked = 0;
  for (std::uint64_t i = 0; i < total; ++i) {
    if (progress && (i % 4096 == 0 || unchecked >= kCheckBytes)) {
      unchecked = 0;
      if (!progress(i, total)) return std::unexpected(cancelled());
    }
    const std::uint64_t loc = ls.locs[i];
    // Never copy damage: the frame must lie inside the journal with its checksum.
    if (loc < format::kFrameHeaderSize || loc + load_u32(base + loc - 4) + format::kFrameTrailerSize > ls.end ||
        !checksum_holds(base, loc))
      return std::unexpected(Error::corrupted(loc - format::kFrameHeaderSize,
                                              "a record's frame was damaged after it was written (run a check)"));
    if (new_locs) new_locs->push_back(out.size() + format::kFrameHeaderSize);
    // Frames are copied as they are: encrypted records stay encrypted.
    const std::uint64_t bytes = frame_bytes_at(base, loc);
    if (auto w = out.add(std::string_view(base + loc - format::kFrameHeaderSize, bytes)); !w)
      return std::unexpected(w.error());
    unchecked += bytes;
  }
  if (auto w = out.drain(); !w) return std::unexpected(w.error());
  if (progress && !progress(total, total)) return std::unexpected(cancelled());
  return out.size();
}

namespace {

// The index of `loc` in `locs` (ascending, holding it). Offsets of live
// records spread over the journal, so the index is first guessed from the
// value (a few steps, each narrowing to a small window when it holds the
// loc) and then searched in what is left: a handful of memory reads where a
// binary search of 10,000,000 offsets takes two dozen, most of them misses.
std::size_t index_of(const std::vector<std::uint64_t>& locs, std::uint64_t loc) {
  constexpr std::size_t kWindow = 32;
  std::size_t lo = 0, hi = locs.size();  // the index lies in [lo, hi)
  for (int step = 0; step < 4 && hi - lo > 2 * kWindow; ++step) {
    const std::uint64_t a = locs[lo], b = locs[hi - 1];
    if (loc <= a) return lo;
    if (loc >= b) return hi - 1;
    const auto span = double(hi - 1 - lo);
    const std::size_t guess = lo + std::min(hi - 1 - lo, std::size_t(double(loc - a) / double(b - a) * span));
    const std::size_t wlo = guess > lo + kWindow ? guess - kWindow : lo;
    const std::size_t whi = std::min(hi, guess + kWindow + 1);
    if (loc < locs[wlo]) {
      hi = wlo;
    } else if (loc > locs[whi - 1]) {
      lo = whi;
    } else {
      lo = wlo;
      hi = whi;
      break;
    }
  }
  return std::size_t(std::lower_bound(locs.begin() + std::ptrdiff_t(lo), locs.begin() + std::ptrdiff_t(hi), loc) -
                     locs.begin());
}

}  // namespace

Result<void> Engine::compact_journal(const Progress& progress) {
  if (auto w = writable(); !w) return w;
  // Expired records go first (as Removes), so the copy holds only live ones.
  if (auto s = sweep_expired(); !s) return std::unexpected(s.error());
  Env& env = *opts_.env;
  const bool in_memory = opts_.path.empty();
  const auto tmp = with_suffix(opts_.path, ".compact.tmp");
  auto fd = in_memory ? anonymous_file() : env.open(tmp, OpenMode::CreateNew);
  if (!fd) return std::unexpected(fd.error());
  auto abandon = [&](Error e) -> Result<void> {
    env.close(*fd);
    if (!in_memory) std::filesystem::remove(tmp);
    return std::unexpected(std::move(e));
  };

  // The bulk of the copy runs while readers and writers go on.
  const LiveSet ls = live_set();
  std::vector<std::uint64_t> new_locs;
  auto copied = write_copy(*fd, ls, progress, &new_locs);
  if (!copied) return abandon(copied.error());
  if (auto s = env.datasync(*fd); !s) return abandon(s.error());

  // Then, with writers held: the frames appended meanwhile, the swap.
  std::lock_guard w(write_mu_);
  const std::uint64_t tail = journal_->end() - ls.end;
  if (tail > 0) {
    auto t = env.write_at(*fd, std::string_view(journal_->data() + ls.end, tail), *copied);
    if (!t) return abandon(t.error());
  }
  if (auto s = env.datasync(*fd); !s) return abandon(s.error());
  const std::uint64_t new_end = *copied + tail;
  int live_fd = *fd;
  if (!in_memory) {
    // A descriptor in the engine's own mode, opened before the rename so that
    // nothing can fail between the rename and the swap.
    const auto mode = opts_.flush_policy == FlushPolicy::WriteThrough ? OpenMode::ReadWriteSync : OpenMode::ReadWrite;
    auto reopened = env.open(tmp, mode);
    if (!reopened) return abandon(reopened.error());
    if (auto r = env.rename(tmp, opts_.path); !r) {
      env.close(*reopened);
      return abandon(r.error());
    }
    env.close(*fd);
    live_fd = *reopened;
    (void)env.sync_dir(opts_.path.parent_path());
    if (lock_) (void)lock_->lock_journal();  // the new file is the journal now
  }
  auto journal = Journal::open(opts_.env, live_fd, new_end, in_memory ? FlushPolicy::OnEachFlush : opts_.flush_policy,
                               Access::ReadWrite);
  if (!journal) return std::unexpected(journal.error());  // the descriptor is closed by the failed open

  std::lock_guard jl(journal_mu_);
  std::shared_lock ns(ns_mu_);
  std::vector<std::unique_lock<SharedMutex>> locks;
  for (auto& [id, s] : spaces_)
    for (std::size_t i = 0; i < HashIndex::kShards; ++i) locks.emplace_back(s->index.shard_at(i).mu);
  const std::uint64_t catch_up = *copied;
  auto remap = [&](std::uint64_t old) -> std::uint64_t {
    if (old >= ls.end) return old - ls.end + catch_up;
    return new_locs[index_of(ls.locs, old)];
  };
  // Ordered indexes read keys from the journal: locked too, and their
  // entries (each the key's live record) move with the hash index's.
  std::vector<std::unique_lock<SharedMutex>> ordered_locks;
  for (auto& [id, s] : spaces_)
    if (s->ordered) ordered_locks.emplace_back(s->ordered->mu);
  for (auto& [id, s] : spaces_) {
    for (std::size_t i = 0; i < HashIndex::kShards; ++i) HashIndex::remap(s->index.shard_at(i), remap);
    if (s->ordered)
      s->ordered->remap([&](std::uint64_t e) { return (e & ~HashIndex::kMaxOffset) | remap(e & HashIndex::kMaxOffset); });
  }
  std::uint64_t names = 0;
  const std::uint64_t sealing = aead_ ? format::kNonceSize + format::kAeadTagSize : 0;
  for (const auto& [id, name] : ls.names)
    names += format::kFrameOverhead + 1 + format::kNameFixed + name.size() + sealing;
  structure_bytes_.store(names);
  journal_ = std::move(*journal);  // readers holding the old one keep it alive
  if (!in_memory) {
    std::filesystem::remove(hint_path());
    checkpoint_end_.store(0);
  }
  // The new journal binds no name of a dropped namespace: neither this engine
  // nor emdb 0.9.7 knows those names any more (emdb may give the id to a new one).
  ordered_locks.clear();
  locks.clear();
  ns.unlock();
  std::unique_lock names_lock(ns_mu_);
  std::erase_if(names_, [&](const auto& entry) { return spaces_.at(entry.second)->dropped.load(); });
  return {};
}

Result<void> Engine::compact(const Progress& progress) {
  if (auto r = compact_journal(progress); !r) return r;
  // The old checkpoint is gone with the old journal: a new one for the new
  // (a failure costs only the next open's time).
  if (checkpoint_pays(false)) (void)checkpoint();
  return {};
}

Result<void> Engine::backup_to(const std::filesystem::path& target, const Progress& progress) {
  std::error_code ec;
  if (!opts_.path.empty())
    if (auto c = check_backup_target(opts_.path, target); !c) return c;
  if (std::filesystem::is_directory(target, ec))
    return std::unexpected(Error::io(std::make_error_code(std::errc::is_a_directory),
                                     "cannot back up to " + target.string() + ": it is a directory"));
  Env& env = *opts_.env;
  const auto tmp = with_suffix(target, ".backup.tmp");
  auto fd = env.open(tmp, OpenMode::CreateNew);
  if (!fd) return std::unexpected(fd.error());
  auto abandon = [&](Error e) -> Result<void> {
    env.close(*fd);
    std::filesystem::remove(tmp, ec);
    return std::unexpected(std::move(e));
  };
  // A snapshot: the live records as they are now; writers go on meanwhile.
  const LiveSet ls = live_set();
  auto copied = write_copy(*fd, ls, progress, nullptr);
  if (!copied) return abandon(copied.error());
  if (auto s = env.datasync(*fd); !s) return abandon(s.error());
  env.close(*fd);
  *fd = -1;
  auto keep_tmp = [&](Result<void> r) {
    if (!r) std::filesystem::remove(tmp, ec);
    return r;
  };
  Meta meta = meta_;
  if (auto m = write_file_atomic(env, with_suffix(target, ".meta"), encode_meta(meta)); !m) return keep_tmp(m);
  std::filesystem::remove(with_suffix(target, ".hint"), ec);
  if (auto r = env.rename(tmp, target); !r) return keep_tmp(r);
  return env.sync_dir(target.parent_path());
}

}  // namespace emdb::detail
