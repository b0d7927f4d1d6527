// What a Transaction holds: its database, the writes it staged, and the
// engine's transaction lock, held from begin to commit or discard.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "emdb/transaction.hpp"

namespace emdb::detail {
class Engine;
struct Space;
}  // namespace emdb::detail

namespace emdb {

struct Transaction::Impl {
  struct Staged {
    std::optional<std::string> value;  // nothing: removed
    std::uint64_t expires_at = 0;
  };
  detail::Engine* engine;
  detail::Space* space;
  std::unique_lock<std::mutex> lock;  // transactions serialise with one another
  std::map<std::string, Staged, std::less<>> staged;
};

}  // namespace emdb
