// The key table's engine work: counting a scope, reading rows by position or
// by key, scanning for a pattern, finding a key's row, and placing keys that
// edits add among the stored ones. Every function runs on the worker thread
// (inside a DatabaseWorker job) and returns plain values for the GUI.
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

#include "session.hpp"

namespace browser {

class WorkerContext;

// One row as the table shows it.
struct KeyRow {
  QByteArray key;
  QByteArray preview;    // the first bytes of the value
  qint64 size = 0;       // the whole value's size
  qint64 expiresAt = 0;  // Unix ms; 0: no expiry
  bool expired = false;  // expired, not yet swept
};

// A scope's keys are the positions [begin, begin + rows) of its namespace's
// ordered index; with `scan`, only those its pattern keeps (or that have not
// expired) are shown, found by scanScope().
struct ScopeCount {
  qint64 begin = 0, rows = 0;
  bool scan = false;
  QString error;
};
ScopeCount countScope(WorkerContext& ctx, const KeyScope& scope);

struct RowBatch {
  std::vector<KeyRow> rows;  // in order; fewer than asked when the scope shrank
  QString error;
};
// The rows at positions [first, first + count) of the scope's namespace.
RowBatch rowsAt(WorkerContext& ctx, const KeyScope& scope, qint64 first, int count);
// The rows of `keys` (found by a scan), in the same order.
RowBatch rowsOf(WorkerContext& ctx, const KeyScope& scope, const std::vector<QByteArray>& keys);

struct ScanChunk {
  std::vector<QByteArray> matches;  // in key order
  qint64 next = 0;                  // the position to go on from
  QString error;
};
// Scans positions [from, to) for the keys the scope's pattern keeps.
ScanChunk scanScope(WorkerContext& ctx, const KeyScope& scope, qint64 from, qint64 to);

// Every stored key the scope shows, in key order: its range, kept by its
// scan when it filters (a pattern, a value query, hidden expired records).
// Reports progress through the context; stops with `cancelled` when asked,
// and with `tooMany` (no keys) once more than `most` are found.
struct ScopeKeys {
  std::vector<QByteArray> keys;
  QString error;
  bool cancelled = false;
  bool tooMany = false;
};
ScopeKeys collectScope(WorkerContext& ctx, const KeyScope& scope, qint64 most);

// The stored row of `key` counted from `begin` (within `rows`), or -1.
int storedRowOf(WorkerContext& ctx, const KeyScope& scope, const QByteArray& key, qint64 begin, qint64 rows);

// A key that a pending edit adds, placed among the stored keys of a scope.
struct AddedKey {
  QByteArray key;
  qint64 before = 0;  // how many of the scope's stored keys sort before it
};
// Of `candidates` (keys with a pending value, in key order), those that the
// scope includes and the namespace does not hold yet.
std::vector<AddedKey> placeAddedKeys(WorkerContext& ctx, const KeyScope& scope, qint64 begin, qint64 rows,
                                     const std::vector<QByteArray>& candidates);

// Whether `key` passes the scope's prefixes, bounds and pattern (a key that
// is not stored yet; stored keys are found by position).
bool scopeIncludes(const KeyScope& scope, const QByteArray& key);

}  // namespace browser
