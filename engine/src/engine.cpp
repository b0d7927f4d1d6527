#include "engine.hpp"


#include <algorithm>
#include <cstring>
#include <fstream>

#include "codec.hpp"
#include "format.hpp"
#include "paths.hpp"

namespace emdb::detail {
namespace {

std::uint64_t system_now_ms() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

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
  stop_checkpointer();
  if (journal_ && !opts_.read_only && !opts_.path.empty()) {
    // A checkpoint when the journal grew enough since the last (a failure
    // costs only the next open's time).
    if (opened_ && checkpoint_pays(false)) (void)checkpoint();
    // The file ends with its last frame again, as emdb 0.9 leaves it.
    // Values read without a copy hold the journal: only without them may its
    // views go first where they would stop the cut (Windows).
    if (journal_->sync()) (void)journal_->release_reserve(journal_.use_count() == 1);
  }
}

std::uint64_t Engine::now_ms() const { return opts_.clock ? opts_.clock() : system_now_ms(); }

Space& Engine::space_for_id(std::uint32_t id) {
  auto& slot = spaces_[id];
  if (!slot) {
    slot = std::make_unique<Space>(id);
    // Spaces that appear after the open's bulk build keep their order as they go.
    if (opts_.range_scans && default_ && default_->ordered) slot->ordered = make_ordered(*slot);
  }
  return *slot;
}

Space* Engine::space_if(std::uint32_t id) const {
  std::shared_lock lk(ns_mu_);
  auto it = spaces_.find(id);
  return it == spaces_.end() ? nullptr : it->second.get();
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
    auto j = Journal::open(opts_.env, *fd, 0, FlushPolicy::OnEachFlush, Access::ReadWrite);
    if (!j) return std::unexpected(j.error());
    journal_ = *j;
    meta_.created_at_ms = system_now_ms();
    if (auto e = setup_encryption(false); !e) return e;
    build_ordered_indexes();
    return {};
  }

  if (!opts_.read_only) {
    auto lock = LockFile::acquire(opts_.path);
    if (!lock) return std::unexpected(lock.error());
    lock_.emplace(std::move(*lock));
    // An encryption change a crash interrupted: finish or roll it back.
    if (auto r = recover_encryption_change(opts_.path, *opts_.env); !r) return r;
    // A replacement of the journal or its meta cut short (Windows).
    settle_replaced(opts_.path);
    settle_replaced(side_file(opts_.path, ".meta"));
    // What a compaction killed before its rename left behind.
    auto stale = opts_.path;
    stale += ".compact.tmp";
    std::error_code ec;
    std::filesystem::remove(stale, ec);
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
  if (lock_)  // a journal made just now: its own lock too
    if (auto l = lock_->lock_journal(); !l) {
      env.close(*fd);
      return l;
    }
  auto j = Journal::open(opts_.env, *fd, 0, opts_.flush_policy, opts_.read_only ? Access::Read : Access::ReadWrite);
  if (!j) return std::unexpected(j.error());
  journal_ = *j;
  auto size = journal_->file_size();
  if (!size) return std::unexpected(size.error());

  // Not an emdb journal at all: refuse before writing anything beside it.
  // (A journal whose first sector never reached the disk before a power loss
  // starts with zeros; its `.meta` says it is one.)
  {
    FrameView f;
    const char* why = nullptr;
    const char* base = journal_->data();
    const bool unwritten_start = have_meta && all_zero(base, std::min<std::uint64_t>(*size, 512));
    if (*size > 0 && check_frame(base, *size, 0, f, &why) == FrameCheck::Bad && !unwritten_start &&
        std::memcmp(base, "FSY\x01", std::min<std::uint64_t>(*size, 4)) != 0)
      return std::unexpected(Error(ErrorCode::MagicMismatch, opts_.path.string() + " is not an emdb database"));
  }

  if (auto e = setup_encryption(have_meta || *size > 0); !e) return e;

  std::uint64_t from = 0;
  if (opts_.use_hint)
    if (auto h = load_hint()) from = *h;
  replay_start_ = from;
  auto r = replay(from, *size);
  if (!r) return std::unexpected(r.error());
  std::uint64_t end = r->tx_start ? *r->tx_start : r->end;
  if (r->bad) {
    const char* base = journal_->data();
    const char* why = "bad frame";
    FrameView f;
    check_frame(base, *size, *r->bad, f, &why);
    // Damage followed by valid frames is corruption, unless a sector that
    // never reached the disk lies between (see torn_tail_at); otherwise it
    // is a torn tail from an interrupted write or a power loss.
    if (!torn_tail_at(base, *size, *r->bad)) {
      if (!opts_.read_only)
        return std::unexpected(Error::corrupted(*r->bad, std::string(why) +
                                                             " in the middle of the journal; open it read-only "
                                                             "to read the records before it"));
      first_bad_offset_ = *r->bad;
    }
  }
  journal_->set_end(end);
  if (!opts_.read_only && end < *size) {
    // A torn tail, a transaction whose end marker never made it, or space
    // reserved by a process that did not close the file: keep any bytes
    // aside and cut them, so new appends are readable on the next open.
    if (auto c = cut_tail(end, *size); !c) return c;
  }
  build_ordered_indexes();

  if (!opts_.read_only && !have_meta) {
    meta_.created_at_ms = system_now_ms();
    if (auto w = write_file_atomic(env, meta_file, encode_meta(meta_)); !w) return w;
  }
  if (!opts_.read_only)
    if (auto restored = restore_torn_keys(); !restored) return restored;
  opened_ = true;
  return {};
}

// Checks the key of an encrypted database, or sets up a new one's encryption.
Result<void> Engine::setup_encryption(bool exists) {
  if ((meta_.encrypted() || opts_.encryption) && !encryption_built()) return std::unexpected(no_encryption_error());
  if (meta_.encrypted()) {
    if (!opts_.encryption)
      return std::unexpected(
          Error(ErrorCode::EncryptionError, "the database is encrypted; open it with its key or passphrase"));
    auto key = key_for(*opts_.encryption, meta_);
    if (!key) return std::unexpected(key.error());
    if (auto c = check_key(meta_, *key); !c) return c;
    aead_.emplace(cipher_of(meta_), *key);  // the file's cipher, whatever the builder asked for
    return {};
  }
  if (!opts_.encryption) return {};
  if (exists)
    return std::unexpected(Error(ErrorCode::InvalidConfig,
                                 "the database is not encrypted: open it without a key, or encrypt it first "
                                 "(enable_encryption)"));
  auto key = init_encrypted_meta(meta_, *opts_.encryption, opts_.cipher);
  if (!key) return std::unexpected(key.error());
  aead_.emplace(opts_.cipher, *key);
  return {};
}

// Keeps [at, size) beside the database and cuts the journal there.
Result<void> Engine::cut_tail(std::uint64_t at, std::uint64_t size) {
  const char* base = journal_->data();
  if (!all_zero(base + at, size - at)) {
    auto aside = opts_.path;
    aside += ".corrupt-" + std::to_string(at);
    std::ofstream out(aside, std::ios::binary | std::ios::trunc);
    out.write(base + at, static_cast<std::streamsize>(size - at));
    out.flush();
    if (!out)
      return std::unexpected(
          Error::io(std::make_error_code(std::errc::io_error), "cannot save the torn tail to " + aside.string()));
  }
  if (auto t = journal_->cut(at, /*unmap=*/true); !t) return t;  // at open: nothing has read yet
  return opts_.env->datasync(journal_->fd());
}

namespace {

// A key to sort, with its first 16 bytes as two big-endian numbers (zero
// padded): most comparisons end on them, without touching the key's bytes.
struct SortItem {
  std::uint64_t hi, lo;
  std::string_view key;
  std::uint64_t entry;
};

std::uint64_t load_be(std::string_view k, std::size_t from) {
  std::uint64_t v = 0;
  for (std::size_t i = from; i < from + 8; ++i) v = v << 8 | (i < k.size() ? static_cast<unsigned char>(k[i]) : 0u);
  return v;
}

}  // namespace

std::string_view Engine::entry_key(const Space& s, std::uint64_t entry) const {
  const std::uint64_t loc = entry & HashIndex::kMaxOffset;
  if (!aead_) return locate(journal_->data(), journal_->end(), loc).key;
  PlainKeys::Entry e;
  return s.index.shard_at(std::size_t(entry >> 40) % HashIndex::kShards).plain.find(loc, e) ? e.key
                                                                                           : std::string_view();
}

std::unique_ptr<OrderedIndex> Engine::make_ordered(const Space& s) const {
  // Called with the ordered index's lock held, which the journal's swap
  // (compaction) and every change of the shards' PlainKeys also hold.
  return std::make_unique<OrderedIndex>([this, &s](std::uint64_t entry) { return entry_key(s, entry); });
}

Engine::Sorted Engine::sorted_entries(const Space& s) const {
  const char* base = journal_->data();
  std::vector<SortItem> items;
  items.reserve(s.index.size());
  for (std::size_t i = 0; i < HashIndex::kShards; ++i)
    HashIndex::for_each(s.index.shard_at(i), [&](std::uint64_t l) {
      const KeyInfo ki = key_info(s.index.shard_at(i), base, l);
      if (!ki.ok) return;  // damaged since a checkpoint indexed it: reads report it
      items.push_back(SortItem{load_be(ki.key, 0), load_be(ki.key, 8), ki.key, ordered_entry(l, i)});
    });
  // Equal padded prefixes fall back to the whole keys, which orders
  // "ab" before "ab\0" as bytes do.
  std::sort(items.begin(), items.end(), [](const SortItem& a, const SortItem& b) {
    if (a.hi != b.hi) return a.hi < b.hi;
    if (a.lo != b.lo) return a.lo < b.lo;
    return a.key < b.key;
  });
  Sorted out;
  out.keys.reserve(items.size());
  out.entries.reserve(items.size());
  for (const SortItem& it : items) {
    out.keys.push_back(it.key);
    out.entries.push_back(it.entry);
  }
  return out;
}

void Engine::build_ordered_indexes() {
  if (!opts_.range_scans) return;
  std::shared_lock ns(ns_mu_);
  for (auto& [id, sp] : spaces_) {
    if (sp->ordered) continue;  // from the checkpoint, and kept up by the replay after it
    const Sorted sorted = sorted_entries(*sp);
    auto ordered = make_ordered(*sp);
    ordered->assign_sorted(sorted.keys, sorted.entries);  // keys are unique: they come from the hash index
    sp->ordered = std::move(ordered);
    ++sorted_at_open_;
  }
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
  const std::uint64_t now_s = now_ms() / 1000;
  std::shared_lock lk(ns_mu_);
  std::map<std::uint32_t, NamespaceStats> per_id;
  for (const auto& [id, ks] : spaces_) {
    if (id == format::kLegacyMarkerNamespace) continue;
    NamespaceStats n;
    n.live_records = ks->index.size();
    n.live_bytes = ks->live_bytes.load(std::memory_order_relaxed);
    {
      std::lock_guard tl(ks->ttl_mu);
      for (auto it = ks->expiring.begin(); it != ks->expiring.end() && it->first < now_s; ++it) {
        n.expired_records += it->second.records;
        n.expired_bytes += it->second.bytes;
      }
    }
    n.live_bytes -= std::min(n.live_bytes, n.expired_bytes);
    s.total_live_records += n.live_records;
    s.live_bytes += n.live_bytes;
    s.expired_records += n.expired_records;
    s.expired_bytes += n.expired_bytes;
    per_id[id] = n;
  }
  s.live_records = per_id[format::kDefaultNamespace].live_records;
  s.namespaces[""] = per_id[format::kDefaultNamespace];
  // One entry a listed name (names bound to one id show the same figures).
  for (const auto& [name, id] : names_) {
    if (spaces_.at(id)->dropped.load(std::memory_order_relaxed)) continue;
    ++s.namespace_count;
    s.namespaces[name] = per_id[id];
  }
  const std::uint64_t kept = s.live_bytes + structure_bytes_.load(std::memory_order_relaxed);
  s.dead_bytes = s.logical_size_bytes > kept ? s.logical_size_bytes - kept : 0;
  s.first_bad_offset = first_bad_offset_;
  s.checkpoint_bytes = checkpoint_end_.load();
  return s;
}

Result<std::size_t> Engine::refresh() {
  if (!opts_.read_only) return std::size_t{0};
  std::lock_guard w(write_mu_);
  auto size = journal_->refresh_size();
  if (!size) return std::unexpected(size.error());
  const std::uint64_t before = journal_->end();
  if (*size <= before) return std::size_t{0};
  auto r = replay(before, *size);
  if (!r) return std::unexpected(r.error());
  // A transaction still being written is read on a later refresh, whole.
  const std::uint64_t end = r->tx_start ? *r->tx_start : r->end;
  journal_->set_end(end);
  std::size_t frames = 0;
  const char* base = journal_->data();
  for (std::uint64_t pos = before; pos < end; pos += format::kFrameOverhead + load_u32(base + pos + 4)) ++frames;
  return frames;
}

}  // namespace emdb::detail
