// Child processes (child_process.hpp): the registry of child entries, the
// child's side (run_child_if_asked, report), and ChildProcess on POSIX
// (posix_spawn, a pipe, SIGKILL, waitpid) and on Windows (CreateProcessW, an
// anonymous pipe, TerminateProcess).
#include "child_process.hpp"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <utility>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#ifdef __APPLE__
#include <mach-o/dyld.h>
#endif
extern char** environ;
#endif

namespace emdbtest {

namespace {

constexpr const char* kChildFlag = "--emdb-child";

// The byte a child writes before its entry runs; the parent does not count it
// as a report.
constexpr char kStartedMark = 'S';

std::map<std::string, ChildEntry>& registry() {
  static std::map<std::string, ChildEntry> entries;
  return entries;
}

}  // namespace

bool register_child(const char* name, ChildEntry entry) {
  if (!registry().emplace(name, entry).second) {
    std::fprintf(stderr, "child entry %s is defined twice\n", name);
    std::abort();
  }
  return true;
}

// ---------------------------------------------------------------------------
// What both systems share: the reader of a child's output.

struct ChildProcess::Impl {
  mutable std::mutex mutex;
  std::condition_variable changed;
  std::string reports;   // guarded by mutex
  bool started = false;  // guarded by mutex: the start mark arrived
  bool ended = false;    // guarded by mutex: the output reached its end
  std::thread reader;

  bool waited = false;
  bool kill_sent = false;
  bool was_killed = false;
  int code = 0;

#ifdef _WIN32
  HANDLE process = nullptr;
  HANDLE output = nullptr;  // the pipe's read end
  DWORD id = 0;
#else
  pid_t id = -1;
  int output = -1;  // the pipe's read end
#endif

  // Takes bytes read from the child (its start mark first).
  void take(const char* data, std::size_t size) {
    std::lock_guard lock(mutex);
    if (!started && size > 0) {
      started = true;  // the first byte is the start mark
      ++data;
      --size;
    }
    reports.append(data, size);
    changed.notify_all();
  }
  void end_of_output() {
    std::lock_guard lock(mutex);
    ended = true;
    changed.notify_all();
  }
  void read_all();  // the reader thread's body, per system
};

bool ChildProcess::wait_started(std::chrono::milliseconds timeout) {
  std::unique_lock lock(impl_->mutex);
  impl_->changed.wait_for(lock, timeout, [&] { return impl_->started || impl_->ended; });
  return impl_->started;
}

bool ChildProcess::wait_for_reports(std::size_t bytes, std::chrono::milliseconds timeout) {
  std::unique_lock lock(impl_->mutex);
  impl_->changed.wait_for(lock, timeout, [&] { return impl_->reports.size() >= bytes || impl_->ended; });
  return impl_->reports.size() >= bytes;
}

std::string ChildProcess::reports() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->reports;
}

bool ChildProcess::killed() const { return impl_->was_killed; }
int ChildProcess::exit_code() const { return impl_->code; }
std::uint32_t ChildProcess::pid() const { return static_cast<std::uint32_t>(impl_->id); }

ChildProcess::ChildProcess(ChildProcess&&) noexcept = default;

ChildProcess& ChildProcess::operator=(ChildProcess&& other) noexcept {
  if (this != &other) {
    if (impl_ && !impl_->waited) {
      kill();
      wait();
    }
    impl_ = std::move(other.impl_);
  }
  return *this;
}

ChildProcess::~ChildProcess() {
  if (impl_ && !impl_->waited) {
    kill();
    wait();
  }
}

KilledChild run_and_kill(const std::string& name, const std::vector<std::string>& args,
                         std::chrono::microseconds lifetime) {
  ChildProcess child(name, args);
  if (child.wait_started()) std::this_thread::sleep_for(lifetime);
  child.kill();
  child.wait();
  return KilledChild{child.reports(), child.killed(), child.exit_code()};
}

void wait_to_be_killed() {
  for (;;) std::this_thread::sleep_for(std::chrono::hours(1));
}

namespace {

// The child's side, once its arguments are known.
int run_child(const std::string& name, const std::vector<std::string>& args) {
  const auto it = registry().find(name);
  if (it == registry().end()) {
    std::fprintf(stderr, "no child entry named %s\n", name.c_str());
    return 125;
  }
  if (!report(&kStartedMark, 1)) return 126;
  try {
    return it->second(args);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "child %s: %s\n", name.c_str(), e.what());
  } catch (...) {
    std::fprintf(stderr, "child %s: an exception\n", name.c_str());
  }
  return 124;
}

}  // namespace

#ifdef _WIN32
// ---------------------------------------------------------------------------
// Windows.

namespace {

std::wstring widen(const std::string& s) {
  if (s.empty()) return {};
  const int n = MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), nullptr, 0);
  std::wstring out(static_cast<std::size_t>(n), L'\0');
  MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), out.data(), n);
  return out;
}

std::string narrow(const std::wstring& s) {
  if (s.empty()) return {};
  const int n = WideCharToMultiByte(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), nullptr, 0, nullptr, nullptr);
  std::string out(static_cast<std::size_t>(n), '\0');
  WideCharToMultiByte(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), out.data(), n, nullptr, nullptr);
  return out;
}

std::wstring own_executable() {
  std::wstring path(MAX_PATH, L'\0');
  for (;;) {
    const DWORD n = GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
    if (n == 0) throw std::runtime_error("GetModuleFileNameW failed");
    if (n < path.size()) {
      path.resize(n);
      return path;
    }
    path.resize(path.size() * 2);
  }
}

// `arg` quoted so that the C runtime's (and CommandLineToArgvW's) parsing
// gives it back unchanged.
std::wstring quoted(const std::wstring& arg) {
  if (!arg.empty() && arg.find_first_of(L" \t\n\v\"") == std::wstring::npos) return arg;
  std::wstring out = L"\"";
  std::size_t backslashes = 0;
  for (const wchar_t c : arg) {
    if (c == L'\\') {
      ++backslashes;
      continue;
    }
    if (c == L'"')
      out.append(2 * backslashes + 1, L'\\');
    else
      out.append(backslashes, L'\\');
    backslashes = 0;
    out.push_back(c);
  }
  out.append(2 * backslashes, L'\\');
  out.push_back(L'"');
  return out;
}

// The arguments of a command line as quoted() writes them, the program's name
// first (which is taken up to its closing quote, or to white space).
std::vector<std::wstring> split_command_line(const wchar_t* p) {
  std::vector<std::wstring> out;
  auto blank = [](wchar_t c) { return c == L' ' || c == L'\t' || c == L'\n' || c == L'\v'; };
  std::wstring program;
  if (*p == L'"') {
    for (++p; *p && *p != L'"'; ++p) program.push_back(*p);
    if (*p) ++p;
  } else {
    for (; *p && !blank(*p); ++p) program.push_back(*p);
  }
  out.push_back(program);
  for (;;) {
    while (*p && blank(*p)) ++p;
    if (!*p) break;
    std::wstring arg;
    bool in_quotes = false;
    for (; *p && (in_quotes || !blank(*p));) {
      std::size_t backslashes = 0;
      while (*p == L'\\') {
        ++backslashes;
        ++p;
      }
      if (*p == L'"') {
        arg.append(backslashes / 2, L'\\');
        if (backslashes % 2 == 1) {
          arg.push_back(L'"');
        } else if (in_quotes && p[1] == L'"') {
          arg.push_back(L'"');  // "" inside quotes: a quote
          ++p;
        } else {
          in_quotes = !in_quotes;
        }
        ++p;
      } else {
        arg.append(backslashes, L'\\');
        if (*p && (in_quotes || !blank(*p))) arg.push_back(*p++);
      }
    }
    out.push_back(std::move(arg));
  }
  return out;
}

// An inheritable copy of `h` (closed by the caller), or null.
HANDLE inheritable_copy(HANDLE h) {
  if (h == nullptr || h == INVALID_HANDLE_VALUE) return nullptr;
  HANDLE copy = nullptr;
  if (!DuplicateHandle(GetCurrentProcess(), h, GetCurrentProcess(), &copy, 0, TRUE, DUPLICATE_SAME_ACCESS))
    return nullptr;
  return copy;
}

// Only one child is created at a time, so that no child inherits the pipe of
// another (which would keep that pipe open after its own child ended).
std::mutex spawn_mutex;

// The exit code TerminateProcess gives a killed child.
constexpr UINT kKilledExitCode = 0x4B494C4C;  // "KILL"

}  // namespace

std::optional<int> run_child_if_asked(int argc, char** argv) {
  if (argc < 3 || std::string(argv[1]) != kChildFlag) return std::nullopt;
  _setmode(_fileno(stdout), _O_BINARY);
  // The arguments from the UTF-16 command line (argv holds them in the ANSI
  // code page).
  const auto words = split_command_line(GetCommandLineW());
  if (words.size() < 3) return 125;
  std::vector<std::string> args;
  for (std::size_t i = 3; i < words.size(); ++i) args.push_back(narrow(words[i]));
  return run_child(narrow(words[2]), args);
}

bool report(const void* data, std::size_t size) {
  const HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    DWORD written = 0;
    const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(size, 1u << 20));
    if (!WriteFile(out, p, chunk, &written, nullptr) || written == 0) return false;
    p += written;
    size -= written;
  }
  return true;
}

std::uint32_t current_process_id() { return static_cast<std::uint32_t>(GetCurrentProcessId()); }

void ChildProcess::Impl::read_all() {
  char buf[65536];
  for (;;) {
    DWORD n = 0;
    if (!ReadFile(output, buf, sizeof buf, &n, nullptr) || n == 0) break;
    take(buf, n);
  }
  end_of_output();
}

ChildProcess::ChildProcess(const std::string& name, const std::vector<std::string>& args)
    : impl_(std::make_unique<Impl>()) {
  const std::wstring exe = own_executable();
  std::wstring command = quoted(exe) + L" " + quoted(widen(kChildFlag)) + L" " + quoted(widen(name));
  for (const auto& a : args) command += L" " + quoted(widen(a));

  std::lock_guard spawn(spawn_mutex);
  SECURITY_ATTRIBUTES inherit{};
  inherit.nLength = sizeof inherit;
  inherit.bInheritHandle = TRUE;
  HANDLE read_end = nullptr, write_end = nullptr;
  if (!CreatePipe(&read_end, &write_end, &inherit, 0)) throw std::runtime_error("CreatePipe failed");
  SetHandleInformation(read_end, HANDLE_FLAG_INHERIT, 0);  // only the write end goes to the child
  const HANDLE in = inheritable_copy(GetStdHandle(STD_INPUT_HANDLE));
  const HANDLE err = inheritable_copy(GetStdHandle(STD_ERROR_HANDLE));

  STARTUPINFOW si{};
  si.cb = sizeof si;
  si.dwFlags = STARTF_USESTDHANDLES;
  si.hStdInput = in;
  si.hStdOutput = write_end;
  si.hStdError = err;
  PROCESS_INFORMATION pi{};
  const BOOL created =
      CreateProcessW(exe.c_str(), command.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr, &si, &pi);
  const DWORD error = created ? 0 : GetLastError();
  CloseHandle(write_end);
  if (in) CloseHandle(in);
  if (err) CloseHandle(err);
  if (!created) {
    CloseHandle(read_end);
    throw std::runtime_error("CreateProcessW failed (error " + std::to_string(error) + ")");
  }
  CloseHandle(pi.hThread);
  impl_->process = pi.hProcess;
  impl_->id = pi.dwProcessId;
  impl_->output = read_end;
  impl_->reader = std::thread([impl = impl_.get()] { impl->read_all(); });
}

void ChildProcess::kill() {
  if (impl_->waited || impl_->kill_sent) return;
  if (WaitForSingleObject(impl_->process, 0) == WAIT_TIMEOUT && TerminateProcess(impl_->process, kKilledExitCode))
    impl_->kill_sent = true;
}

int ChildProcess::wait() {
  if (impl_->waited) return impl_->code;
  WaitForSingleObject(impl_->process, INFINITE);
  DWORD code = 0;
  GetExitCodeProcess(impl_->process, &code);
  impl_->was_killed = impl_->kill_sent && code == kKilledExitCode;
  impl_->code = impl_->was_killed ? 0 : static_cast<int>(code);
  impl_->reader.join();
  CloseHandle(impl_->output);
  CloseHandle(impl_->process);
  impl_->waited = true;
  return impl_->code;
}

#else
// ---------------------------------------------------------------------------
// POSIX.

namespace {

std::string own_executable() {
#ifdef __APPLE__
  std::uint32_t size = 0;
  _NSGetExecutablePath(nullptr, &size);
  std::string path(size, '\0');
  if (_NSGetExecutablePath(path.data(), &size) != 0) throw std::runtime_error("_NSGetExecutablePath failed");
  return std::string(path.c_str());
#else
  std::string path(4096, '\0');
  const ssize_t n = ::readlink("/proc/self/exe", path.data(), path.size());
  if (n <= 0 || static_cast<std::size_t>(n) >= path.size()) return "/proc/self/exe";
  path.resize(static_cast<std::size_t>(n));
  return path;
#endif
}

}  // namespace

std::optional<int> run_child_if_asked(int argc, char** argv) {
  if (argc < 3 || std::string(argv[1]) != kChildFlag) return std::nullopt;
  return run_child(argv[2], std::vector<std::string>(argv + 3, argv + argc));
}

bool report(const void* data, std::size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(1, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

std::uint32_t current_process_id() { return static_cast<std::uint32_t>(::getpid()); }

void ChildProcess::Impl::read_all() {
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(output, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    take(buf, static_cast<std::size_t>(n));
  }
  end_of_output();
}

ChildProcess::ChildProcess(const std::string& name, const std::vector<std::string>& args)
    : impl_(std::make_unique<Impl>()) {
  std::vector<std::string> words{own_executable(), kChildFlag, name};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);

  // Both ends close on exec; the child's copy of the write end, as its
  // standard output, does not. So no other child holds this pipe open.
  int fds[2];
#ifdef __APPLE__
  if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
  ::fcntl(fds[0], F_SETFD, FD_CLOEXEC);
  ::fcntl(fds[1], F_SETFD, FD_CLOEXEC);
#else
  if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe2 failed");
#endif
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
  pid_t pid = -1;
  const int error = ::posix_spawn(&pid, words[0].c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[1]);
  if (error != 0) {
    ::close(fds[0]);
    throw std::runtime_error("posix_spawn of " + words[0] + " failed: " + std::strerror(error));
  }
  impl_->id = pid;
  impl_->output = fds[0];
  impl_->reader = std::thread([impl = impl_.get()] { impl->read_all(); });
}

void ChildProcess::kill() {
  if (impl_->waited || impl_->kill_sent) return;
  // Until waitpid() the process (or its zombie) keeps its id: the signal
  // cannot reach another process.
  if (::kill(impl_->id, SIGKILL) == 0) impl_->kill_sent = true;
}

int ChildProcess::wait() {
  if (impl_->waited) return impl_->code;
  int status = 0;
  while (::waitpid(impl_->id, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) {
    impl_->code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    impl_->was_killed = impl_->kill_sent && WTERMSIG(status) == SIGKILL;
    impl_->code = impl_->was_killed ? 0 : 128 + WTERMSIG(status);
  }
  impl_->reader.join();
  ::close(impl_->output);
  impl_->waited = true;
  return impl_->code;
}

#endif

}  // namespace emdbtest
