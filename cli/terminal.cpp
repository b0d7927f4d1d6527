// The standard streams and the terminal on POSIX systems and on Windows
// (terminal.hpp).
#include "terminal.hpp"

#include <cstdio>
#include <filesystem>
#include <iostream>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace cli {

#ifdef _WIN32

namespace {

// The console mode of the handle behind a C stream, or nothing when that is
// not a console (a file, a pipe, the NUL device).
bool console_mode(std::FILE* stream, DWORD& mode) {
  const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(::_fileno(stream)));
  return handle != INVALID_HANDLE_VALUE && ::GetConsoleMode(handle, &mode) != 0;
}

}  // namespace

void binary_standard_streams() {
  ::_setmode(::_fileno(stdin), _O_BINARY);
  ::_setmode(::_fileno(stdout), _O_BINARY);
  ::_setmode(::_fileno(stderr), _O_BINARY);  // messages end in "\n", as elsewhere
}

bool stdin_is_terminal() {
  DWORD mode = 0;
  return console_mode(stdin, mode);
}

bool stderr_is_terminal() {
  DWORD mode = 0;
  return console_mode(stderr, mode);
}

bool stdin_is_directory() {
  const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(::_fileno(stdin)));
  BY_HANDLE_FILE_INFORMATION info{};
  return handle != INVALID_HANDLE_VALUE && ::GetFileInformationByHandle(handle, &info) != 0 &&
         (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
}

std::string read_line_without_echo() {
  const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(::_fileno(stdin)));
  DWORD old = 0;
  const bool console = console_mode(stdin, old);
  if (console) ::SetConsoleMode(handle, old & ~DWORD(ENABLE_ECHO_INPUT));
  std::string line;
  std::getline(std::cin, line);
  if (console) ::SetConsoleMode(handle, old);
  if (line.ends_with('\r')) line.pop_back();  // standard input is binary: the console's "\r\n" stays
  return line;
}

#else

void binary_standard_streams() {}

bool stdin_is_terminal() { return ::isatty(STDIN_FILENO) != 0; }

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) != 0; }

bool stdin_is_directory() {
  std::error_code ec;
  return std::filesystem::is_directory("/dev/stdin", ec);
}

std::string read_line_without_echo() {
  termios old{};
  const bool tty = ::tcgetattr(STDIN_FILENO, &old) == 0;
  if (tty) {
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty) ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
  return line;
}

#endif

}  // namespace cli
