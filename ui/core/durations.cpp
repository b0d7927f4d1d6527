#include "durations.hpp"

#include <emdb/duration.hpp>

#include <QStringList>
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

}  // namespace browser
