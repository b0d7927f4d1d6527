#include "bytesearch.hpp"

#include <QRegularExpression>
#include <algorithm>

#include "valueformat.hpp"

namespace browser {

std::optional<QByteArray> parseHexBytes(const QString& text) {
  QString digits = text.trimmed();
  // 0x before the whole or before each byte; spaces and colons between bytes.
  static const QRegularExpression prefix(QStringLiteral("(^|[\\s:])0[xX]"));
  digits.replace(prefix, QStringLiteral("\\1"));
  if (digits.contains(QLatin1String("::"))) return std::nullopt;
  digits.replace(QLatin1Char(':'), QLatin1Char(' '));
  auto bytes = fromHex(digits);
  if (!bytes || bytes->isEmpty()) return std::nullopt;
  return bytes;
}

std::optional<QByteArray> needleFor(const QString& text, bool hex) {
  if (text.isEmpty()) return std::nullopt;
  if (!hex) return text.toUtf8();
  if (text.size() >= 3 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
    return text.mid(1, text.size() - 2).toUtf8();
  return parseHexBytes(text);
}

qint64 findBytes(QByteArrayView hay, QByteArrayView needle, qint64 from, SearchDirection direction) {
  const qint64 n = needle.size(), total = hay.size();
  if (n == 0 || n > total) return -1;
  from = std::clamp<qint64>(from, 0, total);
  if (direction == SearchDirection::Forward) {
    if (const qint64 at = hay.indexOf(needle, from); at >= 0) return at;
    return hay.left(std::min(total, from + n - 1)).indexOf(needle);
  }
  // A match starting before `from`: it ends before from + n - 1.
  if (from > 0)
    if (const qint64 at = hay.left(std::min(total, from - 1 + n)).lastIndexOf(needle); at >= 0) return at;
  const qint64 at = hay.lastIndexOf(needle);
  return at;
}

}  // namespace browser
