// The namespace tree's engine work: the namespaces with their record counts,
// and the groups of keys that share a prefix up to a separator, a batch at a
// time and never by loading every key. Every function runs on the worker
// thread (inside a DatabaseWorker job) and returns plain values for the GUI.
#pragma once

#include <QByteArray>
#include <QString>
#include <utility>
#include <vector>

namespace browser {

class WorkerContext;

struct NamespaceListing {
  std::vector<std::pair<QByteArray, qint64>> spaces;  // name and records; "" first: the default namespace
  QString error;                                      // the engine's sentence
};
// Empty when no database is open.
NamespaceListing listNamespaces(WorkerContext& ctx);

// The keys that start with `prefix` (which ends at a separator).
struct KeyGroup {
  QByteArray prefix;
  qint64 count = 0;
};
struct GroupBatch {
  std::vector<KeyGroup> groups;  // in key order
  qint64 next = 0;               // the position the next batch starts at
  bool done = true;              // no groups after these
  QString error;                 // the engine's sentence
};
// Up to `limit` groups of the keys of namespace `ns` under `prefix`, split
// on `sep`, starting at position `from` (-1: the prefix's first key); empty
// and done when the namespace does not exist. Each group costs a few
// O(log n) lookups; keys without a separator cost one step each, capped.
GroupBatch groupsOf(WorkerContext& ctx, const QByteArray& ns, const QByteArray& prefix, char sep, qint64 from,
                    int limit);

}  // namespace browser
