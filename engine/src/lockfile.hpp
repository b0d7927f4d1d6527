// The writer lock: an OS advisory lock on `P.lock` and the holder's
// description in `P.lock-meta`.
#pragma once

#include <filesystem>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "emdb/error.hpp"
#include "emdb/types.hpp"

namespace emdb::detail {

class LockFile {
 public:
  // Takes the lock of the database at `db_path`; AlreadyLocked when another
  // open handle (in any process) has it. The holder text is written at once.
  // An existing journal is locked too (its own OS lock, on the file rather
  // than the name): a writer through another hard link of it is refused,
  // though its `.lock` is another file. emdb 0.9.7 takes only `P.lock`.
  static Result<LockFile> acquire(const std::filesystem::path& db_path);
  // Locks the journal now at the path (a compaction replaced the file).
  Result<void> lock_journal();

  LockFile(LockFile&& o) noexcept;
  LockFile& operator=(LockFile&&) = delete;
  LockFile(const LockFile&) = delete;
  ~LockFile();  // removes `P.lock-meta` and `P.lock`, then releases the lock

 private:
  LockFile(std::filesystem::path db_path, int fd, int journal_fd)
      : db_path_(std::move(db_path)), fd_(fd), journal_fd_(journal_fd) {}
  std::filesystem::path db_path_;
  int fd_ = -1;
  int journal_fd_ = -1;  // holds the journal's own lock; -1 while there is no journal
};

std::filesystem::path lock_path(const std::filesystem::path& db_path);
std::filesystem::path lock_meta_path(const std::filesystem::path& db_path);

// The text of `P.lock-meta` for a holder with process id `pid`, acquired now.
std::string lock_meta_text(std::uint64_t pid);

// Parses `P.lock-meta` text; unknown `key=value` lines are ignored.
Result<LockHolder> parse_lock_meta(std::string_view text);

// Whether some open handle holds the OS lock of `db_path` right now.
bool lock_is_held(const std::filesystem::path& db_path);

// Whether process `pid` exists (0: no).
bool process_running(std::uint32_t pid) noexcept;

}  // namespace emdb::detail
