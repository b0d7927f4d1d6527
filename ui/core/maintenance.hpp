// The Tools menu's engine work: backup, compaction, integrity check, import,
// export and statistics. Every function runs on the worker thread (inside a
// DatabaseWorker job, with its WorkerContext) and returns plain values: codes
// and figures for the dialogs to word, and the engine's own sentences.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <array>
#include <limits>
#include <optional>
#include <vector>

#include "session.hpp"

namespace browser {

class WorkerContext;

// Why a backup of the database at `database` may not be written to `target`
// (it would write over the database or one of its own files, through any
// name), in the engine's words; empty when it may. Writes nothing.
QString backupTargetProblem(WorkerContext& ctx, const QString& database, const QString& target);

struct BackupResult {
  enum class Status {
    Written,         // the copy is written and opens: see source and copy
    NoDatabase,      // none is open
    Cancelled,       // nothing was written
    Failed,          // see message
    CopyDoesNotOpen  // written, but opening it failed: see message
  };
  Status status = Status::Written;
  QString message{};   // the engine's sentence
  qint64 source = -1;  // the database's records when the backup began; -1: unknown
  qint64 copy = 0;     // the records the copy holds
};
// Writes a consistent copy of the open database to `target` (task progress,
// Cancel), then opens the copy read-only with `secret`, as a restore would,
// and counts its records.
BackupResult backUp(WorkerContext& ctx, const QString& target, const std::optional<Secret>& secret);

// What compaction would leave: about journal - dead bytes.
struct CompactionSizes {
  qint64 file = 0;     // the file's size
  qint64 journal = 0;  // bytes holding frames
  qint64 dead = 0;     // bytes of replaced, removed and expired records
  QString error;       // the engine's sentence
};
// All zero when no database is open.
CompactionSizes compactionSizes(WorkerContext& ctx);

struct CompactionResult {
  enum class Status { Compacted, NoDatabase, Cancelled, Failed };
  Status status = Status::Compacted;
  QString message{};        // Failed: the engine's sentence
  CompactionSizes after{};  // Compacted: the sizes it left
};
// Compacts the open database (task progress, Cancel: the file is unchanged).
CompactionResult compact(WorkerContext& ctx);

// What a check of every frame of a database file found.
struct IntegrityFindings {
  quint64 fileSize = 0;
  quint64 frames = 0;       // valid frames read, markers and names included
  quint64 records = 0;      // inserts and removes among them
  quint64 liveRecords = 0;  // records a read-only open indexes, every namespace
  quint64 deadRecords = 0;  // inserts replaced or removed since, and removes
  quint64 validBytes = 0;   // bytes up to the end of the last valid frame
  // Where the first bad frame starts, and why; nothing when every byte is sound.
  std::optional<quint64> firstBadOffset;
  QString reason;
  bool tornTail = false;  // the bad part is an interrupted last write, not corruption
  // What the check noticed that is not damage (structures emdb 0.9.7 reads
  // in its own way, batches a crash left incomplete), in journal order.
  struct Note {
    quint64 offset = 0;  // the frame it concerns
    QString what;        // the engine's sentence
  };
  std::vector<Note> notes;
  bool sound() const { return !firstBadOffset; }
};
struct IntegrityResult {
  QString error;  // the check could not run: the engine's sentence
  IntegrityFindings findings;
};
// Reads every frame of the database file at `path`, decrypting with `secret`
// when given (task progress, Cancel). Writes nothing.
IntegrityResult checkIntegrity(WorkerContext& ctx, const QString& path, const std::optional<Secret>& secret);

// The record files Export writes and Import reads (emdb's exchange formats;
// the import itself: recordimport.hpp).
enum class RecordFormat { JsonLines, Csv };

struct ExportResult {
  enum class Status {
    Exported,
    NamespaceGone,  // the scope's namespace no longer exists
    CannotWrite,    // the file could not be created
    WriteFailed,    // writing the file failed (a full disk)
    Cancelled,
    Failed  // see message
  };
  Status status = Status::Exported;
  QString message{};   // Failed: the engine's sentence
  qint64 records = 0;  // written, also when it stopped early
};
// Writes the records of `keys` of the scope's namespace, or when `keys` is
// empty those of the scope's range that its pattern keeps, to `path` (task
// progress, Cancel). Records expired or removed meanwhile are left out.
ExportResult exportRecords(WorkerContext& ctx, const KeyScope& scope, const QList<QByteArray>& keys,
                           const QString& path, RecordFormat format);

// The open database's figures (Database::stats()).
struct DatabaseFigures {
  quint64 records = 0;         // every namespace, expired but unswept ones included
  quint64 defaultRecords = 0;  // the default namespace's
  quint64 namedNamespaces = 0;
  quint64 fileSize = 0;
  quint64 journalBytes = 0;       // bytes holding frames
  quint64 preallocatedBytes = 0;  // the file beyond the frames
  quint64 liveBytes = 0;          // expired but unswept records' included
  quint64 deadBytes = 0;          // what compaction drops, expired records' included
  quint64 expiredBytes = 0;
  quint64 expiredRecords = 0;   // expired, not yet swept
  quint64 checkpointBytes = 0;  // journal bytes the checkpoint covers; 0: none
  bool rangeScans = false;
  bool encrypted = false;
  std::optional<quint64> firstBadOffset;  // a read-only open of a damaged file
  struct Namespace {
    QByteArray name;  // "": the default namespace
    quint64 records = 0;
    quint64 bytes = 0;
  };
  std::vector<Namespace> namespaces;  // in name order
};
// Nothing when no database is open or the figures cannot be read.
std::optional<DatabaseFigures> databaseFigures(WorkerContext& ctx);

// Records counted by key and value size and by expiry, from a scan of every
// namespace's unexpired records (expired ones: from the figures).
struct RecordScan {
  // Size buckets: bucket b holds sizes up to 2^b bytes (bucket 0: up to 1
  // byte); the last one every size above 2^(kSizeBuckets - 2).
  static constexpr int kSizeBuckets = 22;
  // Expiry buckets, by the time left from now (ms): bucket 0 holds expired
  // records, bucket b > 0 those that expire within kExpiryLimits[b].
  static constexpr std::array<qint64, 6> kExpiryLimits{
      0, 3'600'000, 86'400'000, 7 * 86'400'000LL, 30 * 86'400'000LL, std::numeric_limits<qint64>::max()};
  std::array<qint64, kSizeBuckets> keys{}, values{};
  std::array<qint64, kExpiryLimits.size()> expiry{};
  qint64 never = 0;    // records without an expiry
  qint64 records = 0;  // records scanned
  bool cancelled = false;
  QString error;  // the engine's sentence
};
// Task progress, Cancel. Nothing counted when no database is open.
RecordScan scanRecords(WorkerContext& ctx);

}  // namespace browser
