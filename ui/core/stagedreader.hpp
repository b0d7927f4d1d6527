// StagedReader: the bytes of a StreamedValue, read on the worker. It opens
// the value's base (the file, or the record's stored value, read in parts
// with Keyspace::read_value), refuses a base whose size changed since the value was staged, and
// serves any range with the staged patches laid over it, for showing the
// value a page at a time and for writing it as a stream.
#pragma once

#include <QString>
#include <emdb/write_batch.hpp>
#include <memory>
#include <optional>
#include <span>

#include "bytesearch.hpp"
#include "session.hpp"

namespace browser {

class WorkerContext;

class StagedReader {
 public:
  // Opens the base of `value` for the record `key` of namespace `ns`;
  // nothing and a sentence in `error` when the file or the record is gone or
  // changed size.
  static std::optional<StagedReader> open(WorkerContext& ctx, const QByteArray& ns, const QByteArray& key,
                                          const StreamedValue& value, QString* error);

  // The record's stored value as it is now (no patches).
  static std::optional<StagedReader> openStored(WorkerContext& ctx, const QByteArray& ns, const QByteArray& key,
                                                QString* error);

  qint64 size() const;
  // Fills `out` with the bytes [offset, offset + out.size()) (inside the value).
  bool read(qint64 offset, std::span<char> out, QString* error) const;
  // The same bytes, for WriteBatch::insert_from; shares this reader's base.
  emdb::ValueSource source() const;
  // Forward: the offset of the first `needle` at or after `from`, else the
  // first before it; Backward: the last one starting before `from`, else the
  // last after it (the search wraps round, as findBytes() does). A match
  // across two pieces read is found. -1 when there is none, and nothing
  // when `progress` (bytes searched, of the value's size) returned false or
  // a read failed (then `error` says why).
  std::optional<qint64> find(const QByteArray& needle, qint64 from, const emdb::Progress& progress,
                             QString* error, SearchDirection direction = SearchDirection::Forward) const;

 private:
  struct Base;
  explicit StagedReader(std::shared_ptr<Base> base) : base_(std::move(base)) {}
  std::shared_ptr<Base> base_;
};

}  // namespace browser
