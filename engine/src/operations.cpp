// The key/value operations of the engine: writes, point reads, iteration,
// ordered access and per-record TTL.
#include <algorithm>
#include <cstring>

#include "crc.hpp"
#include "engine.hpp"
#include "format.hpp"

namespace emdb::detail {
namespace {

Error read_only_error() { return Error(ErrorCode::ReadOnly, "the database was opened read-only"); }

Error no_range_scans() {
  return Error(ErrorCode::InvalidConfig, "ordered access needs the database opened with enable_range_scans(true)");
}

// Iterates a snapshot of record offsets, decoding one record per step.
template <class T>
class SnapshotSource final : public Source<T> {
 public:
  using Make = std::function<Result<bool>(const char*, std::uint64_t, T&)>;
  SnapshotSource(std::shared_ptr<const Engine> engine, std::shared_ptr<Journal> journal,
                 std::vector<std::uint64_t> locs, Make make)
      : engine_(std::move(engine)), journal_(std::move(journal)), locs_(std::move(locs)), make_(std::move(make)) {}
  bool next(T& out) override {
    while (!error_ && pos_ < locs_.size()) {
      auto r = make_(journal_->data(), locs_[pos_++], out);
      if (!r)
        error_ = r.error();
      else if (*r)
        return true;
    }
    return false;
  }
  Result<void> status() const override {
    if (error_) return std::unexpected(*error_);
    return {};
  }

 private:
  std::optional<Error> error_;
  std::shared_ptr<const Engine> engine_;
  std::shared_ptr<Journal> journal_;
  std::vector<std::uint64_t> locs_;
  std::size_t pos_ = 0;
  Make make_;
};

// Streams a key range in order: fetches keys from the ordered index in small
// batches (re-seeking after the last key seen), values from the hash index.
class RangeSource final : public Source<Entry> {
 public:
  RangeSource(std::shared_ptr<const Engine> e, const Space& s, KeyRange r)
      : engine_(std::move(e)), space_(s), range_(std::move(r)) {}

  bool next(Entry& out) override {
    for (;;) {
      if (pos_ == batch_.size() && !fetch()) return false;
      std::string& key = batch_[pos_++];
      auto v = engine_->get(space_, key);
      if (!v) {
        error_ = v.error();
        return false;
      }
      if (!*v) continue;  // removed or expired since the batch was taken
      out.first = std::move(key);
      out.second = std::move(**v);
      return true;
    }
  }
  Result<void> status() const override {
    if (error_) return std::unexpected(*error_);
    return {};
  }

 private:
  bool fetch() {
    if (done_) return false;
    batch_.clear();
    pos_ = 0;
    const OrderedIndex& ord = *space_.ordered;
    std::shared_lock lk(ord.mu);
    std::size_t from = 0;
    if (last_) {
      from = ord.upper_rank(*last_);
    } else {
      switch (range_.lower.kind()) {
        case Bound::Kind::Included: from = ord.lower_rank(range_.lower.key()); break;
        case Bound::Kind::Excluded: from = ord.upper_rank(range_.lower.key()); break;
        case Bound::Kind::Unbounded: from = 0; break;
      }
    }
    ord.copy_from(from, batch_size_, batch_);
    batch_size_ = std::min<std::size_t>(batch_size_ * 2, 1024);
    lk.unlock();
    if (batch_.size() == 0) done_ = true;
    // Cut the batch at the upper bound.
    const auto& up = range_.upper;
    auto past = [&](const std::string& k) {
      return (up.kind() == Bound::Kind::Included && k > up.key()) ||
             (up.kind() == Bound::Kind::Excluded && k >= up.key());
    };
    auto cut = std::find_if(batch_.begin(), batch_.end(), past);
    if (cut != batch_.end()) {
      batch_.erase(cut, batch_.end());
      done_ = true;
    }
    // Keys only ever move forward, so a stream always ends, even over an
    // ordered index that a forged checkpoint put out of order.
    if (last_) {
      std::erase_if(batch_, [&](const std::string& k) { return k <= *last_; });
      if (batch_.empty()) done_ = true;
    }
    if (!batch_.empty()) last_ = batch_.back();
    return !batch_.empty();
  }

  std::shared_ptr<const Engine> engine_;
  const Space& space_;
  KeyRange range_;
  std::vector<std::string> batch_;
  std::size_t pos_ = 0, batch_size_ = 16;
  std::optional<std::string> last_;
  bool done_ = false;
  std::optional<Error> error_;
};

}  // namespace

// ---------------------------------------------------------------------------
// Record access and index upkeep

Engine::Located Engine::locate(const char* base, std::uint64_t end, std::uint64_t loc) noexcept {
  // Insert payload: tag | ns u32 | key_len u32 | key | val_len u32 | value | expires_at u64
  constexpr std::uint64_t kFixed = 1 + format::kInsertFixed;
  if (loc < format::kFrameHeaderSize || loc > end) return Located{{}, {}, 0, false};
  const std::uint64_t len = load_u32(base + loc - 4);
  if (len < kFixed || loc + len + format::kFrameTrailerSize > end) return Located{{}, {}, 0, false};
  if ((static_cast<unsigned char>(base[loc]) & format::kTagKindMask) != std::uint8_t(format::Kind::Insert))
    return Located{{}, {}, 0, false};
  const char* p = base + loc + 1 + 4;
  const std::uint64_t klen = load_u32(p);
  if (klen > len - kFixed) return Located{{}, {}, 0, false};
  const char* key = p + 4;
  const std::uint64_t vlen = load_u32(key + klen);
  if (kFixed + klen + vlen != len) return Located{{}, {}, 0, false};
  const char* val = key + klen + 4;
  return Located{std::string_view(key, klen), std::string_view(val, vlen), load_u64(val + vlen), true};
}

bool Engine::checksum_holds(const char* base, std::uint64_t loc) noexcept {
  const std::uint32_t len = load_u32(base + loc - 4);
  return crc32c(0, base + loc - format::kFrameHeaderSize, format::kFrameHeaderSize + len) == load_u32(base + loc + len);
}

std::uint64_t Engine::frame_bytes_at(const char* base, std::uint64_t loc) noexcept {
  return format::kFrameOverhead + load_u32(base + loc - 4);
}

std::uint64_t Engine::find(const Space&, const HashIndex::Shard& sh, std::uint64_t h, std::string_view key) const {
  const char* base = journal_->data();
  if (!aead_) {
    const std::uint64_t end = journal_->end();
    return HashIndex::find(sh, h, [&](std::uint64_t l) {
      const Located r = locate(base, end, l);
      return r.ok && r.key == key;
    });
  }
  return HashIndex::find(sh, h, [&](std::uint64_t l) {
    PlainKeys::Entry e;
    return sh.plain.find(l, e) && e.key == key;
  });
}

Result<Record> Engine::decode(std::string_view payload, std::uint64_t offset, std::string& scratch) const {
  if (payload.empty() || !(static_cast<std::uint8_t>(payload[0]) & format::kTagEncrypted))
    return decode_payload(payload, offset);
  if (!aead_)
    return std::unexpected(Error(ErrorCode::EncryptionError, "an encrypted record in a database opened without a key"));
  const auto kind = static_cast<std::uint8_t>(payload[0]) & format::kTagKindMask;
  if (kind > static_cast<std::uint8_t>(format::Kind::NamespaceName))
    return std::unexpected(Error::corrupted(offset, "unknown record kind " + std::to_string(kind)));
  auto plain = aead_->open(payload.substr(1));
  if (!plain)
    // The key passed the `.meta` check: a record that does not authenticate
    // was changed after it was written.
    return std::unexpected(Error::corrupted(offset, "the record failed authentication (changed after it was written)"));
  scratch = std::move(*plain);
  return decode_body(static_cast<format::Kind>(kind), scratch, offset + 1);
}

Result<Record> Engine::decode_at(const char* base, std::uint64_t end, std::uint64_t loc, std::string& scratch) const {
  if (loc < format::kFrameHeaderSize || loc > end || loc + load_u32(base + loc - 4) + format::kFrameTrailerSize > end ||
      !checksum_holds(base, loc))
    return std::unexpected(Error::corrupted(loc - format::kFrameHeaderSize,
                                            "the record's frame was damaged after it was written (run a check)"));
  return decode(std::string_view(base + loc, load_u32(base + loc - 4)), loc, scratch);
}

Result<void> Engine::check_size(const Record& r, std::uint64_t streamed) const {
  // Inserts only: removing such a key (another program may have written it) is harmless.
  if (r.kind == format::Kind::Insert && r.ns == format::kDefaultNamespace && has_marker_magic(r.key))
    return std::unexpected(
        Error(ErrorCode::InvalidArgument,
              "keys of the default namespace that start with the 16 bytes ff 00 \"emdb-batch-v1\" 00 "
              "are reserved for the engine's batch markers"));
  const std::uint64_t n = 1 + body_size(r) + streamed + (aead_ ? format::kNonceSize + format::kAeadTagSize : 0);
  if (n > format::kMaxPayload)
    return std::unexpected(Error(ErrorCode::InvalidConfig,
                                 "a record of " + std::to_string(n) + " bytes exceeds the format's limit of 256 MiB"));
  return {};
}

Result<void> Engine::encode(std::string& out, const Record& r) const {
  return append_record(out, r, aead_ ? &*aead_ : nullptr);
}

// Calls f(record) for a key's record under its shard's shared lock, or
// f(nullptr) when the key is absent. Expired records are passed on. For
// encrypted databases the value is decrypted only when `need_value`.
template <class F>
auto Engine::with_record(const Space& s, std::string_view key, bool need_value, F&& f) const
    -> Result<std::invoke_result_t<F&, const Located*>> {
  const std::uint64_t h = hash_key(key);
  const auto& sh = s.index.shard(h);
  std::shared_lock lk(sh.mu);
  const std::uint64_t loc = find(s, sh, h, key);
  if (!loc) return f(static_cast<const Located*>(nullptr));
  const char* base = journal_->data();
  if (!aead_) {
    // find() matched the key, so the frame's shape holds; its value is read
    // only when its checksum does too.
    const Located r = locate(base, journal_->end(), loc);
    if (need_value && !checksum_holds(base, loc))
      return std::unexpected(Error::corrupted(loc - format::kFrameHeaderSize,
                                              "the record's frame was damaged after it was written (run a check)"));
    return f(&r);
  }
  const KeyInfo ki = key_info(sh, base, loc);
  Located r{ki.key, {}, ki.expires_at};
  std::string scratch;
  if (need_value && !expired(ki.expires_at)) {
    auto rec = decode_at(base, journal_->end(), loc, scratch);
    if (!rec) return std::unexpected(rec.error());
    r.value = rec->value;
  }
  return f(&r);
}

void Engine::index_insert(Space& s, std::string_view key, std::uint64_t loc, std::uint64_t frame_bytes,
                          std::uint64_t expires_at, bool shard_locked) {
  const std::uint64_t h = hash_key(key);
  auto& sh = s.index.shard(h);
  std::unique_lock lk(sh.mu, std::defer_lock);
  if (!shard_locked) lk.lock();
  // The ordered index reads the shard's PlainKeys under its own lock.
  std::unique_lock<SharedMutex> olk;
  if (s.ordered) olk = std::unique_lock(s.ordered->mu);
  const char* base = journal_->data();
  const std::uint64_t old = HashIndex::upsert(sh, h, loc, [&](std::uint64_t l) {
    const KeyInfo ki = key_info(sh, base, l);
    return ki.ok && ki.key == key;
  });
  std::uint64_t live = s.live_bytes.load(std::memory_order_relaxed) + frame_bytes;
  s.track_expiry(expires_at, frame_bytes, true);
  if (aead_) sh.plain.put(loc, key, expires_at);
  // The ordered entry follows the key to its new record (found while the
  // old one still names the key).
  if (s.ordered) s.ordered->upsert(key, ordered_entry(loc, HashIndex::shard_of(h)));
  if (old) {
    live -= frame_bytes_at(base, old);
    s.track_expiry(key_info(sh, base, old).expires_at, frame_bytes_at(base, old), false);
    if (aead_) sh.plain.erase(old);
  }
  s.live_bytes.store(live, std::memory_order_relaxed);
  if (s.dropped.load(std::memory_order_relaxed)) revive_space(s);
}

std::uint64_t Engine::index_erase(Space& s, std::string_view key, bool shard_locked) {
  const std::uint64_t h = hash_key(key);
  auto& sh = s.index.shard(h);
  std::unique_lock lk(sh.mu, std::defer_lock);
  if (!shard_locked) lk.lock();
  std::unique_lock<SharedMutex> olk;
  if (s.ordered) olk = std::unique_lock(s.ordered->mu);
  const char* base = journal_->data();
  const std::uint64_t old = HashIndex::erase(sh, h, [&](std::uint64_t l) {
    const KeyInfo ki = key_info(sh, base, l);
    return ki.ok && ki.key == key;
  });
  if (old) {
    s.live_bytes.fetch_sub(frame_bytes_at(base, old), std::memory_order_relaxed);
    s.track_expiry(key_info(sh, base, old).expires_at, frame_bytes_at(base, old), false);
    // Out of the ordered index while the key's bytes are still readable.
    if (s.ordered) s.ordered->erase(key);
    if (aead_) sh.plain.erase(old);
  }
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
// Writes

Result<void> Engine::put(Space& s, std::string_view key, std::string_view value, std::uint64_t expires_at) {
  if (auto w = writable(); !w) return w;
  const Record rec{format::Kind::Insert, s.id, key, value, expires_at};
  if (auto c = check_size(rec); !c) return c;
  thread_local std::string buf;
  buf.clear();
  if (auto e = encode(buf, rec); !e) return e;
  std::lock_guard w(write_mu_);
  auto at = journal_->append(buf);
  if (!at) return std::unexpected(at.error());
  index_insert(s, key, *at + format::kFrameHeaderSize, buf.size(), expires_at);
  note_growth();
  return {};
}

Result<void> Engine::put_many(Space& s, std::span<const std::pair<std::string_view, std::string_view>> items,
                              std::uint64_t expires_at) {
  if (auto w = writable(); !w) return w;
  if (items.empty()) return {};
  // One crash-atomic batch: after a crash, all of it or none.
  std::string body;
  std::vector<std::uint64_t> ends;
  ends.reserve(items.size());
  for (const auto& [k, v] : items) {
    const Record rec{format::Kind::Insert, s.id, k, v, expires_at};
    if (auto c = check_size(rec); !c) return c;
    if (auto e = encode(body, rec); !e) return e;
    ends.push_back(body.size());
  }
  std::lock_guard w(write_mu_);
  auto buf = batch_frames(body, items.size());
  if (!buf) return std::unexpected(buf.error());
  const std::uint64_t lead = buf->size() - body.size();
  body = {};
  auto at = journal_->append(*buf);
  if (!at) return std::unexpected(at.error());
  note_growth();
  std::uint64_t start = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    index_insert(s, items[i].first, *at + lead + start + format::kFrameHeaderSize, ends[i] - start, expires_at);
    start = ends[i];
  }
  return {};
}

Result<std::optional<std::string>> Engine::remove(Space& s, std::string_view key) {
  if (auto w = writable(); !w) return std::unexpected(w.error());
  std::lock_guard w(write_mu_);
  bool present = false;
  auto prior = with_record(s, key, true, [&](const Located* r) -> std::optional<std::string> {
    present = r != nullptr;
    if (!r || expired(r->expires_at)) return std::nullopt;
    return std::string(r->value);
  });
  if (!prior || !present) return prior;
  std::string buf;
  if (auto e = encode(buf, Record{format::Kind::Remove, s.id, key, {}, 0}); !e) return std::unexpected(e.error());
  auto at = journal_->append(buf);
  if (!at) return std::unexpected(at.error());
  index_erase(s, key);
  return prior;
}

std::vector<Op> Engine::removals(const Space& s, const std::function<bool(const KeyInfo&)>& which) const {
  std::vector<Op> ops;
  const char* base = journal_->data();
  for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
    const auto& sh = s.index.shard_at(i);
    std::shared_lock lk(sh.mu);
    HashIndex::for_each(sh, [&](std::uint64_t loc) {
      const KeyInfo ki = key_info(sh, base, loc);
      if (ki.ok && (!which || which(ki))) ops.push_back(Op{s.id, std::string(ki.key), std::nullopt, 0});
    });
  }
  return ops;
}

Result<void> Engine::clear(Space& s) {
  if (auto w = writable(); !w) return w;
  auto lock = lock_transactions();
  std::vector<Op> ops;
  {
    std::lock_guard w(write_mu_);  // a consistent list of keys
    ops = removals(s, {});
  }
  // One Remove per key, so emdb 0.9 reads the clear too; one transaction, so all or none.
  return commit(std::move(ops));
}

Result<bool> Engine::persist(Space& s, std::string_view key) {
  auto lock = lock_transactions();
  auto v = get(s, key);
  if (!v) return std::unexpected(v.error());
  if (!*v) return false;
  if (auto r = put(s, key, **v, 0); !r) return std::unexpected(r.error());
  return true;
}

// ---------------------------------------------------------------------------
// Reads

Result<std::optional<std::string>> Engine::get(const Space& s, std::string_view key) const {
  return with_record(s, key, true, [&](const Located* r) -> std::optional<std::string> {
    if (!r || expired(r->expires_at)) return std::nullopt;
    return std::string(r->value);
  });
}

Result<std::optional<ValueRef>> Engine::get_ref(const Space& s, std::string_view key) const {
  return with_record(s, key, true, [&](const Located* r) -> std::optional<ValueRef> {
    if (!r || expired(r->expires_at)) return std::nullopt;
    if (aead_) {  // decrypted bytes: the ValueRef owns them
      auto owned = std::make_shared<const std::string>(r->value);
      return ValueRef(owned, *owned);
    }
    return ValueRef(journal_, r->value);  // the ValueRef keeps the journal's mappings alive
  });
}

bool Engine::was_checked(std::uint64_t loc) const {
  std::lock_guard lk(checked_mu_);
  for (const Checked& c : checked_)
    if (c.loc == loc && c.journal.lock() == journal_) return true;
  return false;
}

void Engine::note_checked(std::uint64_t loc) const {
  std::lock_guard lk(checked_mu_);
  checked_.push_front(Checked{journal_, loc});
  if (checked_.size() > 8) checked_.pop_back();
}

Result<std::optional<ValuePart>> Engine::read_value(const Space& s, std::string_view key, std::uint64_t offset,
                                                    std::span<char> out) const {
  const std::uint64_t h = hash_key(key);
  const auto& sh = s.index.shard(h);
  std::shared_lock lk(sh.mu);  // the journal cannot be swapped meanwhile
  const std::uint64_t loc = find(s, sh, h, key);
  if (!loc) return std::nullopt;
  const char* base = journal_->data();
  const std::uint64_t end = journal_->end();
  auto damaged = [&] {
    return std::unexpected(Error::corrupted(loc - format::kFrameHeaderSize,
                                            "the record's frame was damaged after it was written (run a check)"));
  };
  auto past_end = [&](std::uint64_t size) {
    return std::unexpected(Error(ErrorCode::InvalidArgument, "offset " + std::to_string(offset) +
                                                                 " is past the end of a value of " +
                                                                 std::to_string(size) + " bytes"));
  };
  if (!aead_) {
    const Located r = locate(base, end, loc);
    if (!r.ok) return damaged();
    if (expired(r.expires_at)) return std::nullopt;
    if (!was_checked(loc)) {
      if (!checksum_holds(base, loc)) return damaged();
      note_checked(loc);
    }
    if (offset > r.value.size()) return past_end(r.value.size());
    const std::size_t n = std::min<std::uint64_t>(out.size(), r.value.size() - offset);
    if (n) std::memcpy(out.data(), r.value.data() + offset, n);  // `out` may be empty, its data() null
    return ValuePart{r.value.size(), n};
  }
  const KeyInfo ki = key_info(sh, base, loc);
  if (expired(ki.expires_at)) return std::nullopt;
  // Encrypted Insert: tag | nonce | seal(ns u32 | key_len u32 | key | val_len u32 | value | expires_at u64) | aead tag
  const std::uint64_t len = loc >= format::kFrameHeaderSize && loc <= end ? load_u32(base + loc - 4) : 0;
  const std::uint64_t sealed_fixed = format::kNonceSize + format::kAeadTagSize + format::kInsertFixed;
  if (len < 1 + sealed_fixed + ki.key.size() || loc + len + format::kFrameTrailerSize > end) return damaged();
  const std::string_view sealed(base + loc + 1, len - 1);
  if (!was_checked(loc)) {
    if (!checksum_holds(base, loc)) return damaged();
    if (!aead_->authenticate(sealed))
      return std::unexpected(Error::corrupted(loc, "the record failed authentication (changed after it was written)"));
    note_checked(loc);
  }
  const std::uint64_t value_at = 4 + 4 + ki.key.size() + 4;  // in the plaintext
  const std::uint64_t size = len - 1 - sealed_fixed - ki.key.size();
  char stored_len[4];
  if (auto d = aead_->decrypt_range(sealed, value_at - 4, stored_len); !d) return std::unexpected(d.error());
  if (load_u32(stored_len) != size) return damaged();
  if (offset > size) return past_end(size);
  const std::size_t n = std::min<std::uint64_t>(out.size(), size - offset);
  if (auto d = aead_->decrypt_range(sealed, value_at + offset, out.first(n)); !d) return std::unexpected(d.error());
  return ValuePart{size, n};
}

Result<std::optional<RecordInfo>> Engine::info_of(const Space& s, std::string_view key) const {
  const std::uint64_t h = hash_key(key);
  const auto& sh = s.index.shard(h);
  std::shared_lock lk(sh.mu);
  const std::uint64_t loc = find(s, sh, h, key);
  if (!loc) return std::nullopt;
  const char* base = journal_->data();
  if (!aead_) {
    const Located r = locate(base, journal_->end(), loc);
    if (!r.ok || expired(r.expires_at)) return std::nullopt;
    return RecordInfo{r.value.size(), r.expires_at};
  }
  const KeyInfo ki = key_info(sh, base, loc);
  if (!ki.ok || expired(ki.expires_at)) return std::nullopt;
  // The sealed plaintext's length, less its fixed fields and the key.
  const std::uint64_t len = loc >= format::kFrameHeaderSize ? load_u32(base + loc - 4) : 0;
  const std::uint64_t fixed = 1 + format::kNonceSize + format::kAeadTagSize + format::kInsertFixed;
  if (len < fixed + ki.key.size()) return std::nullopt;
  return RecordInfo{len - fixed - ki.key.size(), ki.expires_at};
}

Result<bool> Engine::contains(const Space& s, std::string_view key) const {
  // Encrypted databases answer from the index: no decryption.
  return with_record(s, key, false, [&](const Located* r) { return r && !expired(r->expires_at); });
}

Result<std::optional<std::uint64_t>> Engine::expiry_of(const Space& s, std::string_view key) const {
  return with_record(s, key, false, [&](const Located* r) -> std::optional<std::uint64_t> {
    if (!r) return std::nullopt;
    return r->expires_at;
  });
}

namespace {

// Offsets of every record of a space, with the journal they point into.
template <class Journalp>
Result<std::vector<std::uint64_t>> snapshot(const Space& s, std::mutex& journal_mu, const Journalp& current,
                                            std::shared_ptr<Journal>& journal) {
  {
    std::lock_guard lk(journal_mu);
    journal = current;
  }
  std::vector<std::uint64_t> locs;
  for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
    const auto& sh = s.index.shard_at(i);
    std::shared_lock lk(sh.mu);
    if (current != journal) return std::unexpected(Error(ErrorCode::Io, "the database was compacted; try again"));
    HashIndex::for_each(sh, [&](std::uint64_t l) { locs.push_back(l); });
  }
  return locs;
}

}  // namespace

Result<std::unique_ptr<Source<Entry>>> Engine::entries(const Space& s) const {
  std::shared_ptr<Journal> journal;
  auto locs = snapshot(s, journal_mu_, journal_, journal);
  if (!locs) return std::unexpected(locs.error());
  auto self = shared_from_this();
  return std::make_unique<SnapshotSource<Entry>>(
      self, journal, std::move(*locs),
      [self, end = journal->end()](const char* base, std::uint64_t loc, Entry& out) -> Result<bool> {
        std::string scratch;
        auto r = self->decode_at(base, end, loc, scratch);
        if (!r) return std::unexpected(r.error());
        if (self->expired(r->expires_at)) return false;
        out.first.assign(r->key);
        out.second.assign(r->value);
        return true;
      });
}

Result<std::unique_ptr<Source<std::string>>> Engine::keys(const Space& s) const {
  std::shared_ptr<Journal> journal;
  auto locs = snapshot(s, journal_mu_, journal_, journal);
  if (!locs) return std::unexpected(locs.error());
  auto self = shared_from_this();
  return std::make_unique<SnapshotSource<std::string>>(
      self, journal, std::move(*locs),
      [self, end = journal->end()](const char* base, std::uint64_t loc, std::string& out) -> Result<bool> {
        std::string scratch;
        auto r = self->decode_at(base, end, loc, scratch);
        if (!r) return std::unexpected(r.error());
        if (self->expired(r->expires_at)) return false;
        out.assign(r->key);
        return true;
      });
}

Result<std::unique_ptr<Source<Entry>>> Engine::range(const Space& s, const KeyRange& r) const {
  if (!s.ordered) return std::unexpected(no_range_scans());
  return std::make_unique<RangeSource>(shared_from_this(), s, r);
}

Result<std::optional<std::string>> Engine::key_at(const Space& s, std::size_t position) const {
  if (!s.ordered) return std::unexpected(no_range_scans());
  std::shared_lock lk(s.ordered->mu);
  return s.ordered->at(position);
}

Result<std::size_t> Engine::position_of(const Space& s, std::string_view key) const {
  if (!s.ordered) return std::unexpected(no_range_scans());
  std::shared_lock lk(s.ordered->mu);
  return s.ordered->lower_rank(key);
}

}  // namespace emdb::detail
