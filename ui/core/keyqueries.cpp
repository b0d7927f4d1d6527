#include "keyqueries.hpp"

#include <algorithm>

#include "scope.hpp"
#include "valueformat.hpp"
#include "workercontext.hpp"

namespace browser {

namespace {

constexpr int kPreviewBytes = 256;

QString messageOf(const emdb::Error& e) { return QString::fromStdString(e.message()); }

RowBatch loadRows(emdb::Keyspace& space, const std::vector<std::string>& keys) {
  RowBatch out;
  out.rows.reserve(keys.size());
  for (const std::string& k : keys) {
    KeyRow row;
    row.key = QByteArray::fromStdString(k);
    auto value = space.get_zerocopy(k);
    if (!value) {
      out.error = messageOf(value.error());
      return out;
    }
    if (*value) {
      row.size = qint64((*value)->size());
      row.preview = previewBytes((*value)->view(), kPreviewBytes);
      if (auto exp = space.expires_at(k); exp && *exp) row.expiresAt = qint64(**exp);
    } else {
      row.expired = true;
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

bool withinBounds(const KeyScope& scope, const QByteArray& key) {
  if (!key.startsWith(scope.prefix) || !key.startsWith(scope.filterPrefix)) return false;
  if (scope.from) {
    const int c = key.compare(scope.from->key);
    if (c < 0 || (c == 0 && !scope.from->inclusive)) return false;
  }
  if (scope.to) {
    const int c = key.compare(scope.to->key);
    if (c > 0 || (c == 0 && !scope.to->inclusive)) return false;
  }
  return true;
}

}  // namespace

ScopeCount countScope(WorkerContext& ctx, const KeyScope& scope) {
  emdb::Keyspace* space = ctx.space(scope.ns);
  if (!space) return {};
  const ScopeRange r = resolveScope(*space, scope);
  bool scan = !scope.pattern.isEmpty() || !scope.valueQuery.isEmpty();
  if (scope.hideExpired && !scan && ctx.database()) {
    // Only a namespace that holds expired records needs the scan.
    if (auto st = ctx.database()->stats()) {
      auto it = st->namespaces.find(scope.ns.toStdString());
      scan = it != st->namespaces.end() && it->second.expired_records > 0;
    }
  }
  return {r.begin, r.count, scan, r.error};
}

RowBatch rowsAt(WorkerContext& ctx, const KeyScope& scope, qint64 first, int count) {
  emdb::Keyspace* space = ctx.space(scope.ns);
  if (!space) return {};
  std::vector<std::string> keys;
  keys.reserve(std::size_t(std::max(count, 0)));
  for (int i = 0; i < count; ++i) {
    auto key = space->key_at(std::size_t(first + i));
    if (!key) return {{}, messageOf(key.error())};
    if (!*key) break;
    keys.push_back(std::move(**key));
  }
  return loadRows(*space, keys);
}

RowBatch rowsOf(WorkerContext& ctx, const KeyScope& scope, const std::vector<QByteArray>& keys) {
  emdb::Keyspace* space = ctx.space(scope.ns);
  if (!space) return {};
  std::vector<std::string> listed;
  listed.reserve(keys.size());
  for (const QByteArray& k : keys) listed.push_back(k.toStdString());
  return loadRows(*space, listed);
}

ScanChunk scanScope(WorkerContext& ctx, const KeyScope& scope, qint64 from, qint64 to) {
  ScanChunk out;
  out.next = from;
  emdb::Keyspace* space = ctx.space(scope.ns);
  if (!space) return out;
  const ScanKeeper keeps = scanKeeper(scope);
  for (qint64 p = from; p < to; ++p) {
    auto key = space->key_at(std::size_t(p));
    if (!key) {
      out.error = messageOf(key.error());
      break;
    }
    out.next = p + 1;
    if (!*key) break;
    if (!keeps(*space, **key, out.error)) {
      if (!out.error.isEmpty()) break;
      continue;
    }
    out.matches.push_back(QByteArray::fromStdString(**key));
  }
  return out;
}

ScopeKeys collectScope(WorkerContext& ctx, const KeyScope& scope, qint64 most) {
  ScopeKeys out;
  emdb::Keyspace* space = ctx.space(scope.ns);
  if (!space) return out;
  const ScopeRange r = resolveScope(*space, scope);
  if (!r.error.isEmpty()) return {{}, r.error, false};
  const ScanKeeper keeps = scanKeeper(scope);
  const bool filters = scope.mayScan();
  const emdb::Progress progress = ctx.progress();
  for (qint64 i = 0; i < r.count; ++i) {
    if (i % 4096 == 0 && !progress(std::uint64_t(i), std::uint64_t(r.count))) return {{}, {}, true};
    auto key = space->key_at(std::size_t(r.begin + i));
    if (!key) return {{}, messageOf(key.error()), false};
    if (!*key) break;
    if (filters && !keeps(*space, **key, out.error)) {
      if (!out.error.isEmpty()) return {{}, out.error, false};
      continue;
    }
    if (qint64(out.keys.size()) == most) return {{}, {}, false, true};
    out.keys.push_back(QByteArray::fromStdString(**key));
  }
  return out;
}

int storedRowOf(WorkerContext& ctx, const KeyScope& scope, const QByteArray& key, qint64 begin, qint64 rows) {
  emdb::Keyspace* space = ctx.space(scope.ns);
  if (!space) return -1;
  const std::string k = key.toStdString();
  auto pos = space->position_of(k);
  if (!pos) return -1;
  const qint64 row = qint64(*pos) - begin;
  if (row < 0 || row >= rows) return -1;
  auto at = space->key_at(*pos);
  return at && *at && **at == k ? int(row) : -1;
}

std::vector<AddedKey> placeAddedKeys(WorkerContext& ctx, const KeyScope& scope, qint64 begin, qint64 rows,
                                     const std::vector<QByteArray>& candidates) {
  std::vector<AddedKey> out;
  if (candidates.empty()) return out;
  emdb::Keyspace* space = ctx.database() ? ctx.space(scope.ns) : nullptr;
  const auto matches = patternMatcher(scope);
  for (const QByteArray& key : candidates) {
    if (!withinBounds(scope, key) || !matches(key)) continue;
    qint64 before = 0;
    if (space) {  // a namespace the edits create holds nothing yet
      const std::string k = key.toStdString();
      auto pos = space->position_of(k);
      if (!pos) continue;
      if (auto at = space->key_at(*pos); at && *at && **at == k) continue;  // stored already
      before = std::clamp<qint64>(qint64(*pos) - begin, 0, rows);
    }
    out.push_back({key, before});
  }
  return out;
}

bool scopeIncludes(const KeyScope& scope, const QByteArray& key) {
  return withinBounds(scope, key) && patternMatcher(scope)(key);
}

}  // namespace browser
