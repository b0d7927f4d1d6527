// Keyspace: the key/value surface shared by the default namespace (Database)
// and named namespaces (Namespace).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "emdb/error.hpp"
#include "emdb/history.hpp"
#include "emdb/iter.hpp"
#include "emdb/types.hpp"
#include "emdb/value_ref.hpp"

namespace emdb {

namespace detail {
class Engine;
struct Space;
struct BuilderAccess;
}  // namespace detail

// One namespace's keys and values. Every method is safe to call from many threads.
// Reads that decrypt a value (encrypted databases only) fail with
// EncryptionError when the record fails authentication and Corrupted when its
// plaintext does not decode; both mean the file changed under the engine.
// The reserved keys below: keys of the default namespace that start with the
// 16-byte batch-marker magic (ff 00 "emdb-batch-v1" 00).
class Keyspace {
 public:
  // Inserts or replaces, with the database's default TTL (if any). Not durable
  // until flush(). Errors (both): ReadOnly, InvalidConfig (record over 256 MiB),
  // InvalidArgument (a reserved key), Io.
  Result<void> insert(std::string_view key, std::string_view value);
  Result<void> insert_with_ttl(std::string_view key, std::string_view value, Ttl ttl);
  // Inserts every pair with one journal write; all or none survive a crash.
  // Errors: ReadOnly (even with no pairs), InvalidConfig (a record over 256 MiB,
  // or more than 67,108,840 pairs), InvalidArgument (a reserved key), Io.
  Result<void> insert_many(std::span<const std::pair<std::string_view, std::string_view>> items);
  // The value, or nothing if the key is absent or expired.
  // Errors: none on a plain database; EncryptionError, Corrupted (decrypting).
  Result<std::optional<std::string>> get(std::string_view key) const;
  // The value without a copy. The ValueRef stays valid while held, across later
  // writes, file growth and compaction. Errors: as get().
  Result<std::optional<ValueRef>> get_zerocopy(std::string_view key) const;
  // Copies bytes of a value from `offset` on into `out` (fewer at its end)
  // without reading the rest: for showing or scanning a large value a piece
  // at a time. Nothing if the key is absent or expired. An encrypted
  // record is authenticated whole the first time one of the last few
  // records read this way is read, then only the bytes asked for are
  // decrypted. Errors: InvalidArgument (`offset` past the value's end),
  // Corrupted (the record's frame changed after it was written; encrypted:
  // it fails authentication).
  Result<std::optional<ValuePart>> read_value(std::string_view key, std::uint64_t offset, std::span<char> out) const;
  // Removes the key; returns the value it had (nothing if absent or expired).
  // Errors: ReadOnly (even for an absent key), EncryptionError, Corrupted
  // (decrypting the old value), Io.
  Result<std::optional<std::string>> remove(std::string_view key);
  // Cannot fail (answered from the index, without decrypting).
  Result<bool> contains_key(std::string_view key) const;
  // Records, counting expired ones not yet swept (see sweep_expired()).
  // Neither len() nor is_empty() can fail.
  Result<std::size_t> len() const;
  Result<bool> is_empty() const;
  // Removes every record, durably and atomically (one Remove each, in one transaction).
  // Errors: ReadOnly, InvalidConfig (more than 67,108,840 records), InvalidArgument
  // (a reserved key that another program wrote is among them), Io.
  Result<void> clear();

  // Every (key, value) in no particular order: a snapshot of record positions
  // taken now, values decoded as the loop goes. Expired records are skipped.
  // Errors (both): Io when a compaction swaps the journal while the snapshot is
  // taken (call again); the stream's status(): EncryptionError, Corrupted (decrypting).
  Result<Iter> iter() const;
  Result<KeyIter> keys() const;

  // Ordered access; each needs enable_range_scans(true), else InvalidConfig.
  // Keys compare as bytes. Streams cost what is consumed: they fetch keys in
  // small batches, so records written meanwhile may or may not appear.
  // Errors (all six): InvalidConfig (no range scans); EncryptionError, Corrupted
  // (decrypting), from the vector calls or from a stream's status().
  Result<std::vector<Entry>> range(const KeyRange& r) const;
  Result<RangeIter> range_iter(const KeyRange& r) const;
  Result<std::vector<Entry>> range_prefix(std::string_view prefix) const;
  Result<RangeIter> range_prefix_iter(std::string_view prefix) const;
  Result<RangeIter> iter_from(std::string_view start) const;   // start included
  Result<RangeIter> iter_after(std::string_view start) const;  // start excluded

  // Positional access through the ordered index, in O(log n) (range scans
  // only). Positions count keys in byte order, expired-but-unswept included.
  // Errors (both): InvalidConfig (no range scans) only.
  // The key at `position` (0-based), or nothing past the end.
  Result<std::optional<std::string>> key_at(std::size_t position) const;
  // How many keys sort before `key` (its position if present).
  Result<std::size_t> position_of(std::string_view key) const;

  // The Unix-milliseconds expiry of a key; nothing if absent, expired or without TTL.
  // Cannot fail (answered from the index); an absent key is nothing, not an error.
  Result<std::optional<std::uint64_t>> expires_at(std::string_view key) const;
  // A record's value size and expiry, from its frame's header (nothing if
  // absent or expired): no checksum is verified and nothing is decrypted, so
  // it costs a lookup. Cannot fail, as expires_at().
  Result<std::optional<RecordInfo>> info(std::string_view key) const;
  // Time left; zero once expired but not yet swept; nothing if absent or without TTL.
  // Cannot fail, as expires_at().
  Result<std::optional<std::chrono::milliseconds>> ttl(std::string_view key) const;
  // Removes a key's TTL; false if the key is absent. Errors: ReadOnly (only when
  // the key is present), EncryptionError, Corrupted (decrypting), InvalidArgument
  // (a reserved key that another program wrote), Io.
  Result<bool> persist(std::string_view key);

  // The journal's past (see history.hpp); each reads the whole journal as it
  // is when called, so `progress` sees bytes read and returning false cancels
  // (Cancelled). A compaction in between leaves only live records. Damage
  // in the journal ends the reading there, as it ends a read-only open: what
  // came before it is returned. Errors (both): Cancelled only.
  // Every version of `key` still in the journal, oldest first.
  Result<std::vector<Version>> history(std::string_view key, Progress progress = {}) const;
  // Keys absent now whose removal and last value are still in the journal,
  // in key order.
  Result<std::vector<RemovedKey>> removed_keys(Progress progress = {}) const;
  // The value of the Written version of `key` whose frame starts at
  // `offset` (from history() or removed_keys()). Errors: InvalidArgument (no
  // Written version of this key, in this namespace, starts there, or a
  // compaction has rewritten the journal since), EncryptionError, Corrupted.
  Result<std::string> read_version(std::string_view key, std::uint64_t offset) const;

 protected:
  Keyspace(std::shared_ptr<detail::Engine> engine, detail::Space* space) noexcept
      : engine_(std::move(engine)), space_(space) {}
  std::shared_ptr<detail::Engine> engine_;
  detail::Space* space_;  // owned by the engine, alive as long as it is

  friend struct detail::BuilderAccess;
  friend class WriteBatch;
};

// A named namespace: an isolated keyspace in the same file.
class Namespace : public Keyspace {
 public:
  const std::string& name() const noexcept { return name_; }

 private:
  friend class Database;
  Namespace(std::shared_ptr<detail::Engine> e, detail::Space* s, std::string name)
      : Keyspace(std::move(e), s), name_(std::move(name)) {}
  std::string name_;
};

}  // namespace emdb
