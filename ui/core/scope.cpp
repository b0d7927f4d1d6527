#include "scope.hpp"

#include <QRegularExpression>
#include <emdb/emdb.hpp>

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

}  // namespace browser
