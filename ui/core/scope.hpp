// Where a KeyScope's keys sit in their namespace's ordered index, and which
// of them its pattern keeps. Engine calls: worker thread only (the keyspace
// comes from WorkerContext::space()).
#pragma once

#include <QString>
#include <functional>

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

}  // namespace browser
