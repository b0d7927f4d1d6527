// The engine's one I/O seam. Every byte the engine writes to, syncs on, or
// renames in the file system goes through an Env, so tests can count calls,
// fail syncs, tear writes and fill the disk without touching the engine.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>

#include "emdb/error.hpp"

namespace emdb::detail {

enum class OpenMode {
  ReadOnly,       // existing file, read only
  ReadWrite,      // create if missing, read and write
  ReadWriteSync,  // as ReadWrite, and each write is durable on return (O_DSYNC, or a sync after it)
  CreateNew,      // create or truncate, read and write
};

class Env {
 public:
  virtual ~Env() = default;

  // Opens `path`; returns a file descriptor owned by the caller (close()).
  virtual Result<int> open(const std::filesystem::path& path, OpenMode mode);
  virtual void close(int fd) noexcept;
  // Writes all of `data` at `offset`; a short write is an error.
  virtual Result<void> write_at(int fd, std::string_view data, std::uint64_t offset);
  // Reads up to n bytes at `offset`; returns the count (short at end of file).
  virtual Result<std::size_t> read_at(int fd, char* buf, std::size_t n, std::uint64_t offset);
  // Makes the bytes written to `fd` durable: fdatasync on Linux; fsync, or
  // F_FULLFSYNC where the system has it, on the portable POSIX path.
  virtual Result<void> datasync(int fd);
  virtual Result<void> truncate(int fd, std::uint64_t size);
  // Reserves disk blocks for [offset, offset + len), growing the file to cover
  // them; bytes not written read as zeros. Fails with ENOTSUP where the file
  // system cannot reserve space (callers then write without reserving).
  virtual Result<void> allocate(int fd, std::uint64_t offset, std::uint64_t len);
  virtual Result<std::uint64_t> size(int fd);
  // Moves `from` to `to`, replacing it in one step where the system can
  // (POSIX rename). Windows cannot replace a file something has open: `to`
  // is first moved aside to `to` + kReplacedAside + a number and deleted
  // (at once, or when its last user lets go; settle_replaced() removes it).
  virtual Result<void> rename(const std::filesystem::path& from, const std::filesystem::path& to);
  // Makes a directory's entries (created, renamed files) durable.
  virtual Result<void> sync_dir(const std::filesystem::path& dir);

  // The process-wide POSIX implementation.
  static std::shared_ptr<Env> posix();
};

// The suffix of a file Env::rename moved aside to replace it (Windows).
inline constexpr const char* kReplacedAside = ".replaced-";

// Settles what Env::rename's two steps on Windows can leave at `path`: after
// a crash between them `path` is missing and the file moved aside is put
// back (the replacement never happened); files moved aside that nothing uses
// any more are removed. Callers hold the database's lock. Nothing to do on
// POSIX systems, where no file is moved aside.
void settle_replaced(const std::filesystem::path& path);

// An anonymous file for in-memory databases: a memfd on Linux, else an
// unlinked file in the temporary folder.
Result<int> anonymous_file();

// Writes `data` to `path` durably: temp file (`path.tmp`, replacing one a
// killed writer left), datasync(), rename, directory sync. Callers hold the
// lock that makes them the file's only writer.
Result<void> write_file_atomic(Env& env, const std::filesystem::path& path, std::string_view data);
// Reads a whole (small) file. ENOENT comes back as Io with that error code.
Result<std::string> read_small_file(Env& env, const std::filesystem::path& path);

}  // namespace emdb::detail
