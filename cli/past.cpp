// The commands that read the journal's past and compare databases:
// `history`, `undelete` and `diff`.
#include <chrono>
#include <cstdio>
#include <format>

#include <emdb/diff.hpp>
#include <emdb/exchange.hpp>

#include "cli.hpp"

namespace cli {
namespace {

// Unix milliseconds as ISO 8601 UTC ("2026-12-02T14:05:00.000Z"); "-" for none.
std::string utc(std::uint64_t ms) {
  if (ms == 0) return "-";
  return std::format("{:%FT%TZ}", std::chrono::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(ms)));
}
std::string json_expiry(std::uint64_t ms) { return ms ? std::to_string(ms) : "null"; }

void print_value(const Args& a, const std::string& v) {
  if (a.has("--hex")) {
    for (unsigned char c : v) std::printf("%02x", c);
    std::printf("\n");
  } else {
    std::fwrite(v.data(), 1, v.size(), stdout);
  }
}

// A whole number of at least 1 for --show, or a usage error.
std::size_t version_number(const std::string& text, std::size_t count) {
  std::size_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || n > count)
      usage("--show: a version number from the list (1 to " + std::to_string(count) + ")");
    n = n * 10 + std::size_t(c - '0');
  }
  if (n == 0 || n > count) usage("--show: a version number from the list (1 to " + std::to_string(count) + ")");
  return n;
}

int cmd_history(const Args& a) {
  const std::string key = key_arg(a, 1);
  auto s = open_space(a, false);
  const auto versions = must(s.ks().history(key, progress_bar("reading the journal")));
  if (versions.empty()) {
    fail_if_damaged(s.db, a.words[0]);
    throw Failure{kNotFound, "no record of the key " + printable(key) +
                                 " in the journal (never written, or compacted away with its removal)"};
  }
  if (auto show = a.get("--show")) {
    const emdb::Version& v = versions[version_number(*show, versions.size()) - 1];
    if (v.kind == emdb::Version::Kind::Removed)
      throw Failure{kNotFound, "version " + *show + " is a removal: it has no value"};
    print_value(a, must(s.ks().read_version(key, v.offset)));
    return kOk;
  }
  const bool json = a.has("--json");
  if (!json) std::printf("%-4s %-14s %-8s %12s  %s\n", "#", "offset", "change", "size", "expires (UTC)");
  std::size_t n = 0;
  for (const auto& v : versions) {
    ++n;
    const bool written = v.kind == emdb::Version::Kind::Written;
    if (json) {
      std::printf(
          "{\"version\": %zu, \"offset\": %llu, \"change\": \"%s\", \"size\": %s, \"expires_at\": %s, "
          "\"current\": %s}\n",
          n, (unsigned long long)v.offset, written ? "written" : "removed",
          written ? std::to_string(v.value_size).c_str() : "null", json_expiry(v.expires_at).c_str(),
          v.current ? "true" : "false");
    } else {
      std::printf("%-4zu %-14llu %-8s %12s  %s%s\n", n, (unsigned long long)v.offset, written ? "written" : "removed",
                  written ? std::to_string(v.value_size).c_str() : "", written ? utc(v.expires_at).c_str() : "",
                  v.current ? "  (current)" : "");
    }
  }
  fail_if_damaged(s.db, a.words[0]);
  return kOk;
}

int cmd_undelete(const Args& a) {
  const bool restore = a.words.size() > 1 || a.has("--all");
  if (a.words.size() > 1 && a.has("--all")) usage("undelete: a KEY or --all, not both");
  auto s = open_space(a, restore);
  const auto removed = must(s.ks().removed_keys(progress_bar("reading the journal")));
  if (!restore) {
    const bool json = a.has("--json");
    for (const auto& r : removed) {
      if (json)
        std::printf(
            "{\"key\": %s, \"size\": %llu, \"expires_at\": %s, \"value_offset\": %llu, \"removed_offset\": %llu}\n",
            json_text(r.key).c_str(), (unsigned long long)r.last_value.value_size,
            json_expiry(r.last_value.expires_at).c_str(), (unsigned long long)r.last_value.offset,
            (unsigned long long)r.removed_offset);
      else
        std::printf("%s\t%llu bytes\n", printable(r.key).c_str(), (unsigned long long)r.last_value.value_size);
    }
    fail_if_damaged(s.db, a.words[0]);
    return kOk;
  }
  std::vector<const emdb::RemovedKey*> chosen;
  if (a.has("--all")) {
    for (const auto& r : removed) chosen.push_back(&r);
  } else {
    const std::string key = key_arg(a, 1);
    for (const auto& r : removed)
      if (r.key == key) chosen.push_back(&r);
    if (chosen.empty()) {
      if (must(s.ks().contains_key(key))) throw Failure{kError, "the key " + printable(key) + " is not removed"};
      throw Failure{kNotFound,
                    "no removal of the key " + printable(key) + " in the journal (never written, or compacted away)"};
    }
  }
  // One crash-atomic batch; a value whose expiry has passed comes back without one.
  const auto now = std::uint64_t(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
  emdb::WriteBatch batch;
  std::vector<std::string> values;
  values.reserve(chosen.size());
  for (const auto* r : chosen) {
    values.push_back(must(s.ks().read_version(r->key, r->last_value.offset)));
    const std::uint64_t exp = r->last_value.expires_at;
    batch.insert(s.ks(), r->key, values.back(), exp > now ? emdb::Ttl::at(exp) : emdb::Ttl::none());
  }
  must(s.db.write(batch));
  must(s.db.flush());
  if (a.has("--json"))
    std::printf("{\"restored\": %zu}\n", chosen.size());
  else
    std::printf("%zu %s restored\n", chosen.size(), chosen.size() == 1 ? "record" : "records");
  return kOk;
}

int cmd_diff(const Args& a) {
  Args second = a;
  second.words.erase(second.words.begin());
  auto da = open_database(a, false, true);
  auto db = open_database(second, false, true);
  const bool json = a.has("--json");
  std::size_t counts[3] = {0, 0, 0};
  auto r = emdb::exchange::compare(
      da, db, a.get("--ns"),
      [&](const emdb::exchange::Difference& d) {
        ++counts[int(d.change)];
        if (json) {
          std::printf("%s\n", emdb::exchange::to_json_line(d).c_str());
          return true;
        }
        using C = emdb::exchange::Difference::Change;
        const char mark = d.change == C::Added ? '+' : d.change == C::Removed ? '-' : '~';
        std::printf("%c %s%s%s", mark, d.ns.empty() ? "" : printable(d.ns).c_str(), d.ns.empty() ? "" : "\t",
                    printable(d.key).c_str());
        if (d.size_a && d.size_b)
          std::printf("\t%llu -> %llu bytes\n", (unsigned long long)*d.size_a, (unsigned long long)*d.size_b);
        else
          std::printf("\t%llu bytes\n", (unsigned long long)d.size_a.value_or(d.size_b.value_or(0)));
        return true;
      },
      progress_bar("comparing"));
  if (!r && r.error().code() == emdb::ErrorCode::InvalidArgument)
    throw Failure{kNotFound, "no namespace named " + printable(*a.get("--ns")) + " in either database"};
  must(r);
  fail_if_damaged(da, a.words[0]);
  fail_if_damaged(db, a.words[1]);
  if (!json) std::fprintf(stderr, "%zu added, %zu removed, %zu changed\n", counts[0], counts[1], counts[2]);
  return kOk;
}

}  // namespace

int run_past(const Args& a) {
  if (a.command == "history") return cmd_history(a);
  if (a.command == "undelete") return cmd_undelete(a);
  return cmd_diff(a);
}

}  // namespace cli
