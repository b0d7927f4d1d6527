// checkpoint(): the hint file `P.hint`, a copy of the indexes that lets the
// next open skip replaying the journal it covers (and sorting its keys);
// sealed with the database's key when it is encrypted. Layout in docs/FORMAT.md.
#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

#include "codec.hpp"
#include "crc.hpp"
#include "engine.hpp"

namespace emdb::detail {
namespace {

constexpr char kHintMagic[8] = {'E', 'M', 'D', 'B', 'H', 'I', 'N', 'T'};
constexpr std::uint32_t kHintVersion = 4;
constexpr std::uint32_t kPlain = 0, kSealed = 1;  // how the body is stored: as is, or sealed with the database's key
constexpr std::uint32_t kHashXxh3 = 1;
constexpr std::size_t kSamples = 64;  // frames spread over the journal that a hint checks

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  bool u32(std::uint32_t& v) {
    return take(4, [&](const char* p) { v = load_u32(p); });
  }
  bool u64(std::uint64_t& v) {
    return take(8, [&](const char* p) { v = load_u64(p); });
  }
  bool bytes(std::size_t n, std::string_view& v) {
    return take(n, [&](const char* p) { v = {p, n}; });
  }
  bool done() const { return pos_ == b_.size(); }
  // Hands f the bytes not read yet; f moves the view past what it reads.
  template <class F>
  bool rest(F&& f) {
    std::string_view v = b_.substr(pos_);
    if (!f(v)) return false;
    pos_ = b_.size() - v.size();
    return true;
  }

 private:
  template <class F>
  bool take(std::size_t n, F&& f) {
    if (b_.size() - pos_ < n) return false;
    f(b_.data() + pos_);
    pos_ += n;
    return true;
  }
  std::string_view b_;
  std::size_t pos_ = 0;
};

std::uint32_t stored_crc(const char* base, const FrameView& f) { return load_u32(base + f.end() - 4); }

// SplitMix64's finaliser: sums of it over two sets of entries agree when the
// sets do (and almost never otherwise).
std::uint64_t mix(std::uint64_t x) noexcept {
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

}  // namespace

Result<void> Engine::checkpoint(bool background) {
  if (auto w = writable(); !w) return w;
  if (opts_.path.empty()) return {};
  std::lock_guard w(write_mu_);
  if (auto s = journal_->sync(); !s) return s;
  const std::uint64_t end = journal_->end();
  const char* base = journal_->data();

  std::string out;
  put_u32(out, kHashXxh3);
  put_u64(out, end);
  // The first and last frames, and frames spread over the journal between
  // them, identify the journal the hint was made from (a journal another
  // program rewrote, by compacting it, differs in some of them).
  std::uint64_t last = 0;
  std::uint32_t first_crc = 0, last_crc = 0;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> samples;
  if (end > 0) {
    FrameView f;
    check_frame(base, end, 0, f);
    first_crc = stored_crc(base, f);
    std::uint64_t next_sample = end / kSamples;
    for (std::uint64_t pos = 0; pos < end;) {  // walk headers only: cheap next to a replay
      last = pos;
      const std::uint64_t frame_end = pos + format::kFrameOverhead + load_u32(base + pos + 4);
      if (pos >= next_sample && samples.size() < kSamples) {
        samples.emplace_back(pos, load_u32(base + frame_end - 4));
        next_sample = end / kSamples * (samples.size() + 1);
      }
      pos = frame_end;
    }
    check_frame(base, end, last, f);
    last_crc = stored_crc(base, f);
  }
  put_u64(out, last);
  put_u32(out, first_crc);
  put_u32(out, last_crc);
  put_u64(out, meta_.created_at_ms);
  put_u64(out, structure_bytes_.load());
  put_u32(out, static_cast<std::uint32_t>(samples.size()));
  for (const auto& [at, crc] : samples) {
    put_u64(out, at);
    put_u32(out, crc);
  }
  std::shared_lock ns(ns_mu_);
  put_u64(out, next_space_id_);
  put_u32(out, static_cast<std::uint32_t>(names_.size()));
  for (const auto& [name, id] : names_) {
    put_u32(out, id);
    put_u32(out, static_cast<std::uint32_t>(name.size()));
    out.append(name);
  }
  put_u32(out, static_cast<std::uint32_t>(spaces_.size()));
  bool ordered = opts_.range_scans;
  for (const auto& [id, ks] : spaces_) {
    ordered = ordered && ks->ordered;
    put_u32(out, id);
    put_u32(out, ks->dropped.load() ? 1 : 0);
    put_u64(out, ks->live_bytes.load());
    {
      std::lock_guard tl(ks->ttl_mu);
      put_u32(out, static_cast<std::uint32_t>(ks->expiring.size()));
      for (const auto& [second, e] : ks->expiring) {
        put_u64(out, second);
        put_u64(out, e.records);
        put_u64(out, e.bytes);
      }
    }
    for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
      const auto& sh = ks->index.shard_at(i);
      std::shared_lock lk(sh.mu);
      put_u64(out, sh.count);
      put_u64(out, sh.table.size());
      out.append(reinterpret_cast<const char*>(sh.table.data()), sh.table.size() * sizeof(std::uint64_t));
      // Sealed below: the keys and expiries the journal holds encrypted.
      if (aead_) sh.plain.save(out);
    }
  }
  // The order, so that an open with range scans sorts nothing: from the
  // ordered indexes, or sorted now when asked to (never while writers wait
  // in the background).
  const bool sort_now = !ordered && opts_.checkpoint_order && !background;
  put_u32(out, ordered || sort_now ? 1 : 0);
  // Each namespace's entries, then the first key of every kFill of them (the
  // blocks an open rebuilds, which then reads no key from the journal).
  constexpr std::size_t kPer = OrderedIndex::kFill;
  if (ordered || sort_now) put_u32(out, std::uint32_t(kPer));
  std::vector<std::string> firsts;
  auto put_firsts = [&] {
    for (const auto& k : firsts) {
      put_u32(out, static_cast<std::uint32_t>(k.size()));
      out.append(k);
    }
    firsts.clear();
  };
  if (ordered)
    for (const auto& [id, ks] : spaces_) {
      std::shared_lock lk(ks->ordered->mu);
      put_u64(out, ks->ordered->size());
      std::size_t i = 0;
      ks->ordered->for_each([&](std::uint64_t e) {
        put_u64(out, e);
        if (i++ % kPer == 0) firsts.emplace_back(entry_key(*ks, e));
      });
      put_firsts();
    }
  if (sort_now)
    for (const auto& [id, ks] : spaces_) {  // no writer runs: the writer lock is held
      const Sorted sorted = sorted_entries(*ks);
      put_u64(out, sorted.entries.size());
      for (std::uint64_t e : sorted.entries) put_u64(out, e);
      for (std::size_t i = 0; i < sorted.keys.size(); i += kPer) firsts.emplace_back(sorted.keys[i]);
      put_firsts();
    }
  ns.unlock();

  std::string file(kHintMagic, sizeof kHintMagic);
  put_u32(file, kHintVersion);
  put_u32(file, aead_ ? kSealed : kPlain);
  if (aead_) {
    // A fresh nonce each time; the sealed body names the journal it covers.
    std::array<std::uint8_t, format::kNonceSize> nonce;
    random_bytes(nonce.data(), nonce.size());
    auto sealer = aead_->sealer(nonce);
    if (!sealer) return std::unexpected(sealer.error());
    file.reserve(file.size() + nonce.size() + out.size() + format::kAeadTagSize + 4);
    file.append(reinterpret_cast<const char*>(nonce.data()), nonce.size());
    constexpr std::size_t kPiece = std::size_t(1) << 20;
    for (std::size_t at = 0; at < out.size(); at += kPiece)
      if (auto u = sealer->update(std::string_view(out).substr(at, kPiece), file); !u) return u;
    if (auto f = sealer->finish(file); !f) return f;
  } else {
    file.append(out);
  }
  out = {};
  put_u32(file, crc32c(0, file.data(), file.size()));
  if (auto written = write_file_atomic(*opts_.env, hint_path(), file); !written) return written;
  checkpoint_end_.store(end);
  checkpoint_ordered_.store(ordered || sort_now);
  return {};
}

// Loads `P.hint` when it matches the journal; returns the offset the replay
// continues from. Any mismatch: an error, and the caller replays everything.
Result<std::uint64_t> Engine::load_hint() {
  auto none = [](const char* why) { return std::unexpected(Error(ErrorCode::Corrupted, why)); };
  Env& env = *opts_.env;
  auto fd = env.open(hint_path(), OpenMode::ReadOnly);
  if (!fd) return std::unexpected(fd.error());
  std::string data;
  auto size = env.size(*fd);
  if (size) {
    bool whole = false;
    data.resize_and_overwrite(*size, [&](char* p, std::size_t n) {
      auto got = env.read_at(*fd, p, n, 0);
      whole = got && *got == n;
      return n;
    });
    if (!whole) size = std::unexpected(Error(ErrorCode::Io, "short read"));
  }
  env.close(*fd);
  if (!size) return std::unexpected(size.error());
  constexpr std::size_t kHead = sizeof kHintMagic + 8;
  if (data.size() < kHead + 4 || std::memcmp(data.data(), kHintMagic, sizeof kHintMagic) != 0)
    return none("not a hint file");
  const std::size_t body_end = data.size() - 4;
  if (crc32c(0, data.data(), body_end) != load_u32(data.data() + body_end)) return none("hint checksum");
  const std::uint32_t version = load_u32(data.data() + sizeof kHintMagic);
  const std::uint32_t sealing = load_u32(data.data() + sizeof kHintMagic + 4);
  if (version != kHintVersion) return none("hint of another version");
  if (sealing != (aead_ ? kSealed : kPlain)) return none("hint sealed otherwise than the database");
  std::string_view body(data.data() + kHead, body_end - kHead);
  if (aead_) {
    // A wrong key or a changed byte fails authentication: replay instead.
    auto plain = aead_->open_in_place(std::span(data.data() + kHead, body_end - kHead));
    if (!plain) return none("hint authentication");
    body = *plain;
  }

  Reader r(body);
  std::uint32_t algo, first_crc, last_crc, nsamples, nnames, nspaces;
  std::uint64_t end, last, created, structure, next_id;
  if (!r.u32(algo) || algo != kHashXxh3 || !r.u64(end) || !r.u64(last) || !r.u32(first_crc) || !r.u32(last_crc) ||
      !r.u64(created) || !r.u64(structure) || !r.u32(nsamples) || nsamples > kSamples)
    return none("hint header");
  std::vector<std::pair<std::uint64_t, std::uint32_t>> samples(nsamples);
  for (auto& [at, crc] : samples)
    if (!r.u64(at) || !r.u32(crc)) return none("hint samples");
  if (!r.u64(next_id) || !r.u32(nnames)) return none("hint header");
  if (created != meta_.created_at_ms) return none("hint of another database");
  auto jsize = journal_->file_size();
  if (!jsize || *jsize < end) return none("journal shorter than the hint");
  const char* base = journal_->data();
  if (end > 0) {
    FrameView f;
    if (check_frame(base, *jsize, 0, f) != FrameCheck::Valid || stored_crc(base, f) != first_crc)
      return none("first frame differs");
    if (check_frame(base, *jsize, last, f) != FrameCheck::Valid || f.end() != end || stored_crc(base, f) != last_crc)
      return none("last frame differs");
    for (const auto& [at, crc] : samples)
      if (at >= end || check_frame(base, end, at, f) != FrameCheck::Valid || stored_crc(base, f) != crc)
        return none("a sampled frame differs");
  }
  // Keys may be read from the covered frames; the replay after moves the end on.
  if (journal_->end() < end) journal_->set_end(end);

  std::map<std::string, std::uint32_t, std::less<>> names;
  for (std::uint32_t i = 0; i < nnames; ++i) {
    std::uint32_t id, nlen;
    std::string_view name;
    if (!r.u32(id) || !r.u32(nlen) || !r.bytes(nlen, name)) return none("hint names");
    names[std::string(name)] = id;
  }
  if (!r.u32(nspaces)) return none("hint namespaces");
  struct Saved {
    std::uint32_t id;
    bool dropped;
    std::uint64_t live;
    std::uint64_t keys = 0;
    std::uint64_t fingerprint = 0;  // of its records' ordered entries
    std::map<std::uint64_t, Space::Expiring> expiring;
    std::array<std::pair<std::uint64_t, std::vector<std::uint64_t>>, HashIndex::kShards> shards;
    std::array<PlainKeys, HashIndex::kShards> plain;
    std::optional<std::vector<std::uint64_t>> order;  // entries in key order
    std::vector<std::string_view> firsts;             // the first key of each block of them
  };
  std::vector<Saved> spaces;  // grown as read: a count alone allocates nothing
  for (std::uint32_t s = 0; s < nspaces; ++s) {
    Saved& sp = spaces.emplace_back();
    std::uint32_t dropped, nbuckets;
    if (!r.u32(sp.id) || !r.u32(dropped) || dropped > 1 || !r.u64(sp.live) || !r.u32(nbuckets))
      return none("hint namespace");
    sp.dropped = dropped == 1;
    for (std::uint32_t b = 0; b < nbuckets; ++b) {
      std::uint64_t second;
      Space::Expiring e;
      if (!r.u64(second) || !r.u64(e.records) || !r.u64(e.bytes)) return none("hint expiries");
      sp.expiring[second] = e;
    }
    for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
      auto& [count, table] = sp.shards[i];
      std::uint64_t n;
      std::string_view raw;
      if (!r.u64(count) || !r.u64(n) || (n & (n - 1)) != 0 || n > (std::uint64_t(1) << 24) || count > n ||
          !r.bytes(n * 8, raw))
        return none("hint shard");
      table.resize(n);
      if (n) std::memcpy(table.data(), raw.data(), raw.size());
      std::uint64_t used = 0;
      for (std::uint64_t w : table) {  // every offset must point inside the covered journal, past a frame header
        if (!w) continue;
        ++used;
        const std::uint64_t loc = w & HashIndex::kMaxOffset;
        if (loc < format::kFrameHeaderSize || loc >= end) return none("hint offset");
        sp.fingerprint += mix(ordered_entry(loc, i));
      }
      if (used != count) return none("hint shard count");
      sp.keys += count;
      if (aead_ && (!r.rest([&](std::string_view& v) { return sp.plain[i].load(v, end); }) ||
                    sp.plain[i].size() != count))
        return none("hint keys");
    }
  }
  std::uint32_t order, per_block = 0;
  if (!r.u32(order) || order > 1) return none("hint order");
  if (order == 1 && (!r.u32(per_block) || per_block == 0 || per_block > OrderedIndex::kBlock))
    return none("hint order blocks");
  if (order == 1)
    for (auto& sp : spaces) {
      std::uint64_t n;
      std::string_view raw;
      if (!r.u64(n) || n != sp.keys || !r.bytes(n * 8, raw)) return none("hint order");
      const std::uint64_t blocks = (n + per_block - 1) / per_block;
      std::vector<std::string_view> firsts;
      for (std::uint64_t b = 0; b < blocks; ++b) {
        std::uint32_t klen;
        std::string_view key;
        if (!r.u32(klen) || !r.bytes(klen, key)) return none("hint order keys");
        if (opts_.range_scans) firsts.push_back(key);
      }
      if (!opts_.range_scans) continue;  // not read without range scans
      auto& entries = sp.order.emplace(n);
      if (n) std::memcpy(entries.data(), raw.data(), raw.size());
      // The entries name exactly the hash index's records.
      std::uint64_t fingerprint = 0;
      for (std::uint64_t e : entries) fingerprint += mix(e);
      if (fingerprint != sp.fingerprint) return none("hint order entries");
      sp.firsts = std::move(firsts);
    }
  if (!r.done()) return none("hint trailing bytes");
  for (const auto& [name, id] : names)  // every name binds a namespace the hint holds
    if (std::none_of(spaces.begin(), spaces.end(), [&](const Saved& sp) { return sp.id == id; }))
      return none("hint name without its namespace");

  std::unique_lock ns(ns_mu_);
  for (auto& sp : spaces) {
    Space& ks = space_for_id(sp.id);
    ks.dropped.store(sp.dropped);
    ks.live_bytes.store(sp.live);
    {
      std::lock_guard tl(ks.ttl_mu);
      ks.expiring = std::move(sp.expiring);
    }
    for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
      auto& sh = ks.index.shard_at(i);
      std::unique_lock lk(sh.mu);
      sh.count = sp.shards[i].first;
      sh.table = std::move(sp.shards[i].second);
      sh.plain = std::move(sp.plain[i]);
    }
    if (sp.order) {
      ks.ordered = make_ordered(ks);
      ks.ordered->assign(*sp.order, sp.firsts, per_block);
    }
  }
  names_ = std::move(names);
  next_space_id_ = next_id;
  structure_bytes_.store(structure);
  checkpoint_end_.store(end);
  checkpoint_ordered_.store(order == 1);
  return end;
}

// ---------------------------------------------------------------------------
// Checkpoints without being asked

bool Engine::checkpoint_pays(bool background) const {
  if (opts_.read_only || opts_.path.empty() || !opts_.auto_checkpoint) return false;
  std::shared_ptr<Journal> j;
  {
    std::lock_guard lk(journal_mu_);
    j = journal_;
  }
  if (!j) return false;
  const std::uint64_t end = j->end(), covered = checkpoint_end_.load();
  // A hint without the order makes every open with range scans sort: one
  // with it pays at once (the order is at hand, or asked for).
  if (!background && end > 0 && !checkpoint_ordered_.load() && (opts_.range_scans || opts_.checkpoint_order))
    return true;
  if (end <= covered) return false;
  const std::uint64_t uncovered = end - covered;
  // What the hint costs to write: its slots (8 bytes each) and a little per
  // shard, 8 bytes a key for the order; sealed, the keys and expiries too
  // (guessed at 72 bytes a key: 32-byte slots at most 75% full, the key).
  std::uint64_t hint = 64;
  {
    std::shared_lock ns(ns_mu_);
    const std::uint64_t per_key = (opts_.range_scans ? 8 : 0) + (aead_ ? 72 : 0);
    for (const auto& [id, sp] : spaces_)
      for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
        const auto& sh = sp->index.shard_at(i);
        std::shared_lock lk(sh.mu);
        hint += 16 + 8 * sh.table.size() + per_key * sh.count;
      }
  }
  constexpr std::uint64_t kMiB = 1 << 20;
  // In the background writers wait while it is written: only for a journal
  // that grew by far more than the hint (and at least 256 MiB, unless a test
  // says otherwise) since the last.
  if (background) return uncovered >= std::max<std::uint64_t>(opts_.background_checkpoint_min, 2 * hint);
  // At close and after compaction: a small hint always (a few ms); a large one
  // once replaying the new bytes would take longer than writing it (replay
  // reads and indexes each byte, a hint is one sequential write).
  return hint <= 4 * kMiB || uncovered >= hint / 2;
}

void Engine::note_growth() {
  if (checkpointer_started_ || opts_.read_only || opts_.path.empty() || !opts_.auto_checkpoint) return;
  if (journal_->end() - std::min(journal_->end(), checkpoint_end_.load()) < opts_.background_checkpoint_min) return;
  checkpointer_started_ = true;
  start_checkpointer();
}

void Engine::start_checkpointer() {
  checkpointer_ = std::thread([this] {
    std::unique_lock lk(checkpointer_mu_);
    while (!checkpointer_stop_) {
      checkpointer_cv_.wait_for(lk, std::chrono::seconds(1));
      if (checkpointer_stop_) break;
      lk.unlock();
      if (checkpoint_pays(true)) (void)checkpoint(true);  // a failure leaves the last checkpoint; the next try may succeed
      lk.lock();
    }
  });
}

void Engine::stop_checkpointer() {
  if (!checkpointer_.joinable()) return;
  {
    std::lock_guard lk(checkpointer_mu_);
    checkpointer_stop_ = true;
  }
  checkpointer_cv_.notify_all();
  checkpointer_.join();
}

}  // namespace emdb::detail
