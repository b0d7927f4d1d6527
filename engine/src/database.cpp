#include "emdb/database.hpp"


#include "engine.hpp"
#include "env.hpp"
#include "lockfile.hpp"
#include "meta.hpp"
#include "paths.hpp"
#include "transaction_impl.hpp"

namespace emdb {

Database::Database(std::shared_ptr<detail::Engine> e) : Keyspace(e, &e->default_space()) {}

Result<Database> Database::open(const std::filesystem::path& path) { return builder().path(path).build(); }

Database Database::open_in_memory() {
  auto db = builder().build();
  if (!db) std::abort();  // only fails when the process cannot get memory
  return std::move(*db);
}

Builder Database::builder() { return Builder(); }
Database Database::clone_handle() const { return Database(engine_); }
const std::filesystem::path& Database::path() const { return engine_->path(); }

Transaction Database::begin_transaction() {
  return Transaction(
      std::make_unique<Transaction::Impl>(Transaction::Impl{engine_.get(), space_, engine_->lock_transactions(), {}}));
}

Result<void> Database::commit(Transaction& tx) {
  auto& staged = tx.impl_->staged;
  if (staged.empty()) return {};  // a transaction that only read
  std::vector<detail::Op> ops;
  ops.reserve(staged.size());
  for (auto& [key, st] : staged) ops.push_back(detail::Op{space_->id, key, std::move(st.value), st.expires_at});
  staged.clear();
  return engine_->commit(std::move(ops));
}

Result<Namespace> Database::open_namespace(std::string_view name) {
  auto s = engine_->open_space(name);
  if (!s) return std::unexpected(s.error());
  return Namespace(engine_, *s, std::string(name));
}

Result<std::optional<Cipher>> Database::encryption_of(const std::filesystem::path& path) {
  auto meta_file = path;
  meta_file += ".meta";
  auto bytes = detail::read_small_file(*detail::Env::posix(), meta_file);
  if (!bytes) {
    if (bytes.error().io_error() == std::errc::no_such_file_or_directory) return std::optional<Cipher>();
    return std::unexpected(bytes.error());
  }
  auto m = detail::decode_meta(*bytes);
  if (!m) return std::unexpected(m.error());
  if (!m->encrypted()) return std::optional<Cipher>();
  return std::optional<Cipher>(m->chacha() ? Cipher::ChaCha20Poly1305 : Cipher::Aes256Gcm);
}

Result<bool> Database::drop_namespace(std::string_view name) { return engine_->drop_space(name); }
Result<std::vector<std::string>> Database::list_namespaces() const { return engine_->space_names(); }

Focus Database::focus(std::string_view dotted_prefix) { return Focus(*this, std::string(dotted_prefix)); }

Result<std::vector<Entry>> Database::group(std::string_view dotted_prefix) const {
  auto entries = Focus(*this, std::string(dotted_prefix)).iter();
  if (!entries) return entries;
  for (auto& e : *entries) e.first = std::string(dotted_prefix) + "." + e.first;
  return entries;
}

Result<std::size_t> Database::delete_group(std::string_view dotted_prefix) {
  return Focus(*this, std::string(dotted_prefix)).delete_all();
}

Result<std::size_t> Database::sweep_expired() { return engine_->sweep_expired(); }

Result<void> Database::flush() { return engine_->flush(); }
Result<void> Database::checkpoint() { return engine_->checkpoint(); }
Result<void> Database::backup_to(const std::filesystem::path& target, Progress progress) {
  return engine_->backup_to(target, progress);
}
Result<void> Database::check_backup_target(const std::filesystem::path& database, const std::filesystem::path& target) {
  return detail::check_backup_target(database, target);
}
Result<void> Database::compact(Progress progress) { return engine_->compact(progress); }
Result<Stats> Database::stats() const { return engine_->stats(); }
Result<std::size_t> Database::refresh() { return engine_->refresh(); }

Result<std::optional<LockHolder>> Database::lock_holder(const std::filesystem::path& path) {
  auto text =
      detail::read_small_file(*detail::Env::posix(), detail::lock_meta_path(detail::resolve_database_path(path)));
  if (!text) {
    if (text.error().io_error() == std::errc::no_such_file_or_directory) return std::nullopt;
    return std::unexpected(text.error());
  }
  auto h = detail::parse_lock_meta(*text);
  if (!h) return std::unexpected(h.error());
  return *h;
}

bool Database::lock_is_held(const std::filesystem::path& path) {
  return detail::lock_is_held(detail::resolve_database_path(path));
}

bool Database::process_running(std::uint32_t pid) noexcept { return detail::process_running(pid); }

Result<IntegrityReport> Database::check(const std::filesystem::path& path, std::optional<EncryptionInput> key,
                                        Progress progress) {
  return detail::Engine::check(detail::resolve_database_path(path), std::move(key), progress);
}

namespace {

// After an encryption change: opened and closed once with the new key, which
// writes its checkpoint sealed with it (a failure costs only the next open's time).
void checkpoint_with(const std::filesystem::path& path, const EncryptionInput& key) {
  auto b = Database::builder().path(path);
  if (const RawKey* raw = key.key())
    b.encryption_key(*raw);
  else
    b.encryption_passphrase(*key.passphrase_text());
  (void)b.build();
}

}  // namespace

Result<void> Database::enable_encryption(const std::filesystem::path& path, EncryptionInput target, Progress progress,
                                         Cipher cipher) {
  const EncryptionInput key = target;
  if (auto r = detail::Engine::change_encryption(detail::resolve_database_path(path), std::nullopt, std::move(target),
                                                 cipher, progress);
      !r)
    return r;
  checkpoint_with(path, key);
  return {};
}

Result<void> Database::disable_encryption(const std::filesystem::path& path, EncryptionInput current,
                                          Progress progress) {
  if (auto r = detail::Engine::change_encryption(detail::resolve_database_path(path), std::move(current), std::nullopt,
                                                 std::nullopt, progress);
      !r)
    return r;
  // A plain database again: opened and closed once, which writes its
  // checkpoint (a failure costs only the next open's time).
  (void)builder().path(path).build();
  return {};
}

Result<void> Database::rotate_encryption_key(const std::filesystem::path& path, EncryptionInput current,
                                             EncryptionInput next, Progress progress, std::optional<Cipher> cipher) {
  const EncryptionInput key = next;
  if (auto r = detail::Engine::change_encryption(detail::resolve_database_path(path), std::move(current),
                                                 std::move(next), cipher, progress);
      !r)
    return r;
  checkpoint_with(path, key);
  return {};
}

Result<void> Database::break_lock(const std::filesystem::path& given) {
  const auto path = detail::resolve_database_path(given);
  if (detail::lock_is_held(path))
    return std::unexpected(Error(ErrorCode::AlreadyLocked,
                                 "the lock of " + path.string() + " is held by a running process: it is not stale"));
  for (const auto& p : {detail::lock_meta_path(path), detail::lock_path(path)}) {
    std::error_code ec;
    std::filesystem::remove(p, ec);  // false without an error when it is not there
    if (ec) return std::unexpected(Error::io(ec, "cannot remove " + p.string()));
  }
  return {};
}

}  // namespace emdb
