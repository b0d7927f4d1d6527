#include "paths.hpp"

#include <array>
#include <string_view>

namespace emdb::detail {

namespace fs = std::filesystem;

fs::path resolve_database_path(const fs::path& p) {
  std::error_code ec;
  fs::path at = fs::absolute(p, ec);
  if (ec) return p;
  for (int hops = 0; hops < 40; ++hops) {  // a dangling link is followed to where it points
    if (!fs::is_symlink(fs::symlink_status(at, ec))) break;
    const fs::path to = fs::read_symlink(at, ec);
    if (ec) break;
    at = to.is_absolute() ? to : at.parent_path() / to;
  }
  const fs::path canonical = fs::weakly_canonical(at, ec);
  return ec ? at.lexically_normal() : canonical;
}

fs::path side_file(const fs::path& db, const char* suffix) {
  fs::path out = db;
  out += suffix;
  return out;
}

bool is_database_file(const fs::path& db, const fs::path& candidate) {
  static constexpr std::array<const char*, 13> kSuffixes = {
      "",         ".meta",         ".meta.tmp",   ".lock",   ".lock-meta",  ".hint", ".hint.tmp", ".compact.tmp",
      ".enc.tmp", ".enc.tmp.meta", ".enc.commit", ".encbak", ".encbak.meta"};
  const fs::path d = resolve_database_path(db), c = resolve_database_path(candidate);
  for (const char* s : kSuffixes)
    if (c == side_file(d, s)) return true;
  std::error_code ec;
  if (fs::equivalent(c, d, ec)) return true;  // a hard link to the journal
  const std::string name = c.filename().string(), base = d.filename().string() + ".corrupt-";
  return c.parent_path() == d.parent_path() && name.starts_with(base);
}

Result<void> check_backup_target(const fs::path& db, const fs::path& target) {
  for (const char* s : {"", ".meta", ".backup.tmp", ".hint"}) {
    const fs::path written = side_file(target, s);
    if (!is_database_file(db, written)) continue;
    const bool journal = resolve_database_path(written) == resolve_database_path(db);
    return std::unexpected(Error(ErrorCode::InvalidArgument,
                                 "a backup to " + target.string() + " would write over " + written.string() + ", " +
                                     (journal ? "the database itself" : "one of the database's own files")));
  }
  return {};
}

}  // namespace emdb::detail
