// Where a KeyScope's keys sit in their namespace's ordered index, and which
// of them its pattern keeps. Engine calls: worker thread only (the keyspace
// comes from WorkerContext::space()).
#pragma once

#include <QString>
#include <functional>
#include <string>

#include "session.hpp"

namespace emdb {
class Keyspace;
}

namespace browser {

// The positions [begin, begin + count) of the keys that pass the scope's
// prefixes and bounds: each is a run of positions, and so is their overlap.
struct ScopeRange {
  qint64 begin = 0, count = 0;
  QString error;
};
ScopeRange resolveScope(const emdb::Keyspace& space, const KeyScope& scope);

// Whether a key passes the scope's pattern (always, without one). The pattern
// sees the key as the table shows it (text, or hex for binary keys).
std::function<bool(const QByteArray&)> patternMatcher(const KeyScope& scope);

// How much of a value a regular expression of a value query sees.
inline constexpr qint64 kValueRegexBytes = 4 << 20;
// Why the scope's value query cannot be searched for (hex digits that are
// not whole bytes, a regular expression that does not compile); empty when
// it can.
QString valueQueryProblem(const KeyScope& scope);
// Whether `value` (a whole value) holds what the scope's value query asks
// for; always without one, never for a query with a problem.
bool valueMatches(const KeyScope& scope, const QByteArray& value);
// The same against a stored record, reading its value a piece at a time
// (never all of a large value at once). False with `error` set when the value
// cannot be read; false for an absent (or expired) record.
using ValueMatcher = std::function<bool(const emdb::Keyspace& space, const std::string& key, QString& error)>;
ValueMatcher valueMatcher(const KeyScope& scope);

// What a scan of the scope keeps of its stored keys: those its pattern keeps,
// not expired when expired records are hidden, whose value holds the value
// query. False with `error` set when a record cannot be read.
using ScanKeeper = std::function<bool(const emdb::Keyspace& space, const std::string& key, QString& error)>;
ScanKeeper scanKeeper(const KeyScope& scope);

}  // namespace browser
