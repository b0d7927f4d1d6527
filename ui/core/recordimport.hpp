// Import of a JSON Lines or CSV record file (as Export writes it) into the
// open database: first a preview that compares every record of the file with
// the database as stored, then the import itself, which writes the records
// that change something in one crash-atomic batch. Both read the file one
// record at a time and run on the worker thread (inside a DatabaseWorker
// job), with task progress (bytes of the file read) and Cancel.
#pragma once

#include <QByteArray>
#include <QString>
#include <set>
#include <utility>
#include <vector>

#include "maintenance.hpp"

namespace browser {

class WorkerContext;

// A record of the file whose key the database already holds with another
// value or another expiry.
struct ImportConflict {
  QByteArray ns{}, key{};  // ns: "" for the default namespace
  qint64 currentSize = 0, incomingSize = 0;
  QByteArray currentHead{}, incomingHead{};            // each value's first kHeadBytes bytes
  qint64 currentExpiresAt = 0, incomingExpiresAt = 0;  // Unix ms; 0: none
  bool valueDiffers = false;
  bool expiryDiffers() const { return currentExpiresAt != incomingExpiresAt; }
  static constexpr int kHeadBytes = 96;
};

// What importing a file would do, record by record (a key the file holds
// twice counts twice, each time against the database).
struct ImportPreview {
  enum class Status { Previewed, NoDatabase, CannotRead, Failed, Cancelled };
  Status status = Status::Previewed;
  QString message{};                     // Failed: the engine's sentence (a bad line is named)
  qint64 fresh = 0;                      // keys the database does not hold (or holds expired)
  qint64 conflicts = 0;                  // keys it holds with another value or expiry
  qint64 identical = 0;                  // keys it holds with the same value and expiry
  qint64 expired = 0;                    // records whose expiry has passed: never imported
  qint64 staged = 0;                     // unexpired records whose key has an edit staged (see previewImport)
  std::vector<ImportConflict> listed{};  // the first conflicts, at most the limit asked for
};
// Keys by namespace and key.
using RecordKeys = std::set<std::pair<QByteArray, QByteArray>>;
// Reads the file at `path` and compares each record with the open database
// as stored (what the import writes over); records whose key is among
// `staged` (edits pending in the window, which stay pending over whatever
// the import writes) are counted too. Writes nothing.
ImportPreview previewImport(WorkerContext& ctx, const QString& path, RecordFormat format, int listLimit,
                            const RecordKeys& staged = {});

// What the import does with a record whose key holds another value or expiry.
enum class ImportConflicts { Overwrite, Skip };

struct ImportResult {
  enum class Status { Imported, NoDatabase, CannotRead, Failed, Cancelled };
  Status status = Status::Imported;
  QString message{};   // Failed: the engine's sentence (a bad line is named)
  qint64 records = 0;  // written
  qint64 skipped = 0;  // identical, and conflicts when skipped
};
// Reads the file at `path` again, comparing each record with the database as
// it is now, and writes, in one crash-atomic batch, its new records and, with
// Overwrite, those that differ from the database; records
// identical to the database's and expired ones are left out. All of them or
// nothing (a bad line, Cancel or a failed write: nothing).
ImportResult importRecords(WorkerContext& ctx, const QString& path, RecordFormat format, ImportConflicts conflicts);

}  // namespace browser
