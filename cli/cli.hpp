// The `emdb` command-line tool: shared pieces of its commands.
#pragma once

#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <emdb/emdb.hpp>

namespace cli {

// Exit statuses, documented in --help and README.
enum Exit : int {
  kOk = 0,
  kError = 1,     // I/O and other failures
  kUsage = 2,     // bad command line
  kNotFound = 3,  // the key or namespace does not exist
  kLocked = 4,    // another process has the database open
  kWrongKey = 5,  // encrypted: no key, or the wrong one
  kCorrupt = 6,   // the file is damaged or not an emdb database
};

// A parsed command line: the command, its positional words, and --options.
struct Args {
  std::string command;
  std::vector<std::string> words;
  std::map<std::string, std::string> options;  // "--name" -> value ("" for flags)
  bool has(const std::string& o) const { return options.contains(o); }
  std::optional<std::string> get(const std::string& o) const {
    auto it = options.find(o);
    if (it == options.end()) return std::nullopt;
    return it->second;
  }
};

// Thrown by commands to leave with a status and a one-line message.
struct Failure {
  int status;
  std::string message;
};

int status_of(const emdb::Error& e);
[[noreturn]] void fail(const emdb::Error& e);
[[noreturn]] void usage(const std::string& message);

template <class T>
T must(emdb::Result<T> r) {
  if (!r) fail(r.error());
  if constexpr (!std::is_void_v<T>) return std::move(*r);
}

// The key for an encrypted database, from --key-file, --passphrase-env or
// (on a terminal) a prompt without echo. `prefix` is "" or "new-".
std::optional<emdb::EncryptionInput> key_from(const Args& a, const std::string& prefix, bool prompt);

// Opens the database named by the first word, read-only with --read-only,
// with range scans when `ranges` (ordered output).
emdb::Database open_database(const Args& a, bool writable, bool ranges = false);

// A progress bar on stderr when it is a terminal; nothing otherwise.
emdb::Progress progress_bar(const char* what);

// "1h30m", "90s", "500ms", "2d" -> milliseconds.
std::optional<std::chrono::milliseconds> parse_duration(std::string_view text);

// Text for humans: printable UTF-8 as is, anything else as hex.
std::string printable(std::string_view bytes);

int run(const Args& a);

}  // namespace cli
