#include <cstdlib>

#include "emdb/database.hpp"
#include "engine.hpp"
#include "paths.hpp"

namespace emdb {
namespace {

// The per-user data folder of the platform.
Result<std::filesystem::path> user_data_root() {
  auto env = [](const char* name) -> std::optional<std::filesystem::path> {
    const char* v = std::getenv(name);
    if (v && *v) return std::filesystem::path(v);
    return std::nullopt;
  };
#if defined(_WIN32)
  if (auto p = env("LOCALAPPDATA")) return *p;
#elif defined(__APPLE__)
  if (auto h = env("HOME")) return *h / "Library" / "Application Support";
#else
  if (auto p = env("XDG_DATA_HOME")) return *p;
  if (auto h = env("HOME")) return *h / ".local" / "share";
#endif
  return std::unexpected(Error(ErrorCode::InvalidConfig, "no per-user data folder is known; set a path"));
}

}  // namespace

Builder::Builder() : opts_(std::make_unique<detail::Options>()) {}
Builder::~Builder() = default;
Builder::Builder(const Builder& o)
    : opts_(std::make_unique<detail::Options>(*o.opts_)),
      app_name_(o.app_name_),
      database_name_(o.database_name_),
      data_root_(o.data_root_) {}
Builder& Builder::operator=(const Builder& o) {
  if (this != &o) *this = Builder(o);
  return *this;
}
Builder::Builder(Builder&&) noexcept = default;
Builder& Builder::operator=(Builder&&) noexcept = default;

Builder& Builder::path(std::filesystem::path p) {
  opts_->path = std::move(p);
  return *this;
}
Builder& Builder::app_name(std::string n) {
  app_name_ = std::move(n);
  return *this;
}
Builder& Builder::database_name(std::string n) {
  database_name_ = std::move(n);
  return *this;
}
Builder& Builder::data_root(std::filesystem::path r) {
  data_root_ = std::move(r);
  return *this;
}
Builder& Builder::default_ttl(std::chrono::milliseconds t) {
  opts_->default_ttl = t;
  return *this;
}
Builder& Builder::enable_range_scans(bool on) {
  opts_->range_scans = on;
  return *this;
}
Builder& Builder::flush_policy(FlushPolicy p) {
  opts_->flush_policy = p;
  return *this;
}
Builder& Builder::iouring_sqpoll(std::chrono::milliseconds) { return *this; }
Builder& Builder::auto_checkpoint(bool on) {
  opts_->auto_checkpoint = on;
  return *this;
}

Builder& Builder::checkpoint_order(bool on) {
  opts_->checkpoint_order = on;
  return *this;
}
Builder& Builder::encryption_key(const RawKey& key) {
  opts_->encryption = EncryptionInput::raw_key(key);
  return *this;
}
Builder& Builder::encryption_passphrase(std::string passphrase) {
  opts_->encryption = EncryptionInput::passphrase(std::move(passphrase));
  return *this;
}
Builder& Builder::cipher(Cipher c) {
  opts_->cipher = c;
  return *this;
}
Builder& Builder::read_only(bool on) {
  opts_->read_only = on;
  return *this;
}

Result<Database> Builder::build() {
  detail::Options o = *opts_;
  if (o.path.empty() && (!app_name_.empty() || !database_name_.empty())) {
    if (app_name_.empty() || database_name_.empty())
      return std::unexpected(Error(ErrorCode::InvalidConfig, "app_name and database_name go together"));
    std::filesystem::path root = data_root_;
    if (root.empty()) {
      auto r = user_data_root();
      if (!r) return std::unexpected(r.error());
      root = *r;
    }
    const auto dir = root / app_name_;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return std::unexpected(Error::io(ec, "cannot create " + dir.string()));
    o.path = dir / database_name_;
  }
  // Side files and the lock follow the journal's real name (symbolic links resolved).
  if (!o.path.empty()) o.path = detail::resolve_database_path(o.path);
  auto engine = detail::Engine::open(std::move(o));
  if (!engine) return std::unexpected(engine.error());
  return Database(std::move(*engine));
}

}  // namespace emdb
