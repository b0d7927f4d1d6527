// Where a database's files are. Every side file (`.meta`, `.lock`,
// `.lock-meta`, `.hint`, temporaries, backups of an encryption change)
// derives from the journal's resolved path: a database opened through a
// symbolic link uses the same side files, and so the same lock, as one
// opened by its real name.
#pragma once

#include <filesystem>

#include "emdb/error.hpp"

namespace emdb::detail {

// `p` made absolute with every symbolic link followed, the last one too
// (even when it points at a file that does not exist yet). Paths that cannot
// be resolved (a loop, a missing folder) come back absolute and unchanged.
std::filesystem::path resolve_database_path(const std::filesystem::path& p);

// `db` followed by `suffix` (".meta", ".lock", ...).
std::filesystem::path side_file(const std::filesystem::path& db, const char* suffix);

// Whether `candidate` is the journal at `db` or one of its side files
// (both resolved first; `.corrupt-<offset>` files included).
bool is_database_file(const std::filesystem::path& db, const std::filesystem::path& candidate);

// InvalidArgument when a backup to `target` would write over the database
// at `db` or one of its side files (the backup writes `target`,
// `target.meta` and `target.backup.tmp`, and removes `target.hint`).
Result<void> check_backup_target(const std::filesystem::path& db, const std::filesystem::path& target);

}  // namespace emdb::detail
