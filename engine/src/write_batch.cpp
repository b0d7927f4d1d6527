#include "emdb/write_batch.hpp"

#include "emdb/database.hpp"
#include "engine.hpp"

namespace emdb {

void WriteBatch::insert(const Keyspace& space, std::string_view key, std::string_view value, Ttl ttl) {
  writes_.push_back(Write{space.engine_.get(), space.space_->id, std::string(key), std::string(value), ttl});
}

void WriteBatch::insert_from(const Keyspace& space, std::string_view key, std::uint64_t size, ValueSource source,
                             Ttl ttl) {
  writes_.push_back(Write{space.engine_.get(), space.space_->id, std::string(key), std::nullopt, ttl,
                          std::make_shared<const ValueSource>(std::move(source)), size});
}

void WriteBatch::remove(const Keyspace& space, std::string_view key) {
  writes_.push_back(Write{space.engine_.get(), space.space_->id, std::string(key), std::nullopt, Ttl::none()});
}

Result<void> Database::write(const WriteBatch& batch) {
  std::vector<detail::Op> ops;
  ops.reserve(batch.writes_.size());
  for (const auto& w : batch.writes_) {
    if (w.engine != engine_.get())
      return std::unexpected(Error(ErrorCode::InvalidConfig, "a write of the batch addresses another database"));
    const bool inserts = w.value || w.source;
    ops.push_back(detail::Op{w.ns, w.key, w.value, inserts ? engine_->expiry_for(w.ttl) : 0, false, w.source,
                             w.source_size});
  }
  auto serialised = engine_->lock_transactions();
  return engine_->commit(std::move(ops));
}

}  // namespace emdb
