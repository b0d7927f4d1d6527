// Crash-atomic batches (transactions, clear, drop, sweep) and namespaces.
//
// A batch is written as one append: a begin marker naming its record count
// and each record frame's CRC, then the records. Replay applies a batch only
// when all of its records follow the marker (docs/FORMAT.md).
#include <algorithm>
#include <iterator>

#include "engine.hpp"
#include "format.hpp"
#include "streamed_frame.hpp"

namespace emdb::detail {

std::string Engine::begin_marker(std::span<const std::uint32_t> crcs) {
  std::string key(format::kMarkerMagic, format::kMarkerMagicSize);
  key += format::kMarkerBegin;
  put_u64(key, next_txid_.fetch_add(1));
  put_u32(key, static_cast<std::uint32_t>(crcs.size()));
  key.reserve(key.size() + 4 * crcs.size());
  for (std::uint32_t crc : crcs) put_u32(key, crc);
  return key;
}

Result<std::string> Engine::batch_frames(std::string_view body, std::size_t count) {
  if (count > format::kMaxBatchRecords)
    return std::unexpected(Error(ErrorCode::InvalidConfig, "a batch of " + std::to_string(count) +
                                                               " records exceeds the format's limit of " +
                                                               std::to_string(format::kMaxBatchRecords)));
  std::vector<std::uint32_t> crcs;
  crcs.reserve(count);
  for (std::size_t pos = 0; pos < body.size(); pos += format::kFrameOverhead + load_u32(body.data() + pos + 4))
    crcs.push_back(frame_crc(body.data() + pos));
  const std::string key = begin_marker(crcs);
  std::string out;
  out.reserve(key.size() + 64 + body.size());
  if (auto e = encode(out, Record{format::Kind::Remove, format::kDefaultNamespace, key, {}, 0}); !e)
    return std::unexpected(e.error());
  out.append(body);
  return out;
}

Result<void> Engine::commit(std::vector<Op> ops) {
  if (auto w = writable(); !w) return w;
  if (ops.empty()) return {};
  if (ops.size() > format::kMaxBatchRecords)
    return std::unexpected(Error(ErrorCode::InvalidConfig, "a batch of " + std::to_string(ops.size()) +
                                                               " records exceeds the format's limit of " +
                                                               std::to_string(format::kMaxBatchRecords)));
  // Every record's frame: encoded into `body`, or streamed (its value is
  // read twice: once here for the begin marker's checksum, once to write it).
  std::string body;
  std::vector<std::uint32_t> crcs;
  std::vector<std::optional<StreamedFrame>> streamed(ops.size());
  std::vector<std::pair<std::uint64_t, std::uint64_t>> where;  // frame start after the marker, frame bytes
  crcs.reserve(ops.size());
  where.reserve(ops.size());
  std::uint64_t length = 0;  // of all record frames
  for (std::size_t i = 0; i < ops.size(); ++i) {
    const Op& op = ops[i];
    const Record rec{op.inserts() ? format::Kind::Insert : format::Kind::Remove, op.ns, op.key,
                     op.value ? std::string_view(*op.value) : std::string_view{}, op.expires_at};
    if (!op.marker)
      if (auto c = check_size(rec, op.source_size); !c) return c;
    if (op.source) {
      auto& f = streamed[i].emplace(op.ns, op.key, op.expires_at, op.source_size, op.source, aead_ ? &*aead_ : nullptr);
      auto crc = f.stream([](std::string_view) -> Result<void> { return {}; });
      if (!crc) return std::unexpected(crc.error());
      crcs.push_back(*crc);
      where.emplace_back(length, f.frame_bytes());
    } else {
      const std::size_t start = body.size();
      if (auto e = encode(body, rec); !e) return e;
      crcs.push_back(frame_crc(body.data() + start));
      where.emplace_back(length, body.size() - start);
    }
    length += where.back().second;
  }
  std::lock_guard w(write_mu_);
  std::string lead;
  if (auto e = encode(lead, Record{format::Kind::Remove, format::kDefaultNamespace, begin_marker(crcs), {}, 0}); !e)
    return e;
  const std::uint64_t marker_bytes = lead.size();
  Result<std::uint64_t> at = 0;
  if (std::none_of(streamed.begin(), streamed.end(), [](const auto& f) { return f.has_value(); })) {
    lead += body;
    body = {};
    at = journal_->append(lead);
  } else {
    at = journal_->append_stream(lead.size() + length, [&](const Journal::Sink& sink) -> Result<void> {
      if (auto s = sink(lead); !s) return s;
      std::size_t inline_at = 0;  // the next encoded frame in `body`
      for (std::size_t i = 0; i < ops.size(); ++i) {
        if (!streamed[i]) {
          if (auto s = sink(std::string_view(body).substr(inline_at, where[i].second)); !s) return s;
          inline_at += where[i].second;
          continue;
        }
        auto crc = streamed[i]->stream(sink);
        if (!crc) return std::unexpected(crc.error());
        if (*crc != crcs[i])
          return std::unexpected(Error(ErrorCode::Corrupted,
                                       "the source of a streamed value gave other bytes the second time it was read"));
      }
      return {};
    });
  }
  if (!at) return std::unexpected(at.error());
  note_growth();
  apply_batch(ops, *at + marker_bytes, where);
  return {};
}

void Engine::apply_batch(const std::vector<Op>& ops, std::uint64_t at,
                         const std::vector<std::pair<std::uint64_t, std::uint64_t>>& where) {
  // Readers see all of the batch or none of it: hold every shard of the
  // namespaces it touches while applying.
  std::vector<Space*> spaces;
  for (const auto& op : ops)
    if (!op.marker)
      if (Space* s = space_if(op.ns); s && std::find(spaces.begin(), spaces.end(), s) == spaces.end())
        spaces.push_back(s);
  std::sort(spaces.begin(), spaces.end(), [](Space* a, Space* b) { return a->id < b->id; });
  std::vector<std::unique_lock<SharedMutex>> locks;
  for (Space* s : spaces)
    for (std::size_t i = 0; i < HashIndex::kShards; ++i) locks.emplace_back(s->index.shard_at(i).mu);
  std::vector<std::uint32_t> dropped;
  for (std::size_t i = 0; i < ops.size(); ++i) {
    const Op& op = ops[i];
    if (op.marker) {
      if (op.key.size() == format::kMarkerDropSize && op.key[format::kMarkerMagicSize] == format::kMarkerDrop)
        dropped.push_back(load_u32(op.key.data() + format::kMarkerMagicSize + 1));
      continue;
    }
    Space* s = space_if(op.ns);
    if (!s) continue;
    if (op.inserts())
      index_insert(*s, op.key, at + where[i].first + format::kFrameHeaderSize, where[i].second, op.expires_at, true);
    else
      index_erase(*s, op.key, true);
  }
  locks.clear();
  for (std::uint32_t id : dropped)
    if (Space* s = space_if(id)) forget_space(*s);
}

void Engine::forget_space(Space& s) {
  // The ordered index reads the shards' PlainKeys under its own lock.
  std::unique_lock<SharedMutex> olk;
  if (s.ordered) olk = std::unique_lock(s.ordered->mu);
  for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
    auto& sh = s.index.shard_at(i);
    std::unique_lock lk(sh.mu);
    HashIndex::clear(sh);
  }
  if (s.ordered) s.ordered->clear();
  olk = {};
  s.live_bytes.store(0);
  {
    std::lock_guard lk(s.ttl_mu);
    s.expiring.clear();
  }
  if (s.id != format::kDefaultNamespace) s.dropped.store(true);
}

void Engine::revive_space(Space& s) { s.dropped.store(false); }

Result<Space*> Engine::open_space(std::string_view name) {
  if (name.empty()) return std::unexpected(Error(ErrorCode::InvalidArgument, "a namespace needs a name"));
  {
    std::shared_lock ns(ns_mu_);
    if (auto it = names_.find(name); it != names_.end()) {
      Space* s = spaces_.at(it->second).get();
      if (!s->dropped.load()) return s;  // a name another program bound is opened as it is
    }
  }
  if (!is_utf8(name))
    return std::unexpected(Error(ErrorCode::InvalidArgument,
                                 "a namespace name must be UTF-8 text (emdb 0.9.7 refuses files with other names)"));
  if (auto w = writable(); !w) return std::unexpected(w.error());
  std::lock_guard w(write_mu_);
  std::unique_lock ns(ns_mu_);
  std::uint32_t id;
  if (auto it = names_.find(name); it != names_.end()) {
    // Dropped: emdb 0.9.7 still binds the name to this id, so it comes back
    // with the same one (a new binding record makes it listed again).
    id = it->second;
    if (!spaces_.at(id)->dropped.load()) return spaces_.at(id).get();
  } else {
    // The next id as emdb 0.9.7 would give it; the legacy marker id stays out.
    if (next_space_id_ >= format::kLegacyMarkerNamespace)
      return std::unexpected(Error(ErrorCode::InvalidConfig, "no namespace ids are left"));
    id = static_cast<std::uint32_t>(next_space_id_);
  }
  std::string buf;
  if (auto e = encode(buf, Record{format::Kind::NamespaceName, id, name, {}, 0}); !e) return std::unexpected(e.error());
  auto at = journal_->append(buf);
  if (!at) return std::unexpected(at.error());
  Space& s = space_for_id(id);
  revive_space(s);
  names_[std::string(name)] = id;
  next_space_id_ = std::max<std::uint64_t>(next_space_id_, std::uint64_t(id) + 1);
  structure_bytes_.fetch_add(buf.size());
  return &s;
}

Result<bool> Engine::drop_space(std::string_view name) {
  if (auto w = writable(); !w) return std::unexpected(w.error());
  auto tx = lock_transactions();
  Space* s = nullptr;
  {
    std::shared_lock ns(ns_mu_);
    auto it = names_.find(name);
    if (it == names_.end() || it->second == format::kDefaultNamespace) return false;
    s = spaces_.at(it->second).get();
    if (s->dropped.load()) return false;
  }
  std::vector<Op> ops;
  {
    std::lock_guard w(write_mu_);
    ops = removals(*s, {});
  }
  // Removes that emdb 0.9 understands, and a marker that makes this engine
  // stop listing the name; all in one crash-atomic batch.
  std::string marker(format::kMarkerMagic, format::kMarkerMagicSize);
  marker += format::kMarkerDrop;
  put_u32(marker, s->id);
  ops.push_back(Op{format::kDefaultNamespace, std::move(marker), std::nullopt, 0, true});
  if (auto c = commit(std::move(ops)); !c) return std::unexpected(c.error());
  return true;
}

std::vector<std::string> Engine::space_names() const {
  std::shared_lock ns(ns_mu_);
  std::vector<std::string> out;
  for (const auto& [name, id] : names_)
    if (!spaces_.at(id)->dropped.load()) out.push_back(name);
  return out;
}

Result<std::size_t> Engine::sweep_expired() {
  if (auto w = writable(); !w) return std::unexpected(w.error());
  auto tx = lock_transactions();
  std::vector<Op> ops;
  {
    std::lock_guard w(write_mu_);
    std::shared_lock ns(ns_mu_);
    for (const auto& [id, s] : spaces_) {
      if (id == format::kLegacyMarkerNamespace) continue;
      auto expired_ones = removals(*s, [&](const KeyInfo& k) { return expired(k.expires_at); });
      std::move(expired_ones.begin(), expired_ones.end(), std::back_inserter(ops));
    }
  }
  const std::size_t n = ops.size();
  if (auto c = commit(std::move(ops)); !c) return std::unexpected(c.error());
  return n;
}

}  // namespace emdb::detail
