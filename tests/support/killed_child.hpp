// The pattern of the crash tests: a forked child works, reporting through a
// pipe, until the parent SIGKILLs it at a moment of its choosing.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace testing {

struct KilledChild {
  std::string reports;  // everything the child wrote to its pipe
  bool killed = false;  // false: it exited (or failed) before the kill
  int exit_status = 0;  // its exit status when not killed
};

// Forks; the child runs work(fd) (which must not return: it _exit()s on an
// error) writing its reports to fd; after `lifetime` the parent SIGKILLs it,
// reads the pipe dry and reaps it.
inline KilledChild run_and_kill(const std::function<void(int fd)>& work, std::chrono::microseconds lifetime) {
  int fds[2];
  if (::pipe(fds) != 0) return {};
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    work(fds[1]);
    _exit(0);
  }
  ::close(fds[1]);
  std::this_thread::sleep_for(lifetime);
  ::kill(pid, SIGKILL);
  KilledChild out;
  char buf[4096];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) out.reports.append(buf, std::size_t(n));
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  out.killed = WIFSIGNALED(status);
  out.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
  return out;
}

// Reads the fixed-size records a child reported.
template <class T>
std::vector<T> reports_as(const std::string& bytes) {
  std::vector<T> out(bytes.size() / sizeof(T));
  if (!out.empty()) std::memcpy(out.data(), bytes.data(), out.size() * sizeof(T));
  return out;
}

}  // namespace testing
