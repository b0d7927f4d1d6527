// Focus: a dotted-prefix view over the default namespace (emdb's nested groups).
#pragma once

#include <string>
#include <string_view>

#include "emdb/error.hpp"
#include "emdb/iter.hpp"
#include "emdb/keyspace.hpp"
#include "emdb/types.hpp"

namespace emdb {

// Every key operation prepends "prefix." to the key: on db.focus("users.alice"),
// set("name", ...) writes "users.alice.name". Cheap: no I/O until used.
// Each call fails as the Keyspace call it makes on the default namespace.
class Focus {
 public:
  // Errors: ReadOnly, InvalidConfig (record over 256 MiB), InvalidArgument (a
  // prefix starting with the reserved batch-marker bytes), Io.
  Result<void> set(std::string_view key, std::string_view value);
  Result<void> set_with_ttl(std::string_view key, std::string_view value, Ttl ttl);
  // Errors: none on a plain database; EncryptionError, Corrupted (decrypting).
  Result<std::optional<std::string>> get(std::string_view key) const;
  // Errors: ReadOnly, EncryptionError, Corrupted (decrypting), Io.
  Result<std::optional<std::string>> remove(std::string_view key);
  // Cannot fail.
  Result<bool> contains_key(std::string_view key) const;
  // Every record under the prefix, with keys relative to it. Uses the ordered
  // index with range scans, else scans every record. Errors: EncryptionError,
  // Corrupted (decrypting); without range scans, Io when a compaction swaps the
  // journal during the scan (call again).
  Result<std::vector<Entry>> iter() const;
  // Removes every record under the prefix, one remove() each (not atomic: an
  // error stops it part way); returns how many. Errors: as iter(), then as
  // remove() (ReadOnly only when something is under the prefix).
  Result<std::size_t> delete_all();
  // A deeper focus: focus("users").focus("alice") is focus("users.alice").
  Focus focus(std::string_view sub) const;
  // The dotted prefix, without the trailing dot.
  const std::string& prefix() const noexcept { return prefix_; }

 private:
  friend class Database;
  Focus(Keyspace space, std::string prefix) : space_(std::move(space)), prefix_(std::move(prefix)) {}
  std::string full(std::string_view key) const { return prefix_ + "." + std::string(key); }
  Keyspace space_;
  std::string prefix_;
};

}  // namespace emdb
