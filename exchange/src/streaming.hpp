// Writing long strings a piece at a time: Base64 and JSON string escapes
// that give the same bytes as encoding or escaping the whole string at once.
#pragma once

#include <ostream>
#include <string_view>

namespace emdb::exchange::detail {

// Base64 of `bytes`, encoded 3 KiB-aligned pieces at a time.
void write_base64(std::ostream& out, std::string_view bytes);
// `text` (valid UTF-8) as a JSON string, quotes included, escaped as
// nlohmann::json::dump() escapes it (control characters, quote, backslash).
void write_json_string(std::ostream& out, std::string_view text);

}  // namespace emdb::exchange::detail
