// The journal's past and comparisons with another database, for the History,
// Removed Records and Compare dialogs. Every function runs on the worker
// thread (inside a DatabaseWorker job, with its WorkerContext); the scans
// report task progress and stop on Cancel.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

#include "session.hpp"

namespace browser {

class WorkerContext;

// One record of a key that the journal still holds.
struct VersionRow {
  bool removed = false;  // a removal; else a value written
  quint64 offset = 0;    // the frame's offset in the file
  qint64 size = 0;       // written: the value's size
  qint64 expiresAt = 0;  // written: Unix ms, 0 for none
  bool current = false;  // written: the record reads see now
};
struct HistoryResult {
  QString error{};  // the engine's sentence, or why it could not run
  bool cancelled = false;
  std::vector<VersionRow> versions{};  // oldest first
};
// Every version of `key` in namespace `ns` ("" the default) still in the journal.
HistoryResult keyHistory(WorkerContext& ctx, const QByteArray& ns, const QByteArray& key);

struct VersionValue {
  QString error{};
  QByteArray bytes{};  // the first `limit` bytes at most
  qint64 size = 0;     // the whole value's
};
// The value of the version of `key` whose frame starts at `offset`.
VersionValue readVersion(WorkerContext& ctx, const QByteArray& ns, const QByteArray& key, quint64 offset, qint64 limit);

struct RemovedRow {
  QByteArray key{};
  quint64 valueOffset = 0;  // the last value's version
  qint64 size = 0;
  qint64 expiresAt = 0;  // Unix ms, 0 for none
  quint64 removedOffset = 0;
};
struct RemovedResult {
  QString error{};
  bool cancelled = false;
  std::vector<RemovedRow> rows{};  // in key order
};
// Keys of `ns` absent now whose removal and last value are still in the journal.
RemovedResult removedRecords(WorkerContext& ctx, const QByteArray& ns);

// The values of removed records to stage back, read on the worker: each
// written with its old expiry, or none when that has passed. Stops at the
// first error (`error`, nothing staged).
struct RestoredValues {
  QString error{};
  std::vector<PendingChange> changes{};
};
RestoredValues restoredValues(WorkerContext& ctx, const QByteArray& ns, const std::vector<RemovedRow>& rows);

struct DiffRow {
  enum class Change { Added, Removed, Changed };  // in the other and not the open one; the reverse; both, different
  QByteArray ns{}, key{};
  Change change = Change::Changed;
  qint64 sizeOpen = -1, sizeOther = -1;  // -1: the side has no such record
  qint64 expiresOpen = 0, expiresOther = 0;
};
struct DiffResult {
  QString error{};
  bool cancelled = false;
  std::vector<DiffRow> rows{};
};
// Compares the open database (A) with the database file at `other` (B),
// opened read-only with `secret` (the open one's when it is encrypted too)
// and kept open for otherValue().
DiffResult compareWith(WorkerContext& ctx, const QString& other, const std::optional<Secret>& secret);
// The first `limit` bytes of a record of the open database, as reads see it now.
VersionValue readCurrent(WorkerContext& ctx, const QByteArray& ns, const QByteArray& key, qint64 limit);
// The first `limit` bytes of a record of the compared database at `other`.
VersionValue otherValue(WorkerContext& ctx, const QString& other, const QByteArray& ns, const QByteArray& key,
                        qint64 limit);
// Writes `rows` as JSON Lines (emdb diff --json's lines) to `path`; the error, or empty.
QString exportDifferences(const std::vector<DiffRow>& rows, const QString& path);

}  // namespace browser
