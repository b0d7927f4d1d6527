// Export and import of records as JSON Lines or CSV, shared by the
// command-line tool and the browser. JSON Lines: one object a line:
//   {"ns": "", "key": "user:1", "value": "alice", "expires_at": null}
// Keys and values that are not valid UTF-8 are written Base64-encoded as
// "key_b64" / "value_b64" instead (and a namespace name that is not, which only
// another program can have written, as "ns_b64"). "ns" is "" for the default
// namespace.
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

// A record to write, viewed where it is (a ValueRef's bytes, say).
struct ItemView {
  std::string_view ns, key, value;
  std::uint64_t expires_at = 0;  // Unix ms; 0 = none
};

// One JSON line (without the newline) for `item`.
std::string to_json_line(const Item& item);
// The same line written to `out` a piece at a time: a value of any size is
// never escaped or encoded into one string.
void write_json_line(std::ostream& out, const ItemView& item);
// Parses one line; the error says what is wrong with it.
std::expected<Item, std::string> from_json_line(std::string_view line);

std::string base64_encode(std::string_view bytes);
// Strict RFC 4648 Base64 (the standard alphabet, padded, no whitespace, no
// bits set past the data); nothing for anything else.
std::optional<std::string> base64_decode(std::string_view text);
bool is_utf8(std::string_view bytes) noexcept;

// Writes every record of `ns` (all namespaces when empty) as JSON Lines.
// Returns the number of records written.
Result<std::uint64_t> dump(Database& db, std::ostream& out, std::optional<std::string> ns = std::nullopt);

// CSV (RFC 4180: fields with commas, quotes or line breaks are quoted) with
// the header row `ns,key,value,expires_at,encoding`. `encoding` is "base64"
// when the key or the value is not valid UTF-8 (both are then Base64), else
// empty; `expires_at` is Unix ms or empty.
std::string csv_header();
std::string to_csv_row(const Item& item);  // without the line break
// The same row written to `out` a piece at a time, as write_json_line().
void write_csv_row(std::ostream& out, const ItemView& item);

enum class Format { JsonLines, Csv };

// Reads records and writes them in crash-atomic batches of `batch` records
// (across namespaces; new ones are created): a bad record fails with its line
// number and nothing of its batch is written (batches before it are).
// Expired records are skipped. `progress` sees lines read so far (total 0:
// unknown). Errors: InvalidConfig (a bad line), Cancelled, the engine's.
struct LoadResult {
  std::uint64_t records = 0;
};
Result<LoadResult> load(Database& db, std::istream& in, std::size_t batch = 1000, const Progress& progress = {},
                        Format format = Format::JsonLines);

// Reads the records of `in` one at a time, in file order, and hands each to
// `visit` with the line it starts on; only the record being handed over is
// held. Stops early when `visit` returns false (Cancelled). Returns the
// number of records read. Errors: InvalidConfig ("line N: why") for a bad
// record (those before it were handed over), Cancelled.
Result<std::uint64_t> read_records(std::istream& in, Format format,
                                   const std::function<bool(const Item& item, std::uint64_t line)>& visit);

}  // namespace emdb::exchange
