// The writer lock on Windows: LockFileEx on `P.lock` (its whole range, as
// emdb 0.9.7's lock through the fs2 crate takes it, so the two exclude each
// other) and on one byte of the journal far past any data (Windows locks are
// mandatory: a lock on the journal's bytes would stop other readers).
#include <windows.h>
#include <io.h>

#include <fcntl.h>

#include "lockfile.hpp"

namespace emdb::detail {
namespace {

constexpr DWORD kShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
// The journal's lock byte: no file reaches it, so no read or write meets it.
constexpr std::uint64_t kJournalLockByte = std::uint64_t(1) << 62;

Error win_error(DWORD err, const std::string& what) {
  return Error::io(std::error_code(static_cast<int>(err), std::system_category()), what);
}

bool lock_range(HANDLE h, std::uint64_t offset, DWORD len_low, DWORD len_high, bool exclusive) {
  OVERLAPPED ov{};
  ov.Offset = static_cast<DWORD>(offset & 0xffffffffu);
  ov.OffsetHigh = static_cast<DWORD>(offset >> 32);
  return ::LockFileEx(h, (exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0) | LOCKFILE_FAIL_IMMEDIATELY, 0, len_low, len_high,
                      &ov) != 0;
}

bool is_conflict(DWORD err) { return err == ERROR_LOCK_VIOLATION || err == ERROR_IO_PENDING; }

// An existing file opened for locking, or nullptr when it does not exist.
Result<HANDLE> open_existing(const std::filesystem::path& p, DWORD access) {
  HANDLE h = ::CreateFileW(p.c_str(), access, kShareAll, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
  if (h != INVALID_HANDLE_VALUE) return h;
  const DWORD err = ::GetLastError();
  if (err == ERROR_FILE_NOT_FOUND || err == ERROR_PATH_NOT_FOUND) return nullptr;
  return std::unexpected(win_error(err, "cannot open " + p.string()));
}

int to_fd(HANDLE h) { return ::_open_osfhandle(reinterpret_cast<intptr_t>(h), _O_RDONLY | _O_BINARY); }

// The journal's own lock: -1 when there is no journal yet.
Result<int> lock_journal_file(const std::filesystem::path& db_path) {
  auto h = open_existing(db_path, GENERIC_READ);
  if (!h) return std::unexpected(h.error());
  if (!*h) return -1;
  if (!lock_range(*h, kJournalLockByte, 1, 0, true)) {
    const DWORD err = ::GetLastError();
    ::CloseHandle(*h);
    if (is_conflict(err))
      return std::unexpected(
          Error(ErrorCode::AlreadyLocked,
                "the journal " + db_path.string() + " is open for writing under another name (a hard link)"));
    return std::unexpected(win_error(err, "cannot lock " + db_path.string()));
  }
  const int fd = to_fd(*h);
  if (fd < 0) {
    ::CloseHandle(*h);
    return std::unexpected(Error::io(std::make_error_code(std::errc::too_many_files_open), "cannot lock the journal"));
  }
  return fd;
}

bool delete_pending(HANDLE h) {
  FILE_STANDARD_INFO info{};
  return ::GetFileInformationByHandleEx(h, FileStandardInfo, &info, sizeof info) && info.DeletePending;
}

}  // namespace

Result<void> LockFile::lock_journal() {
  if (journal_fd_ >= 0) ::_close(journal_fd_);  // first: a second lock of the same file would conflict with it
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
      if (fd >= 0) ::_close(fd);
    }
  } held{*journal};
  for (int attempt = 0; attempt < 64; ++attempt) {
    HANDLE h = ::CreateFileW(lp.c_str(), GENERIC_READ | GENERIC_WRITE, kShareAll, nullptr, OPEN_ALWAYS,
                             FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
      // A closing holder deleted it and still has it open: the name comes back when it closes.
      if (::GetLastError() == ERROR_ACCESS_DENIED && attempt < 63) {
        ::Sleep(5);
        continue;
      }
      return std::unexpected(win_error(::GetLastError(), "cannot create lock file " + lp.string()));
    }
    if (!lock_range(h, 0, MAXDWORD, MAXDWORD, true)) {
      const DWORD err = ::GetLastError();
      ::CloseHandle(h);
      if (is_conflict(err))
        return std::unexpected(Error(ErrorCode::AlreadyLocked,
                                     "the database " + db_path.string() + " is open in another process or handle"));
      return std::unexpected(win_error(err, "cannot lock " + lp.string()));
    }
    // A closing holder deletes the lock file before releasing it: a file
    // waiting to be deleted is not the one at the path any more.
    if (delete_pending(h)) {
      ::CloseHandle(h);
      ::Sleep(1);
      continue;
    }
    const std::string text = lock_meta_text(::GetCurrentProcessId());
    const auto mp = lock_meta_path(db_path);
    auto tmp = mp;
    tmp += ".tmp";
    HANDLE m = ::CreateFileW(tmp.c_str(), GENERIC_WRITE, kShareAll, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL,
                             nullptr);
    DWORD written = 0;
    bool ok = m != INVALID_HANDLE_VALUE && ::WriteFile(m, text.data(), DWORD(text.size()), &written, nullptr) &&
              written == text.size();
    const DWORD err = ::GetLastError();
    if (m != INVALID_HANDLE_VALUE) ::CloseHandle(m);
    ok = ok && ::MoveFileExW(tmp.c_str(), mp.c_str(), MOVEFILE_REPLACE_EXISTING);
    if (!ok) {
      auto e = win_error(ok ? err : ::GetLastError(), "cannot write lock holder file " + mp.string());
      ::DeleteFileW(tmp.c_str());
      ::CloseHandle(h);
      return std::unexpected(e);
    }
    const int fd = ::_open_osfhandle(reinterpret_cast<intptr_t>(h), _O_RDWR | _O_BINARY);
    if (fd < 0) {
      ::CloseHandle(h);
      return std::unexpected(Error::io(std::make_error_code(std::errc::too_many_files_open), "cannot lock " + lp.string()));
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
  if (journal_fd_ >= 0) ::_close(journal_fd_);
  if (fd_ < 0) return;
  ::DeleteFileW(lock_meta_path(db_path_).c_str());
  ::DeleteFileW(lock_path(db_path_).c_str());  // gone from the path once this handle closes
  ::_close(fd_);
}

bool lock_is_held(const std::filesystem::path& db_path) {
  auto h = open_existing(lock_path(db_path), GENERIC_READ);
  if (!h || !*h) return false;
  const bool free = lock_range(*h, 0, MAXDWORD, MAXDWORD, false);
  const bool held = !free && is_conflict(::GetLastError());
  if (free) {
    OVERLAPPED ov{};
    ::UnlockFileEx(*h, 0, MAXDWORD, MAXDWORD, &ov);
  }
  ::CloseHandle(*h);
  return held;
}

bool process_running(std::uint32_t pid) noexcept {
  if (pid == 0) return false;
  HANDLE h = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
  if (!h) return ::GetLastError() == ERROR_ACCESS_DENIED;  // it runs, as another user
  DWORD code = 0;
  const bool running = ::GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
  ::CloseHandle(h);
  return running;
}

}  // namespace emdb::detail
