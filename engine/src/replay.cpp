// Replay: reading the journal back into the indexes, frame by frame, with
// this engine's batches (current and earlier markers), emdb 0.9.7's name
// bindings, and the notes an integrity check reports (docs/FORMAT.md).
#include <algorithm>

#include "codec.hpp"
#include "engine.hpp"
#include "format.hpp"

namespace emdb::detail {
namespace {

// The markers of earlier versions of this engine (format.hpp).
constexpr std::string_view kLegacyBegin = "txn-begin";
constexpr std::string_view kLegacyEnd = "txn-end";
constexpr std::string_view kLegacyDrop = "drop";
constexpr std::size_t kMaxNotes = 1000;

std::string hex_of(std::string_view b) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : b) out += {digits[c >> 4], digits[c & 15]};
  return out;
}

// A namespace name as a note shows it: as text, or as hex when not UTF-8.
std::string shown_name(std::string_view name) {
  return is_utf8(name) ? "\"" + std::string(name) + "\"" : "0x" + hex_of(name);
}

}  // namespace

void Engine::note(std::uint64_t offset, std::string what) {
  if (notes_.size() < kMaxNotes) notes_.push_back(IntegrityNote{offset, std::move(what)});
}

void Engine::saw_space_id(std::uint32_t id) noexcept {
  if (id != format::kLegacyMarkerNamespace)
    next_space_id_ = std::max<std::uint64_t>(next_space_id_, std::uint64_t(id) + 1);
}

// Replay: the walk with each record, batch and note applied to the indexes.
class Engine::Applier final : public Engine::JournalVisitor {
 public:
  explicit Applier(Engine& e) : e_(e) {}
  void saw(std::uint32_t ns) override { e_.saw_space_id(ns); }
  Result<void> record(const Record& r, std::uint64_t loc, std::uint64_t bytes) override {
    return e_.apply(r, loc, bytes);
  }
  Result<void> batch(const PendingTx& tx) override { return e_.apply_batch(tx); }
  void torn(const PendingTx& tx) override { e_.leave_out_torn(tx); }
  void note(std::uint64_t at, std::string what) override { e_.note(at, std::move(what)); }

 private:
  Engine& e_;
};

Result<Engine::ReplayEnd> Engine::replay(std::uint64_t from, std::uint64_t size) {
  // Index lookups made while replaying check frames against the journal's
  // end: the frames being read count; the caller sets the real end after.
  if (journal_->end() < size) journal_->set_end(size);
  Applier applier(*this);
  return walk(journal_->data(), from, size, !opts_.read_only, applier, {});
}

Result<Engine::ReplayEnd> Engine::walk(const char* base, std::uint64_t from, std::uint64_t size, bool strict,
                                       JournalVisitor& v, const Progress& progress) const {
  constexpr std::uint64_t kProgressStep = 8u << 20;
  ReplayEnd out;
  std::uint64_t pos = from, reported = from;
  std::optional<PendingTx> pending;
  for (;;) {
    if (progress && pos - reported >= kProgressStep) {
      reported = pos;
      if (!progress(pos, size)) return std::unexpected(Error(ErrorCode::Cancelled, "cancelled"));
    }
    FrameView f;
    const FrameCheck c = check_frame(base, size, pos, f);
    if (c == FrameCheck::End) break;
    if (c == FrameCheck::Bad) {
      out.bad = pos;
      break;
    }
    std::string scratch;
    auto rec = decode(f.payload, f.payload_offset(), scratch);
    if (!rec) {
      // A frame whose checksum holds but whose payload does not decode (or
      // authenticate): a strict walk (a writable open) refuses, others stop here.
      if (strict) return std::unexpected(rec.error());
      out.bad = pos;
      break;
    }
    const std::uint64_t loc = f.payload_offset(), bytes = f.end() - f.start;
    if (loc > HashIndex::kMaxOffset)
      return std::unexpected(Error::corrupted(f.start, "journal larger than this engine's 1 TiB limit"));
    v.saw(rec->ns);
    pos = f.end();

    // A record of the open batch: the next frame with the CRC its marker names.
    if (pending && !pending->legacy) {
      if (pending->records.size() < pending->count &&
          frame_crc(base + f.start) == pending->crcs[pending->records.size()]) {
        Record r = *rec;
        if (!scratch.empty()) {  // keep the decrypted body the record views into
          const std::string& kept = pending->plaintexts.emplace_back(std::move(scratch));
          r = *decode_body(r.kind, kept, loc + 1);
        }
        pending->records.push_back({r, {loc, bytes}});
        if (pending->records.size() == pending->count) {
          if (auto a = v.batch(*pending); !a) return std::unexpected(a.error());
          pending.reset();
        }
        continue;
      }
      // Another frame before the batch is whole: a crash stopped the batch
      // and another writer went on. The batch is left out, this frame read.
      v.torn(*pending);
      pending.reset();
    }

    if (rec->kind == format::Kind::Remove && rec->ns == format::kDefaultNamespace && has_marker_magic(rec->key) &&
        rec->key.size() > format::kMarkerMagicSize) {
      const std::string_view k = rec->key;
      const char kind = k[format::kMarkerMagicSize];
      if (kind == format::kMarkerBegin && k.size() >= format::kMarkerBeginFixed) {
        const std::uint32_t count = load_u32(k.data() + format::kMarkerMagicSize + 9);
        if (count > 0 && k.size() == format::kMarkerBeginFixed + 4 * std::uint64_t(count)) {
          PendingTx tx;
          tx.start = f.start;
          tx.txid = load_u64(k.data() + format::kMarkerMagicSize + 1);
          tx.count = count;
          tx.crcs.resize(count);
          for (std::uint32_t i = 0; i < count; ++i) tx.crcs[i] = load_u32(k.data() + format::kMarkerBeginFixed + 4 * i);
          pending = std::move(tx);
          continue;
        }
      } else if (kind == format::kMarkerDrop && k.size() == format::kMarkerDropSize) {
        v.note(f.start, "a drop marker outside a batch (namespace id " +
                            std::to_string(load_u32(k.data() + format::kMarkerMagicSize + 1)) +
                            "): ignored, as emdb 0.9.7 ignores it");
        continue;
      }
      // Anything else with the magic is an ordinary removal (of a key that is not there).
    }

    // Markers of earlier versions of this engine, read as those versions did.
    const bool legacy = rec->ns == format::kLegacyMarkerNamespace && rec->kind == format::Kind::Insert;
    if (legacy && rec->key == kLegacyBegin && rec->value.size() == 12) {
      if (pending) v.torn(*pending);
      PendingTx tx;
      tx.start = f.start;
      tx.txid = load_u64(rec->value.data());
      tx.count = load_u32(rec->value.data() + 8);
      tx.legacy = true;
      pending = std::move(tx);
    } else if (legacy && rec->key == kLegacyEnd && rec->value.size() == 8) {
      if (pending && pending->txid == load_u64(rec->value.data()) && pending->records.size() == pending->count)
        if (auto a = v.batch(*pending); !a) return std::unexpected(a.error());
      pending.reset();
    } else if (pending && pending->records.size() < pending->count) {
      Record r = *rec;
      if (!scratch.empty()) {
        const std::string& kept = pending->plaintexts.emplace_back(std::move(scratch));
        r = *decode_body(r.kind, kept, loc + 1);
      }
      pending->records.push_back({r, {loc, bytes}});
    } else {
      pending.reset();  // a legacy batch without its end marker: left out
      if (legacy && rec->key == kLegacyDrop) {
        v.note(f.start, "a drop marker outside a batch: ignored, as emdb 0.9.7 ignores it");
        continue;
      }
      if (auto a = v.record(*rec, loc, bytes); !a) return std::unexpected(a.error());
    }
  }
  if (pending) out.tx_start = pending->start;
  out.end = pos;
  return out;
}

std::optional<std::uint32_t> Engine::dropped_by(const Record& r) {
  if (r.kind == format::Kind::Remove && r.ns == format::kDefaultNamespace && r.key.size() == format::kMarkerDropSize &&
      has_marker_magic(r.key) && r.key[format::kMarkerMagicSize] == format::kMarkerDrop)
    return load_u32(r.key.data() + format::kMarkerMagicSize + 1);
  if (r.kind == format::Kind::Insert && r.ns == format::kLegacyMarkerNamespace && r.key == kLegacyDrop &&
      r.value.size() == 4)
    return load_u32(r.value.data());
  return std::nullopt;
}

Result<void> Engine::apply_batch(const PendingTx& tx) {
  std::vector<std::uint32_t> dropped;
  for (const auto& [r, where] : tx.records) {
    if (const auto drop = dropped_by(r)) {
      if (*drop == format::kDefaultNamespace)
        note(where.first - format::kFrameHeaderSize, "a drop marker for the default namespace: ignored");
      else
        dropped.push_back(*drop);
      continue;
    }
    if (auto a = apply(r, where.first, where.second); !a) return a;
  }
  for (std::uint32_t id : dropped)
    if (Space* s = space_if(id)) forget_space(*s);
  return {};
}

void Engine::leave_out_torn(const PendingTx& tx) {
  note(tx.start, "a batch of " + std::to_string(tx.count) + " records stops after " +
                     std::to_string(tx.records.size()) +
                     " of them, with other writes after it (a crash during the batch): its records are left out");
  if (tx.legacy) return;
  for (const auto& [r, where] : tx.records)
    if (r.kind != format::Kind::NamespaceName && !(r.ns == format::kDefaultNamespace && has_marker_magic(r.key)))
      torn_keys_[{r.ns, std::string(r.key)}] = tx.start;
}

Result<void> Engine::restore_torn_keys() {
  if (torn_keys_.empty()) return {};
  std::vector<Op> ops;
  std::uint64_t first = UINT64_MAX;
  for (const auto& [id_key, start] : torn_keys_) {
    const auto& [id, key] = id_key;
    first = std::min(first, start);
    Op op{id, key, std::nullopt, 0};
    if (Space* s = space_if(id)) {  // what this engine reads (an expired record reads as none)
      auto value = get(*s, key);
      if (!value) return std::unexpected(value.error());
      if (*value) {
        auto expiry = expiry_of(*s, key);
        if (!expiry) return std::unexpected(expiry.error());
        op.value = std::move(**value);
        op.expires_at = expiry->value_or(0);
      }
    }
    ops.push_back(std::move(op));
  }
  const std::size_t n = ops.size();
  torn_keys_.clear();
  if (auto c = commit(std::move(ops)); !c) return c;
  note(first, "rewrote " + std::to_string(n) +
                  " keys that incomplete batches had changed, so emdb 0.9.7 reads them as this engine does");
  return {};
}

Result<void> Engine::apply(const Record& rec, std::uint64_t loc, std::uint64_t bytes) {
  if (!torn_keys_.empty() && rec.kind != format::Kind::NamespaceName) torn_keys_.erase({rec.ns, std::string(rec.key)});
  switch (rec.kind) {
    case format::Kind::Insert: {
      if (rec.ns == format::kLegacyMarkerNamespace) return {};
      std::unique_lock ns_lock(ns_mu_);
      Space& s = space_for_id(rec.ns);
      ns_lock.unlock();
      index_insert(s, rec.key, loc, bytes, rec.expires_at);
      return {};
    }
    case format::Kind::Remove:
      if (Space* s = space_if(rec.ns)) index_erase(*s, rec.key);
      return {};
    case format::Kind::NamespaceName: {
      const std::uint64_t at = loc - format::kFrameHeaderSize;
      structure_bytes_.fetch_add(bytes, std::memory_order_relaxed);
      if (rec.key.empty()) {
        note(at, "an empty namespace name for id " + std::to_string(rec.ns) +
                     ": not listed here (emdb 0.9.7 lists a namespace named \"\")");
        return {};
      }
      if (rec.ns == format::kLegacyMarkerNamespace) {
        note(at,
             "the name " + shown_name(rec.key) + " is bound to the marker namespace of earlier versions: not listed");
        return {};
      }
      if (!is_utf8(rec.key))
        note(at, "the namespace name " + shown_name(rec.key) + " is not UTF-8: emdb 0.9.7 refuses to open this file");
      if (rec.ns == format::kDefaultNamespace)
        note(at, "the name " + shown_name(rec.key) +
                     " is bound to the default namespace (id 0): it shows the default namespace's records, as in emdb "
                     "0.9.7 (which gives id 0 to a new namespace after an earlier version's markers)");
      std::unique_lock ns_lock(ns_mu_);
      for (const auto& [other, id] : names_)
        if (id == rec.ns && other != rec.key) {
          note(at, "namespace id " + std::to_string(rec.ns) + " has two names, " + shown_name(other) + " and " +
                       shown_name(rec.key) + ": both show the same records, as in emdb 0.9.7");
          break;
        }
      Space& s = space_for_id(rec.ns);
      revive_space(s);
      names_[std::string(rec.key)] = s.id;
      return {};
    }
  }
  return {};
}

}  // namespace emdb::detail
