// Durations as people type them, shared by the command-line tool and the
// browser: "500ms", "90s", "15m", "1h30m", "2d", "1w 2d".
#pragma once

#include <chrono>
#include <expected>
#include <string>
#include <string_view>

namespace emdb::exchange {

// The longest duration accepted: 100 years (of 365.25 days).
inline constexpr std::chrono::milliseconds kMaxDuration{3'155'760'000'000};

// Numbers each followed by a unit, ms, s, m, h, d or w (upper or lower case,
// spaces allowed around the parts); a bare number is seconds. The total must
// be more than zero and at most kMaxDuration. Otherwise the error says why,
// in a sentence a user can read.
std::expected<std::chrono::milliseconds, std::string> parse_duration(std::string_view text);

}  // namespace emdb::exchange
