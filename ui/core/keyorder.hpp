// A scope's keys in an order other than the index's (KeySort): by size, by
// expiry, descending, or with digit runs compared as numbers. The order is
// built on the worker from a pass over the scope's positions, a slice per
// job so that other work interleaves, keeping only the keys a scan keeps
// (scanKeeper()); then sorted in one job. Every function runs on the worker
// thread (inside a DatabaseWorker job).
//
// An order names rows by their offset from the scope's first position, so it
// holds 4 bytes a row (12 for size and expiry, which keep their values to
// place added keys); a natural order holds every key while it sorts. It
// stays true while the namespace is unchanged; whoever writes builds it anew.
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

#include "keyqueries.hpp"
#include "session.hpp"

namespace browser {

class WorkerContext;

// Records of a size or expiry that sort before or after every other.
inline constexpr qint64 kExpiredSize = -1;         // an expired record not yet swept
inline constexpr qint64 kNoExpiry = INT64_MAX;     // never expires: after every expiry
inline constexpr qint64 kExpiredExpiry = 0;        // expired already: before every expiry

struct KeyOrder {
  KeySort sort;
  qint64 begin = 0;              // the scope's first position
  std::vector<quint32> offsets;  // the rows: offsets from `begin`, in the order shown
  std::vector<qint64> values;    // by size or expiry: each row's, along `offsets`
};

// An order being built: opaque to the GUI, which passes it from job to job.
struct OrderBuild;

struct OrderStep {
  std::shared_ptr<OrderBuild> build;
  qint64 done = 0, total = 0;             // positions looked at, positions in the scope
  std::shared_ptr<const KeyOrder> order;  // set once built
  std::vector<AddedKey> added;            // with the order: where `candidates` go
  QString error;
};

// A key that pending edits add, with what it would sort by.
struct AddedCandidate {
  QByteArray key;
  qint64 size = 0, expiresAt = 0;  // expiresAt: Unix ms, 0 for none
};

// Starts an order of the scope's keys; nothing is read yet.
OrderStep startOrder(WorkerContext& ctx, const KeyScope& scope, const KeySort& sort);
// Goes on with `step.build` for at most `positions` positions; once past the
// last, sorts, and places `candidates` (keys pending edits add, in key order)
// among the rows (AddedKey::before counts rows shown before each).
OrderStep continueOrder(WorkerContext& ctx, const OrderStep& step, qint64 positions,
                        const std::vector<AddedCandidate>& candidates);

// Where `candidates` go among the rows of a built order.
std::vector<AddedKey> placeInOrder(WorkerContext& ctx, const KeyScope& scope, const KeyOrder& order,
                                   const std::vector<AddedCandidate>& candidates);

// The rows at `offsets` (from `begin`) of the scope's namespace, in that order.
RowBatch rowsAtOffsets(WorkerContext& ctx, const KeyScope& scope, qint64 begin, const std::vector<quint32>& offsets);

// The row of `key` in a built order, or -1.
int rowInOrder(WorkerContext& ctx, const KeyScope& scope, const KeyOrder& order, const QByteArray& key);

// Whether `a` sorts before `b` with digit runs compared as numbers (leading
// zeros aside; on a tie, fewer leading zeros first), other bytes byte by byte.
bool naturalLess(std::string_view a, std::string_view b);

}  // namespace browser
