// Transaction: writes staged inside Database::transaction().
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "emdb/error.hpp"
#include "emdb/types.hpp"

namespace emdb {

namespace detail {
class Engine;
struct Space;
}  // namespace detail

// Stages inserts and removes on the default namespace. Reads see the staged
// writes over the database. Commits when the transaction's function returns a
// value, as one crash-atomic journal write; discarded when it returns an error.
class Transaction {
 public:
  Result<void> insert(std::string_view key, std::string_view value);
  Result<void> insert_with_ttl(std::string_view key, std::string_view value, Ttl ttl);
  // Stages a removal; returns the staged or stored value it replaces.
  Result<std::optional<std::string>> remove(std::string_view key);
  Result<std::optional<std::string>> get(std::string_view key) const;
  Result<bool> contains_key(std::string_view key) const;

  Transaction(Transaction&&) noexcept = default;

 private:
  friend class Database;
  friend class detail::Engine;
  struct Staged {
    std::optional<std::string> value;  // nothing: removed
    std::uint64_t expires_at = 0;
  };
  Transaction(detail::Engine& e, detail::Space& s, std::unique_lock<std::mutex> lock)
      : engine_(&e), space_(&s), lock_(std::move(lock)) {}

  detail::Engine* engine_;
  detail::Space* space_;
  std::unique_lock<std::mutex> lock_;  // transactions serialise with one another
  std::map<std::string, Staged, std::less<>> staged_;
};

}  // namespace emdb
