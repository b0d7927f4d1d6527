#include "emdb/transaction.hpp"

#include <map>
#include <mutex>

#include "engine.hpp"
#include "transaction_impl.hpp"

namespace emdb {

Transaction::Transaction(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Transaction::Transaction(Transaction&&) noexcept = default;
Transaction& Transaction::operator=(Transaction&&) noexcept = default;
Transaction::~Transaction() = default;

Result<void> Transaction::insert(std::string_view key, std::string_view value) {
  impl_->staged.insert_or_assign(std::string(key), Impl::Staged{std::string(value), impl_->engine->default_expiry()});
  return {};
}

Result<void> Transaction::insert_with_ttl(std::string_view key, std::string_view value, Ttl ttl) {
  impl_->staged.insert_or_assign(std::string(key), Impl::Staged{std::string(value), impl_->engine->expiry_for(ttl)});
  return {};
}

Result<std::optional<std::string>> Transaction::remove(std::string_view key) {
  auto prior = get(key);
  if (!prior) return prior;
  impl_->staged.insert_or_assign(std::string(key), Impl::Staged{std::nullopt, 0});
  return prior;
}

Result<std::optional<std::string>> Transaction::get(std::string_view key) const {
  if (auto it = impl_->staged.find(key); it != impl_->staged.end()) {
    if (it->second.value && !impl_->engine->expired(it->second.expires_at)) return it->second.value;
    return std::nullopt;
  }
  return impl_->engine->get(*impl_->space, key);
}

Result<bool> Transaction::contains_key(std::string_view key) const {
  if (auto it = impl_->staged.find(key); it != impl_->staged.end())
    return it->second.value.has_value() && !impl_->engine->expired(it->second.expires_at);
  return impl_->engine->contains(*impl_->space, key);
}

}  // namespace emdb
