#include "databasecontroller.hpp"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <cstring>
#include <map>
#include <variant>

#include "engineconversions.hpp"
#include "sampledatabase.hpp"
#include "stagedreader.hpp"
#include "valueformat.hpp"
#include "workercontext.hpp"

namespace browser {

namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }
QString text(const emdb::Error& e) { return errorText(e); }

std::string bytes(const QByteArray& b) { return b.toStdString(); }

LockInfo lockInfo(const std::filesystem::path& path) {
  LockInfo info;
  info.osLockHeld = emdb::Database::lock_is_held(path);
  if (auto holder = emdb::Database::lock_holder(path); holder && *holder) {
    const emdb::LockHolder& h = **holder;
    info.pid = h.pid;
    info.since = QDateTime::fromMSecsSinceEpoch(qint64(h.acquired_at_ms));
    info.version = QStringLiteral("emdb %1 (schema %2)").arg(text(h.crate_version)).arg(h.schema_version);
    info.holderRunning = emdb::Database::process_running(h.pid);
  } else {
    info.holderRunning = false;
  }
  return info;
}

OpenFailure failure(OpenFailure::Kind kind, QString message) {
  OpenFailure f;
  f.kind = kind;
  f.message = std::move(message);
  return f;
}

DatabaseInfo describe(emdb::Database& db, const OpenRequest& req, const QString& cipher) {
  DatabaseInfo info;
  info.path = req.path;
  info.readOnly = req.readOnly;
  info.cipher = cipher;
  if (auto st = db.stats()) {
    info.fileSize = qint64(st->file_size_bytes);
    info.records = qint64(st->total_live_records);
    info.namespaces = qint64(st->namespace_count);
    if (st->first_bad_offset) info.firstBadOffset = qint64(*st->first_bad_offset);
  }
  return info;
}

using OpenOutcome = std::variant<DatabaseInfo, OpenFailure>;

OpenOutcome openDatabase(WorkerContext& ctx, const OpenRequest& req) {
  ctx.setDatabase(std::nullopt);
  const auto path = toPath(req.path);
  std::error_code ec;
  if (!req.create && !std::filesystem::exists(path, ec))
    return failure(OpenFailure::Kind::NotFound,
                   QCoreApplication::translate("DatabaseController", "%1 does not exist.").arg(req.path));
  // An empty file without a sidecar is no database yet: opening it for
  // writing would make it one (a sidecar and a lock file appear beside it).
  // Only New (create) does that without asking.
  if (!req.create && std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0 && !ec &&
      !std::filesystem::exists(std::filesystem::path(path) += ".meta", ec))
    return failure(OpenFailure::Kind::Empty,
                   QCoreApplication::translate("DatabaseController", "%1 is empty.").arg(req.path));
  auto cipher = emdb::Database::encryption_of(path);
  if (!cipher) return failure(OpenFailure::Kind::NotEmdb, text(cipher.error()));
  const QString cipherText = *cipher ? cipherName(fromEngine(**cipher)) : QString();

  auto builder = emdb::Database::builder().path(path).enable_range_scans(true).read_only(req.readOnly);
  if (req.secret) {
    if (const auto* p = std::get_if<Passphrase>(&*req.secret)) {
      builder.encryption_passphrase(p->text.toStdString());
    } else {
      const QByteArray& k = std::get<RawKey>(*req.secret).bytes;
      emdb::RawKey key{};
      if (k.size() != qsizetype(key.size()))
        return failure(OpenFailure::Kind::WrongKey,
                       QCoreApplication::translate("DatabaseController", "A key is 32 bytes (64 hex digits)."));
      std::memcpy(key.data(), k.constData(), key.size());
      builder.encryption_key(key);
    }
  } else if (*cipher) {
    OpenFailure f = failure(OpenFailure::Kind::NeedsKey, QString());
    f.cipher = cipherText;
    return f;
  }

  auto db = builder.build();
  if (!db) {
    const emdb::Error& e = db.error();
    OpenFailure f = failure(OpenFailure::Kind::Other, text(e));
    switch (e.code()) {
      case emdb::ErrorCode::AlreadyLocked:
        f.kind = OpenFailure::Kind::Locked;
        f.lock = lockInfo(path);
        break;
      case emdb::ErrorCode::EncryptionError:
        f.kind = req.secret ? OpenFailure::Kind::WrongKey : OpenFailure::Kind::NeedsKey;
        f.cipher = cipherText;
        break;
      case emdb::ErrorCode::Corrupted:
        f.kind = OpenFailure::Kind::Corrupt;
        if (e.offset()) f.offset = qint64(*e.offset());
        break;
      case emdb::ErrorCode::MagicMismatch:
      case emdb::ErrorCode::VersionMismatch: f.kind = OpenFailure::Kind::NotEmdb; break;
      default: break;
    }
    return f;
  }
  DatabaseInfo info = describe(*db, req, cipherText);
  ctx.setDatabase(std::move(*db));
  return info;
}

}  // namespace

DatabaseController::DatabaseController(QObject* parent)
    : QObject(parent),
      worker_(new DatabaseWorker(this)),
      watcher_(new QFileSystemWatcher(this)),
      follow_timer_(new QTimer(this)) {
  follow_timer_->setInterval(1000);
  connect(follow_timer_, &QTimer::timeout, this, &DatabaseController::readNewRecords);
  connect(watcher_, &QFileSystemWatcher::fileChanged, this, [this] {
    // Coalesce a burst of appends into one read, soon.
    QTimer::singleShot(50, this, &DatabaseController::readNewRecords);
  });
  qRegisterMetaType<DatabaseInfo>();
  qRegisterMetaType<OpenFailure>();
  qRegisterMetaType<OpenRequest>();
}

DatabaseController::~DatabaseController() { worker_->shutdown(); }

void DatabaseController::open(const OpenRequest& request) {
  setFollowing(false);
  const bool wasOpen = info_.has_value();
  info_.reset();
  if (wasOpen) Q_EMIT closed();
  const quint64 generation = ++open_generation_;
  worker_->submit(
      tr("Opening %1").arg(QFileInfo(request.path).fileName()), this,
      [request](WorkerContext& ctx) { return openDatabase(ctx, request); },
      [this, request, generation](OpenOutcome outcome) {
        if (generation != open_generation_) return;
        if (auto* info = std::get_if<DatabaseInfo>(&outcome)) {
          info_ = *info;
          request_ = request;
          Q_EMIT opened(*info_);
        } else {
          Q_EMIT openFailed(request, std::get<OpenFailure>(outcome));
        }
      });
}

void DatabaseController::breakLockAndOpen(const OpenRequest& request) {
  const auto path = toPath(request.path);
  worker_->submit(
      QString(), this,
      [path](WorkerContext& ctx) -> std::optional<QString> {
        ctx.assertWorkerThread("DatabaseController::breakLockAndOpen");
        // Only a lock no process holds any more may be broken.
        if (emdb::Database::lock_is_held(path))
          return QCoreApplication::translate("DatabaseController", "The lock is still held by a running process.");
        if (auto r = emdb::Database::break_lock(path); !r) return text(r.error());
        return std::nullopt;
      },
      [this, request](std::optional<QString> error) {
        if (error) {
          OpenFailure f = failure(OpenFailure::Kind::Other, *error);
          Q_EMIT openFailed(request, f);
          return;
        }
        open(request);
      });
}

void DatabaseController::close() {
  setFollowing(false);
  ++open_generation_;
  const bool wasOpen = info_.has_value();
  info_.reset();
  worker_->submit(
      QString(), this,
      [](WorkerContext& ctx) {
        ctx.setDatabase(std::nullopt);
        return 0;
      },
      [](int) {});
  if (wasOpen) Q_EMIT closed();
}

void DatabaseController::refreshInfo() {
  if (!info_) return;
  const OpenRequest req{info_->path, info_->readOnly, false, std::nullopt};
  const QString cipher = info_->cipher;
  const quint64 generation = open_generation_;
  worker_->submit(
      QString(), this,
      [req, cipher](WorkerContext& ctx) -> std::optional<DatabaseInfo> {
        emdb::Database* db = ctx.database();
        if (!db) return std::nullopt;
        return describe(*db, req, cipher);
      },
      [this, generation](std::optional<DatabaseInfo> info) {
        if (!info || generation != open_generation_ || !info_) return;
        info_ = *info;
        Q_EMIT infoChanged(*info_);
      });
}

void DatabaseController::setFollowing(bool on) {
  on = on && info_ && info_->readOnly;
  if (on == following_) return;
  following_ = on;
  if (!watcher_->files().isEmpty()) watcher_->removePaths(watcher_->files());
  if (on) {
    watcher_->addPath(info_->path);
    follow_timer_->start();
    readNewRecords();
  } else {
    follow_timer_->stop();
  }
}

void DatabaseController::readNewRecords() {
  if (!info_ || !info_->readOnly || reading_) return;
  reading_ = true;
  const quint64 generation = open_generation_;
  worker_->submit(
      QString(), this,
      [](WorkerContext& ctx) -> std::pair<qint64, QString> {
        emdb::Database* db = ctx.database();
        if (!db) return {0, QString()};
        auto n = db->refresh();
        if (!n) return {0, text(n.error())};
        return {qint64(*n), QString()};
      },
      [this, generation](std::pair<qint64, QString> r) {
        reading_ = false;
        if (generation != open_generation_) return;
        // A replaced file (compaction elsewhere) drops out of the watch: add it again.
        if (following_ && watcher_->files().isEmpty() && info_) watcher_->addPath(info_->path);
        if (!r.second.isEmpty()) {
          Q_EMIT message(r.second);
          return;
        }
        if (r.first == 0) return;
        Q_EMIT message(tr("%n new frame(s) read", nullptr, int(r.first)));
        Q_EMIT recordsChanged(QByteArray(), true);
        refreshInfo();
      });
}

void DatabaseController::notifyChanged() {
  if (!info_) return;
  Q_EMIT recordsChanged(QByteArray(), true);
  refreshInfo();
}

void DatabaseController::loadValue(const QByteArray& ns, const QByteArray& key, QObject* receiver,
                                   std::function<void(const LoadedValue&)> done,
                                   std::optional<StreamedValue> staged, bool prepare) {
  const quint64 id = prepare ? ++*latest_prepared_ : 0;
  worker_->submit(
      QString(), receiver,
      [ns, key, staged = std::move(staged), id, latest = latest_prepared_](WorkerContext& ctx) {
        LoadedValue out = loadValueNow(ctx, ns, key, staged);
        if (id != 0 && id == latest->load() && out.found && out.error.isEmpty())
          out.prepared = out.size == out.value.size()
                             ? prepareValue(out.value)
                             : PreparedValue{detectContent(out.value.left(64 << 10)), std::nullopt};  // paged: its start
        return out;
      },
      [done = std::move(done)](LoadedValue v) { done(v); });
}

DatabaseController::LoadedValue DatabaseController::loadValueNow(WorkerContext& ctx, const QByteArray& ns,
                                                           const QByteArray& key,
                                                           const std::optional<StreamedValue>& staged) {
  LoadedValue out;
  if (staged) {
    auto reader = StagedReader::open(ctx, ns, key, *staged, &out.error);
    if (!reader) return out;
    out.found = true;
    out.size = reader->size();
    out.value.resize(qsizetype(std::min<qint64>(out.size, kValueLimit)));
    if (!reader->read(0, std::span<char>(out.value.data(), std::size_t(out.value.size())), &out.error))
      return LoadedValue{false, {}, 0, 0, out.error, std::nullopt};
    if (emdb::Keyspace* space = ctx.space(ns))
      if (auto exp = space->expires_at(bytes(key)); exp && *exp) out.expiresAt = qint64(**exp);
    return out;
  }
  emdb::Keyspace* space = ctx.space(ns);
  if (!space) return out;
  // The first kValueLimit bytes only: an encrypted value is not decrypted whole.
  out.value.resize(kValueLimit);
  auto part = space->read_value(bytes(key), 0, std::span<char>(out.value.data(), std::size_t(out.value.size())));
  if (!part) {
    out.value.clear();
    out.error = text(part.error());
    return out;
  }
  if (!*part) {
    out.value.clear();
    return out;
  }
  out.found = true;
  out.size = qint64((*part)->size);
  out.value.truncate(qsizetype((*part)->copied));
  if (auto exp = space->expires_at(bytes(key)); exp && *exp) out.expiresAt = qint64(**exp);
  return out;
}

void DatabaseController::readValueSlice(const QByteArray& ns, const QByteArray& key, qint64 offset, int length,
                                        QObject* receiver, std::function<void(const QByteArray&)> done,
                                        std::optional<StreamedValue> staged) {
  worker_->submit(
      QString(), receiver,
      [ns, key, offset, length, staged = std::move(staged)](WorkerContext& ctx) {
        if (staged) {
          QString error;
          auto reader = StagedReader::open(ctx, ns, key, *staged, &error);
          if (!reader || offset < 0 || length <= 0 || offset >= reader->size()) return QByteArray();
          QByteArray out(qsizetype(std::min<qint64>(length, reader->size() - offset)), Qt::Uninitialized);
          if (!reader->read(offset, std::span<char>(out.data(), std::size_t(out.size())), &error)) return QByteArray();
          return out;
        }
        emdb::Keyspace* space = ctx.space(ns);
        if (!space || offset < 0 || length <= 0) return QByteArray();
        QByteArray out(length, Qt::Uninitialized);
        auto part = space->read_value(bytes(key), std::uint64_t(offset), std::span<char>(out.data(), std::size_t(length)));
        if (!part || !*part) return QByteArray();
        out.truncate(qsizetype((*part)->copied));
        return out;
      },
      [done = std::move(done)](QByteArray b) { done(b); });
}

void DatabaseController::findInValue(const QByteArray& ns, const QByteArray& key, std::optional<StreamedValue> staged,
                                     const QByteArray& needle, qint64 from, SearchDirection direction,
                                     QObject* receiver, std::function<void(std::optional<qint64>)> done) {
  struct Found {
    std::optional<qint64> at;
    QString error;
  };
  worker_->submit(
      tr("Searching the value"), receiver,
      [ns, key, staged = std::move(staged), needle, from, direction](WorkerContext& ctx) {
        Found out;
        auto reader = staged ? StagedReader::open(ctx, ns, key, *staged, &out.error)
                             : StagedReader::openStored(ctx, ns, key, &out.error);
        if (!reader) return out;
        out.at = reader->find(needle, from, ctx.progress(), &out.error, direction);
        if (!out.at && out.error.isEmpty()) out.error = tr("Search cancelled.");
        return out;
      },
      [this, done = std::move(done)](const Found& f) {
        if (!f.error.isEmpty()) Q_EMIT message(f.error);
        done(f.at);
      });
}

void DatabaseController::saveValueToFile(const QByteArray& ns, const QByteArray& key, const QString& path) {
  worker_->submit(
      tr("Saving the value to a file"), this,
      [ns, key, path](WorkerContext& ctx) -> QString {
        emdb::Keyspace* space = ctx.space(ns);
        if (!space) return tr("No database is open.");
        auto ref = space->get_zerocopy(bytes(key));
        if (!ref) return text(ref.error());
        if (!*ref) return tr("The record has expired or was removed.");
        const std::string_view v = (*ref)->view();
        QSaveFile out(path);  // the target appears only once it is complete
        if (!out.open(QIODevice::WriteOnly)) return out.errorString();
        auto progress = ctx.progress();
        constexpr std::size_t kChunk = 4 << 20;
        for (std::size_t at = 0; at < v.size(); at += kChunk) {
          const std::size_t n = std::min(kChunk, v.size() - at);
          if (out.write(v.data() + at, qint64(n)) != qint64(n)) return out.errorString();
          if (!progress(at + n, v.size())) {
            out.cancelWriting();
            return tr("Cancelled: no file was written.");
          }
        }
        if (!out.commit()) return out.errorString();
        return QString();
      },
      [this, path](const QString& error) {
        if (error.isEmpty())
          Q_EMIT message(tr("Saved the value to %1.").arg(path));
        else
          Q_EMIT message(tr("The value was not saved to %1: %2").arg(path, error));
      });
}

void DatabaseController::createSample(const QString& path) {
  close();
  worker_->submit(
      tr("Creating the sample database"), this,
      [path](WorkerContext& ctx) -> std::optional<QString> {
        ctx.setDatabase(std::nullopt);
        auto r = createSampleDatabase(ctx, path);
        if (!r) return text(r.error());
        return std::nullopt;
      },
      [this, path](std::optional<QString> error) {
        if (error) {
          Q_EMIT openFailed(OpenRequest{path, false, false, std::nullopt},
                            failure(OpenFailure::Kind::Other, tr("Could not create the sample: %1").arg(*error)));
          return;
        }
        open(OpenRequest{path, false, false, std::nullopt});
      });
}

void DatabaseController::changeEncryption(std::optional<Secret> current, std::optional<Secret> next,
                                          std::optional<Cipher> choice) {
  if (!info_ || info_->readOnly) return;
  OpenRequest reopen = request_;
  const auto path = toPath(reopen.path);
  std::optional<emdb::Cipher> cipher;
  if (choice) cipher = toEngine(*choice);
  close();
  worker_->submit(
      next ? (current ? tr("Changing the key") : tr("Encrypting")) : tr("Decrypting"), this,
      [path, current, next, cipher](WorkerContext& ctx) -> std::optional<QString> {
        ctx.setDatabase(std::nullopt);
        emdb::Result<void> r;
        if (current && next)
          r = emdb::Database::rotate_encryption_key(path, encryptionInput(*current), encryptionInput(*next),
                                                    ctx.progress(), cipher);
        else if (next)
          r = emdb::Database::enable_encryption(path, encryptionInput(*next), ctx.progress(),
                                                cipher.value_or(emdb::Cipher::Aes256Gcm));
        else if (current)
          r = emdb::Database::disable_encryption(path, encryptionInput(*current), ctx.progress());
        if (!r) return text(r.error());
        return std::nullopt;
      },
      [this, reopen, next](std::optional<QString> error) mutable {
        // Reopen with whichever key now opens the file.
        if (!error) reopen.secret = next;
        open(reopen);
        Q_EMIT encryptionChanged(error.value_or(QString()));
      });
}

void DatabaseController::applyChanges(std::vector<PendingChange> changes, QObject* receiver,
                                      std::function<void(bool)> done) {
  if (!info_) return;
  const quint64 generation = open_generation_;
  const qsizetype count = qsizetype(changes.size());
  worker_->submit(
      QString(), receiver,
      [changes = std::move(changes)](WorkerContext& ctx) -> std::optional<QString> {
        emdb::Database* db = ctx.database();
        if (!db) return tr("No database is open.");
        std::map<QByteArray, std::optional<emdb::Namespace>> created;
        emdb::WriteBatch batch;
        for (const PendingChange& c : changes) {
          emdb::Keyspace* space = ctx.space(c.ns);
          if (!space) {
            if (c.remove) continue;  // nothing to remove in a namespace that does not exist
            auto& slot = created[c.ns];
            if (!slot) {
              auto n = db->open_namespace(bytes(c.ns));
              if (!n) return text(n.error());
              slot = std::move(*n);
            }
            space = &*slot;
          }
          const std::string key = bytes(c.key);
          if (c.remove) {
            batch.remove(*space, key);
            continue;
          }
          std::uint64_t expiry = 0;
          if (c.expiresAt) {
            expiry = std::uint64_t(std::max<qint64>(0, *c.expiresAt));
          } else if (auto e = space->expires_at(key); e && *e) {
            expiry = **e;
          }
          const emdb::Ttl ttl = expiry ? emdb::Ttl::at(expiry) : emdb::Ttl::none();
          if (c.value) {
            batch.insert(*space, key, bytes(*c.value), ttl);
            continue;
          }
          // A streamed value, or the stored one kept (a new expiry): read
          // as the batch is written, never held whole.
          StreamedValue kept;
          if (!c.streamed) {
            auto stored = space->get_zerocopy(key);
            if (!stored) return text(stored.error());
            if (!*stored) return tr("The record %1 no longer exists (it may have expired).").arg(keyDisplay(c.key));
            kept.size = qint64((*stored)->size());
          }
          QString error;
          auto reader = StagedReader::open(ctx, c.ns, c.key, c.streamed ? *c.streamed : kept, &error);
          if (!reader) return error;
          batch.insert_from(*space, key, std::uint64_t(reader->size()), reader->source(), ttl);
        }
        if (auto w = db->write(batch); !w) return text(w.error());
        if (auto f = db->flush(); !f) return text(f.error());
        return std::nullopt;
      },
      [this, generation, count, done = std::move(done)](std::optional<QString> error) {
        if (generation != open_generation_) return;
        if (error) {
          Q_EMIT writeFailed(*error);
          done(false);
          return;
        }
        Q_EMIT message(tr("Wrote %n change(s)", nullptr, int(count)));
        done(true);
        Q_EMIT recordsChanged(QByteArray(), true);
        refreshInfo();
      });
}

void DatabaseController::sweepExpired() {
  if (!info_) return;
  const quint64 generation = open_generation_;
  worker_->submit(
      tr("Sweeping expired records"), this,
      [](WorkerContext& ctx) -> std::pair<qint64, QString> {
        emdb::Database* db = ctx.database();
        if (!db) return {0, tr("No database is open.")};
        auto n = db->sweep_expired();
        if (!n) return {0, text(n.error())};
        return {qint64(*n), QString()};
      },
      [this, generation](std::pair<qint64, QString> r) {
        if (generation != open_generation_) return;
        if (!r.second.isEmpty()) {
          Q_EMIT writeFailed(r.second);
          return;
        }
        Q_EMIT message(tr("Removed %n expired record(s)", nullptr, int(r.first)));
        Q_EMIT swept(r.first);
        Q_EMIT recordsChanged(QByteArray(), true);
        refreshInfo();
      });
}

}  // namespace browser
