// What `emdb` does differently on POSIX systems and on Windows: the standard
// streams' mode, telling a terminal from a file or pipe (or a directory), and
// reading a secret without echo.
#pragma once

#include <string>

namespace cli {

// Makes standard input, output and error carry bytes unchanged (Windows
// translates "\n" to "\r\n" on text streams; POSIX streams are always
// binary): values are bytes, and every message ends in "\n" on every
// platform. Called before anything is read or written.
void binary_standard_streams();

// Whether standard input, or standard error, is a terminal (on Windows, a
// console: the NUL device is not one).
bool stdin_is_terminal();
bool stderr_is_terminal();

// Whether standard input is a directory (`emdb put DB k < SOMEDIR` in a POSIX
// shell; on Windows, a directory handle a parent process passed).
bool stdin_is_directory();

// One line from standard input, without its line end ("\n"; on Windows
// "\r\n" too). When standard input is a terminal, what is typed is not
// echoed, and echo is back on when this returns.
std::string read_line_without_echo();

}  // namespace cli
