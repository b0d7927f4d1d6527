#include "emdb/database.hpp"

#include <unistd.h>

#include "engine.hpp"
#include "lockfile.hpp"

namespace emdb {

Database::Database(std::shared_ptr<detail::Engine> e) : engine_(std::move(e)), space_(&engine_->default_space()) {}
Database::~Database() = default;

Result<Database> Database::open(const std::filesystem::path& path) { return builder().path(path).build(); }

Database Database::open_in_memory() {
  auto db = builder().build();
  if (!db) std::abort();  // only fails when the process cannot get memory
  return std::move(*db);
}

Builder Database::builder() { return Builder(); }
Database Database::clone_handle() const { return Database(engine_); }
const std::filesystem::path& Database::path() const { return engine_->path(); }

Result<void> Database::insert(std::string_view key, std::string_view value) {
  return engine_->put(*space_, key, value, engine_->default_expiry());
}
Result<void> Database::insert_with_ttl(std::string_view key, std::string_view value, Ttl ttl) {
  return engine_->put(*space_, key, value, engine_->expiry_for(ttl));
}
Result<void> Database::insert_many(std::span<const std::pair<std::string_view, std::string_view>> items) {
  return engine_->put_many(*space_, items, engine_->default_expiry());
}
Result<std::optional<std::string>> Database::get(std::string_view key) const { return engine_->get(*space_, key); }
Result<std::optional<ValueRef>> Database::get_zerocopy(std::string_view key) const {
  return engine_->get_ref(*space_, key);
}
Result<std::optional<std::string>> Database::remove(std::string_view key) { return engine_->remove(*space_, key); }
Result<bool> Database::contains_key(std::string_view key) const { return engine_->contains(*space_, key); }
Result<std::size_t> Database::len() const { return engine_->len(*space_); }
Result<bool> Database::is_empty() const { return engine_->len(*space_) == 0; }
Result<void> Database::clear() { return engine_->clear(*space_); }

Result<Iter> Database::iter() const {
  auto src = engine_->entries(*space_);
  if (!src) return std::unexpected(src.error());
  return Iter(std::move(*src));
}
Result<KeyIter> Database::keys() const {
  auto src = engine_->keys(*space_);
  if (!src) return std::unexpected(src.error());
  return KeyIter(std::move(*src));
}

Result<void> Database::flush() { return engine_->flush(); }
Result<void> Database::checkpoint() { return engine_->checkpoint(); }
Result<Stats> Database::stats() const { return engine_->stats(); }
Result<std::size_t> Database::refresh() { return engine_->refresh(); }

Result<std::optional<LockHolder>> Database::lock_holder(const std::filesystem::path& path) {
  auto text = detail::read_small_file(*detail::Env::posix(), detail::lock_meta_path(path));
  if (!text) {
    if (text.error().io_error() == std::errc::no_such_file_or_directory) return std::nullopt;
    return std::unexpected(text.error());
  }
  auto h = detail::parse_lock_meta(*text);
  if (!h) return std::unexpected(h.error());
  return *h;
}

bool Database::lock_is_held(const std::filesystem::path& path) { return detail::lock_is_held(path); }

Result<void> Database::break_lock(const std::filesystem::path& path) {
  for (const auto& p : {detail::lock_meta_path(path), detail::lock_path(path)}) {
    if (::unlink(p.c_str()) != 0 && errno != ENOENT)
      return std::unexpected(Error::io(std::error_code(errno, std::generic_category()), "cannot remove " + p.string()));
  }
  return {};
}

}  // namespace emdb
