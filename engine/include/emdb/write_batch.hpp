// WriteBatch: inserts and removes across namespaces, written by
// Database::write() as one crash-atomic batch.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "emdb/types.hpp"

namespace emdb {

namespace detail {
class Engine;
}  // namespace detail
class Database;
class Keyspace;

// An ordered list of writes, staged in memory; nothing touches the database
// until Database::write(). Later writes to the same key win. A batch may mix
// the default namespace and named ones of one database.
class WriteBatch {
 public:
  // Stages an insert (or replacement) into `space` (a Database or a Namespace),
  // expiring as `ttl` says when the batch is written (Ttl::none() by default).
  void insert(const Keyspace& space, std::string_view key, std::string_view value, Ttl ttl = Ttl::none());
  // Stages a removal; removing an absent key is not an error.
  void remove(const Keyspace& space, std::string_view key);
  std::size_t size() const noexcept { return writes_.size(); }
  bool empty() const noexcept { return writes_.empty(); }
  void clear() noexcept { writes_.clear(); }

 private:
  friend class Database;
  struct Write {
    const detail::Engine* engine;  // identifies the database; never dereferenced here
    std::uint32_t ns;
    std::string key;
    std::optional<std::string> value;  // nothing: remove
    Ttl ttl;
  };
  std::vector<Write> writes_;
};

}  // namespace emdb
