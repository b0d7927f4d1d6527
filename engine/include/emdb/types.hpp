// Value types of the engine's API: options, bounds, statistics.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace emdb {

// When bytes written by the engine become durable.
enum class FlushPolicy {
  // One fdatasync per flush() call (default). Concurrent calls take turns; a
  // call whose bytes the previous turn's sync already covered returns at once.
  OnEachFlush,
  // Concurrent flush() calls share one fdatasync: its caller first waits, for
  // at most half a sync's time, for as many flushes as recent syncs covered.
  Group,
  WriteThrough,  // the journal is opened O_DSYNC: every write is durable on return
};

enum class Cipher { Aes256Gcm, ChaCha20Poly1305 };

using RawKey = std::array<std::uint8_t, 32>;

// Per-record expiry, for insert_with_ttl.
class Ttl {
 public:
  enum class Kind { None, Default, After, At };
  static Ttl none() { return Ttl(Kind::None, 0); }
  static Ttl use_default() { return Ttl(Kind::Default, 0); }
  static Ttl after(std::chrono::milliseconds d) { return Ttl(Kind::After, static_cast<std::uint64_t>(d.count())); }
  static Ttl at(std::uint64_t unix_ms) { return Ttl(Kind::At, unix_ms); }

  Kind kind() const noexcept { return kind_; }
  // Milliseconds for After, Unix milliseconds for At, 0 otherwise.
  std::uint64_t value() const noexcept { return value_; }

 private:
  Ttl(Kind k, std::uint64_t v) : kind_(k), value_(v) {}
  Kind kind_;
  std::uint64_t value_;
};

// How a key is derived for the offline encryption administration calls.
class EncryptionInput {
 public:
  static EncryptionInput raw_key(const RawKey& key) { return EncryptionInput(key); }
  static EncryptionInput passphrase(std::string text) { return EncryptionInput(std::move(text)); }

  bool is_passphrase() const noexcept { return std::holds_alternative<std::string>(value_); }
  const RawKey* key() const noexcept { return std::get_if<RawKey>(&value_); }
  const std::string* passphrase_text() const noexcept { return std::get_if<std::string>(&value_); }

 private:
  explicit EncryptionInput(const RawKey& k) : value_(k) {}
  explicit EncryptionInput(std::string p) : value_(std::move(p)) {}
  std::variant<RawKey, std::string> value_;
};

// One end of a key range.
class Bound {
 public:
  enum class Kind { Included, Excluded, Unbounded };
  static Bound included(std::string_view key) { return Bound(Kind::Included, key); }
  static Bound excluded(std::string_view key) { return Bound(Kind::Excluded, key); }
  static Bound unbounded() { return Bound(Kind::Unbounded, {}); }

  Kind kind() const noexcept { return kind_; }
  const std::string& key() const noexcept { return key_; }

 private:
  Bound(Kind k, std::string_view key) : kind_(k), key_(key) {}
  Kind kind_;
  std::string key_;
};

// A range of keys in byte-wise lexicographic order.
struct KeyRange {
  Bound lower = Bound::unbounded();
  Bound upper = Bound::unbounded();
  // [a, b): a included, b excluded.
  static KeyRange half_open(std::string_view a, std::string_view b) {
    return KeyRange{Bound::included(a), Bound::excluded(b)};
  }
  static KeyRange all() { return KeyRange{}; }
};

using Entry = std::pair<std::string, std::string>;  // key, value (bytes)

// What the index knows of a live record without reading its value: the
// value's size as its frame declares it, and its expiry (Unix ms; 0: none).
struct RecordInfo {
  std::uint64_t size = 0;
  std::uint64_t expires_at = 0;
};

// Called as work advances; return false to cancel (the call then fails with Cancelled).
using Progress = std::function<bool(std::uint64_t done, std::uint64_t total)>;

// Records and bytes of one namespace.
struct NamespaceStats {
  std::size_t live_records = 0;     // records, expired-but-unswept included (as len())
  std::uint64_t live_bytes = 0;     // journal bytes (whole frames) of records reads return
  std::size_t expired_records = 0;  // expired but not yet swept (to the second)
  std::uint64_t expired_bytes = 0;
};

// Point-in-time figures of a database; cheap enough to poll every second.
struct Stats {
  std::size_t live_records = 0;          // records of the default namespace (as len())
  std::size_t namespace_count = 0;       // named namespaces
  std::uint64_t logical_size_bytes = 0;  // journal bytes holding frames
  std::uint64_t file_size_bytes = 0;     // size of the journal file
  std::uint64_t preallocated_bytes = 0;  // file size beyond the frames
  bool range_scans_enabled = false;
  bool encrypted = false;
  // Beyond emdb 0.9:
  std::size_t total_live_records = 0;  // across every namespace, expired-but-unswept included
  std::uint64_t live_bytes = 0;        // frames of records reads return, every namespace
  std::size_t expired_records = 0;     // expired but not yet swept, every namespace (to the second)
  std::uint64_t expired_bytes = 0;
  // Frames compaction drops: replaced, removed and expired records, and
  // transaction markers. After compact() the journal is about
  // logical_size_bytes - dead_bytes long.
  std::uint64_t dead_bytes = 0;
  std::map<std::string, NamespaceStats> namespaces;  // "" is the default namespace
  // Journal bytes the checkpoint (`P.hint`) covers: what the next open skips
  // replaying. 0 without one. A read-only handle reports the one it opened with.
  std::uint64_t checkpoint_bytes = 0;
  // Read-only opens of a damaged journal read the records before the damage;
  // this is where it starts. Empty when the whole journal was read.
  std::optional<std::uint64_t> first_bad_offset;
};

// Something an integrity check noticed that is not damage: a structure that
// emdb 0.9.7 reads in its own way (a name bound to the default namespace, two
// names for one namespace, an empty or non-UTF-8 name, a stray drop marker),
// or a batch a crash left incomplete with other writes after it.
struct IntegrityNote {
  std::uint64_t offset = 0;  // the frame it concerns
  std::string what;          // a sentence a user can read
};

// What an integrity check of a database file found (Database::check).
struct IntegrityReport {
  std::uint64_t file_size = 0;
  std::uint64_t frames = 0;        // valid frames read, markers and names included
  std::uint64_t records = 0;       // Insert and Remove records among them
  std::size_t live_records = 0;    // records a read-only open indexes, every namespace
  std::uint64_t dead_records = 0;  // Inserts replaced or removed since, and Removes
  std::uint64_t valid_bytes = 0;   // bytes up to the end of the last valid frame
  // Where the first bad frame starts, and why; empty when every byte is sound
  // (zero fill after the last frame is free space, not damage).
  std::optional<std::uint64_t> first_bad_offset;
  std::string reason;
  bool torn_tail = false;            // a torn tail (nothing valid after it, or a page never written), not corruption
  std::vector<IntegrityNote> notes;  // in journal order; at most 1,000
  bool sound() const noexcept { return !first_bad_offset; }
};

// Who holds a database's lock, from `P.lock-meta`.
struct LockHolder {
  std::uint32_t pid = 0;
  std::uint64_t acquired_at_ms = 0;
  std::uint32_t schema_version = 0;
  std::string crate_version;
};

}  // namespace emdb
