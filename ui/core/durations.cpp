#include "durations.hpp"

#include <emdb/duration.hpp>

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <iterator>
#include <limits>

namespace browser {

std::optional<std::chrono::milliseconds> parseDuration(const QString& text) {
  auto d = emdb::exchange::parse_duration(text.toStdString());
  if (!d) return std::nullopt;
  return *d;
}

QString durationError(const QString& text) {
  auto d = emdb::exchange::parse_duration(text.toStdString());
  return d ? QString() : QString::fromStdString(d.error());
}

QString formatDuration(std::chrono::milliseconds d) {
  qint64 ms = d.count();
  if (ms < 1000) return QStringLiteral("%1ms").arg(ms);
  struct Unit {
    qint64 ms;
    const char* name;
  };
  static constexpr Unit units[] = {{86'400'000, "d"}, {3'600'000, "h"}, {60'000, "m"}, {1000, "s"}};
  QStringList parts;
  auto part = [](qint64 n, const Unit& u) { return QStringLiteral("%1%2").arg(n).arg(QLatin1StringView(u.name)); };
  for (std::size_t i = 0; i < std::size(units); ++i) {
    if (ms < units[i].ms) continue;
    parts << part(ms / units[i].ms, units[i]);
    ms %= units[i].ms;
    if (i + 1 < std::size(units) && ms >= units[i + 1].ms) parts << part(ms / units[i + 1].ms, units[i + 1]);
    break;
  }
  return parts.join(QLatin1Char(' '));
}

QString formatRelativeExpiry(qint64 expiresAtMs, qint64 nowMs) {
  if (expiresAtMs <= 0) return {};
  const bool ahead = expiresAtMs > nowMs;
  // Ahead: rounded up, so the last second before expiry shows "in 1 s".
  const qint64 delta = ahead ? expiresAtMs - nowMs : nowMs - expiresAtMs;
  qint64 seconds = ahead ? (delta + 999) / 1000 : delta / 1000;
  if (seconds == 0) return QCoreApplication::translate("Durations", "expired just now");
  auto unit = [](int i, qint64 n) {
    const int count = int(std::min<qint64>(n, std::numeric_limits<int>::max()));
    switch (i) {
      case 0: return QCoreApplication::translate("Durations", "%Ln d", "days", count);
      case 1: return QCoreApplication::translate("Durations", "%Ln h", "hours", count);
      case 2: return QCoreApplication::translate("Durations", "%Ln min", "minutes", count);
      default: return QCoreApplication::translate("Durations", "%Ln s", "seconds", count);
    }
  };
  static constexpr qint64 units[] = {86'400, 3'600, 60, 1};
  QStringList parts;
  for (std::size_t i = 0; i < std::size(units); ++i) {
    if (seconds < units[i]) continue;
    parts << unit(int(i), seconds / units[i]);
    seconds %= units[i];
    if (i + 1 < std::size(units) && seconds >= units[i + 1]) parts << unit(int(i + 1), seconds / units[i + 1]);
    break;
  }
  const QString span = parts.join(QLatin1Char(' '));
  return ahead
             ? QCoreApplication::translate("Durations", "in %1", "an expiry ahead: in 2 h 5 min").arg(span)
             : QCoreApplication::translate("Durations", "expired %1 ago", "an expiry past: expired 2 h ago").arg(span);
}

}  // namespace browser
