// Offline encryption changes: enable, disable, rotate. The database is
// rewritten to `P.enc.tmp` (with its new sidecar `P.enc.tmp.meta`), both
// synced; then a commit record `P.enc.commit` names the new journal's length
// and checksum and the new sidecar's checksum. Only then are the files
// swapped (`P` and `P.meta` become `P.encbak` and `P.encbak.meta`, the new
// ones take their names), and once the swap is durable the old journal and
// sidecar are overwritten and removed, and the commit record with them. A
// crash at any point is finished by the next open when the commit record
// proves the new files complete; leftovers without one are set aside and
// the original stays.
#include <algorithm>
#include <chrono>
#include <cstring>

#include "crc.hpp"
#include "engine.hpp"
#include "paths.hpp"

namespace emdb::detail {
namespace {

namespace fs = std::filesystem;

constexpr char kCommitMagic[8] = {'E', 'M', 'D', 'B', 'E', 'N', 'C', 'C'};
constexpr std::size_t kCommitSize = 8 + 8 + 4 + 4 + 4;  // magic, journal length, journal crc, meta crc, crc

std::uint64_t now_ms() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

struct Commit {
  std::uint64_t journal_size = 0;
  std::uint32_t journal_crc = 0, meta_crc = 0;
};

std::string encode_commit(const Commit& c) {
  std::string out(kCommitMagic, sizeof kCommitMagic);
  put_u64(out, c.journal_size);
  put_u32(out, c.journal_crc);
  put_u32(out, c.meta_crc);
  put_u32(out, crc32c(0, out.data(), out.size()));
  return out;
}

std::optional<Commit> decode_commit(std::string_view b) {
  if (b.size() != kCommitSize || std::memcmp(b.data(), kCommitMagic, sizeof kCommitMagic) != 0) return std::nullopt;
  if (crc32c(0, b.data(), kCommitSize - 4) != load_u32(b.data() + kCommitSize - 4)) return std::nullopt;
  return Commit{load_u64(b.data() + 8), load_u32(b.data() + 16), load_u32(b.data() + 20)};
}

// The length and CRC-32C of a whole file, read in chunks.
Result<std::pair<std::uint64_t, std::uint32_t>> file_crc(Env& env, const fs::path& p) {
  auto fd = env.open(p, OpenMode::ReadOnly);
  if (!fd) return std::unexpected(fd.error());
  std::string buf(1 << 20, '\0');
  std::uint64_t at = 0;
  std::uint32_t crc = 0;
  for (;;) {
    auto n = env.read_at(*fd, buf.data(), buf.size(), at);
    if (!n) {
      env.close(*fd);
      return std::unexpected(n.error());
    }
    if (*n == 0) break;
    crc = crc32c(crc, buf.data(), *n);
    at += *n;
  }
  env.close(*fd);
  return std::pair{at, crc};
}

// Whether the file at `p` is the journal (or sidecar) the commit names.
bool matches(Env& env, const fs::path& p, std::uint64_t size, std::uint32_t crc) {
  auto got = file_crc(env, p);
  return got && got->first == size && got->second == crc;
}

// Overwrites a file with zeros (synced) and removes it: the old journal of an
// encryption change, readable with the old key or none. On file systems that
// write elsewhere (copy-on-write, SSD wear levelling, snapshots) the old
// blocks may survive; docs/FORMAT.md says so.
void wipe(Env& env, const fs::path& p) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(p, ec))) return;
  if (auto fd = env.open(p, OpenMode::ReadWrite)) {
    if (auto size = env.size(*fd)) {
      const std::string zeros(1 << 20, '\0');
      bool ok = true;
      for (std::uint64_t at = 0; ok && at < *size; at += zeros.size())
        ok = env.write_at(*fd, std::string_view(zeros.data(), std::min<std::uint64_t>(zeros.size(), *size - at)), at)
                 .has_value();
      if (ok) (void)env.datasync(*fd);
    }
    env.close(*fd);
  }
  fs::remove(p, ec);
}

// Moves an unproven leftover out of the way, keeping it for inspection.
Result<void> set_aside(Env& env, const fs::path& p) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(p, ec))) return {};
  return env.rename(p, side_file(p, (".aside-" + std::to_string(now_ms())).c_str()));
}

}  // namespace

Result<void> Engine::recover_encryption_change(const std::filesystem::path& path, Env& env) {
  std::error_code ec;
  const auto tmp = side_file(path, ".enc.tmp"), tmp_meta = side_file(path, ".enc.tmp.meta");
  const auto bak = side_file(path, ".encbak"), bak_meta = side_file(path, ".encbak.meta");
  const auto meta = side_file(path, ".meta"), commit_file = side_file(path, ".enc.commit");
  std::optional<Commit> commit;
  if (auto bytes = read_small_file(env, commit_file)) commit = decode_commit(*bytes);
  const bool have_tmp = fs::exists(tmp, ec), have_tmp_meta = fs::exists(tmp_meta, ec);

  if (!commit) {
    // Without a valid commit record the swap never started: the original is
    // whole. Anything else is set aside, never swapped in.
    if (auto r = set_aside(env, tmp); !r) return r;
    if (auto r = set_aside(env, tmp_meta); !r) return r;
    if (auto r = set_aside(env, commit_file); !r) return r;
    return have_tmp || have_tmp_meta ? env.sync_dir(path.parent_path()) : Result<void>{};
  }

  auto meta_crc_of = [&](const fs::path& p) -> std::optional<std::uint32_t> {
    auto b = read_small_file(env, p);
    if (!b) return std::nullopt;
    return crc32c(0, b->data(), b->size());
  };
  if (have_tmp) {
    // Not yet swapped: only files that are the ones the commit names go in.
    if (!matches(env, tmp, commit->journal_size, commit->journal_crc) || !have_tmp_meta ||
        meta_crc_of(tmp_meta) != commit->meta_crc) {
      for (const auto& p : {tmp, tmp_meta, commit_file})
        if (auto r = set_aside(env, p); !r) return r;
      return env.sync_dir(path.parent_path());
    }
    if (fs::exists(meta, ec))
      if (auto r = env.rename(meta, bak_meta); !r) return r;
    if (fs::exists(path, ec))
      if (auto r = env.rename(path, bak); !r) return r;
    fs::remove(side_file(path, ".hint"), ec);
    if (auto r = env.rename(tmp, path); !r) return r;
  }
  if (fs::exists(tmp_meta, ec)) {
    // The new journal took its place; its sidecar goes last.
    if (!matches(env, path, commit->journal_size, commit->journal_crc) || meta_crc_of(tmp_meta) != commit->meta_crc) {
      for (const auto& p : {tmp_meta, commit_file})
        if (auto r = set_aside(env, p); !r) return r;
      return env.sync_dir(path.parent_path());
    }
    if (auto r = env.rename(tmp_meta, meta); !r) return r;
  }
  if (auto r = env.sync_dir(path.parent_path()); !r) return r;
  // The swap is durable: the old journal and sidecar go, then the record.
  wipe(env, bak);
  wipe(env, bak_meta);
  fs::remove(commit_file, ec);
  return env.sync_dir(path.parent_path());
}

Result<void> Engine::change_encryption(const std::filesystem::path& path, std::optional<EncryptionInput> current,
                                       std::optional<EncryptionInput> next, std::optional<Cipher> cipher,
                                       const Progress& progress, std::shared_ptr<Env> env_ptr) {
  Env& env = *env_ptr;
  {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
      return std::unexpected(
          Error::io(std::make_error_code(std::errc::no_such_file_or_directory), "no database at " + path.string()));
  }
  if (!encryption_built()) return std::unexpected(no_encryption_error());
  if (next && next->is_passphrase() && next->passphrase_text()->empty())
    return std::unexpected(Error(ErrorCode::InvalidArgument, "the new passphrase is empty"));
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

  const auto tmp = side_file(path, ".enc.tmp");
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
    auto rec = (*src)->decode_at(base, ls.end, ls.locs[i], scratch);
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
  // The new sidecar, then the commit record that proves both complete.
  const std::string meta_bytes = encode_meta(meta);
  auto undo = [&](Result<void> r) {
    // In this order, so that a crash in between still reads as "never happened".
    std::error_code ec;
    std::filesystem::remove(side_file(path, ".enc.commit"), ec);
    std::filesystem::remove(side_file(path, ".enc.tmp.meta"), ec);
    std::filesystem::remove(tmp, ec);
    return r;
  };
  if (auto m = write_file_atomic(env, side_file(path, ".enc.tmp.meta"), meta_bytes); !m) return undo(m);
  auto sum = file_crc(env, tmp);
  if (!sum) return undo(std::unexpected(sum.error()));
  const Commit c{sum->first, sum->second, crc32c(0, meta_bytes.data(), meta_bytes.size())};
  if (auto w = write_file_atomic(env, side_file(path, ".enc.commit"), encode_commit(c)); !w) return undo(w);
  if (auto d = env.sync_dir(path.parent_path()); !d) return undo(d);
  return recover_encryption_change(path, env);
}

}  // namespace emdb::detail
