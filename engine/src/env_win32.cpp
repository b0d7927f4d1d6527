// Env, the journal's mapping and in-memory files on Windows (docs/ARCHITECTURE.md,
// "Platforms"). Files are opened with CreateFileW and handed out as C runtime
// descriptors (_open_osfhandle), so everything above Env keeps its `int fd`.
#include <windows.h>
#include <io.h>

#include <algorithm>
#include <atomic>
#include <fcntl.h>
#include <string>

#include "env.hpp"
#include "journal.hpp"

namespace emdb::detail {
namespace {

Error win_error(DWORD err, const std::string& what) {
  return Error::io(std::error_code(static_cast<int>(err), std::system_category()), what);
}
Error last_error(const char* what, const std::filesystem::path& path) {
  return win_error(::GetLastError(), std::string(what) + " " + path.string());
}
Error last_error(const char* what) { return win_error(::GetLastError(), what); }

HANDLE handle_of(int fd) { return reinterpret_cast<HANDLE>(::_get_osfhandle(fd)); }

OVERLAPPED at_offset(std::uint64_t offset) {
  OVERLAPPED ov{};
  ov.Offset = static_cast<DWORD>(offset & 0xffffffffu);
  ov.OffsetHigh = static_cast<DWORD>(offset >> 32);
  return ov;
}

// Every handle is shared for reading, writing and deleting: other processes
// (emdb programs, the browser) keep the journal open while this one writes,
// and compaction renames a new journal over one that readers still hold.
constexpr DWORD kShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;

Result<int> to_fd(HANDLE h, int flags, const std::filesystem::path& path) {
  const int fd = ::_open_osfhandle(reinterpret_cast<intptr_t>(h), flags);
  if (fd < 0) {
    ::CloseHandle(h);
    return std::unexpected(Error::io(std::make_error_code(std::errc::too_many_files_open), "cannot open " + path.string()));
  }
  return fd;
}

}  // namespace

Result<int> Env::open(const std::filesystem::path& path, OpenMode mode) {
  DWORD access = GENERIC_READ, disposition = OPEN_EXISTING, flags = FILE_ATTRIBUTE_NORMAL;
  switch (mode) {
    case OpenMode::ReadOnly: break;
    case OpenMode::ReadWrite: access |= GENERIC_WRITE, disposition = OPEN_ALWAYS; break;
    // Each write reaches the disk (and passes the drive's cache) before it returns.
    case OpenMode::ReadWriteSync:
      access |= GENERIC_WRITE, disposition = OPEN_ALWAYS, flags |= FILE_FLAG_WRITE_THROUGH;
      break;
    case OpenMode::CreateNew: access |= GENERIC_WRITE, disposition = CREATE_ALWAYS; break;
  }
  // Not inheritable (no SECURITY_ATTRIBUTES): children do not get it.
  HANDLE h = ::CreateFileW(path.c_str(), access, kShareAll, nullptr, disposition, flags, nullptr);
  if (h == INVALID_HANDLE_VALUE) return std::unexpected(last_error("cannot open", path));
  return to_fd(h, mode == OpenMode::ReadOnly ? _O_RDONLY | _O_BINARY : _O_RDWR | _O_BINARY, path);
}

void Env::close(int fd) noexcept { ::_close(fd); }

Result<void> Env::write_at(int fd, std::string_view data, std::uint64_t offset) {
  const HANDLE h = handle_of(fd);
  const char* p = data.data();
  std::size_t left = data.size();
  while (left > 0) {
    const DWORD n = static_cast<DWORD>(std::min<std::size_t>(left, 1u << 30));
    OVERLAPPED ov = at_offset(offset);
    DWORD done = 0;
    if (!::WriteFile(h, p, n, &done, &ov)) return std::unexpected(last_error("write failed"));
    if (done == 0) return std::unexpected(Error::io(std::make_error_code(std::errc::no_space_on_device), "short write"));
    p += done;
    left -= done;
    offset += done;
  }
  return {};
}

Result<std::size_t> Env::read_at(int fd, char* buf, std::size_t n, std::uint64_t offset) {
  const HANDLE h = handle_of(fd);
  std::size_t total = 0;
  while (total < n) {
    const DWORD want = static_cast<DWORD>(std::min<std::size_t>(n - total, 1u << 30));
    OVERLAPPED ov = at_offset(offset + total);
    DWORD got = 0;
    if (!::ReadFile(h, buf + total, want, &got, &ov)) {
      if (::GetLastError() == ERROR_HANDLE_EOF) break;
      return std::unexpected(last_error("read failed"));
    }
    if (got == 0) break;
    total += got;
  }
  return total;
}

Result<void> Env::datasync(int fd) {
  // Writes the file's data and metadata and flushes the drive's cache.
  if (!::FlushFileBuffers(handle_of(fd))) return std::unexpected(last_error("FlushFileBuffers failed"));
  return {};
}

Result<void> Env::truncate(int fd, std::uint64_t size) {
  FILE_END_OF_FILE_INFO info{};
  info.EndOfFile.QuadPart = static_cast<LONGLONG>(size);
  if (!::SetFileInformationByHandle(handle_of(fd), FileEndOfFileInfo, &info, sizeof info))
    return std::unexpected(last_error("cannot set the file's size"));
  return {};
}

Result<void> Env::allocate(int fd, std::uint64_t offset, std::uint64_t len) {
  // Growing the file's end on NTFS allocates its clusters (a full disk fails
  // here, not later under the mapping); the new bytes read as zeros.
  auto now = size(fd);
  if (!now) return std::unexpected(now.error());
  if (offset + len <= *now) return {};
  return truncate(fd, offset + len);
}

Result<std::uint64_t> Env::size(int fd) {
  LARGE_INTEGER sz{};
  if (!::GetFileSizeEx(handle_of(fd), &sz)) return std::unexpected(last_error("cannot read the file's size"));
  return static_cast<std::uint64_t>(sz.QuadPart);
}

Result<void> Env::rename(const std::filesystem::path& from, const std::filesystem::path& to) {
  // MOVEFILE_WRITE_THROUGH returns once the rename is on disk.
  constexpr DWORD kMove = MOVEFILE_WRITE_THROUGH;
  if (::MoveFileExW(from.c_str(), to.c_str(), kMove | MOVEFILE_REPLACE_EXISTING)) return {};
  const DWORD err = ::GetLastError();
  if (err != ERROR_ACCESS_DENIED && err != ERROR_SHARING_VIOLATION) return std::unexpected(last_error("cannot rename", from));
  // `to` is open or mapped (a journal readers hold): a file in use cannot be
  // replaced, but it can be renamed (every handle here shares deleting).
  static std::atomic<std::uint64_t> counter{0};
  auto aside = to;
  aside += std::string(kReplacedAside) + std::to_string(::GetTickCount64()) + "-" + std::to_string(counter++);
  if (!::MoveFileExW(to.c_str(), aside.c_str(), kMove)) return std::unexpected(win_error(err, "cannot rename " + from.string()));
  if (!::MoveFileExW(from.c_str(), to.c_str(), kMove)) {
    const DWORD again = ::GetLastError();
    ::MoveFileExW(aside.c_str(), to.c_str(), kMove);
    return std::unexpected(win_error(again, "cannot rename " + from.string()));
  }
  ::DeleteFileW(aside.c_str());  // now, or when its last handle closes; else settle_replaced()
  return {};
}

Result<void> Env::sync_dir(const std::filesystem::path&) {
  // Windows has no directory sync: NTFS journals its metadata, and rename()
  // asks for MOVEFILE_WRITE_THROUGH, so a created or renamed entry is
  // durable when the call returns.
  return {};
}

std::shared_ptr<Env> Env::posix() {
  static const auto env = std::make_shared<Env>();
  return env;
}

Result<std::shared_ptr<Mapping>> Mapping::map(int fd, std::uint64_t capacity, Access access) {
  // A view cannot reach past the end of the file here (a writable one would
  // grow the file to it): it covers min(capacity, size), and the journal
  // maps again after the file grows.
  LARGE_INTEGER sz{};
  const HANDLE h = handle_of(fd);
  if (!::GetFileSizeEx(h, &sz)) return std::unexpected(last_error("cannot map the journal"));
  const std::uint64_t cover = std::min<std::uint64_t>(capacity, static_cast<std::uint64_t>(sz.QuadPart));
  if (cover == 0) return std::shared_ptr<Mapping>(new Mapping(nullptr, 0));
  const bool rw = access == Access::ReadWrite;
  HANDLE section = ::CreateFileMappingW(h, nullptr, rw ? PAGE_READWRITE : PAGE_READONLY,
                                        static_cast<DWORD>(cover >> 32), static_cast<DWORD>(cover & 0xffffffffu),
                                        nullptr);
  if (!section) return std::unexpected(last_error("cannot map the journal"));
  void* p = ::MapViewOfFile(section, rw ? FILE_MAP_READ | FILE_MAP_WRITE : FILE_MAP_READ, 0, 0,
                            static_cast<SIZE_T>(cover));
  const DWORD err = ::GetLastError();
  ::CloseHandle(section);  // the view keeps the section alive
  if (!p) return std::unexpected(win_error(err, "cannot map the journal"));
  return std::shared_ptr<Mapping>(new Mapping(static_cast<char*>(p), cover));
}

Mapping::~Mapping() {
  if (data_) ::UnmapViewOfFile(data_);
}

// An in-memory database: a temporary file deleted when its handle closes.
Result<int> anonymous_file() {
  static std::atomic<unsigned> counter{0};
  wchar_t dir[MAX_PATH + 1];
  const DWORD n = ::GetTempPathW(MAX_PATH + 1, dir);
  if (n == 0 || n > MAX_PATH) return std::unexpected(last_error("cannot find the temporary folder"));
  for (int attempt = 0; attempt < 100; ++attempt) {
    const std::filesystem::path path =
        std::filesystem::path(dir) / ("emdb-memory-" + std::to_string(::GetCurrentProcessId()) + "-" +
                                      std::to_string(counter++) + "-" + std::to_string(::GetTickCount64()));
    HANDLE h = ::CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE, kShareAll, nullptr, CREATE_NEW,
                             FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (h != INVALID_HANDLE_VALUE) return to_fd(h, _O_RDWR | _O_BINARY, path);
    if (::GetLastError() != ERROR_FILE_EXISTS)
      return std::unexpected(last_error("cannot create the in-memory database's buffer"));
  }
  return std::unexpected(Error::io(std::make_error_code(std::errc::file_exists),
                                   "cannot create the in-memory database's buffer"));
}

}  // namespace emdb::detail
