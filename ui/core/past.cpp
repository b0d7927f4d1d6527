#include "past.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <emdb/diff.hpp>
#include <emdb/emdb.hpp>

#include "engineconversions.hpp"
#include "workercontext.hpp"

namespace browser {
namespace {

std::string bytes(const QByteArray& b) { return b.toStdString(); }
QByteArray qbytes(std::string_view s) { return QByteArray(s.data(), qsizetype(s.size())); }

QString noNamespace() { return QCoreApplication::translate("Past", "The namespace no longer exists."); }
QString noDatabase() { return QCoreApplication::translate("Past", "No database is open."); }

template <class R>
bool failed(const emdb::Result<R>& r, QString& error, bool& cancelled) {
  if (r) return false;
  if (r.error().code() == emdb::ErrorCode::Cancelled)
    cancelled = true;
  else
    error = errorText(r.error());
  return true;
}

VersionValue cut(emdb::Result<std::string> v, qint64 limit) {
  if (!v) return {.error = errorText(v.error())};
  VersionValue out;
  out.size = qint64(v->size());
  out.bytes = qbytes(std::string_view(*v).substr(0, std::size_t(std::max<qint64>(limit, 0))));
  return out;
}

// The first `limit` bytes of a record's value, read without the rest.
VersionValue firstBytes(const emdb::Keyspace& ks, const QByteArray& key, qint64 limit, const QString& absent) {
  std::string buf(std::size_t(std::max<qint64>(limit, 0)), '\0');
  auto part = ks.read_value(bytes(key), 0, buf);
  if (!part) return {.error = errorText(part.error())};
  if (!*part) return {.error = absent};
  VersionValue out;
  out.size = qint64((*part)->size);
  out.bytes = qbytes(std::string_view(buf).substr(0, (*part)->copied));
  return out;
}

}  // namespace

HistoryResult keyHistory(WorkerContext& ctx, const QByteArray& ns, const QByteArray& key) {
  HistoryResult out;
  emdb::Keyspace* ks = ctx.space(ns);
  if (!ks) {
    out.error = ctx.database() ? noNamespace() : noDatabase();
    return out;
  }
  auto h = ks->history(bytes(key), ctx.progress());
  if (failed(h, out.error, out.cancelled)) return out;
  for (const auto& v : *h)
    out.versions.push_back({.removed = v.kind == emdb::Version::Kind::Removed,
                            .offset = v.offset,
                            .size = qint64(v.value_size),
                            .expiresAt = qint64(v.expires_at),
                            .current = v.current});
  return out;
}

VersionValue readVersion(WorkerContext& ctx, const QByteArray& ns, const QByteArray& key, quint64 offset,
                         qint64 limit) {
  emdb::Keyspace* ks = ctx.space(ns);
  if (!ks) return {.error = ctx.database() ? noNamespace() : noDatabase()};
  return cut(ks->read_version(bytes(key), offset), limit);
}

RemovedResult removedRecords(WorkerContext& ctx, const QByteArray& ns) {
  RemovedResult out;
  emdb::Keyspace* ks = ctx.space(ns);
  if (!ks) {
    out.error = ctx.database() ? noNamespace() : noDatabase();
    return out;
  }
  auto r = ks->removed_keys(ctx.progress());
  if (failed(r, out.error, out.cancelled)) return out;
  for (const auto& k : *r)
    out.rows.push_back({.key = qbytes(k.key),
                        .valueOffset = k.last_value.offset,
                        .size = qint64(k.last_value.value_size),
                        .expiresAt = qint64(k.last_value.expires_at),
                        .removedOffset = k.removed_offset});
  return out;
}

RestoredValues restoredValues(WorkerContext& ctx, const QByteArray& ns, const std::vector<RemovedRow>& rows) {
  RestoredValues out;
  emdb::Keyspace* ks = ctx.space(ns);
  if (!ks) {
    out.error = ctx.database() ? noNamespace() : noDatabase();
    return out;
  }
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  for (const auto& row : rows) {
    auto v = ks->read_version(bytes(row.key), row.valueOffset);
    if (!v) {
      out.error = errorText(v.error());
      out.changes.clear();
      return out;
    }
    PendingChange c;
    c.ns = ns;
    c.key = row.key;
    c.value = qbytes(*v);
    c.expiresAt = row.expiresAt > now ? row.expiresAt : 0;
    out.changes.push_back(std::move(c));
  }
  return out;
}

DiffResult compareWith(WorkerContext& ctx, const QString& other, const std::optional<Secret>& secret) {
  DiffResult out;
  emdb::Database* db = ctx.database();
  if (!db) {
    out.error = noDatabase();
    return out;
  }
  ctx.setComparedDatabase({}, std::nullopt);
  auto cipher = emdb::Database::encryption_of(toPath(other));
  if (failed(cipher, out.error, out.cancelled)) return out;
  if (*cipher && !secret) {
    out.error = QCoreApplication::translate(
        "Past", "The other database is encrypted: open an encrypted database with the same key to compare them.");
    return out;
  }
  auto builder = emdb::Database::builder().path(toPath(other)).read_only(true).enable_range_scans(true);
  if (*cipher) builder = withSecret(std::move(builder), secret);
  auto opened = builder.build();
  if (failed(opened, out.error, out.cancelled)) return out;
  ctx.setComparedDatabase(other, std::move(*opened));
  emdb::Database* b = ctx.comparedDatabase(other);
  auto r = emdb::exchange::compare(
      *db, *b, std::nullopt,
      [&](const emdb::exchange::Difference& d) {
        using C = emdb::exchange::Difference::Change;
        out.rows.push_back({.ns = qbytes(d.ns),
                            .key = qbytes(d.key),
                            .change = d.change == C::Added     ? DiffRow::Change::Added
                                      : d.change == C::Removed ? DiffRow::Change::Removed
                                                               : DiffRow::Change::Changed,
                            .sizeOpen = d.size_a ? qint64(*d.size_a) : -1,
                            .sizeOther = d.size_b ? qint64(*d.size_b) : -1,
                            .expiresOpen = qint64(d.expires_a),
                            .expiresOther = qint64(d.expires_b)});
        return true;
      },
      ctx.progress());
  if (failed(r, out.error, out.cancelled)) out.rows.clear();
  return out;
}

VersionValue readCurrent(WorkerContext& ctx, const QByteArray& ns, const QByteArray& key, qint64 limit) {
  emdb::Keyspace* ks = ctx.space(ns);
  if (!ks) return {.error = ctx.database() ? noNamespace() : noDatabase()};
  return firstBytes(*ks, key, limit, QCoreApplication::translate("Past", "This database no longer has the record."));
}

VersionValue otherValue(WorkerContext& ctx, const QString& other, const QByteArray& ns, const QByteArray& key,
                        qint64 limit) {
  emdb::Database* b = ctx.comparedDatabase(other);
  if (!b)
    return {.error = QCoreApplication::translate("Past", "Compare the databases again: the other one was closed.")};
  std::optional<emdb::Namespace> named;
  if (!ns.isEmpty()) {
    auto n = b->open_namespace(bytes(ns));
    if (!n) return {.error = errorText(n.error())};
    named.emplace(std::move(*n));
  }
  emdb::Keyspace& ks = named ? static_cast<emdb::Keyspace&>(*named) : *b;
  return firstBytes(ks, key, limit, QCoreApplication::translate("Past", "The other database has no such record."));
}

QString exportDifferences(const std::vector<DiffRow>& rows, const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return QCoreApplication::translate("Past", "Cannot write %1: %2").arg(path, f.errorString());
  for (const auto& r : rows) {
    using C = emdb::exchange::Difference::Change;
    emdb::exchange::Difference d{bytes(r.ns),
                                 bytes(r.key),
                                 r.change == DiffRow::Change::Added     ? C::Added
                                 : r.change == DiffRow::Change::Removed ? C::Removed
                                                                        : C::Changed,
                                 {},
                                 {},
                                 std::uint64_t(r.expiresOpen),
                                 std::uint64_t(r.expiresOther)};
    if (r.sizeOpen >= 0) d.size_a = std::uint64_t(r.sizeOpen);
    if (r.sizeOther >= 0) d.size_b = std::uint64_t(r.sizeOther);
    const std::string line = emdb::exchange::to_json_line(d) + "\n";
    if (f.write(line.data(), qint64(line.size())) != qint64(line.size()))
      return QCoreApplication::translate("Past", "Cannot write %1: %2").arg(path, f.errorString());
  }
  if (!f.flush()) return QCoreApplication::translate("Past", "Cannot write %1: %2").arg(path, f.errorString());
  return {};
}

}  // namespace browser
