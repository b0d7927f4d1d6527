// Transaction: writes staged inside Database::transaction().
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "emdb/error.hpp"
#include "emdb/types.hpp"

namespace emdb {

// Stages inserts and removes on the default namespace. Reads see the staged
// writes over the database. Commits when the transaction's function returns a
// value, as one crash-atomic journal write; discarded when it returns an error.
class Transaction {
 public:
  // Staging cannot fail: read-only, size and reserved-key errors come from the
  // commit (see Database::transaction()).
  Result<void> insert(std::string_view key, std::string_view value);
  Result<void> insert_with_ttl(std::string_view key, std::string_view value, Ttl ttl);
  // Stages a removal; returns the staged or stored value it replaces.
  // Errors: as get().
  Result<std::optional<std::string>> remove(std::string_view key);
  // Errors: none on a plain database; on an encrypted one, EncryptionError or
  // Corrupted when a stored record fails to decrypt or decode.
  Result<std::optional<std::string>> get(std::string_view key) const;
  // Cannot fail.
  Result<bool> contains_key(std::string_view key) const;

  Transaction(Transaction&&) noexcept;
  Transaction& operator=(Transaction&&) noexcept;
  ~Transaction();

 private:
  friend class Database;
  struct Impl;  // the staged writes and the transaction lock (transaction.cpp)
  explicit Transaction(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace emdb
