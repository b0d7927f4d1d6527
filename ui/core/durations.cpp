#include "durations.hpp"

#include <QRegularExpression>
#include <QStringList>
#include <iterator>
#include <limits>

namespace browser {

std::optional<std::chrono::milliseconds> parseDuration(const QString& text) {
  const QString t = text.trimmed().toLower();
  if (t.isEmpty()) return std::nullopt;
  bool bare = false;
  const qint64 seconds = t.toLongLong(&bare);
  if (bare) return seconds > 0 ? std::optional(std::chrono::milliseconds(seconds * 1000)) : std::nullopt;
  static const QRegularExpression part(QStringLiteral(R"(\s*(\d+)\s*(ms|w|d|h|m|s)\s*)"));
  qint64 total = 0;
  qsizetype at = 0;
  while (at < t.size()) {
    const auto m = part.matchView(QStringView(t), at, QRegularExpression::NormalMatch,
                                  QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch()) return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 ms = unit == u"ms"  ? 1
                      : unit == u"s" ? 1000
                      : unit == u"m" ? 60'000
                      : unit == u"h" ? 3'600'000
                      : unit == u"d" ? 86'400'000
                                     : 604'800'000;
    if (n > std::numeric_limits<qint64>::max() / ms - total / ms) return std::nullopt;
    total += n * ms;
    at = m.capturedEnd(0);
  }
  if (total <= 0) return std::nullopt;
  return std::chrono::milliseconds(total);
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
