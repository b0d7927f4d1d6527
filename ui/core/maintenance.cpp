#include "maintenance.hpp"

#include <QDateTime>
#include <algorithm>
#include <bit>
#include <cstdint>
#include <emdb/exchange.hpp>
#include <fstream>
#include <string>

#include "engineconversions.hpp"
#include "scope.hpp"
#include "workercontext.hpp"

namespace browser {

namespace {

int sizeBucket(std::size_t n) {
  const int b = n <= 1 ? 0 : int(std::bit_width(n - 1));
  return std::min(b, RecordScan::kSizeBuckets - 1);
}

}  // namespace

QString backupTargetProblem(WorkerContext& ctx, const QString& database, const QString& target) {
  ctx.assertWorkerThread("backupTargetProblem");
  auto r = emdb::Database::check_backup_target(toPath(database), toPath(target));
  return r ? QString() : errorText(r.error());
}

BackupResult backUp(WorkerContext& ctx, const QString& target, const std::optional<Secret>& secret) {
  using Status = BackupResult::Status;
  emdb::Database* db = ctx.database();
  if (!db) return {.status = Status::NoDatabase};
  const auto before = db->stats();
  if (auto r = db->backup_to(toPath(target), ctx.progress()); !r) {
    if (r.error().code() == emdb::ErrorCode::Cancelled) return {.status = Status::Cancelled};
    return {.status = Status::Failed, .message = errorText(r.error())};
  }
  // Open the copy, as a restore would, and count its records.
  auto copy = withSecret(emdb::Database::builder().path(toPath(target)).read_only(true), secret).build();
  if (!copy) return {.status = Status::CopyDoesNotOpen, .message = errorText(copy.error())};
  const auto after = copy->stats();
  if (!after) return {.status = Status::Failed, .message = errorText(after.error())};
  return {.status = Status::Written,
          .source = before ? qint64(before->total_live_records) : -1,
          .copy = qint64(after->total_live_records)};
}

CompactionSizes compactionSizes(WorkerContext& ctx) {
  CompactionSizes s;
  emdb::Database* db = ctx.database();
  if (!db) return s;
  auto st = db->stats();
  if (!st) {
    s.error = errorText(st.error());
    return s;
  }
  s.file = qint64(st->file_size_bytes);
  s.journal = qint64(st->logical_size_bytes);
  s.dead = qint64(st->dead_bytes);
  return s;
}

CompactionResult compact(WorkerContext& ctx) {
  using Status = CompactionResult::Status;
  emdb::Database* db = ctx.database();
  if (!db) return {.status = Status::NoDatabase};
  if (auto r = db->compact(ctx.progress()); !r) {
    if (r.error().code() == emdb::ErrorCode::Cancelled) return {.status = Status::Cancelled};
    return {.status = Status::Failed, .message = errorText(r.error())};
  }
  return {.status = Status::Compacted, .after = compactionSizes(ctx)};
}

IntegrityResult checkIntegrity(WorkerContext& ctx, const QString& path, const std::optional<Secret>& secret) {
  std::optional<emdb::EncryptionInput> key;
  if (secret) key = encryptionInput(*secret);
  auto r = emdb::Database::check(toPath(path), key, ctx.progress());
  if (!r) return {errorText(r.error()), {}};
  IntegrityResult out;
  IntegrityFindings& f = out.findings;
  f.fileSize = r->file_size;
  f.frames = r->frames;
  f.records = r->records;
  f.liveRecords = r->live_records;
  f.deadRecords = r->dead_records;
  f.validBytes = r->valid_bytes;
  f.firstBadOffset = r->first_bad_offset;
  f.reason = QString::fromStdString(r->reason);
  f.tornTail = r->torn_tail;
  for (const auto& n : r->notes) f.notes.push_back({n.offset, QString::fromStdString(n.what)});
  return out;
}

ExportResult exportRecords(WorkerContext& ctx, const KeyScope& scope, const QList<QByteArray>& keys,
                           const QString& path, RecordFormat format) {
  using Status = ExportResult::Status;
  ExportResult out;
  emdb::Keyspace* space = ctx.space(scope.ns);
  if (!space) return {.status = Status::NamespaceGone};
  std::ofstream file(toPath(path), std::ios::binary | std::ios::trunc);
  if (!file) return {.status = Status::CannotWrite};
  const bool csv = format == RecordFormat::Csv;
  if (csv) file << emdb::exchange::csv_header() << '\n';
  auto progress = ctx.progress();
  const std::string ns = scope.ns.toStdString();
  auto write = [&](const std::string& key) {
    // The value where the engine keeps it, written a piece at a time.
    auto value = space->get_zerocopy(key);
    if (!value || !*value) return;  // expired or removed meanwhile
    emdb::exchange::ItemView item{ns, key, (*value)->view(), 0};
    if (auto e = space->expires_at(key); e && *e) item.expires_at = **e;
    if (csv)
      emdb::exchange::write_csv_row(file, item);
    else
      emdb::exchange::write_json_line(file, item);
    file.put('\n');
    ++out.records;
  };
  auto stop = [&](Status status, QString message = {}) {
    out.status = status;
    out.message = std::move(message);
    return out;
  };
  if (!keys.isEmpty()) {
    for (qsizetype i = 0; i < keys.size(); ++i) {
      write(keys[i].toStdString());
      if (!progress(std::uint64_t(i + 1), std::uint64_t(keys.size()))) return stop(Status::Cancelled);
    }
  } else {
    const ScopeRange r = resolveScope(*space, scope);
    if (!r.error.isEmpty()) return {.status = Status::Failed, .message = r.error};
    const auto matches = patternMatcher(scope);
    for (qint64 p = r.begin; p < r.begin + r.count; ++p) {
      auto key = space->key_at(std::size_t(p));
      if (!key) return stop(Status::Failed, errorText(key.error()));
      if (!*key) break;
      if (matches(QByteArray::fromStdString(**key))) write(**key);
      if ((p - r.begin) % 1024 == 0 && !progress(std::uint64_t(p - r.begin), std::uint64_t(r.count)))
        return stop(Status::Cancelled);
    }
  }
  file.flush();
  if (!file) return stop(Status::WriteFailed);
  return out;
}

std::optional<DatabaseFigures> databaseFigures(WorkerContext& ctx) {
  emdb::Database* db = ctx.database();
  if (!db) return std::nullopt;
  auto s = db->stats();
  if (!s) return std::nullopt;
  DatabaseFigures f;
  f.records = s->total_live_records;
  f.defaultRecords = s->live_records;
  f.namedNamespaces = s->namespace_count;
  f.fileSize = s->file_size_bytes;
  f.journalBytes = s->logical_size_bytes;
  f.preallocatedBytes = s->preallocated_bytes;
  f.liveBytes = s->live_bytes;
  f.deadBytes = s->dead_bytes;
  f.expiredBytes = s->expired_bytes;
  f.expiredRecords = s->expired_records;
  f.checkpointBytes = s->checkpoint_bytes;
  f.rangeScans = s->range_scans_enabled;
  f.encrypted = s->encrypted;
  f.firstBadOffset = s->first_bad_offset;
  for (const auto& [name, ns] : s->namespaces)
    f.namespaces.push_back({QByteArray::fromStdString(name), ns.live_records, ns.live_bytes});
  return f;
}

RecordScan scanRecords(WorkerContext& ctx) {
  RecordScan out;
  emdb::Database* db = ctx.database();
  if (!db) return out;
  auto stats = db->stats();
  const std::uint64_t total = stats ? stats->total_live_records : 0;
  // Streams skip expired records: their count comes from the statistics.
  out.expiry[0] = stats ? qint64(stats->expired_records) : 0;
  auto progress = ctx.progress();
  std::vector<std::string> names{""};
  if (auto n = db->list_namespaces()) names.insert(names.end(), n->begin(), n->end());
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  std::uint64_t done = 0;
  for (const std::string& name : names) {
    emdb::Keyspace* space = ctx.space(QByteArray::fromStdString(name));
    if (!space) continue;
    auto keys = space->keys();
    if (!keys) {
      out.error = errorText(keys.error());
      return out;
    }
    for (const std::string& k : *keys) {
      ++out.records;
      ++out.keys[std::size_t(sizeBucket(k.size()))];
      auto v = space->get_zerocopy(k);
      if (v && *v) {
        ++out.values[std::size_t(sizeBucket((*v)->size()))];
        auto exp = space->expires_at(k);
        if (exp && *exp) {
          const qint64 left = qint64(**exp) - now;
          for (std::size_t b = 1; b < RecordScan::kExpiryLimits.size(); ++b)
            if (left <= RecordScan::kExpiryLimits[b]) {
              ++out.expiry[b];
              break;
            }
        } else {
          ++out.never;
        }
      }
      if (++done % 4096 == 0 && !progress(done, total)) {
        out.cancelled = true;
        return out;
      }
    }
  }
  progress(total, total);
  return out;
}

}  // namespace browser
