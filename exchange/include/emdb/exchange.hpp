// Export and import of records as JSON Lines, shared by the command-line tool
// and the browser. One object a line:
//   {"ns": "", "key": "user:1", "value": "alice", "expires_at": null}
// Keys and values that are not valid UTF-8 are written Base64-encoded as
// "key_b64" / "value_b64" instead. "ns" is "" for the default namespace.
#pragma once

#include <cstdint>
#include <expected>
#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include <emdb/emdb.hpp>

namespace emdb::exchange {

struct Item {
  std::string ns;
  std::string key;
  std::string value;
  std::uint64_t expires_at = 0;  // Unix ms; 0 = none
};

// One JSON line (without the newline) for `item`.
std::string to_json_line(const Item& item);
// Parses one line; the error says what is wrong with it.
std::expected<Item, std::string> from_json_line(std::string_view line);

std::string base64_encode(std::string_view bytes);
std::optional<std::string> base64_decode(std::string_view text);
bool is_utf8(std::string_view bytes) noexcept;

// Writes every record of `ns` (all namespaces when empty) as JSON Lines.
// Returns the number of records written.
Result<std::uint64_t> dump(Database& db, std::ostream& out, std::optional<std::string> ns = std::nullopt);

// Reads JSON Lines and writes them in transactions of `batch` lines: a bad
// line fails with its line number and nothing of its batch is written
// (batches before it are). Expired records are skipped. `progress` sees
// lines read so far (total 0: unknown).
struct LoadResult {
  std::uint64_t records = 0;
};
Result<LoadResult> load(Database& db, std::istream& in, std::size_t batch = 1000, const Progress& progress = {});

}  // namespace emdb::exchange
