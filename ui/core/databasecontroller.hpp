// DatabaseController: the open database as the GUI sees it. Opens and closes
// it, writes edits as crash-atomic batches, and tells the views what changed.
// Every engine call goes through the worker; results come back as signals.
#pragma once

#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QTimer>
#include <optional>

#include "bytesearch.hpp"
#include "cipher.hpp"
#include "databaseworker.hpp"
#include "session.hpp"
#include "valueformat.hpp"

namespace browser {

class DatabaseController : public QObject {
  Q_OBJECT
 public:
  explicit DatabaseController(QObject* parent = nullptr);
  ~DatabaseController() override;

  DatabaseWorker* worker() { return worker_; }
  // The open database, or nothing while none is open (or one is opening).
  const std::optional<DatabaseInfo>& info() const { return info_; }
  bool isOpen() const { return info_.has_value(); }
  bool isReadOnly() const { return info_ && info_->readOnly; }
  // How the open database was opened, its passphrase or key included.
  const OpenRequest& openRequest() const { return request_; }

  // Offline encryption changes (enable: no `current`; disable: no `next`):
  // closes the database, rewrites it with progress (a named task), and
  // reopens it with the new key; on failure the original stays and is
  // reopened with the old key. encryptionChanged() reports the outcome.
  // `cipher`: nothing keeps the current one (AES-256-GCM when enabling).
  void changeEncryption(std::optional<Secret> current, std::optional<Secret> next, std::optional<Cipher> cipher);

  // Closes what is open, then opens `request`: opened() or openFailed().
  void open(const OpenRequest& request);
  void close();
  // Re-reads the figures of the open database: infoChanged().
  void refreshInfo();
  // Read-only databases only: watch the file and show records another
  // process appends as they land (only the new frames are read).
  void setFollowing(bool on);
  bool isFollowing() const { return following_; }
  // Reads what another process appended since the last look (read-only).
  void readNewRecords();
  // Records changed through a task that wrote them itself (an import):
  // recordsChanged() for every namespace, and new figures.
  void notifyChanged();
  // Asks the engine to remove the lock files of `path`, then opens `request`.
  void breakLockAndOpen(const OpenRequest& request);

  // One record's value, read on the worker. `value` holds at most
  // kValueLimit bytes of it; `size` is the whole value's size.
  struct LoadedValue {
    bool found = false;  // false: absent or expired
    QByteArray value;
    qint64 size = 0;
    qint64 expiresAt = 0;
    QString error;
    // With `prepare`, when no later prepared load superseded this one before
    // it ran: for a whole value (size <= kValueLimit) its kind and indented
    // JSON, for a larger one the kind of its first 64 KiB.
    std::optional<PreparedValue> prepared;
  };
  static constexpr qint64 kValueLimit = 128 << 10;  // ValuePanel::kEditLimit: larger values are paged
  // No value is larger: an emdb record (the value, its key, 21 bytes of
  // framing and 28 of encryption) holds at most 256 MiB; the write checks
  // the exact limit.
  static constexpr qint64 kLargestValue = (qint64(1) << 28) - 1 - 21 - 28;
  // With `staged`: that value's bytes (a file's, or the stored value with
  // patches) and size, the stored record's expiry; its base gone or changed
  // is an error.
  // With `prepare` (the value panel's loads), the worker also detects the
  // value's kind and indents JSON; a later prepared load skips that work
  // for this one (the selection moved on).
  void loadValue(const QByteArray& ns, const QByteArray& key, QObject* receiver,
                 std::function<void(const LoadedValue&)> done, std::optional<StreamedValue> staged = std::nullopt,
                 bool prepare = false);
  // The bytes [offset, offset + length) of a value (fewer at its end; none
  // when the record is gone), read on the worker without copying the rest;
  // of the `staged` value when given.
  void readValueSlice(const QByteArray& ns, const QByteArray& key, qint64 offset, int length, QObject* receiver,
                      std::function<void(const QByteArray&)> done, std::optional<StreamedValue> staged = std::nullopt);
  // Looks for `needle` in a value (the `staged` one when given) from `from`
  // on, or (Backward) before it, wrapping round (StagedReader::find): a long
  // task with progress and Cancel. `done` gets the offset of the match, -1
  // when there is none, or nothing when it was cancelled or failed
  // (message() says why).
  void findInValue(const QByteArray& ns, const QByteArray& key, std::optional<StreamedValue> staged,
                   const QByteArray& needle, qint64 from, SearchDirection direction, QObject* receiver,
                   std::function<void(std::optional<qint64>)> done);
  // Writes a whole value to `path` (a long task with progress and Cancel,
  // replacing the file only once it is complete); message() or writeFailed()
  // says how it went.
  void saveValueToFile(const QByteArray& ns, const QByteArray& key, const QString& path);
  // Writes the demo database to `path` (a long task), then opens it.
  void createSample(const QString& path);

  // Writes staged changes as one crash-atomic batch (new namespaces are
  // created; a change that keeps the stored value or expiry reads it first;
  // streamed values and kept values are streamed, never held whole), synced; then `done(true)` and recordsChanged(), or writeFailed() and
  // `done(false)` with nothing written.
  void applyChanges(std::vector<PendingChange> changes, QObject* receiver, std::function<void(bool)> done);
  // Removes the expired records of every namespace; message() says how many.
  void sweepExpired();

 Q_SIGNALS:
  void opened(const browser::DatabaseInfo& info);
  void openFailed(const browser::OpenRequest& request, const browser::OpenFailure& failure);
  void closed();
  void infoChanged(const browser::DatabaseInfo& info);
  // A write landed durably: `ns`'s records changed (and the namespace list if `namespaces`).
  void recordsChanged(const QByteArray& ns, bool namespaces);
  // A write was refused or failed; nothing of it was written.
  void writeFailed(const QString& message);
  // sweepExpired() removed `count` records.
  void swept(qint64 count);
  // An encryption change finished: `error` is empty on success.
  void encryptionChanged(const QString& error);
  // A short note for the status bar ("Renamed user:1 to user:01").
  void message(const QString& text);

 private:
  // loadValue()'s job, on the worker.
  static LoadedValue loadValueNow(WorkerContext& ctx, const QByteArray& ns, const QByteArray& key,
                                  const std::optional<StreamedValue>& staged);

  DatabaseWorker* worker_;
  std::optional<DatabaseInfo> info_;
  OpenRequest request_;          // how the open database was opened (its key included)
  quint64 open_generation_ = 0;  // answers to earlier opens are dropped
  QFileSystemWatcher* watcher_;
  QTimer* follow_timer_;  // debounces change notices; also polls where they are missed
  bool following_ = false;
  bool reading_ = false;  // a readNewRecords() job is queued
  std::shared_ptr<std::atomic<quint64>> latest_prepared_ = std::make_shared<std::atomic<quint64>>(0);
};

}  // namespace browser
