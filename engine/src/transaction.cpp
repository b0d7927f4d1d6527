#include "emdb/transaction.hpp"

#include "engine.hpp"

namespace emdb {

Result<void> Transaction::insert(std::string_view key, std::string_view value) {
  staged_.insert_or_assign(std::string(key), Staged{std::string(value), engine_->default_expiry()});
  return {};
}

Result<void> Transaction::insert_with_ttl(std::string_view key, std::string_view value, Ttl ttl) {
  staged_.insert_or_assign(std::string(key), Staged{std::string(value), engine_->expiry_for(ttl)});
  return {};
}

Result<std::optional<std::string>> Transaction::remove(std::string_view key) {
  auto prior = get(key);
  if (!prior) return prior;
  staged_.insert_or_assign(std::string(key), Staged{std::nullopt, 0});
  return prior;
}

Result<std::optional<std::string>> Transaction::get(std::string_view key) const {
  if (auto it = staged_.find(key); it != staged_.end()) {
    if (it->second.value && !engine_->expired(it->second.expires_at)) return it->second.value;
    return std::nullopt;
  }
  return engine_->get(*space_, key);
}

Result<bool> Transaction::contains_key(std::string_view key) const {
  if (auto it = staged_.find(key); it != staged_.end())
    return it->second.value.has_value() && !engine_->expired(it->second.expires_at);
  return engine_->contains(*space_, key);
}

}  // namespace emdb
