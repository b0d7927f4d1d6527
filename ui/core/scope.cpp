#include "scope.hpp"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cstring>
#include <memory>
#include <emdb/emdb.hpp>
#include <optional>

#include "valueformat.hpp"

namespace browser {

ScopeRange resolveScope(const emdb::Keyspace& space, const KeyScope& scope) {
  auto len = space.len();
  if (!len) return {0, 0, QString::fromStdString(len.error().message())};
  qint64 begin = 0, end = qint64(*len);
  QString error;
  auto pos = [&](const QByteArray& key) -> qint64 {
    auto p = space.position_of(key.toStdString());
    if (!p) {
      error = QString::fromStdString(p.error().message());
      return 0;
    }
    return qint64(*p);
  };
  const QByteArray zero(1, '\0');  // k + "\0" is the key right after k
  for (const QByteArray& prefix : {scope.prefix, scope.filterPrefix}) {
    if (prefix.isEmpty()) continue;
    begin = std::max(begin, pos(prefix));
    if (auto succ = prefixSuccessor(prefix)) end = std::min(end, pos(*succ));
  }
  if (scope.from) begin = std::max(begin, pos(scope.from->inclusive ? scope.from->key : scope.from->key + zero));
  if (scope.to) end = std::min(end, pos(scope.to->inclusive ? scope.to->key + zero : scope.to->key));
  if (!error.isEmpty()) return {0, 0, error};
  return {begin, std::max<qint64>(0, end - begin), {}};
}

std::function<bool(const QByteArray&)> patternMatcher(const KeyScope& scope) {
  if (scope.pattern.isEmpty()) return [](const QByteArray&) { return true; };
  const QString pattern = scope.syntax == KeyScope::Syntax::Glob
                              ? QRegularExpression::wildcardToRegularExpression(scope.pattern)
                              : scope.pattern;
  return [re = QRegularExpression(pattern)](const QByteArray& key) { return re.match(keyDisplay(key)).hasMatch(); };
}

namespace {

// The bytes a Text or Hex query looks for (ASCII letters folded to lower
// case for Text), or nothing when a Hex query is not whole bytes.
std::optional<QByteArray> needleOf(const KeyScope& scope) {
  if (scope.valueSyntax == KeyScope::ValueSyntax::Hex) {
    QString digits = scope.valueQuery;
    digits.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) digits = digits.mid(2);
    return fromHex(digits);
  }
  return scope.valueQuery.toUtf8().toLower();
}

QRegularExpression regexOf(const KeyScope& scope) {
  return QRegularExpression(scope.valueQuery, QRegularExpression::DontCaptureOption);
}

// Whether `hay` holds `needle`, ASCII letters of `hay` folded when `fold`.
bool holds(QByteArrayView hay, const QByteArray& needle, bool fold) {
  if (!fold) return hay.indexOf(needle) >= 0;
  return QByteArray(hay.data(), hay.size()).toLower().indexOf(needle) >= 0;
}

}  // namespace

QString valueQueryProblem(const KeyScope& scope) {
  if (scope.valueQuery.isEmpty()) return {};
  if (scope.valueSyntax == KeyScope::ValueSyntax::Regex) {
    const QRegularExpression re = regexOf(scope);
    return re.isValid() ? QString() : re.errorString();
  }
  const auto needle = needleOf(scope);
  if (!needle || needle->isEmpty())
    return QCoreApplication::translate("KeyScope", "hex digits, two for each byte (spaces and colons allowed)");
  return {};
}

bool valueMatches(const KeyScope& scope, const QByteArray& value) {
  if (scope.valueQuery.isEmpty()) return true;
  if (!valueQueryProblem(scope).isEmpty()) return false;
  if (scope.valueSyntax == KeyScope::ValueSyntax::Regex)
    return regexOf(scope).match(QString::fromUtf8(value.left(kValueRegexBytes))).hasMatch();
  return holds(value, *needleOf(scope), scope.valueSyntax == KeyScope::ValueSyntax::Text);
}

ValueMatcher valueMatcher(const KeyScope& scope) {
  if (scope.valueQuery.isEmpty()) return [](const emdb::Keyspace&, const std::string&, QString&) { return true; };
  if (!valueQueryProblem(scope).isEmpty())
    return [](const emdb::Keyspace&, const std::string&, QString&) { return false; };
  if (scope.valueSyntax == KeyScope::ValueSyntax::Regex) {
    return [re = regexOf(scope)](const emdb::Keyspace& space, const std::string& key, QString& error) {
      std::string buf;
      auto size = space.read_value(key, 0, {});
      if (!size) {
        error = QString::fromStdString(size.error().message());
        return false;
      }
      if (!*size) return false;
      buf.resize(std::size_t(std::min<std::uint64_t>((*size)->size, std::uint64_t(kValueRegexBytes))));
      auto part = space.read_value(key, 0, buf);
      if (!part || !*part) {
        if (!part) error = QString::fromStdString(part.error().message());
        return false;
      }
      buf.resize((*part)->copied);
      return re.match(QString::fromUtf8(buf.data(), qsizetype(buf.size()))).hasMatch();
    };
  }
  // Text and hex: the value a piece at a time, each piece after the last
  // needle - 1 bytes of the one before, so a match across two is found.
  const QByteArray needle = *needleOf(scope);
  const bool fold = scope.valueSyntax == KeyScope::ValueSyntax::Text;
  // One buffer for every record this matcher reads (a scan chunk's).
  auto buffer = std::make_shared<std::string>();
  return [needle, fold, buffer](const emdb::Keyspace& space, const std::string& key, QString& error) {
    constexpr std::size_t kPiece = 1 << 20;
    const std::size_t keep = std::size_t(needle.size()) - 1;
    std::string& buf = *buffer;
    if (buf.size() < keep + kPiece) buf.resize(keep + kPiece);
    std::size_t carried = 0;
    for (std::uint64_t offset = 0;;) {
      auto part = space.read_value(key, offset, std::span<char>(buf.data() + carried, kPiece));
      if (!part) {
        error = QString::fromStdString(part.error().message());
        return false;
      }
      if (!*part) return false;
      const std::size_t have = carried + (*part)->copied;
      if (holds(QByteArrayView(buf.data(), qsizetype(have)), needle, fold)) return true;
      offset += (*part)->copied;
      if ((*part)->copied == 0 || offset >= (*part)->size) return false;
      carried = std::min(keep, have);
      std::memmove(buf.data(), buf.data() + have - carried, carried);
    }
  };
}

ScanKeeper scanKeeper(const KeyScope& scope) {
  return [matches = patternMatcher(scope), holds = valueMatcher(scope), hideExpired = scope.hideExpired](
             const emdb::Keyspace& space, const std::string& key, QString& error) {
    if (!matches(QByteArray::fromStdString(key))) return false;
    if (hideExpired) {
      auto present = space.contains_key(key);
      if (present && !*present) return false;  // expired, not yet swept
    }
    return holds(space, key, error);
  };
}

}  // namespace browser
