#include "stagedreader.hpp"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cstring>
#include <functional>

#include "engineconversions.hpp"
#include "valueformat.hpp"
#include "workercontext.hpp"

namespace browser {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("browser::StagedReader", text); }
}  // namespace

struct StagedReader::Base {
  StreamedValue value;
  const emdb::Keyspace* space = nullptr;  // the base, when it is the stored value (read in parts)
  std::string key;
  std::unique_ptr<QFile> file;  // the base, when it is a file
};

std::optional<StagedReader> StagedReader::open(WorkerContext& ctx, const QByteArray& ns, const QByteArray& key,
                                               const StreamedValue& value, QString* error) {
  ctx.assertWorkerThread("StagedReader::open");
  auto base = std::make_shared<Base>();
  base->value = value;
  qint64 size = 0;
  if (value.file.isEmpty()) {
    emdb::Keyspace* space = ctx.space(ns);
    auto part = space ? space->read_value(key.toStdString(), 0, {}) : emdb::Result<std::optional<emdb::ValuePart>>();
    if (!part) {
      *error = errorText(part.error());
      return std::nullopt;
    }
    if (!space || !*part) {
      *error = tr("The record %1 no longer exists (it may have expired).").arg(keyDisplay(key));
      return std::nullopt;
    }
    size = qint64((*part)->size);
    base->space = space;
    base->key = key.toStdString();
    if (size != value.size) {
      *error = tr("The value of %1 changed in the file since it was edited here (%2, now %3): nothing was written.")
                   .arg(keyDisplay(key), sizeDisplay(value.size), sizeDisplay(size));
      return std::nullopt;
    }
  } else {
    base->file = std::make_unique<QFile>(value.file);
    if (!base->file->open(QIODevice::ReadOnly)) {
      *error = tr("Cannot read %1: %2").arg(value.file, base->file->errorString());
      return std::nullopt;
    }
    size = base->file->size();
    if (size != value.size) {
      *error = tr("The file %1 changed since it was chosen (%2, now %3).")
                   .arg(value.file, sizeDisplay(value.size), sizeDisplay(size));
      return std::nullopt;
    }
  }
  return StagedReader(std::move(base));
}

std::optional<StagedReader> StagedReader::openStored(WorkerContext& ctx, const QByteArray& ns, const QByteArray& key,
                                                     QString* error) {
  ctx.assertWorkerThread("StagedReader::openStored");
  emdb::Keyspace* space = ctx.space(ns);
  auto part = space ? space->read_value(key.toStdString(), 0, {}) : emdb::Result<std::optional<emdb::ValuePart>>();
  if (part && *part) return open(ctx, ns, key, StreamedValue{QString(), qint64((*part)->size), {}}, error);
  *error = !part ? errorText(part.error())
                 : tr("The record %1 no longer exists (it may have expired).").arg(keyDisplay(key));
  return std::nullopt;
}

qint64 StagedReader::size() const { return base_->value.size; }

std::optional<qint64> StagedReader::find(const QByteArray& needle, qint64 from, const emdb::Progress& progress,
                                         QString* error, SearchDirection direction) const {
  const qint64 n = needle.size();
  const qint64 total = size();
  if (n == 0 || n > total) return -1;
  from = std::clamp<qint64>(from, 0, total);
  constexpr qint64 kChunk = 4 << 20;
  const std::boyer_moore_horspool_searcher searcher(needle.cbegin(), needle.cend());
  QByteArray buf;
  qint64 searched = 0;
  // Reads the bytes of the match starts [at, at + starts) and the n - 1
  // after them, so a match across two pieces is in one of them.
  auto piece = [&](qint64 at, qint64 starts) {
    buf.resize(starts + n - 1);
    return read(at, std::span<char>(buf.data(), std::size_t(buf.size())), error);
  };
  auto step = [&](qint64 starts) {
    searched += starts;
    return !progress || progress(std::uint64_t(searched), std::uint64_t(total));
  };
  const qint64 last = total - n + 1;  // match starts are [0, last)
  if (direction == SearchDirection::Backward) {
    // [begin, end) of match starts, from the end down: before `from`, then after it.
    for (auto [begin, end] : {std::pair{qint64(0), std::min(from, last)}, std::pair{std::min(from, last), last}}) {
      for (qint64 stop = end; stop > begin; stop -= kChunk) {
        const qint64 at = std::max(begin, stop - kChunk);
        if (!piece(at, stop - at)) return std::nullopt;
        if (const qsizetype hit = buf.lastIndexOf(needle); hit >= 0) return at + hit;
        if (!step(stop - at)) return std::nullopt;
      }
    }
    return -1;
  }
  // [begin, end) of match starts: from `from` to the end, then from 0 to `from`.
  for (auto [begin, end] : {std::pair{from, last}, std::pair{qint64(0), std::min(from, last)}}) {
    for (qint64 at = begin; at < end; at += kChunk) {
      const qint64 starts = std::min(kChunk, end - at);  // match starts this chunk looks at
      if (!piece(at, starts)) return std::nullopt;
      const auto hit = std::search(buf.cbegin(), buf.cend(), searcher);
      if (hit != buf.cend()) return at + (hit - buf.cbegin());
      if (!step(starts)) return std::nullopt;
    }
  }
  return -1;
}

bool StagedReader::read(qint64 offset, std::span<char> out, QString* error) const {
  const qint64 n = qint64(out.size());
  if (offset < 0 || offset + n > size()) {
    *error = tr("A read past the end of the value.");
    return false;
  }
  if (base_->space) {
    auto part = base_->space->read_value(base_->key, std::uint64_t(offset), out);
    if (!part || !*part || qint64((*part)->size) != size() || (*part)->copied != out.size()) {
      *error = !part ? errorText(part.error())
                     : tr("The value of %1 changed in the file while it was read.")
                           .arg(keyDisplay(QByteArray::fromStdString(base_->key)));
      return false;
    }
  } else {
    QFile& f = *base_->file;
    if (!f.seek(offset) || f.read(out.data(), n) != n) {
      *error = tr("Cannot read %1: %2").arg(f.fileName(), f.errorString());
      return false;
    }
  }
  const auto& patches = base_->value.patches;
  for (auto it = patches.lower_bound(offset); it != patches.end() && it->first < offset + n; ++it)
    out[std::size_t(it->first - offset)] = it->second;
  return true;
}

emdb::ValueSource StagedReader::source() const {
  return [self = *this](std::uint64_t offset, std::span<char> out) -> emdb::Result<void> {
    QString error;
    if (!self.read(qint64(offset), out, &error))
      return std::unexpected(emdb::Error(emdb::ErrorCode::Io, error.toStdString()));
    return {};
  };
}

}  // namespace browser
