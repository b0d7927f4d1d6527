// The journal's past: every version of a key, the keys whose removal is still
// there, and the value of one version. Each reads the journal as replay does
// (Engine::walk), so a version is exactly a record that replay applied.
#include <map>
#include <set>

#include "codec.hpp"
#include "engine.hpp"
#include "format.hpp"
#include "hash_index.hpp"

namespace emdb::detail {
namespace {

// Hands each record that counts, batches unpacked, to `f(record, frame offset)`;
// a drop marker comes as a Remove of namespace `dropped` with an empty key
// and `dropped_ns` set.
template <class F>
class RecordVisitor final : public Engine::JournalVisitor {
 public:
  explicit RecordVisitor(F f) : f_(std::move(f)) {}
  void saw(std::uint32_t) override {}
  Result<void> record(const Record& r, std::uint64_t loc, std::uint64_t) override {
    f_(r, loc - format::kFrameHeaderSize, std::optional<std::uint32_t>{});
    return {};
  }
  Result<void> batch(const Engine::PendingTx& tx) override;
  void torn(const Engine::PendingTx&) override {}
  void note(std::uint64_t, std::string) override {}

 private:
  F f_;
};

}  // namespace

// Defined here, where PendingTx is visible through the friend declaration.
template <class F>
Result<void> RecordVisitor<F>::batch(const Engine::PendingTx& tx) {
  for (const auto& [r, where] : tx.records) f_(r, where.first - format::kFrameHeaderSize, Engine::dropped_by(r));
  return {};
}

Engine::JournalNow Engine::journal_now() const {
  std::lock_guard lk(journal_mu_);
  return {journal_, journal_->end()};
}

Result<void> Engine::walk_records(
    const JournalNow& snap, std::uint64_t to, const Progress& progress,
    const std::function<void(const Record&, std::uint64_t, std::optional<std::uint32_t>)>& f) const {
  RecordVisitor visitor(f);
  auto w = walk(snap.journal->data(), 0, std::min(to, snap.end), false, visitor, progress);
  if (!w) return std::unexpected(w.error());
  return {};
}

bool Engine::is_live(const Space& s, std::string_view key, const JournalNow& snap, std::uint64_t frame) const {
  const std::uint64_t h = hash_key(key);
  const auto& sh = s.index.shard(h);
  std::shared_lock lk(sh.mu);  // a compaction swaps the journal holding every shard lock
  if (journal_ != snap.journal) return false;
  return find(s, sh, h, key) == frame + format::kFrameHeaderSize;
}

Result<std::vector<Version>> Engine::history(const Space& s, std::string_view key, const Progress& progress) const {
  const JournalNow snap = journal_now();
  std::vector<Version> out;
  auto w = walk_records(snap, snap.end, progress,
                        [&](const Record& r, std::uint64_t frame, std::optional<std::uint32_t> drop) {
                          if (drop) {
                            // A namespace drop of an earlier version of this engine, which wrote
                            // no removal of each key.
                            if (*drop == s.id && !out.empty() && out.back().kind == Version::Kind::Written)
                              out.push_back(Version{Version::Kind::Removed, frame, 0, 0, false});
                            return;
                          }
                          if (r.ns != s.id || r.key != key) return;
                          if (r.kind == format::Kind::Insert)
                            out.push_back(Version{Version::Kind::Written, frame, r.value.size(), r.expires_at, false});
                          else if (r.kind == format::Kind::Remove)
                            out.push_back(Version{Version::Kind::Removed, frame, 0, 0, false});
                        });
  if (!w) return std::unexpected(w.error());
  if (!out.empty() && out.back().kind == Version::Kind::Written)
    out.back().current = is_live(s, key, snap, out.back().offset);
  return out;
}

Result<std::vector<RemovedKey>> Engine::removed_keys(const Space& s, const Progress& progress) const {
  const JournalNow snap = journal_now();
  // First: the keys whose last record is a removal, and where it is.
  std::map<std::string, std::uint64_t, std::less<>> removed;
  std::uint64_t last_removal = 0;
  const Progress first =
      progress ? Progress([&](std::uint64_t done, std::uint64_t) { return progress(done, 2 * snap.end); }) : Progress{};
  auto w =
      walk_records(snap, snap.end, first, [&](const Record& r, std::uint64_t frame, std::optional<std::uint32_t> drop) {
        if (drop || r.ns != s.id) return;
        if (r.kind == format::Kind::Insert) {
          if (auto it = removed.find(r.key); it != removed.end()) removed.erase(it);
        } else if (r.kind == format::Kind::Remove && !(s.id == format::kDefaultNamespace && has_marker_magic(r.key))) {
          removed.insert_or_assign(std::string(r.key), frame);
        }
      });
  if (!w) return std::unexpected(w.error());
  for (const auto& [k, at] : removed) last_removal = std::max(last_removal, at);

  // Then: the value each had before its removal.
  std::map<std::string_view, Version, std::less<>> last;
  if (!removed.empty()) {
    const Progress second = progress ? Progress([&](std::uint64_t done, std::uint64_t) {
      return progress(snap.end + done * snap.end / std::max<std::uint64_t>(last_removal, 1), 2 * snap.end);
    })
                                     : Progress{};
    w = walk_records(
        snap, last_removal, second, [&](const Record& r, std::uint64_t frame, std::optional<std::uint32_t> drop) {
          if (drop || r.ns != s.id || r.kind != format::Kind::Insert) return;
          auto it = removed.find(r.key);
          if (it == removed.end() || frame > it->second) return;
          last.insert_or_assign(std::string_view(it->first),
                                Version{Version::Kind::Written, frame, r.value.size(), r.expires_at, false});
        });
    if (!w) return std::unexpected(w.error());
  }
  std::vector<RemovedKey> out;
  for (const auto& [k, at] : removed) {
    auto it = last.find(k);
    if (it == last.end()) continue;  // removed without a value in this journal
    auto present = contains(s, k);   // written again since the reading
    if (present && *present) continue;
    out.push_back(RemovedKey{k, it->second, at});
  }
  return out;
}

Result<std::string> Engine::read_version(const Space& s, std::string_view key, std::uint64_t offset) const {
  const JournalNow snap = journal_now();
  const auto refuse = [&] {
    return std::unexpected(Error(ErrorCode::InvalidArgument, "no version of this key starts at offset " +
                                                                 std::to_string(offset) + " of the journal"));
  };
  FrameView f;
  if (offset >= snap.end || check_frame(snap.journal->data(), snap.end, offset, f) != FrameCheck::Valid)
    return refuse();
  std::string scratch;
  auto rec = decode(f.payload, f.payload_offset(), scratch);
  if (!rec) return std::unexpected(rec.error());
  if (rec->kind != format::Kind::Insert || rec->ns != s.id || rec->key != key) return refuse();
  return std::string(rec->value);
}

}  // namespace emdb::detail
