#include "env.hpp"
#include "journal.hpp"

// Two paths: Linux's (fdatasync, O_DSYNC, fallocate, memfd_create), and the
// portable POSIX one that macOS and the BSDs build, and Linux builds with
// EMDB_PORTABLE_POSIX (docs/ARCHITECTURE.md, "Platforms").
#if defined(__linux__) && !defined(EMDB_PORTABLE_POSIX)
#define EMDB_LINUX_IO 1
#else
#define EMDB_LINUX_IO 0
#endif

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cstdlib>

#include <cerrno>
#if !EMDB_LINUX_IO
#include <algorithm>
#include <mutex>
#include <vector>
#endif

namespace emdb::detail {
namespace {

Error os_error(const char* what, const std::filesystem::path& path) {
  return Error::io(std::error_code(errno, std::generic_category()), std::string(what) + " " + path.string());
}
Error os_error(const char* what) { return Error::io(std::error_code(errno, std::generic_category()), what); }

#if !EMDB_LINUX_IO
// Makes a file's written bytes and size durable: F_FULLFSYNC where the system
// has it (macOS: the drive flushes its cache too), else fsync. A file system
// that refuses F_FULLFSYNC gets fsync; any other failure is reported.
[[maybe_unused]] bool unsupported(int err) {
  return err == EINVAL || err == ENOTSUP || err == EOPNOTSUPP || err == ENOTTY;
}

int full_sync(int fd) {
#ifdef F_FULLFSYNC
  int full;
  do full = ::fcntl(fd, F_FULLFSYNC);
  while (full != 0 && errno == EINTR);
  if (full == 0) return 0;
  if (!unsupported(errno)) return -1;
#endif
  int rc;
  do rc = ::fsync(fd);
  while (rc != 0 && errno == EINTR);
  return rc;
}

// The descriptors opened ReadWriteSync: without O_DSYNC, each write to them
// is followed by full_sync() before it returns.
class SyncedWrites {
 public:
  void add(int fd) {
    std::lock_guard lk(mu_);
    fds_.push_back(fd);
  }
  void remove(int fd) {
    std::lock_guard lk(mu_);
    std::erase(fds_, fd);
  }
  bool has(int fd) const {
    std::lock_guard lk(mu_);
    return std::ranges::find(fds_, fd) != fds_.end();
  }

 private:
  mutable std::mutex mu_;
  std::vector<int> fds_;
};

SyncedWrites& synced_writes() {
  static SyncedWrites s;
  return s;
}
#endif

}  // namespace

Result<int> Env::open(const std::filesystem::path& path, OpenMode mode) {
  int flags = O_CLOEXEC;
  switch (mode) {
    case OpenMode::ReadOnly: flags |= O_RDONLY; break;
    case OpenMode::ReadWrite: flags |= O_RDWR | O_CREAT; break;
#if EMDB_LINUX_IO
    case OpenMode::ReadWriteSync: flags |= O_RDWR | O_CREAT | O_DSYNC; break;
#else
    case OpenMode::ReadWriteSync: flags |= O_RDWR | O_CREAT; break;  // write_at() syncs
#endif
    case OpenMode::CreateNew: flags |= O_RDWR | O_CREAT | O_TRUNC; break;
  }
  int fd;
  do fd = ::open(path.c_str(), flags, 0644);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) return std::unexpected(os_error("cannot open", path));
#if !EMDB_LINUX_IO
  if (mode == OpenMode::ReadWriteSync) synced_writes().add(fd);
#endif
  return fd;
}

void Env::close(int fd) noexcept {
#if !EMDB_LINUX_IO
  synced_writes().remove(fd);  // before the number can be reused
#endif
  ::close(fd);
}

Result<void> Env::write_at(int fd, std::string_view data, std::uint64_t offset) {
  const char* p = data.data();
  std::size_t left = data.size();
  while (left > 0) {
    const ssize_t n = ::pwrite(fd, p, left, static_cast<off_t>(offset));
    if (n < 0) {
      if (errno == EINTR) continue;
      return std::unexpected(os_error("write failed"));
    }
    if (n == 0) return std::unexpected(Error::io(std::make_error_code(std::errc::no_space_on_device), "short write"));
    p += n;
    left -= static_cast<std::size_t>(n);
    offset += static_cast<std::uint64_t>(n);
  }
#if !EMDB_LINUX_IO
  // What O_DSYNC gives on Linux: the write is durable when it returns.
  if (synced_writes().has(fd) && full_sync(fd) != 0) return std::unexpected(os_error("write failed (sync)"));
#endif
  return {};
}

Result<std::size_t> Env::read_at(int fd, char* buf, std::size_t n, std::uint64_t offset) {
  std::size_t done = 0;
  while (done < n) {
    const ssize_t r = ::pread(fd, buf + done, n - done, static_cast<off_t>(offset + done));
    if (r < 0) {
      if (errno == EINTR) continue;
      return std::unexpected(os_error("read failed"));
    }
    if (r == 0) break;
    done += static_cast<std::size_t>(r);
  }
  return done;
}

Result<void> Env::datasync(int fd) {
#if EMDB_LINUX_IO
  const int rc = ::fdatasync(fd);
  if (rc != 0) return std::unexpected(os_error("fdatasync failed"));
#else
  if (full_sync(fd) != 0) return std::unexpected(os_error("fsync failed"));
#endif
  return {};
}

Result<void> Env::truncate(int fd, std::uint64_t size) {
  int rc;
  do rc = ::ftruncate(fd, static_cast<off_t>(size));
  while (rc != 0 && errno == EINTR);
  if (rc != 0) return std::unexpected(os_error("ftruncate failed"));
  return {};
}

Result<void> Env::allocate(int fd, std::uint64_t offset, std::uint64_t len) {
#if EMDB_LINUX_IO
  int rc;
  do rc = ::fallocate(fd, 0, static_cast<off_t>(offset), static_cast<off_t>(len));
  while (rc != 0 && errno == EINTR);
  if (rc != 0) return std::unexpected(os_error("cannot reserve space for the journal"));
  return {};
#elif defined(EMDB_HAVE_POSIX_FALLOCATE)
  // posix_fallocate returns the error instead of setting errno. Where the file
  // system cannot reserve (EINVAL, EOPNOTSUPP), callers write without reserving.
  int rc;
  do rc = ::posix_fallocate(fd, static_cast<off_t>(offset), static_cast<off_t>(len));
  while (rc == EINTR);
  if (unsupported(rc))
    return std::unexpected(Error::io(std::make_error_code(std::errc::not_supported), "cannot reserve space"));
  if (rc != 0) {
    errno = rc;
    return std::unexpected(os_error("cannot reserve space for the journal"));
  }
  return {};
#else
  // No call reserves blocks here (macOS): growing the file with ftruncate
  // would leave holes that a full disk turns into SIGBUS under the mapping,
  // so nothing is reserved and the journal writes every frame.
  (void)fd, (void)offset, (void)len;
  return std::unexpected(Error::io(std::make_error_code(std::errc::not_supported), "cannot reserve space"));
#endif
}

Result<std::uint64_t> Env::size(int fd) {
  struct stat st{};
  if (::fstat(fd, &st) != 0) return std::unexpected(os_error("fstat failed"));
  return static_cast<std::uint64_t>(st.st_size);
}

Result<void> Env::rename(const std::filesystem::path& from, const std::filesystem::path& to) {
  if (::rename(from.c_str(), to.c_str()) != 0) return std::unexpected(os_error("cannot rename", from));
  return {};
}

Result<void> Env::sync_dir(const std::filesystem::path& dir) {
  const auto d = dir.empty() ? std::filesystem::path(".") : dir;
  const int fd = ::open(d.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return std::unexpected(os_error("cannot open directory", d));
#if EMDB_LINUX_IO
  const int rc = ::fsync(fd);
#else
  const int rc = full_sync(fd);
#endif
  const int err = errno;
  ::close(fd);
  if (rc != 0 && err != EINVAL) {
    errno = err;
    return std::unexpected(os_error("cannot sync directory", d));
  }
  return {};
}

std::shared_ptr<Env> Env::posix() {
  static const auto env = std::make_shared<Env>();
  return env;
}

// The journal's mapping: address space well past the file's end (the file
// grows under it; only pages below the end are touched).
Result<std::shared_ptr<Mapping>> Mapping::map(int fd, std::uint64_t capacity, Access access) {
  const int prot = access == Access::ReadWrite ? PROT_READ | PROT_WRITE : PROT_READ;
  void* p = ::mmap(nullptr, capacity, prot, MAP_SHARED, fd, 0);
  if (p == MAP_FAILED)
    return std::unexpected(Error::io(std::error_code(errno, std::generic_category()), "cannot map the journal"));
  return std::shared_ptr<Mapping>(new Mapping(static_cast<char*>(p), capacity));
}

Mapping::~Mapping() { ::munmap(data_, capacity_); }

// Opens an anonymous file for an in-memory database.
Result<int> anonymous_file() {
#if EMDB_LINUX_IO
  const int fd = ::memfd_create("emdb-in-memory", MFD_CLOEXEC);
  if (fd >= 0) return fd;
  char name[] = "/tmp/emdb-memory-XXXXXX";
  const int tfd = ::mkstemp(name);
  if (tfd < 0)
    return std::unexpected(
        Error::io(std::error_code(errno, std::generic_category()), "cannot create the in-memory database's buffer"));
  ::unlink(name);
  return tfd;
#else
  // An unlinked file in the temporary folder ($TMPDIR: per user on macOS).
  std::error_code ec;
  auto dir = std::filesystem::temp_directory_path(ec);
  if (ec) dir = "/tmp";
  std::string name = (dir / "emdb-memory-XXXXXX").string();
  const int tfd = ::mkstemp(name.data());
  if (tfd < 0)
    return std::unexpected(
        Error::io(std::error_code(errno, std::generic_category()), "cannot create the in-memory database's buffer"));
  ::unlink(name.c_str());
  ::fcntl(tfd, F_SETFD, FD_CLOEXEC);
  return tfd;
#endif
}

}  // namespace emdb::detail
