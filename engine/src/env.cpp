// What every platform's Env shares: whole small files written and read, and
// the files a replacement moved aside.
#include <algorithm>
#include <string>
#include <system_error>
#include <vector>

#include "env.hpp"

namespace emdb::detail {

void settle_replaced(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  const auto dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  const std::string prefix = path.filename().string() + kReplacedAside;
  std::vector<fs::path> aside;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().starts_with(prefix)) aside.push_back(it->path());
  if (aside.empty()) return;
  // The numbers grow: the last one moved aside sorts last at equal length.
  std::ranges::sort(aside, [](const fs::path& a, const fs::path& b) {
    const auto x = a.filename().string(), y = b.filename().string();
    return x.size() != y.size() ? x.size() < y.size() : x < y;
  });
  if (!fs::exists(path, ec)) {
    fs::rename(aside.back(), path, ec);
    if (!ec) aside.pop_back();
  }
  for (const auto& p : aside) fs::remove(p, ec);  // one still in use stays for the next time
}

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
