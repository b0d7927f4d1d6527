// Database: an open emdb v0.9 database, and the Builder that opens one.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "emdb/error.hpp"
#include "emdb/iter.hpp"
#include "emdb/types.hpp"
#include "emdb/value_ref.hpp"

namespace emdb {

namespace detail {
class Engine;
struct Keyspace;
struct Options;
struct BuilderAccess;
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
  // Accepted for emdb compatibility; the journal's write path ignores it.
  Builder& iouring_sqpoll(std::chrono::milliseconds idle);
  Builder& encryption_key(const RawKey& key);
  Builder& encryption_passphrase(std::string passphrase);
  Builder& cipher(Cipher c);
  // Opens without the writer lock and writes nothing, not even a torn-tail cut;
  // works while another process has the database open. Writes fail with ReadOnly.
  Builder& read_only(bool on);

  // Opens (or creates) the database. With no path and no names: in memory.
  // Errors: InvalidConfig (only one of app_name/database_name), Io, AlreadyLocked,
  // MagicMismatch, VersionMismatch, Corrupted, EncryptionError.
  Result<Database> build();

 private:
  friend struct detail::BuilderAccess;
  std::unique_ptr<detail::Options> opts_;
  std::string app_name_, database_name_;
  std::filesystem::path data_root_;
  bool encryption_ = false;
};

// An open database. Handles are cheap to move; clone_handle() shares the engine.
// Every method is safe to call from many threads at once.
class Database {
 public:
  // Opens or creates the file-backed database at `path` with default settings.
  static Result<Database> open(const std::filesystem::path& path);
  // A database that lives in memory only: no file, no lock.
  static Database open_in_memory();
  static Builder builder();

  // Another handle on the same engine, file and lock.
  Database clone_handle() const;
  // The file's path; empty for in-memory databases.
  const std::filesystem::path& path() const;

  // Inserts or replaces. Not durable until flush(). Errors: Io, ReadOnly, InvalidConfig (record over 256 MiB).
  Result<void> insert(std::string_view key, std::string_view value);
  Result<void> insert_with_ttl(std::string_view key, std::string_view value, Ttl ttl);
  // Inserts every pair with one journal write.
  Result<void> insert_many(std::span<const std::pair<std::string_view, std::string_view>> items);
  // The value, or nothing if the key is absent or expired.
  Result<std::optional<std::string>> get(std::string_view key) const;
  // The value without a copy; the ValueRef stays valid while held (see ValueRef).
  Result<std::optional<ValueRef>> get_zerocopy(std::string_view key) const;
  // Removes the key; returns the value it had (nothing if absent or expired).
  Result<std::optional<std::string>> remove(std::string_view key);
  Result<bool> contains_key(std::string_view key) const;
  // Records of the default namespace, counting expired ones not yet swept.
  Result<std::size_t> len() const;
  Result<bool> is_empty() const;
  // Removes every record of the default namespace, durably (one Remove each).
  Result<void> clear();

  // Every (key, value) of the default namespace, in no particular order; a
  // snapshot of record positions taken now, values decoded as the loop goes.
  Result<Iter> iter() const;
  Result<KeyIter> keys() const;

  // Makes every write made before the call durable.
  Result<void> flush();
  // Writes `P.hint` so the next open skips the journal up to here.
  Result<void> checkpoint();
  Result<Stats> stats() const;
  // Read-only handles: reads frames another process appended since the last
  // look and returns how many; 0 for writable handles.
  Result<std::size_t> refresh();

  // Who holds the lock of the database at `path` (from `P.lock-meta`), or
  // nothing when no holder file exists. A holder killed without closing
  // leaves its file behind: see lock_is_held().
  static Result<std::optional<LockHolder>> lock_holder(const std::filesystem::path& path);
  // Whether an open handle in some process holds the OS lock right now.
  static bool lock_is_held(const std::filesystem::path& path);
  // Removes `P.lock` and `P.lock-meta`. Only after checking the holder is gone.
  static Result<void> break_lock(const std::filesystem::path& path);

  Database(Database&&) noexcept = default;
  Database& operator=(Database&&) noexcept = default;
  ~Database();

 private:
  friend class Builder;
  friend struct detail::BuilderAccess;
  explicit Database(std::shared_ptr<detail::Engine> e);
  std::shared_ptr<detail::Engine> engine_;
  detail::Keyspace* space_;
};

}  // namespace emdb
