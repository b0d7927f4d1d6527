// What every platform's Env shares: whole small files written and read.
#include <system_error>

#include "env.hpp"

namespace emdb::detail {

Result<void> write_file_atomic(Env& env, const std::filesystem::path& path, std::string_view data) {
  auto tmp = path;
  tmp += ".tmp";
  {
    // What a writer killed half-way left: never renamed, so never read.
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
  }
  auto fd = env.open(tmp, OpenMode::CreateNew);
  if (!fd) return std::unexpected(fd.error());
  auto ok = env.write_at(*fd, data, 0);
  if (ok) ok = env.datasync(*fd);
  env.close(*fd);
  if (ok) ok = env.rename(tmp, path);
  if (!ok) {
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    return ok;
  }
  return env.sync_dir(path.parent_path());
}

Result<std::string> read_small_file(Env& env, const std::filesystem::path& path) {
  auto fd = env.open(path, OpenMode::ReadOnly);
  if (!fd) return std::unexpected(fd.error());
  std::string out;
  auto sz = env.size(*fd);
  if (sz && *sz <= (1u << 20)) {
    out.resize(*sz);
    auto n = env.read_at(*fd, out.data(), out.size(), 0);
    if (!n)
      sz = std::unexpected(n.error());
    else
      out.resize(*n);
  } else if (sz) {
    sz = std::unexpected(Error(ErrorCode::Corrupted, path.string() + " is too large"));
  }
  env.close(*fd);
  if (!sz) return std::unexpected(sz.error());
  return out;
}

}  // namespace emdb::detail
