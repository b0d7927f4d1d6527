// Durations as users type them: "90s", "15m", "1h30m", "2d", "1w".
#pragma once

#include <QString>
#include <chrono>
#include <optional>

namespace browser {

// Numbers each followed by w, d, h, m, s or ms (spaces allowed between parts);
// a bare number is seconds; more than zero and at most 100 years. The same
// rules as `emdb` (emdb::exchange::parse_duration). Nothing for anything else.
std::optional<std::chrono::milliseconds> parseDuration(const QString& text);
// Why `text` is not a duration (empty when it is one).
QString durationError(const QString& text);
// The largest two units: "1h 30m", "2d 4h", "45s".
QString formatDuration(std::chrono::milliseconds d);

}  // namespace browser
