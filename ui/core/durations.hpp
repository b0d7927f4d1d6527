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
// An expiry (Unix ms, more than 0) as seen at `nowMs`, in the largest one or
// two of days, hours, minutes and seconds: "in 4 min", "in 2 h 5 min",
// "in 3 d" while it lies ahead, "expired 2 h ago" once it is at or before
// `nowMs` (less than a second ago: "expired just now"). Time ahead is rounded
// up to the second, so a record shows "in 1 s" until it expires; time past
// is rounded down. Translated (context "Durations"), counts in the current
// locale. Empty for no expiry (0 or less).
QString formatRelativeExpiry(qint64 expiresAtMs, qint64 nowMs);

}  // namespace browser
