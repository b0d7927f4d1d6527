// Comparing two databases (a file and its backup, say), record by record,
// shared by `emdb diff` and the browser's Compare dialog.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <emdb/emdb.hpp>

namespace emdb::exchange {

// A record that differs from database A to database B. Two records are the
// same when their values and expiries are.
struct Difference {
  enum class Change { Added, Removed, Changed };  // in B and not A; in A and not B; in both, different
  std::string ns;                                 // "" for the default namespace
  std::string key;
  Change change = Change::Changed;
  // The side's value size and expiry (Unix ms, 0: none); no size on the side without the record.
  std::optional<std::uint64_t> size_a, size_b;
  std::uint64_t expires_a = 0, expires_b = 0;
};

// Calls `f` for each difference, namespace by namespace (the default one
// first, then by name) and by key within one; `f` returning false stops the
// comparison. `ns`: only that namespace (NotFound-like InvalidArgument when
// neither database has it). Both databases need range scans. Expired
// records count as absent. `progress` sees records read from both.
// Errors: InvalidConfig (no range scans), InvalidArgument (no namespace
// `ns`), Cancelled, the engine's reading errors.
Result<void> compare(Database& a, Database& b, const std::optional<std::string>& ns,
                     const std::function<bool(const Difference&)>& f, const Progress& progress = {});

// One JSON object (without the newline) for a difference:
//   {"ns": "", "key": "k", "change": "changed", "a": {"size": 1, "expires_at": null}, "b": {...}}
// with null for the side without the record, and "ns_b64"/"key_b64" for
// names and keys that are not UTF-8, as the exchange formats write them.
std::string to_json_line(const Difference& d);

}  // namespace emdb::exchange
