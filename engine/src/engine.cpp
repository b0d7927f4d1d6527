#include "engine.hpp"

#include <unistd.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#include <cstring>
#include <fstream>

#include "codec.hpp"
#include "format.hpp"

namespace emdb::detail {
namespace {

Error read_only_error() { return Error(ErrorCode::ReadOnly, "the database was opened read-only"); }

std::uint64_t system_now_ms() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

Error too_large(std::size_t n) {
  return Error(ErrorCode::InvalidConfig,
               "a record of " + std::to_string(n) + " bytes exceeds the format's limit of 256 MiB");
}

// Opens an anonymous, memory-backed file for an in-memory database.
Result<int> anonymous_file() {
#ifdef __linux__
  const int fd = ::memfd_create("emdb-in-memory", MFD_CLOEXEC);
  if (fd >= 0) return fd;
#endif
  char name[] = "/tmp/emdb-memory-XXXXXX";
  const int tfd = ::mkstemp(name);
  if (tfd < 0)
    return std::unexpected(
        Error::io(std::error_code(errno, std::generic_category()), "cannot create the in-memory database's buffer"));
  ::unlink(name);
  return tfd;
}

// Iterates a snapshot of record offsets, decoding one record per step.
template <class T>
class SnapshotSource final : public Source<T> {
 public:
  SnapshotSource(std::shared_ptr<const Engine> engine, std::shared_ptr<Journal> journal,
                 std::vector<std::uint64_t> locs, std::function<bool(const char*, std::uint64_t, T&)> make)
      : engine_(std::move(engine)), journal_(std::move(journal)), locs_(std::move(locs)), make_(std::move(make)) {}
  bool next(T& out) override {
    while (pos_ < locs_.size())
      if (make_(journal_->data(), locs_[pos_++], out)) return true;
    return false;
  }
  Result<void> status() const override { return {}; }

 private:
  std::shared_ptr<const Engine> engine_;
  std::shared_ptr<Journal> journal_;
  std::vector<std::uint64_t> locs_;
  std::size_t pos_ = 0;
  std::function<bool(const char*, std::uint64_t, T&)> make_;
};

}  // namespace

// ---------------------------------------------------------------------------
// Opening and recovery

Result<std::shared_ptr<Engine>> Engine::open(Options opts) {
  std::shared_ptr<Engine> e(new Engine(std::move(opts)));
  auto& ks = e->space_for_id(format::kDefaultNamespace);
  e->default_ = &ks;
  if (auto r = e->open_files(); !r) return std::unexpected(r.error());
  return e;
}

Engine::~Engine() {
  if (journal_ && !opts_.read_only && !opts_.path.empty()) (void)journal_->sync();
}

std::uint64_t Engine::now_ms() const { return opts_.clock ? opts_.clock() : system_now_ms(); }

Keyspace& Engine::space_for_id(std::uint32_t id) {
  auto& slot = spaces_[id];
  if (!slot) slot = std::make_unique<Keyspace>(id);
  return *slot;
}

std::filesystem::path Engine::hint_path() const {
  auto p = opts_.path;
  p += ".hint";
  return p;
}

Result<void> Engine::open_files() {
  Env& env = *opts_.env;
  if (opts_.path.empty()) {  // in memory: an anonymous file, no sidecars
    auto fd = anonymous_file();
    if (!fd) return std::unexpected(fd.error());
    auto j = Journal::open(opts_.env, *fd, 0, FlushPolicy::OnEachFlush);
    if (!j) return std::unexpected(j.error());
    journal_ = *j;
    meta_.created_at_ms = system_now_ms();
    return {};
  }

  if (!opts_.read_only) {
    auto lock = LockFile::acquire(opts_.path);
    if (!lock) return std::unexpected(lock.error());
    lock_.emplace(std::move(*lock));
  }

  auto meta_file = opts_.path;
  meta_file += ".meta";
  bool have_meta = false;
  if (auto bytes = read_small_file(env, meta_file)) {
    auto m = decode_meta(*bytes);
    if (!m) return std::unexpected(m.error());
    meta_ = *m;
    have_meta = true;
  } else if (bytes.error().io_error() != std::errc::no_such_file_or_directory) {
    return std::unexpected(bytes.error());
  }
  if (meta_.encrypted())
    return std::unexpected(
        Error(ErrorCode::EncryptionError, "the database is encrypted; open it with its key or passphrase"));

  const auto mode = opts_.read_only                                   ? OpenMode::ReadOnly
                    : opts_.flush_policy == FlushPolicy::WriteThrough ? OpenMode::ReadWriteSync
                                                                      : OpenMode::ReadWrite;
  auto fd = env.open(opts_.path, mode);
  if (!fd && opts_.read_only && fd.error().io_error() == std::errc::no_such_file_or_directory) {
    // A read-only open of a database that does not exist yet: empty.
    auto mem = anonymous_file();
    if (!mem) return std::unexpected(mem.error());
    fd = *mem;
  }
  if (!fd) return std::unexpected(fd.error());
  auto j = Journal::open(opts_.env, *fd, 0, opts_.flush_policy);
  if (!j) return std::unexpected(j.error());
  journal_ = *j;
  auto size = journal_->file_size();
  if (!size) return std::unexpected(size.error());

  // Not an emdb journal at all: refuse before writing anything beside it.
  {
    FrameView f;
    const char* why = nullptr;
    const char* base = journal_->data();
    if (*size > 0 && check_frame(base, *size, 0, f, &why) == FrameCheck::Bad &&
        std::memcmp(base, "FSY\x01", std::min<std::uint64_t>(*size, 4)) != 0)
      return std::unexpected(Error(ErrorCode::MagicMismatch, opts_.path.string() + " is not an emdb database"));
  }

  std::uint64_t from = 0;
  if (auto h = load_hint()) from = *h;
  replay_start_ = from;
  if (auto r = replay(from, *size, true); !r) return r;

  if (!opts_.read_only && !have_meta) {
    meta_.created_at_ms = system_now_ms();
    if (auto w = write_file_atomic(env, meta_file, encode_meta(meta_)); !w) return w;
  }
  return {};
}

Result<void> Engine::replay(std::uint64_t from, std::uint64_t size, bool at_open) {
  const char* base = journal_->data();
  std::uint64_t pos = from;
  for (;;) {
    FrameView f;
    const char* why = "";
    const FrameCheck c = check_frame(base, size, pos, f, &why);
    if (c == FrameCheck::End) break;
    if (c == FrameCheck::Valid) {
      auto r = apply(f, at_open);
      if (r) {
        pos = f.end();
        continue;
      }
      if (r.error().code() != ErrorCode::Corrupted) return r;
      if (!opts_.read_only) return r;
      first_bad_offset_ = pos;  // read-only: keep the prefix before the damage
      break;
    }
    // A bad frame. Damage followed by valid frames is corruption; damage with
    // nothing valid after it is a torn tail from an interrupted write.
    const bool torn = !valid_frame_after(base, size, pos);
    if (opts_.read_only || !at_open) {
      if (!torn) first_bad_offset_ = pos;  // read-only: the records before the damage
      break;
    }
    if (!torn)
      return std::unexpected(Error::corrupted(pos, std::string(why) +
                                                       " in the middle of the journal; "
                                                       "open it read-only to read the records before it"));
    // Keep the cut bytes beside the database, then cut the tail so new
    // appends are readable on the next open.
    auto aside = opts_.path;
    aside += ".corrupt-" + std::to_string(pos);
    {
      std::ofstream out(aside, std::ios::binary | std::ios::trunc);
      out.write(base + pos, static_cast<std::streamsize>(size - pos));
      out.flush();
      if (!out)
        return std::unexpected(
            Error::io(std::make_error_code(std::errc::io_error), "cannot save the torn tail to " + aside.string()));
    }
    if (auto t = opts_.env->truncate(journal_->fd(), pos); !t) return t;
    if (auto s = opts_.env->datasync(journal_->fd()); !s) return s;
    break;
  }
  journal_->set_end(pos);
  return {};
}

Result<void> Engine::apply(const FrameView& f, bool /*at_open*/) {
  auto rec = decode_payload(f.payload, f.payload_offset());
  if (!rec) return std::unexpected(rec.error());
  const std::uint64_t loc = f.payload_offset();
  const std::uint64_t bytes = f.end() - f.start;
  if (loc > HashIndex::kMaxOffset)
    return std::unexpected(Error::corrupted(f.start, "journal larger than this engine's 1 TiB limit"));
  std::unique_lock ns_lock(ns_mu_);
  switch (rec->kind) {
    case format::Kind::Insert: {
      Keyspace& ks = space_for_id(rec->ns);
      ns_lock.unlock();
      index_insert(ks, rec->key, loc, bytes);
      break;
    }
    case format::Kind::Remove: {
      Keyspace& ks = space_for_id(rec->ns);
      ns_lock.unlock();
      index_erase(ks, rec->key);
      break;
    }
    case format::Kind::NamespaceName: {
      Keyspace& ks = space_for_id(rec->ns);
      if (!ks.name.empty()) names_.erase(ks.name);
      ks.name = std::string(rec->key);
      names_[ks.name] = ks.id;
      structure_bytes_.fetch_add(bytes, std::memory_order_relaxed);
      break;
    }
  }
  return {};
}

// ---------------------------------------------------------------------------
// Record access

Engine::Located Engine::locate(const char* base, std::uint64_t loc) noexcept {
  // Insert payload: tag | ns u32 | key_len u32 | key | val_len u32 | value | expires_at u64
  const char* p = base + loc + 1 + 4;
  const std::uint32_t klen = load_u32(p);
  const char* key = p + 4;
  const std::uint32_t vlen = load_u32(key + klen);
  const char* val = key + klen + 4;
  return Located{std::string_view(key, klen), std::string_view(val, vlen), load_u64(val + vlen)};
}

std::uint64_t Engine::frame_bytes_at(const char* base, std::uint64_t loc) noexcept {
  return format::kFrameOverhead + load_u32(base + loc - 4);
}

void Engine::index_insert(Keyspace& ks, std::string_view key, std::uint64_t loc, std::uint64_t frame_bytes) {
  const std::uint64_t h = hash_key(key);
  auto& sh = ks.index.shard(h);
  std::unique_lock lk(sh.mu);
  const char* base = journal_->data();
  const std::uint64_t old = HashIndex::upsert(sh, h, loc, [&](std::uint64_t l) { return locate(base, l).key == key; });
  std::uint64_t live = ks.live_bytes.load(std::memory_order_relaxed) + frame_bytes;
  if (old) live -= frame_bytes_at(base, old);
  ks.live_bytes.store(live, std::memory_order_relaxed);
}

std::uint64_t Engine::index_erase(Keyspace& ks, std::string_view key) {
  const std::uint64_t h = hash_key(key);
  auto& sh = ks.index.shard(h);
  std::unique_lock lk(sh.mu);
  const char* base = journal_->data();
  const std::uint64_t old = HashIndex::erase(sh, h, [&](std::uint64_t l) { return locate(base, l).key == key; });
  if (old) ks.live_bytes.fetch_sub(frame_bytes_at(base, old), std::memory_order_relaxed);
  return old;
}

Result<void> Engine::writable() const {
  if (opts_.read_only) return std::unexpected(read_only_error());
  return {};
}

std::uint64_t Engine::default_expiry() const {
  return opts_.default_ttl ? now_ms() + static_cast<std::uint64_t>(opts_.default_ttl->count()) : 0;
}

std::uint64_t Engine::expiry_for(const Ttl& ttl) const {
  switch (ttl.kind()) {
    case Ttl::Kind::None: return 0;
    case Ttl::Kind::Default: return default_expiry();
    case Ttl::Kind::After: return now_ms() + ttl.value();
    case Ttl::Kind::At: return ttl.value();
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Key/value operations

Result<void> Engine::put(Keyspace& ks, std::string_view key, std::string_view value, std::uint64_t expires_at) {
  if (auto w = writable(); !w) return w;
  const Record rec{format::Kind::Insert, ks.id, key, value, expires_at};
  if (1 + body_size(rec) > format::kMaxPayload) return std::unexpected(too_large(1 + body_size(rec)));
  thread_local std::string buf;
  buf.clear();
  append_plain_frame(buf, rec);
  std::lock_guard w(write_mu_);
  auto at = journal_->append(buf);
  if (!at) return std::unexpected(at.error());
  index_insert(ks, key, *at + format::kFrameHeaderSize, buf.size());
  return {};
}

Result<void> Engine::put_many(Keyspace& ks, std::span<const std::pair<std::string_view, std::string_view>> items,
                              std::uint64_t expires_at) {
  if (auto w = writable(); !w) return w;
  std::string buf;
  std::vector<std::uint64_t> ends;
  ends.reserve(items.size());
  for (const auto& [k, v] : items) {
    const Record rec{format::Kind::Insert, ks.id, k, v, expires_at};
    if (1 + body_size(rec) > format::kMaxPayload) return std::unexpected(too_large(1 + body_size(rec)));
    append_plain_frame(buf, rec);
    ends.push_back(buf.size());
  }
  std::lock_guard w(write_mu_);
  auto at = journal_->append(buf);
  if (!at) return std::unexpected(at.error());
  std::uint64_t start = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    index_insert(ks, items[i].first, *at + start + format::kFrameHeaderSize, ends[i] - start);
    start = ends[i];
  }
  return {};
}

Result<std::optional<std::string>> Engine::get(const Keyspace& ks, std::string_view key) const {
  const std::uint64_t h = hash_key(key);
  const auto& sh = ks.index.shard(h);
  std::shared_lock lk(sh.mu);
  const char* base = journal_->data();
  const std::uint64_t loc = HashIndex::find(sh, h, [&](std::uint64_t l) { return locate(base, l).key == key; });
  if (!loc) return std::nullopt;
  const Located r = locate(base, loc);
  if (expired(r.expires_at)) return std::nullopt;
  return std::string(r.value);
}

Result<std::optional<ValueRef>> Engine::get_ref(const Keyspace& ks, std::string_view key) const {
  const std::uint64_t h = hash_key(key);
  const auto& sh = ks.index.shard(h);
  std::shared_lock lk(sh.mu);
  const char* base = journal_->data();
  const std::uint64_t loc = HashIndex::find(sh, h, [&](std::uint64_t l) { return locate(base, l).key == key; });
  if (!loc) return std::nullopt;
  const Located r = locate(base, loc);
  if (expired(r.expires_at)) return std::nullopt;
  return ValueRef(journal_, r.value);
}

Result<bool> Engine::contains(const Keyspace& ks, std::string_view key) const {
  const std::uint64_t h = hash_key(key);
  const auto& sh = ks.index.shard(h);
  std::shared_lock lk(sh.mu);
  const char* base = journal_->data();
  const std::uint64_t loc = HashIndex::find(sh, h, [&](std::uint64_t l) { return locate(base, l).key == key; });
  return loc != 0 && !expired(locate(base, loc).expires_at);
}

Result<std::optional<std::string>> Engine::remove(Keyspace& ks, std::string_view key) {
  if (auto w = writable(); !w) return std::unexpected(w.error());
  std::lock_guard w(write_mu_);
  std::optional<std::string> prior;
  {
    const std::uint64_t h = hash_key(key);
    const auto& sh = ks.index.shard(h);
    std::shared_lock lk(sh.mu);
    const char* base = journal_->data();
    const std::uint64_t loc = HashIndex::find(sh, h, [&](std::uint64_t l) { return locate(base, l).key == key; });
    if (!loc) return std::nullopt;
    const Located r = locate(base, loc);
    if (!expired(r.expires_at)) prior = std::string(r.value);
  }
  std::string buf;
  append_plain_frame(buf, Record{format::Kind::Remove, ks.id, key, {}, 0});
  auto at = journal_->append(buf);
  if (!at) return std::unexpected(at.error());
  index_erase(ks, key);
  return prior;
}

Result<void> Engine::clear(Keyspace& ks) {
  if (auto w = writable(); !w) return w;
  std::lock_guard w(write_mu_);
  // One Remove per key, written as one batch, so emdb 0.9 reads the clear too.
  std::string buf;
  const char* base = journal_->data();
  for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
    auto& sh = ks.index.shard_at(i);
    std::shared_lock lk(sh.mu);
    HashIndex::for_each(sh, [&](std::uint64_t loc) {
      append_plain_frame(buf, Record{format::Kind::Remove, ks.id, locate(base, loc).key, {}, 0});
    });
  }
  if (buf.empty()) return {};
  auto at = journal_->append(buf);
  if (!at) return std::unexpected(at.error());
  for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
    auto& sh = ks.index.shard_at(i);
    std::unique_lock lk(sh.mu);
    HashIndex::clear(sh);
  }
  ks.live_bytes.store(0, std::memory_order_relaxed);
  return {};
}

Result<std::unique_ptr<Source<Entry>>> Engine::entries(const Keyspace& ks) const {
  std::vector<std::uint64_t> locs;
  std::shared_ptr<Journal> journal;
  {
    std::lock_guard lk(journal_mu_);
    journal = journal_;
  }
  for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
    const auto& sh = ks.index.shard_at(i);
    std::shared_lock lk(sh.mu);
    if (journal_ != journal) return std::unexpected(Error(ErrorCode::Io, "the database was compacted; try again"));
    HashIndex::for_each(sh, [&](std::uint64_t l) { locs.push_back(l); });
  }
  auto self = shared_from_this();
  return std::make_unique<SnapshotSource<Entry>>(self, journal, std::move(locs),
                                                 [self](const char* base, std::uint64_t loc, Entry& out) {
                                                   const Located r = locate(base, loc);
                                                   if (self->expired(r.expires_at)) return false;
                                                   out.first.assign(r.key);
                                                   out.second.assign(r.value);
                                                   return true;
                                                 });
}

Result<std::unique_ptr<Source<std::string>>> Engine::keys(const Keyspace& ks) const {
  std::vector<std::uint64_t> locs;
  std::shared_ptr<Journal> journal;
  {
    std::lock_guard lk(journal_mu_);
    journal = journal_;
  }
  for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
    const auto& sh = ks.index.shard_at(i);
    std::shared_lock lk(sh.mu);
    if (journal_ != journal) return std::unexpected(Error(ErrorCode::Io, "the database was compacted; try again"));
    HashIndex::for_each(sh, [&](std::uint64_t l) { locs.push_back(l); });
  }
  auto self = shared_from_this();
  return std::make_unique<SnapshotSource<std::string>>(self, journal, std::move(locs),
                                                       [self](const char* base, std::uint64_t loc, std::string& out) {
                                                         const Located r = locate(base, loc);
                                                         if (self->expired(r.expires_at)) return false;
                                                         out.assign(r.key);
                                                         return true;
                                                       });
}

// ---------------------------------------------------------------------------
// Durability and figures

Result<void> Engine::flush() {
  if (opts_.read_only) return {};
  std::shared_ptr<Journal> j;
  {
    std::lock_guard lk(journal_mu_);
    j = journal_;
  }
  return j->sync();
}

std::uint64_t Engine::journal_syncs() const {
  std::lock_guard lk(journal_mu_);
  return journal_->sync_count();
}

Result<Stats> Engine::stats() const {
  Stats s;
  std::shared_ptr<Journal> j;
  {
    std::lock_guard lk(journal_mu_);
    j = journal_;
  }
  s.logical_size_bytes = j->end();
  if (!opts_.path.empty()) {
    auto size = j->file_size();
    if (!size) return std::unexpected(size.error());
    s.file_size_bytes = *size;
  } else {
    s.file_size_bytes = s.logical_size_bytes;
  }
  s.preallocated_bytes = s.file_size_bytes > s.logical_size_bytes ? s.file_size_bytes - s.logical_size_bytes : 0;
  s.range_scans_enabled = opts_.range_scans;
  s.encrypted = meta_.encrypted();
  std::shared_lock lk(ns_mu_);
  for (const auto& [id, ks] : spaces_) {
    if (id == format::kMarkerNamespace) continue;
    const std::size_t n = ks->index.size();
    const std::uint64_t bytes = ks->live_bytes.load(std::memory_order_relaxed);
    s.total_live_records += n;
    s.live_bytes += bytes;
    if (id == format::kDefaultNamespace) {
      s.live_records = n;
      s.namespaces[""] = NamespaceStats{n, bytes};
    } else if (!ks->name.empty()) {
      ++s.namespace_count;
      s.namespaces[ks->name] = NamespaceStats{n, bytes};
    }
  }
  const std::uint64_t kept = s.live_bytes + structure_bytes_.load(std::memory_order_relaxed);
  s.dead_bytes = s.logical_size_bytes > kept ? s.logical_size_bytes - kept : 0;
  s.first_bad_offset = first_bad_offset_;
  return s;
}

Result<std::size_t> Engine::refresh() {
  if (!opts_.read_only) return std::size_t{0};
  std::lock_guard w(write_mu_);
  auto size = journal_->refresh_size();
  if (!size) return std::unexpected(size.error());
  const std::uint64_t before = journal_->end();
  if (*size <= before) return std::size_t{0};
  std::size_t frames = 0;
  const char* base = journal_->data();
  std::uint64_t pos = before;
  for (;;) {
    FrameView f;
    if (check_frame(base, *size, pos, f) != FrameCheck::Valid) break;
    if (auto r = apply(f, false); !r) break;
    pos = f.end();
    ++frames;
  }
  journal_->set_end(pos);
  return frames;
}

}  // namespace emdb::detail
