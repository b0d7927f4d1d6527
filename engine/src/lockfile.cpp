#include "lockfile.hpp"

#include <charconv>
#include <chrono>

#include "format.hpp"

namespace emdb::detail {
namespace {

template <class T>
bool parse_number(std::string_view s, T& out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

std::filesystem::path lock_path(const std::filesystem::path& db_path) {
  auto p = db_path;
  p += ".lock";
  return p;
}

std::filesystem::path lock_meta_path(const std::filesystem::path& db_path) {
  auto p = db_path;
  p += ".lock-meta";
  return p;
}

std::string lock_meta_text(std::uint64_t pid) {
  const auto now =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count();
  return std::string(format::kLockMetaHeader) + "\npid=" + std::to_string(pid) + "\nacquired_at=" +
         std::to_string(now) + "\ncrate_version=" + format::kCrateVersion + "\nengine=emdb-cpp\n";
}

Result<LockHolder> parse_lock_meta(std::string_view text) {
  LockHolder h;
  bool header = false, have_pid = false;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!header) {
      if (line.starts_with("emdb-lock v")) {
        header = parse_number(line.substr(11), h.schema_version);
        if (!header) break;
        continue;
      }
      break;
    }
    const auto eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    const auto key = line.substr(0, eq), value = line.substr(eq + 1);
    if (key == "pid")
      have_pid = parse_number(value, h.pid);
    else if (key == "acquired_at")
      parse_number(value, h.acquired_at_ms);
    else if (key == "crate_version")
      h.crate_version = std::string(value);
  }
  if (!header || !have_pid)
    return std::unexpected(Error(ErrorCode::Corrupted, "the lock holder file is not in the emdb-lock format"));
  return h;
}

}  // namespace emdb::detail
