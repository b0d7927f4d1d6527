// The `emdb` command-line tool: shared pieces of its commands.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include <emdb/emdb.hpp>

#include "arguments.hpp"

namespace cli {

// Exit statuses, documented in --help, emdb(1) and README.
enum Exit : int {
  kOk = 0,
  kError = 1,     // I/O and other failures
  kUsage = 2,     // bad command line
  kNotFound = 3,  // the key or namespace does not exist
  kLocked = 4,    // another process has the database open
  kWrongKey = 5,  // encrypted: no key, or the wrong one
  kCorrupt = 6,   // the file is damaged or not an emdb database
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

// The key for an encrypted database, from --key-file (exactly 32 bytes, or
// 64 hex digits and an optional final newline), --passphrase-env or (on a
// terminal) a prompt without echo. `prefix` is "" or "new-"; a new
// passphrase may not be empty.
std::optional<emdb::EncryptionInput> key_from(const Args& a, const std::string& prefix, bool prompt);

// Opens the database named by the first word: writable (with the writer
// lock) for writing commands; read-only for every other, which never
// writes a byte. With range scans when `ranges` (ordered output).
emdb::Database open_database(const Args& a, bool writable, bool ranges = false);

// Reading commands call this after their output: a journal damaged in the
// middle was read only up to the damage, which fails the command (status 6)
// with the first bad offset on standard error.
void fail_if_damaged(const emdb::Database& db, const std::string& path);

// A progress bar on stderr when it is a terminal; nothing otherwise.
emdb::Progress progress_bar(const char* what);

// A duration option's value, or a usage error that says why not.
std::chrono::milliseconds duration_of(const std::string& option, const std::string& text);

// The KEY argument (word `i`): as given, or decoded from hex with --key-hex.
std::string key_arg(const Args& a, std::size_t i);

// Text for humans: printable UTF-8 as it is; anything else, and text that
// itself starts with "0x", as "0x" and hex digits (so the two never look alike).
std::string printable(std::string_view bytes);

// The whole of a file, or of standard input when `path` is empty; an error
// (not an empty value) for a directory or anything unreadable.
std::string read_input(const std::optional<std::string>& path);
// Whether standard input is a directory (`emdb put DB k < SOMEDIR`).
bool input_is_directory();

// The namespace --ns names (the default one without it).
struct Space {
  emdb::Database db;
  std::optional<emdb::Namespace> ns;
  emdb::Keyspace& ks() { return ns ? static_cast<emdb::Keyspace&>(*ns) : db; }
};

// Opens the database as open_database() does, then the namespace of --ns (a
// reading command fails with status 3 when it does not exist).
Space open_space(const Args& a, bool writable, bool ranges = false);

// Positional word `i`, or a usage error naming `what`.
const std::string& word(const Args& a, std::size_t i, const char* what);

// A JSON string of these bytes (control characters escaped).
std::string json_string(std::string_view s);
// A name or key in JSON: as text when it is UTF-8, else as printable() shows it.
std::string json_text(std::string_view s);

// Fails with status 3 (after fail_if_damaged: the record may lie after damage).
[[noreturn]] void no_record(const emdb::Database& db, const Args& a, const std::string& key);

int run(const Args& a);
// `history`, `undelete` and `diff` (past.cpp).
int run_past(const Args& a);

}  // namespace cli
