#include "emdb/keyspace.hpp"

#include "engine.hpp"

namespace emdb {
namespace {

template <class T>
Result<std::vector<T>> collect(Result<Stream<T>> s) {
  if (!s) return std::unexpected(s.error());
  std::vector<T> out;
  for (auto& item : *s) out.push_back(item);
  if (auto st = s->status(); !st) return std::unexpected(st.error());
  return out;
}

// The smallest key greater than every key starting with `prefix`, if any.
std::optional<std::string> prefix_end(std::string_view prefix) {
  std::string end(prefix);
  while (!end.empty()) {
    if (static_cast<unsigned char>(end.back()) != 0xff) {
      end.back() = static_cast<char>(static_cast<unsigned char>(end.back()) + 1);
      return end;
    }
    end.pop_back();
  }
  return std::nullopt;
}

}  // namespace

Result<void> Keyspace::insert(std::string_view key, std::string_view value) {
  return engine_->put(*space_, key, value, engine_->default_expiry());
}
Result<void> Keyspace::insert_with_ttl(std::string_view key, std::string_view value, Ttl ttl) {
  return engine_->put(*space_, key, value, engine_->expiry_for(ttl));
}
Result<void> Keyspace::insert_many(std::span<const std::pair<std::string_view, std::string_view>> items) {
  return engine_->put_many(*space_, items, engine_->default_expiry());
}
Result<std::optional<std::string>> Keyspace::get(std::string_view key) const { return engine_->get(*space_, key); }
Result<std::optional<ValueRef>> Keyspace::get_zerocopy(std::string_view key) const {
  return engine_->get_ref(*space_, key);
}
Result<std::optional<ValuePart>> Keyspace::read_value(std::string_view key, std::uint64_t offset,
                                                      std::span<char> out) const {
  return engine_->read_value(*space_, key, offset, out);
}
Result<std::optional<std::string>> Keyspace::remove(std::string_view key) { return engine_->remove(*space_, key); }
Result<bool> Keyspace::contains_key(std::string_view key) const { return engine_->contains(*space_, key); }
Result<std::size_t> Keyspace::len() const { return engine_->len(*space_); }
Result<bool> Keyspace::is_empty() const { return engine_->len(*space_) == 0; }
Result<void> Keyspace::clear() { return engine_->clear(*space_); }

Result<Iter> Keyspace::iter() const {
  auto src = engine_->entries(*space_);
  if (!src) return std::unexpected(src.error());
  return Iter(std::move(*src));
}
Result<KeyIter> Keyspace::keys() const {
  auto src = engine_->keys(*space_);
  if (!src) return std::unexpected(src.error());
  return KeyIter(std::move(*src));
}

Result<RangeIter> Keyspace::range_iter(const KeyRange& r) const {
  auto src = engine_->range(*space_, r);
  if (!src) return std::unexpected(src.error());
  return RangeIter(std::move(*src));
}
Result<std::vector<Entry>> Keyspace::range(const KeyRange& r) const { return collect(range_iter(r)); }
Result<RangeIter> Keyspace::range_prefix_iter(std::string_view prefix) const {
  auto end = prefix_end(prefix);
  return range_iter(KeyRange{Bound::included(prefix), end ? Bound::excluded(*end) : Bound::unbounded()});
}
Result<std::vector<Entry>> Keyspace::range_prefix(std::string_view prefix) const {
  return collect(range_prefix_iter(prefix));
}
Result<RangeIter> Keyspace::iter_from(std::string_view start) const {
  return range_iter(KeyRange{Bound::included(start), Bound::unbounded()});
}
Result<RangeIter> Keyspace::iter_after(std::string_view start) const {
  return range_iter(KeyRange{Bound::excluded(start), Bound::unbounded()});
}

Result<std::optional<std::string>> Keyspace::key_at(std::size_t position) const {
  return engine_->key_at(*space_, position);
}
Result<std::size_t> Keyspace::position_of(std::string_view key) const { return engine_->position_of(*space_, key); }

Result<std::optional<std::uint64_t>> Keyspace::expires_at(std::string_view key) const {
  auto e = engine_->expiry_of(*space_, key);
  if (!e) return std::unexpected(e.error());
  if (!*e || **e == 0 || engine_->expired(**e)) return std::nullopt;
  return **e;
}

Result<std::optional<RecordInfo>> Keyspace::info(std::string_view key) const {
  return engine_->info_of(*space_, key);
}

Result<std::vector<Version>> Keyspace::history(std::string_view key, Progress progress) const {
  return engine_->history(*space_, key, progress);
}
Result<std::vector<RemovedKey>> Keyspace::removed_keys(Progress progress) const {
  return engine_->removed_keys(*space_, progress);
}
Result<std::string> Keyspace::read_version(std::string_view key, std::uint64_t offset) const {
  return engine_->read_version(*space_, key, offset);
}

Result<std::optional<std::chrono::milliseconds>> Keyspace::ttl(std::string_view key) const {
  auto e = engine_->expiry_of(*space_, key);
  if (!e) return std::unexpected(e.error());
  if (!*e || **e == 0) return std::nullopt;
  const std::uint64_t now = engine_->now_ms();
  return std::chrono::milliseconds(**e > now ? **e - now : 0);  // zero once expired, until swept
}

Result<bool> Keyspace::persist(std::string_view key) { return engine_->persist(*space_, key); }

}  // namespace emdb
