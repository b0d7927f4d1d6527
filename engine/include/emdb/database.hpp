// Database: an open emdb v0.9 database, and the Builder that opens one.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "emdb/error.hpp"
#include "emdb/focus.hpp"
#include "emdb/iter.hpp"
#include "emdb/keyspace.hpp"
#include "emdb/transaction.hpp"
#include "emdb/types.hpp"
#include "emdb/value_ref.hpp"
#include "emdb/write_batch.hpp"

namespace emdb {

namespace detail {
struct Options;
}  // namespace detail

class Database;

// Settings for opening a database; every setter returns *this.
class Builder {
 public:
  Builder();
  ~Builder();
  Builder(const Builder&);
  Builder& operator=(const Builder&);
  Builder(Builder&&) noexcept;
  Builder& operator=(Builder&&) noexcept;

  // The database file. Takes precedence over app_name/database_name.
  Builder& path(std::filesystem::path p);
  // Together: the file `database_name` in the per-user data folder of `app_name`
  // (XDG_DATA_HOME on Linux, Application Support on macOS, %LOCALAPPDATA% on Windows).
  Builder& app_name(std::string name);
  Builder& database_name(std::string name);
  // Replaces the per-user data folder used with app_name/database_name.
  Builder& data_root(std::filesystem::path root);
  // The expiry that insert() and Ttl::use_default() give records.
  Builder& default_ttl(std::chrono::milliseconds ttl);
  // Keeps an ordered index per namespace for range scans (memory cost).
  Builder& enable_range_scans(bool on);
  Builder& flush_policy(FlushPolicy policy);
  // Checkpoints written without being asked (on by default): when the
  // database closes, after a compaction, and in the background during long
  // write sessions, each only when the journal grew enough since the last one
  // that the next open saves more than the checkpoint costs (docs/FORMAT.md,
  // "When the engine writes a checkpoint"). Off: only checkpoint() writes one.
  // Read-only databases never write one; an encrypted one's is sealed.
  // With range scans a checkpoint also keeps the key order, so that the next
  // open with range scans sorts nothing; a checkpoint written at close then
  // follows one that lacks it even when the journal did not grow.
  Builder& auto_checkpoint(bool on);
  // Checkpoints keep the key order even without range scans, sorting the keys
  // (a few seconds for 10,000,000): for tools that write files a browser opens
  // next. Never in the background checkpoints of long write sessions.
  Builder& checkpoint_order(bool on);
  // Accepted for emdb compatibility and ignored: single records are copied
  // into the mapped journal without a system call, which beats an io_uring
  // submission with or without SQPOLL in every phase (docs/BENCHMARKS.md).
  Builder& iouring_sqpoll(std::chrono::milliseconds idle);
  // Encryption at rest. A new database is created encrypted (AES-256-GCM
  // unless cipher() says otherwise); an existing one must have been, and the
  // key is checked against `P.meta` before any record is read
  // (EncryptionError when wrong). A passphrase goes through Argon2id with the
  // salt kept in `P.meta`. An existing file's cipher is the one in `P.meta`.
  Builder& encryption_key(const RawKey& key);
  Builder& encryption_passphrase(std::string passphrase);
  Builder& cipher(Cipher c);
  // Opens without the writer lock and writes nothing, not even a torn-tail cut;
  // works while another process has the database open. Writes fail with ReadOnly.
  Builder& read_only(bool on);

  // Opens (or creates) the database. With no path and no names: in memory.
  // Errors: InvalidConfig (only one of app_name/database_name, no per-user data
  // folder known, or a key for an existing database that is not encrypted), Io,
  // AlreadyLocked (writable opens), MagicMismatch, VersionMismatch, Corrupted (a
  // damaged `.meta`, or damage mid-journal in a writable open), EncryptionError
  // (no key or the wrong one; in a writable open, a record failing authentication;
  // an encrypted database, or a key, in a build without encryption: EMDB_ENCRYPTION=OFF).
  Result<Database> build();

 private:
  friend struct detail::BuilderAccess;
  std::unique_ptr<detail::Options> opts_;
  std::string app_name_, database_name_;
  std::filesystem::path data_root_;
};

// An open database. Its own key/value methods (from Keyspace) address the
// default namespace. Handles are cheap to move (not copied); clone_handle()
// shares the engine. Every method is safe to call from many threads at once.
class Database : public Keyspace {
 public:
  // Opens or creates the file-backed database at `path` with default settings.
  // Errors: as Builder::build(): Io, AlreadyLocked, MagicMismatch, VersionMismatch,
  // Corrupted, EncryptionError (an encrypted database: open it through builder()).
  static Result<Database> open(const std::filesystem::path& path);
  // A database that lives in memory only: no file, no lock.
  static Database open_in_memory();
  static Builder builder();

  // Handles move; a second handle on the same engine, file and lock comes
  // from clone_handle() (a copy would hide that it shares them).
  Database(Database&&) noexcept = default;
  Database& operator=(Database&&) noexcept = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database() = default;
  // Another handle on the same engine, file and lock.
  Database clone_handle() const;
  // The file's path; empty for in-memory databases.
  const std::filesystem::path& path() const;

  // Runs f(Transaction&) -> Result<T> with writes staged; commits them as one
  // crash-atomic write when f returns a value, discards them on an error.
  // Transactions serialise with one another; readers see all or none of one.
  // Inside f, use `tx` for this database's writes: clear(), drop_namespace(),
  // sweep_expired(), persist() and another transaction() would wait for f.
  // Errors: f's own, then the commit's: ReadOnly (on a read-only database, even
  // when nothing was staged), InvalidArgument (a reserved key, see Keyspace),
  // InvalidConfig (a record over 256 MiB, or more than 67,108,840 writes), Io.
  template <class F>
  auto transaction(F&& f) -> std::invoke_result_t<F&, Transaction&> {
    using R = std::invoke_result_t<F&, Transaction&>;
    Transaction tx = begin_transaction();
    R r = std::invoke(f, tx);
    if (!r) return r;
    if (auto c = commit(tx); !c) return R(std::unexpected(c.error()));
    return r;
  }

  // Writes every write of `batch`, in any of this database's namespaces, as
  // one crash-atomic journal write: after a crash all of it or none of it is
  // there, and readers see all or none. Serialises with transactions. Not
  // durable until flush(). Errors: InvalidConfig (a write addresses another
  // database, a record over 256 MiB, or more than 67,108,840 writes), ReadOnly
  // (even for an empty batch), InvalidArgument (an insert or removal of a
  // reserved key, see Keyspace), Io.
  Result<void> write(const WriteBatch& batch);
  // Opens a named namespace, creating it (one NamespaceName record) if new.
  // Errors: InvalidArgument (an empty name; a name not UTF-8, unless already
  // bound), ReadOnly (on a read-only database, when the name is new or was
  // dropped), InvalidConfig (no namespace ids left), Io.
  Result<Namespace> open_namespace(std::string_view name);
  // Removes a namespace and its records, durably; false if it did not exist.
  // Errors: ReadOnly (even for an unknown name), InvalidConfig (more than
  // 67,108,840 records), Io.
  Result<bool> drop_namespace(std::string_view name);
  // Names of the named namespaces (not the default one), sorted. Cannot fail.
  Result<std::vector<std::string>> list_namespaces() const;

  // A view that prefixes keys with "dotted_prefix." (see Focus).
  Focus focus(std::string_view dotted_prefix);
  // Every record whose key starts with "dotted_prefix.". Errors: as Focus::iter().
  Result<std::vector<Entry>> group(std::string_view dotted_prefix) const;
  // Errors: as Focus::delete_all().
  Result<std::size_t> delete_group(std::string_view dotted_prefix);

  // Removes expired records of every namespace, durably; returns how many.
  // Errors: ReadOnly, InvalidConfig (more than 67,108,840 expired records),
  // InvalidArgument (an expired reserved key that another program wrote), Io.
  Result<std::size_t> sweep_expired();

  // Makes every write made before the call durable. Errors: Io only (a failed
  // sync keeps failing until reopened); a no-op on read-only handles.
  Result<void> flush();
  // Writes `P.hint` so the next open skips the journal up to here (and, with
  // range scans, sorting its keys); sealed with the key of an encrypted
  // database. In memory, a no-op. Errors: ReadOnly, Io, EncryptionError.
  Result<void> checkpoint();
  // Errors: Io only (the file's size), never for in-memory databases.
  Result<Stats> stats() const;
  // Writes a consistent snapshot of the database to `target` (and
  // `target.meta`): to `target.backup.tmp` first, synced, then renamed over
  // an existing `target`. Writers go on meanwhile. `progress` sees records
  // copied; returning false cancels (Cancelled) and leaves no target. Works
  // on read-only handles. Errors: InvalidArgument (see check_backup_target),
  // Cancelled, Io (a folder as `target`, a leftover `target.backup.tmp`).
  Result<void> backup_to(const std::filesystem::path& target, Progress progress = {});
  // InvalidArgument when a backup of the database at `database` to `target`
  // would write over the database or one of its side files (`.meta`,
  // `.lock`, `.lock-meta`, `.hint`, temporaries), through any name (symbolic
  // or hard links resolved). Writes nothing.
  static Result<void> check_backup_target(const std::filesystem::path& database, const std::filesystem::path& target);
  // Rewrites the journal with only its live records (expired ones are swept
  // first) into `P.compact.tmp`, synced, then renamed over `P`. Readers and
  // writers go on meanwhile; writes made during it are kept; ValueRefs and
  // iterators taken before stay valid. Cancel: Cancelled, the file untouched.
  // Errors: ReadOnly, Cancelled, Io; from the sweep first: InvalidConfig and
  // InvalidArgument, as sweep_expired().
  Result<void> compact(Progress progress = {});

  // Read-only handles: reads frames another process appended since the last
  // look and returns how many; 0 for writable handles. Errors: Io; Corrupted
  // (the journal grew past 1 TiB). Damaged frames stop the read, not an error.
  Result<std::size_t> refresh();

  // Who holds the lock of the database at `path` (from `P.lock-meta`), or
  // nothing when no holder file exists. A holder killed without closing
  // leaves its file behind: see lock_is_held(). Errors: Io, Corrupted (the
  // holder file is not in the emdb-lock format, or over 1 MiB).
  static Result<std::optional<LockHolder>> lock_holder(const std::filesystem::path& path);
  // The cipher of the database at `path`, read from its `.meta` without
  // opening it: nothing when the database is not encrypted (or has no
  // `.meta`). Tells a caller whether to ask for a key before opening; the
  // `.meta` does not say whether the key came from a passphrase.
  // Errors: Io, MagicMismatch, VersionMismatch, Corrupted (a damaged `.meta`).
  static Result<std::optional<Cipher>> encryption_of(const std::filesystem::path& path);
  // Whether an open handle in some process holds the OS lock right now.
  static bool lock_is_held(const std::filesystem::path& path);
  // Whether a process with id `pid` (a LockHolder's) runs on this machine
  // now. A holder file naming a process that is gone was left by a kill.
  static bool process_running(std::uint32_t pid) noexcept;
  // Removes `P.lock` and `P.lock-meta`. Only after checking the holder is gone.
  // Errors: Io only; missing files are not an error.
  static Result<void> break_lock(const std::filesystem::path& path);

  // Reads every frame of the file at `path` (decoding, and decrypting with
  // `key` when the database is encrypted) without writing anything or taking
  // the lock, and reports what it found. Damage is reported in the report,
  // not as an error, and so is what the check noticed beyond damage
  // (IntegrityReport::notes). Errors: Io (no file at `path`, or the OS
  // refused), MagicMismatch, VersionMismatch, Corrupted (`.meta`, or a journal
  // past 1 TiB), EncryptionError (no key, or the wrong one), InvalidConfig (a
  // key for a database that is not encrypted), Cancelled.
  static Result<IntegrityReport> check(const std::filesystem::path& path,
                                       std::optional<EncryptionInput> key = std::nullopt, Progress progress = {});

  // Offline encryption changes: the database must not be open anywhere
  // (AlreadyLocked otherwise). Each rewrites the journal to `P.enc.tmp`,
  // proves it complete with a commit record, swaps it in, and once the swap
  // is durable overwrites and removes the old journal and sidecar (nothing
  // readable with the old key, or none, is left beside the database; see
  // docs/FORMAT.md for what file systems may keep). A crash leaves the old or
  // the new database, never a mix. `progress` sees records written;
  // returning false cancels (Cancelled, nothing changed).
  // Errors (all three): AlreadyLocked, Cancelled, Io (no database at `path`,
  // or the OS refused), MagicMismatch (not an emdb file), VersionMismatch,
  // Corrupted (a damaged `.meta`), InvalidArgument (an empty new passphrase),
  // EncryptionError (a build without encryption: EMDB_ENCRYPTION=OFF).
  // enable_encryption: EncryptionError when the database is already encrypted
  // (opened without a key).
  static Result<void> enable_encryption(const std::filesystem::path& path, EncryptionInput target,
                                        Progress progress = {}, Cipher cipher = Cipher::Aes256Gcm);
  // Errors: EncryptionError (wrong current key), InvalidConfig (not encrypted).
  static Result<void> disable_encryption(const std::filesystem::path& path, EncryptionInput current,
                                         Progress progress = {});
  // Keeps the cipher unless `cipher` names another.
  // Errors: EncryptionError (wrong current key), InvalidConfig (not encrypted).
  static Result<void> rotate_encryption_key(const std::filesystem::path& path, EncryptionInput current,
                                            EncryptionInput next, Progress progress = {},
                                            std::optional<Cipher> cipher = {});

 private:
  friend class Builder;
  friend struct detail::BuilderAccess;
  explicit Database(std::shared_ptr<detail::Engine> e);
  Transaction begin_transaction();
  Result<void> commit(Transaction& tx);
};

}  // namespace emdb
