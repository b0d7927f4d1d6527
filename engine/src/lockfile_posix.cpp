// The writer lock on POSIX systems: flock(2) on `P.lock` and on the journal.
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <limits>

#include "lockfile.hpp"

namespace emdb::detail {
namespace {

Error os_error(const char* what, const std::filesystem::path& p) {
  return Error::io(std::error_code(errno, std::generic_category()), std::string(what) + " " + p.string());
}

// The journal's own lock: -1 when there is no journal yet.
Result<int> lock_journal_file(const std::filesystem::path& db_path) {
  const int fd = ::open(db_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return -1;
    return std::unexpected(os_error("cannot open", db_path));
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(fd);
    if (err == EWOULDBLOCK)
      return std::unexpected(
          Error(ErrorCode::AlreadyLocked,
                "the journal " + db_path.string() + " is open for writing under another name (a hard link)"));
    errno = err;
    return std::unexpected(os_error("cannot lock", db_path));
  }
  return fd;
}

}  // namespace

Result<void> LockFile::lock_journal() {
  if (journal_fd_ >= 0) ::close(journal_fd_);  // first: a second lock of the same file would conflict with it
  journal_fd_ = -1;
  auto fd = lock_journal_file(db_path_);
  if (!fd) return std::unexpected(fd.error());
  journal_fd_ = *fd;
  return {};
}

Result<LockFile> LockFile::acquire(const std::filesystem::path& db_path) {
  const auto lp = lock_path(db_path);
  auto journal = lock_journal_file(db_path);
  if (!journal) return std::unexpected(journal.error());
  struct JournalFd {  // released on every failure below
    int fd;
    ~JournalFd() {
      if (fd >= 0) ::close(fd);
    }
  } held{*journal};
  for (int attempt = 0; attempt < 16; ++attempt) {
    const int fd = ::open(lp.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return std::unexpected(os_error("cannot create lock file", lp));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      const int err = errno;
      ::close(fd);
      if (err == EWOULDBLOCK)
        return std::unexpected(Error(ErrorCode::AlreadyLocked,
                                     "the database " + db_path.string() + " is open in another process or handle"));
      errno = err;
      return std::unexpected(os_error("cannot lock", lp));
    }
    // A closing holder unlinks the lock file before releasing it: make sure
    // the file we locked is still the one at the path.
    struct stat a{}, b{};
    if (::fstat(fd, &a) != 0 || ::stat(lp.c_str(), &b) != 0 || a.st_ino != b.st_ino || a.st_dev != b.st_dev) {
      ::close(fd);
      continue;
    }
    const std::string text = lock_meta_text(static_cast<std::uint64_t>(::getpid()));
    const auto mp = lock_meta_path(db_path);
    auto tmp = mp;
    tmp += ".tmp";
    const int mfd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    bool ok = mfd >= 0 && ::write(mfd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    if (mfd >= 0) ::close(mfd);
    ok = ok && ::rename(tmp.c_str(), mp.c_str()) == 0;
    if (!ok) {
      auto err = os_error("cannot write lock holder file", mp);
      ::unlink(tmp.c_str());
      ::close(fd);
      return std::unexpected(err);
    }
    const int jfd = held.fd;
    held.fd = -1;
    return LockFile(db_path, fd, jfd);
  }
  return std::unexpected(Error(ErrorCode::AlreadyLocked, "the lock of " + db_path.string() + " keeps changing hands"));
}

LockFile::LockFile(LockFile&& o) noexcept : db_path_(std::move(o.db_path_)), fd_(o.fd_), journal_fd_(o.journal_fd_) {
  o.fd_ = -1;
  o.journal_fd_ = -1;
}

LockFile::~LockFile() {
  if (journal_fd_ >= 0) ::close(journal_fd_);
  if (fd_ < 0) return;
  ::unlink(lock_meta_path(db_path_).c_str());
  ::unlink(lock_path(db_path_).c_str());
  ::close(fd_);
}

bool lock_is_held(const std::filesystem::path& db_path) {
  const auto lp = lock_path(db_path);
  const int fd = ::open(lp.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  ::close(fd);
  return held;
}

bool process_running(std::uint32_t pid) noexcept {
  if (pid == 0 || pid > std::uint32_t(std::numeric_limits<pid_t>::max())) return false;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;  // EPERM: it runs, as another user
}

}  // namespace emdb::detail
