#include "emdb/duration.hpp"

#include <cctype>
#include <cstdint>

namespace emdb::exchange {
namespace {

bool space(char c) { return c == ' ' || c == '\t'; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

}  // namespace

std::expected<std::chrono::milliseconds, std::string> parse_duration(std::string_view text) {
  const std::string shown(text);
  auto bad = [&](const std::string& why) -> std::expected<std::chrono::milliseconds, std::string> {
    return std::unexpected("\"" + shown + "\" is not a duration: " + why +
                           " (write a number and a unit, such as 90s, 15m, 1h30m or 2d)");
  };
  const std::uint64_t max = static_cast<std::uint64_t>(kMaxDuration.count());
  std::uint64_t total = 0;
  std::size_t i = 0, parts = 0;
  while (i < text.size() && space(text[i])) ++i;
  if (i == text.size()) return bad("it is empty");
  while (i < text.size()) {
    std::uint64_t n = 0;
    const std::size_t digits = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      n = n * 10 + std::uint64_t(text[i++] - '0');
      if (n > max) return std::unexpected("\"" + shown + "\" is longer than 100 years");
    }
    if (i == digits) return bad("a number is missing");
    while (i < text.size() && space(text[i])) ++i;
    std::uint64_t unit;
    if (i == text.size() && parts == 0) {
      unit = 1000;  // a bare number: seconds
    } else if (i + 1 < text.size() && lower(text[i]) == 'm' && lower(text[i + 1]) == 's') {
      unit = 1, i += 2;
    } else if (i < text.size()) {
      switch (lower(text[i])) {
        case 's': unit = 1000; break;
        case 'm': unit = 60'000; break;
        case 'h': unit = 3'600'000; break;
        case 'd': unit = 86'400'000; break;
        case 'w': unit = 604'800'000; break;
        default: return bad("unknown unit '" + std::string(1, text[i]) + "'");
      }
      ++i;
    } else {
      return bad("a unit is missing after " + std::to_string(n));
    }
    if (n > (max - total) / unit) return std::unexpected("\"" + shown + "\" is longer than 100 years");
    total += n * unit;
    ++parts;
    while (i < text.size() && space(text[i])) ++i;
  }
  if (total == 0) return std::unexpected("\"" + shown + "\" is no time at all: a duration must be more than zero");
  return std::chrono::milliseconds(static_cast<std::int64_t>(total));
}

}  // namespace emdb::exchange
