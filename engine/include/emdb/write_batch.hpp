// WriteBatch: inserts and removes across namespaces, written by
// Database::write() as one crash-atomic batch.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "emdb/error.hpp"
#include "emdb/types.hpp"

namespace emdb {

namespace detail {
class Engine;
}  // namespace detail
class Database;
class Keyspace;

// Where a streamed value's bytes come from: fills `out` with the value's
// bytes from `offset` on (exactly out.size() of them; the write never asks
// past the size it was given). Asked for each byte twice, front to back (the
// batch's begin marker holds each record's checksum before the records), and
// must give the same bytes both times: a source that changes fails the write
// with Corrupted and leaves nothing of it. Its own errors stop the write.
using ValueSource = std::function<Result<void>(std::uint64_t offset, std::span<char> out)>;

// An ordered list of writes, staged in memory; nothing touches the database
// until Database::write(). Later writes to the same key win. A batch may mix
// the default namespace and named ones of one database.
class WriteBatch {
 public:
  // Stages an insert (or replacement) into `space` (a Database or a Namespace),
  // expiring as `ttl` says when the batch is written (Ttl::none() by default).
  void insert(const Keyspace& space, std::string_view key, std::string_view value, Ttl ttl = Ttl::none());
  // Stages an insert whose value, `size` bytes, is read from `source` only
  // while the batch is written, in pieces of at most 1 MiB: a value up to the
  // format's limit (a record of 256 MiB) is written without being held in
  // memory, encrypted or not. The batch keeps `source` until it is cleared.
  void insert_from(const Keyspace& space, std::string_view key, std::uint64_t size, ValueSource source,
                   Ttl ttl = Ttl::none());
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
    std::optional<std::string> value;  // nothing: remove (unless streamed)
    Ttl ttl;
    std::shared_ptr<const ValueSource> source = {};  // a streamed value of source_size bytes
    std::uint64_t source_size = 0;
  };
  std::vector<Write> writes_;
};

}  // namespace emdb
