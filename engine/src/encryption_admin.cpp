// Offline encryption changes: enable, disable, rotate. The database is
// rewritten to `P.enc.tmp` (with its new sidecar `P.enc.tmp.meta`), then
// swapped in; the old journal and sidecar stay as `P.encbak` and
// `P.encbak.meta`. Each step of the swap is a rename, and a crash at any point
// is finished (or rolled back) by the next open, so `P.meta` always matches `P`.
#include "engine.hpp"

namespace emdb::detail {
namespace {

std::filesystem::path sibling(const std::filesystem::path& p, const char* suffix) {
  auto out = p;
  out += suffix;
  return out;
}

}  // namespace

Result<void> Engine::recover_encryption_change(const std::filesystem::path& path, Env& env) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto tmp = sibling(path, ".enc.tmp"), tmp_meta = sibling(path, ".enc.tmp.meta");
  const auto bak = sibling(path, ".encbak"), bak_meta = sibling(path, ".encbak.meta");
  const auto meta = sibling(path, ".meta");
  if (!fs::exists(tmp_meta, ec)) {
    // The new journal was not finished: the change never happened.
    if (fs::exists(tmp, ec)) fs::remove(tmp, ec);
    return {};
  }
  if (fs::exists(tmp, ec)) {
    // The new journal and sidecar are complete and synced: finish the swap.
    if (fs::exists(meta, ec))
      if (auto r = env.rename(meta, bak_meta); !r) return r;
    if (fs::exists(path, ec))
      if (auto r = env.rename(path, bak); !r) return r;
    fs::remove(sibling(path, ".hint"), ec);
    if (auto r = env.rename(tmp, path); !r) return r;
    if (auto r = env.rename(tmp_meta, meta); !r) return r;
  } else if (!fs::exists(meta, ec) && fs::exists(path, ec)) {
    // Interrupted after the new journal took its place: its sidecar last.
    if (auto r = env.rename(tmp_meta, meta); !r) return r;
  } else {
    // A sidecar left by a change that failed before its journal was swapped.
    fs::remove(tmp_meta, ec);
    return {};
  }
  return env.sync_dir(path.parent_path());
}

Result<void> Engine::change_encryption(const std::filesystem::path& path, std::optional<EncryptionInput> current,
                                       std::optional<EncryptionInput> next, std::optional<Cipher> cipher,
                                       const Progress& progress, std::shared_ptr<Env> env_ptr) {
  Env& env = *env_ptr;
  // Offline: refused while any handle has the database open.
  auto lock = LockFile::acquire(path);
  if (!lock) return std::unexpected(lock.error());
  if (auto r = recover_encryption_change(path, env); !r) return r;

  Options so;
  so.env = env_ptr;
  so.path = path;
  so.read_only = true;
  so.encryption = std::move(current);
  auto src = Engine::open(std::move(so));
  if (!src) return std::unexpected(src.error());
  if (!(*src)->aead_ && !next) return std::unexpected(Error(ErrorCode::InvalidConfig, "the database is not encrypted"));

  Meta meta;
  meta.created_at_ms = static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
  std::optional<Aead> dst;
  if (next) {
    const Cipher c = cipher ? *cipher : (*src)->aead_ ? (*src)->aead_->cipher() : Cipher::Aes256Gcm;
    auto key = init_encrypted_meta(meta, *next, c);
    if (!key) return std::unexpected(key.error());
    dst.emplace(c, *key);
  }

  const auto tmp = sibling(path, ".enc.tmp");
  auto fd = env.open(tmp, OpenMode::CreateNew);
  if (!fd) return std::unexpected(fd.error());
  auto abandon = [&](Error e) -> Result<void> {
    env.close(*fd);
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    return std::unexpected(std::move(e));
  };
  const LiveSet ls = (*src)->live_set();
  const Aead* sealer = dst ? &*dst : nullptr;
  std::string buf;
  std::uint64_t written = 0;
  auto drain = [&]() -> Result<void> {
    if (auto w = env.write_at(*fd, buf, written); !w) return w;
    written += buf.size();
    buf.clear();
    return {};
  };
  for (const auto& [id, name] : ls.names)
    if (auto e = append_record(buf, Record{format::Kind::NamespaceName, id, name, {}, 0}, sealer); !e)
      return abandon(e.error());
  const char* base = ls.journal->data();
  std::string scratch;
  for (std::size_t i = 0; i < ls.locs.size(); ++i) {
    if (progress && i % 1024 == 0 && !progress(i, ls.locs.size()))
      return abandon(Error(ErrorCode::Cancelled, "cancelled"));
    auto rec = (*src)->decode_at(base, ls.locs[i], scratch);
    if (!rec) return abandon(rec.error());
    if (auto e = append_record(buf, *rec, sealer); !e) return abandon(e.error());
    if (buf.size() >= (1u << 20))
      if (auto d = drain(); !d) return abandon(d.error());
  }
  if (auto d = drain(); !d) return abandon(d.error());
  if (auto s = env.datasync(*fd); !s) return abandon(s.error());
  env.close(*fd);
  src->reset();
  if (progress && !progress(ls.locs.size(), ls.locs.size())) {
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    return std::unexpected(Error(ErrorCode::Cancelled, "cancelled"));
  }
  // The sidecar last: its presence says the new journal is complete.
  if (auto m = write_file_atomic(env, sibling(path, ".enc.tmp.meta"), encode_meta(meta)); !m) {
    // Undo in this order, so that a crash in between still reads as "never happened".
    std::error_code ec;
    std::filesystem::remove(sibling(path, ".enc.tmp.meta"), ec);
    std::filesystem::remove(tmp, ec);
    return m;
  }
  return recover_encryption_change(path, env);
}

}  // namespace emdb::detail
