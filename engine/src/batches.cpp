// Crash-atomic batches (transactions, clear, drop, sweep) and namespaces.
//
// A batch is written as one append: a begin marker naming its transaction id
// and record count, the records, and an end marker. Replay applies a batch
// only when its end marker follows its records (docs/FORMAT.md).
#include <algorithm>
#include <iterator>

#include "engine.hpp"
#include "format.hpp"

namespace emdb::detail {
Result<void> Engine::append_begin_marker(std::string& out, std::uint64_t txid, std::uint32_t count) const {
  std::string v;
  put_u64(v, txid);
  put_u32(v, count);
  return encode(out, Record{format::Kind::Insert, format::kMarkerNamespace, "txn-begin", v, 0});
}

Result<void> Engine::append_end_marker(std::string& out, std::uint64_t txid) const {
  std::string v;
  put_u64(v, txid);
  return encode(out, Record{format::Kind::Insert, format::kMarkerNamespace, "txn-end", v, 0});
}

Result<void> Engine::commit(std::vector<Op> ops) {
  if (auto w = writable(); !w) return w;
  if (ops.empty()) return {};
  std::string buf;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> where;  // frame start in buf, frame bytes
  where.reserve(ops.size());
  const std::uint64_t txid = next_txid_.fetch_add(1);
  if (auto m = append_begin_marker(buf, txid, static_cast<std::uint32_t>(ops.size())); !m) return m;
  for (const auto& op : ops) {
    const std::size_t start = buf.size();
    const Record rec{op.value ? format::Kind::Insert : format::Kind::Remove, op.ns, op.key,
                     op.value ? std::string_view(*op.value) : std::string_view{}, op.expires_at};
    if (auto c = check_size(rec); !c) return c;
    if (auto e = encode(buf, rec); !e) return e;
    where.emplace_back(start, buf.size() - start);
  }
  if (auto m = append_end_marker(buf, txid); !m) return m;

  std::lock_guard w(write_mu_);
  auto at = journal_->append(buf);
  if (!at) return std::unexpected(at.error());
  // Readers see all of the batch or none of it: hold every shard of the
  // namespaces it touches while applying.
  std::vector<Space*> spaces;
  for (const auto& op : ops)
    if (op.ns != format::kMarkerNamespace)
      if (Space* s = space_if(op.ns); s && std::find(spaces.begin(), spaces.end(), s) == spaces.end())
        spaces.push_back(s);
  std::sort(spaces.begin(), spaces.end(), [](Space* a, Space* b) { return a->id < b->id; });
  std::vector<std::unique_lock<std::shared_mutex>> locks;
  for (Space* s : spaces)
    for (std::size_t i = 0; i < HashIndex::kShards; ++i) locks.emplace_back(s->index.shard_at(i).mu);
  std::vector<std::uint32_t> dropped;
  for (std::size_t i = 0; i < ops.size(); ++i) {
    const Op& op = ops[i];
    if (op.ns == format::kMarkerNamespace) {
      if (op.key == "drop" && op.value && op.value->size() == 4) dropped.push_back(load_u32(op.value->data()));
      continue;
    }
    Space* s = space_if(op.ns);
    if (!s) continue;
    if (op.value)
      index_insert(*s, op.key, *at + where[i].first + format::kFrameHeaderSize, where[i].second, op.expires_at, true);
    else
      index_erase(*s, op.key, true);
  }
  locks.clear();
  for (std::uint32_t id : dropped)
    if (Space* s = space_if(id)) forget_space(*s);
  return {};
}

void Engine::forget_space(Space& s) {
  for (std::size_t i = 0; i < HashIndex::kShards; ++i) {
    auto& sh = s.index.shard_at(i);
    std::unique_lock lk(sh.mu);
    HashIndex::clear(sh);
  }
  if (s.ordered) {
    std::unique_lock lk(s.ordered->mu);
    s.ordered->clear();
  }
  s.live_bytes.store(0);
  {
    std::lock_guard lk(s.ttl_mu);
    s.expiring.clear();
  }
  std::unique_lock ns(ns_mu_);
  if (!s.name.empty()) {
    auto it = names_.find(s.name);
    if (it != names_.end() && it->second == s.id) names_.erase(it);
    s.name.clear();
  }
}

Result<Space*> Engine::open_space(std::string_view name) {
  if (name.empty()) return std::unexpected(Error(ErrorCode::InvalidConfig, "a namespace needs a name"));
  {
    std::shared_lock ns(ns_mu_);
    if (auto it = names_.find(name); it != names_.end()) return spaces_.at(it->second).get();
  }
  if (auto w = writable(); !w) return std::unexpected(w.error());
  std::lock_guard w(write_mu_);
  std::unique_lock ns(ns_mu_);
  if (auto it = names_.find(name); it != names_.end()) return spaces_.at(it->second).get();
  // The next free id, as emdb 0.9 numbers them; the marker id stays reserved.
  std::uint32_t id = 1;
  for (const auto& [used, sp] : spaces_)
    if (used != format::kMarkerNamespace && used >= id) id = used + 1;
  if (id == format::kMarkerNamespace)
    return std::unexpected(Error(ErrorCode::InvalidConfig, "no namespace ids are left"));
  std::string buf;
  if (auto e = encode(buf, Record{format::Kind::NamespaceName, id, name, {}, 0}); !e) return std::unexpected(e.error());
  auto at = journal_->append(buf);
  if (!at) return std::unexpected(at.error());
  Space& s = space_for_id(id);
  s.name = std::string(name);
  names_[s.name] = id;
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
    if (it == names_.end()) return false;
    s = spaces_.at(it->second).get();
  }
  std::vector<Op> ops;
  {
    std::lock_guard w(write_mu_);
    ops = removals(*s, {});
  }
  // Removes that emdb 0.9 understands, and a marker that makes this engine
  // forget the name; all in one crash-atomic batch.
  std::string id;
  put_u32(id, s->id);
  ops.push_back(Op{format::kMarkerNamespace, "drop", id, 0});
  if (auto c = commit(std::move(ops)); !c) return std::unexpected(c.error());
  return true;
}

std::vector<std::string> Engine::space_names() const {
  std::shared_lock ns(ns_mu_);
  std::vector<std::string> out;
  for (const auto& [name, id] : names_) out.push_back(name);
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
      if (id == format::kMarkerNamespace) continue;
      auto expired_ones = removals(*s, [&](const KeyInfo& k) { return expired(k.expires_at); });
      std::move(expired_ones.begin(), expired_ones.end(), std::back_inserter(ops));
    }
  }
  const std::size_t n = ops.size();
  if (auto c = commit(std::move(ops)); !c) return std::unexpected(c.error());
  return n;
}

}  // namespace emdb::detail
