#include "emdb/diff.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "emdb/exchange.hpp"

namespace emdb::exchange {
namespace {

bool has_namespace(Database& db, const std::string& name) {
  if (name.empty()) return true;
  auto names = db.list_namespaces();
  return names && std::find(names->begin(), names->end(), name) != names->end();
}

// One side of one namespace: its records in key order, or none.
struct Side {
  std::optional<Namespace> named;
  Keyspace* ks = nullptr;
  std::optional<RangeIter> it;
  std::optional<Entry> at;

  Result<void> open(Database& db, const std::string& name) {
    if (!has_namespace(db, name)) return {};
    if (!name.empty()) {
      auto n = db.open_namespace(name);
      if (!n) return std::unexpected(n.error());
      named.emplace(std::move(*n));
      ks = &*named;
    } else {
      ks = &db;
    }
    auto r = ks->range_iter(KeyRange::all());
    if (!r) return std::unexpected(r.error());
    it.emplace(std::move(*r));
    at = it->next();
    return {};
  }
  Result<void> advance() {
    at = it->next();
    if (!at) return it->status();
    return {};
  }
  std::uint64_t expiry() const {
    auto e = ks->expires_at(at->first);
    return e ? e->value_or(0) : 0;
  }
};

}  // namespace

Result<void> compare(Database& a, Database& b, const std::optional<std::string>& ns,
                     const std::function<bool(const Difference&)>& f, const Progress& progress) {
  std::set<std::string> names;
  if (ns) {
    if (!has_namespace(a, *ns) && !has_namespace(b, *ns))
      return std::unexpected(Error(ErrorCode::InvalidArgument, "neither database has a namespace named " + *ns));
    names.insert(*ns);
  } else {
    names.insert("");
    for (Database* db : {&a, &b}) {
      auto l = db->list_namespaces();
      if (!l) return std::unexpected(l.error());
      names.insert(l->begin(), l->end());
    }
  }
  std::uint64_t total = 0, done = 0;
  if (progress) {
    auto sa = a.stats(), sb = b.stats();
    total = (sa ? sa->total_live_records : 0) + (sb ? sb->total_live_records : 0);
  }
  for (const auto& name : names) {
    Side sa, sb;
    if (auto o = sa.open(a, name); !o) return o;
    if (auto o = sb.open(b, name); !o) return o;
    while (sa.at || sb.at) {
      Difference d{name, {}, Difference::Change::Changed, {}, {}, 0, 0};
      const bool take_a = sa.at && (!sb.at || sa.at->first <= sb.at->first);
      const bool take_b = sb.at && (!sa.at || sb.at->first <= sa.at->first);
      bool differs = true;
      if (take_a) {
        d.key = sa.at->first;
        d.size_a = sa.at->second.size();
        d.expires_a = sa.expiry();
      }
      if (take_b) {
        d.key = sb.at->first;
        d.size_b = sb.at->second.size();
        d.expires_b = sb.expiry();
      }
      if (take_a && take_b)
        differs = sa.at->second != sb.at->second || d.expires_a != d.expires_b;
      else
        d.change = take_a ? Difference::Change::Removed : Difference::Change::Added;
      if (differs && !f(d)) return {};
      if (take_a)
        if (auto r = sa.advance(); !r) return r;
      if (take_b)
        if (auto r = sb.advance(); !r) return r;
      done += std::uint64_t(take_a) + std::uint64_t(take_b);
      if (progress && done % 4096 < 2 && !progress(done, std::max(total, done)))
        return std::unexpected(Error(ErrorCode::Cancelled, "cancelled"));
    }
  }
  return {};
}

std::string to_json_line(const Difference& d) {
  nlohmann::ordered_json j;
  if (is_utf8(d.ns))
    j["ns"] = d.ns;
  else
    j["ns_b64"] = base64_encode(d.ns);
  if (is_utf8(d.key))
    j["key"] = d.key;
  else
    j["key_b64"] = base64_encode(d.key);
  j["change"] = d.change == Difference::Change::Added     ? "added"
                : d.change == Difference::Change::Removed ? "removed"
                                                          : "changed";
  const auto side = [](const std::optional<std::uint64_t>& size, std::uint64_t expires) -> nlohmann::ordered_json {
    if (!size) return nullptr;
    nlohmann::ordered_json s;
    s["size"] = *size;
    s["expires_at"] = expires ? nlohmann::ordered_json(expires) : nlohmann::ordered_json(nullptr);
    return s;
  };
  j["a"] = side(d.size_a, d.expires_a);
  j["b"] = side(d.size_b, d.expires_b);
  return j.dump();
}

}  // namespace emdb::exchange
