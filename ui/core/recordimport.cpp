#include "recordimport.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <emdb/exchange.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "engineconversions.hpp"
#include "valueformat.hpp"
#include "workercontext.hpp"

namespace browser {

namespace {

emdb::exchange::Format engineFormat(RecordFormat format) {
  return format == RecordFormat::Csv ? emdb::exchange::Format::Csv : emdb::exchange::Format::JsonLines;
}

std::uint64_t nowMs() {
  return std::uint64_t(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

QByteArray bytes(std::string_view s) { return QByteArray(s.data(), qsizetype(s.size())); }

enum class Match { Fresh, Conflict, Identical };

// Compares records of the file with the open database as stored.
class Comparer {
 public:
  explicit Comparer(WorkerContext& ctx) : ctx_(ctx) {}

  // The open keyspace of `ns`; nullptr when the database has no such namespace.
  emdb::Keyspace* space(const std::string& ns) {
    if (auto it = spaces_.find(ns); it != spaces_.end()) return it->second;
    return spaces_[ns] = ctx_.space(bytes(ns));
  }

  // How `item` stands against the database; `conflict`, when given, is
  // filled in for a conflict. Errors: the engine's (decrypting a value).
  emdb::Result<Match> compare(const emdb::exchange::Item& item, ImportConflict* conflict) {
    emdb::Keyspace* s = space(item.ns);
    if (!s) return Match::Fresh;
    auto info = s->info(item.key);
    if (!info) return std::unexpected(info.error());
    if (!*info) return Match::Fresh;
    const bool sameExpiry = (*info)->expires_at == item.expires_at;
    bool sameValue = (*info)->size == item.value.size();
    std::optional<emdb::ValueRef> current;
    if (sameValue || conflict) {
      auto v = s->get_zerocopy(item.key);
      if (!v) return std::unexpected(v.error());
      if (!*v) return Match::Fresh;  // expired just now
      current = std::move(**v);
      sameValue = current->view() == item.value;
    }
    if (sameValue && sameExpiry) return Match::Identical;
    if (conflict) {
      *conflict = ImportConflict{
          .ns = bytes(item.ns),
          .key = bytes(item.key),
          .currentSize = qint64(current->size()),
          .incomingSize = qint64(item.value.size()),
          .currentHead = previewBytes(current->view(), ImportConflict::kHeadBytes),
          .incomingHead = previewBytes(item.value, ImportConflict::kHeadBytes),
          .currentExpiresAt = qint64((*info)->expires_at),
          .incomingExpiresAt = qint64(item.expires_at),
          .valueDiffers = !sameValue,
      };
    }
    return Match::Conflict;
  }

 private:
  WorkerContext& ctx_;
  std::map<std::string, emdb::Keyspace*> spaces_;
};

// Reports the bytes of `in` read so far against its size every few records;
// false once the task is cancelled.
class ReadProgress {
 public:
  ReadProgress(WorkerContext& ctx, std::ifstream& in, const QString& path) : progress_(ctx.progress()), in_(in) {
    std::error_code ec;
    size_ = std::filesystem::file_size(toPath(path), ec);
    if (ec) size_ = 0;
  }
  bool operator()() {
    if (++records_ % 256 != 0) return true;
    const auto at = in_.tellg();
    const std::uint64_t done = at < 0 ? 0 : std::uint64_t(at);
    // Total 0 (unknown) past the size: a full bar only when the task is done.
    // Never done == total either, which would skip the throttling.
    return progress_(std::max<std::uint64_t>(done, 1), done < size_ ? size_ : 0);
  }

 private:
  emdb::Progress progress_;
  std::ifstream& in_;
  std::uint64_t size_ = 0;
  std::uint64_t records_ = 0;
};

}  // namespace

ImportPreview previewImport(WorkerContext& ctx, const QString& path, RecordFormat format, int listLimit,
                            const RecordKeys& staged) {
  using Status = ImportPreview::Status;
  if (!ctx.database()) return {.status = Status::NoDatabase};
  std::ifstream in(toPath(path), std::ios::binary);
  if (!in) return {.status = Status::CannotRead};
  ImportPreview out;
  Comparer comparer(ctx);
  ReadProgress progress(ctx, in, path);
  const std::uint64_t now = nowMs();
  std::optional<emdb::Error> failure;
  auto r = emdb::exchange::read_records(in, engineFormat(format), [&](const emdb::exchange::Item& item, auto) {
    if (item.expires_at && item.expires_at <= now) {
      ++out.expired;
      return progress();
    }
    if (!staged.empty() && staged.contains({bytes(item.ns), bytes(item.key)})) ++out.staged;
    ImportConflict conflict;
    const bool list = qint64(out.listed.size()) < listLimit;
    auto m = comparer.compare(item, list ? &conflict : nullptr);
    if (!m) {
      failure = m.error();
      return false;
    }
    switch (*m) {
      case Match::Fresh: ++out.fresh; break;
      case Match::Identical: ++out.identical; break;
      case Match::Conflict:
        ++out.conflicts;
        if (list) out.listed.push_back(std::move(conflict));
        break;
    }
    return progress();
  });
  if (failure) return {.status = Status::Failed, .message = errorText(*failure)};
  if (!r && r.error().code() == emdb::ErrorCode::Cancelled) return {.status = Status::Cancelled};
  if (!r) return {.status = Status::Failed, .message = errorText(r.error())};
  return out;
}

ImportResult importRecords(WorkerContext& ctx, const QString& path, RecordFormat format, ImportConflicts conflicts) {
  using Status = ImportResult::Status;
  emdb::Database* db = ctx.database();
  if (!db) return {.status = Status::NoDatabase};
  std::ifstream in(toPath(path), std::ios::binary);
  if (!in) return {.status = Status::CannotRead};
  ImportResult out;
  Comparer comparer(ctx);
  ReadProgress progress(ctx, in, path);
  const std::uint64_t now = nowMs();
  emdb::WriteBatch batch;
  // Records of namespaces the database does not have yet: those are created
  // only once the whole file has been read, so a bad line leaves none behind.
  std::vector<emdb::exchange::Item> elsewhere;
  std::optional<emdb::Error> failure;
  auto r = emdb::exchange::read_records(in, engineFormat(format), [&](const emdb::exchange::Item& item, auto) {
    if (item.expires_at && item.expires_at <= now) return progress();
    auto m = comparer.compare(item, nullptr);
    if (!m) {
      failure = m.error();
      return false;
    }
    if (*m == Match::Identical || (*m == Match::Conflict && conflicts == ImportConflicts::Skip)) {
      ++out.skipped;
      return progress();
    }
    const emdb::Ttl ttl = item.expires_at ? emdb::Ttl::at(item.expires_at) : emdb::Ttl::none();
    if (emdb::Keyspace* s = comparer.space(item.ns))
      batch.insert(*s, item.key, item.value, ttl);
    else
      elsewhere.push_back(item);
    return progress();
  });
  if (failure) return {.status = Status::Failed, .message = errorText(*failure)};
  if (!r && r.error().code() == emdb::ErrorCode::Cancelled) return {.status = Status::Cancelled};
  if (!r) return {.status = Status::Failed, .message = errorText(r.error())};
  std::map<std::string, emdb::Namespace> created;
  for (emdb::exchange::Item& item : elsewhere) {
    auto it = created.find(item.ns);
    if (it == created.end()) {
      auto ns = db->open_namespace(item.ns);
      if (!ns) return {.status = Status::Failed, .message = errorText(ns.error())};
      it = created.emplace(item.ns, std::move(*ns)).first;
    }
    batch.insert(it->second, item.key, item.value,
                 item.expires_at ? emdb::Ttl::at(item.expires_at) : emdb::Ttl::none());
    std::string().swap(item.value);  // the batch holds its own copy now
  }
  if (ctx.cancelled()) return {.status = Status::Cancelled};
  if (!batch.empty()) {
    if (auto w = db->write(batch); !w) return {.status = Status::Failed, .message = errorText(w.error())};
    if (auto f = db->flush(); !f) return {.status = Status::Failed, .message = errorText(f.error())};
  }
  out.records = qint64(batch.size());
  return out;
}

}  // namespace browser
