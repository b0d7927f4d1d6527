// Child processes for the engine and reliability tests, on POSIX systems and
// on Windows alike: the test executable starts itself again as
//   EXE --emdb-child NAME ARGS...
// and that process runs the child entry registered as NAME with ARGS, and
// nothing else. It reports to its parent through its standard output (a pipe
// the parent drains), and the parent kills it when it chooses.
//
//   EMDB_CHILD(writer) {                       // in the test's .cpp
//     const std::filesystem::path path(args.at(0));
//     ...
//     if (!emdbtest::report(n)) return 4;
//     return 0;                                // its exit code
//   }
//   auto child = emdbtest::run_and_kill("writer", {path.string()}, 5ms);
//
// A child shares no memory with its parent: everything it needs (paths,
// policies, counters, seeds) goes in its arguments, as strings. A child entry
// must not write to standard output (which carries the reports) and must not
// use GoogleTest's assertions; it says what went wrong by its exit code (and
// may write to standard error, which is its parent's).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace emdbtest {

// A child's entry: its arguments (after its name) in, its exit code out.
using ChildEntry = int (*)(const std::vector<std::string>& args);

// Registers `entry` as the child `name` (EMDB_CHILD does it, when the program
// starts). A name registered twice ends the program.
bool register_child(const char* name, ChildEntry entry);

// For main(), before anything else: when the command line is
// `EXE --emdb-child NAME ARGS...`, runs child NAME's entry with ARGS and
// returns its exit code (125: no child of that name; 124: the entry threw).
// Otherwise nothing happens and it returns nullopt.
std::optional<int> run_child_if_asked(int argc, char** argv);

// In a child: hands `size` bytes to the parent at once, unbuffered. False when
// they could not all be written (the parent is gone).
bool report(const void* data, std::size_t size);

template <class T>
  requires std::is_trivially_copyable_v<T>
bool report(const T& value) {
  return report(&value, sizeof value);
}

// In a child: waits, doing nothing, until the parent kills it.
[[noreturn]] void wait_to_be_killed();

// This process's id, as the operating system (and the engine's lock holder
// description) gives it.
std::uint32_t current_process_id();

// One child process, started at construction. Its reports are read as they
// arrive, so it never blocks on a full pipe. Destroying a child that was not
// waited for kills it and waits for it.
class ChildProcess {
 public:
  // Starts child `name` with `args`; throws std::runtime_error when the
  // process cannot be started (an unknown name is seen by the child: it exits
  // with 125).
  ChildProcess(const std::string& name, const std::vector<std::string>& args);
  ~ChildProcess();
  ChildProcess(ChildProcess&&) noexcept;
  ChildProcess& operator=(ChildProcess&&) noexcept;
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // Its process id.
  std::uint32_t pid() const;

  // Waits until its entry has started (the process has started up, found its
  // entry and is about to run it). False when it ended before that, or when
  // `timeout` passed.
  bool wait_started(std::chrono::milliseconds timeout = std::chrono::minutes(2));

  // Waits until at least `bytes` bytes were reported. False when its output
  // ended (it exited or was killed) with fewer, or when `timeout` passed.
  bool wait_for_reports(std::size_t bytes, std::chrono::milliseconds timeout = std::chrono::minutes(2));

  // Everything it reported so far, in order.
  std::string reports() const;

  // Kills it at once if it is still running (SIGKILL; TerminateProcess on
  // Windows). Nothing happens once it has ended or was waited for.
  void kill();

  // Waits until it has ended and all its reports are read; returns
  // exit_code(). Further calls return at once.
  int wait();

  // After wait(): whether kill() ended it (true) or it ended by itself.
  bool killed() const;

  // After wait(): its exit code; 0 when it was killed; 128 + the signal when a
  // signal other than kill()'s ended it (POSIX).
  int exit_code() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// What run_and_kill() found.
struct KilledChild {
  std::string reports;  // everything the child reported
  bool killed = false;  // false: it ended by itself before the kill
  int exit_status = 0;  // its exit code when not killed (ChildProcess::exit_code())
};

// Starts child `name` with `args`, lets its entry run for `lifetime` (counted
// from when the entry starts, so the time a process takes to start up does
// not shorten it), kills it, and waits for it and its reports.
KilledChild run_and_kill(const std::string& name, const std::vector<std::string>& args,
                         std::chrono::microseconds lifetime);

// The fixed-size records a child reported (a torn last one is left out).
template <class T>
  requires std::is_trivially_copyable_v<T>
std::vector<T> reports_as(const std::string& bytes) {
  std::vector<T> out(bytes.size() / sizeof(T));
  if (!out.empty()) std::memcpy(out.data(), bytes.data(), out.size() * sizeof(T));
  return out;
}

}  // namespace emdbtest

// EMDB_CHILD(name) { body }: defines the child entry `name`, a function of
// `const std::vector<std::string>& args` returning its exit code, and
// registers it when the program starts. At namespace scope, one per name in
// an executable.
#define EMDB_CHILD(name)                                                    \
  static int emdb_child_entry_##name(const std::vector<std::string>& args); \
  [[maybe_unused]] static const bool emdb_child_registered_##name =         \
      ::emdbtest::register_child(#name, &emdb_child_entry_##name);          \
  static int emdb_child_entry_##name([[maybe_unused]] const std::vector<std::string>& args)
