#include "emdb/focus.hpp"

namespace emdb {

Result<void> Focus::set(std::string_view key, std::string_view value) { return space_.insert(full(key), value); }
Result<void> Focus::set_with_ttl(std::string_view key, std::string_view value, Ttl ttl) {
  return space_.insert_with_ttl(full(key), value, ttl);
}
Result<std::optional<std::string>> Focus::get(std::string_view key) const { return space_.get(full(key)); }
Result<std::optional<std::string>> Focus::remove(std::string_view key) { return space_.remove(full(key)); }
Result<bool> Focus::contains_key(std::string_view key) const { return space_.contains_key(full(key)); }
Focus Focus::focus(std::string_view sub) const { return Focus(space_, full(sub)); }

Result<std::vector<Entry>> Focus::iter() const {
  const std::string p = prefix_ + ".";
  std::vector<Entry> out;
  // With range scans: only the prefix's slice of the ordered index.
  if (auto r = space_.range_prefix(p)) {
    out = std::move(*r);
  } else if (r.error().code() == ErrorCode::InvalidConfig) {
    auto it = space_.iter();
    if (!it) return std::unexpected(it.error());
    for (const auto& e : *it)
      if (e.first.starts_with(p)) out.push_back(e);
    if (auto st = it->status(); !st) return std::unexpected(st.error());
  } else {
    return std::unexpected(r.error());
  }
  for (auto& e : out) e.first.erase(0, p.size());
  return out;
}

Result<std::size_t> Focus::delete_all() {
  auto entries = iter();
  if (!entries) return std::unexpected(entries.error());
  std::size_t n = 0;
  for (const auto& e : *entries) {
    auto r = space_.remove(full(e.first));
    if (!r) return std::unexpected(r.error());
    if (*r) ++n;
  }
  return n;
}

}  // namespace emdb
