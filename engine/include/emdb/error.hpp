// Errors: every public engine call returns emdb::Result<T>; no exception
// crosses the API.
#pragma once

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <system_error>

namespace emdb {

enum class ErrorCode {
  Io,               // the operating system refused (disk full, permission, ...); see io_error()
  AlreadyLocked,    // another process holds the database's lock
  MagicMismatch,    // the file is not an emdb v0.9 database
  VersionMismatch,  // the `.meta` sidecar has a format version we do not read
  Corrupted,        // a frame or sidecar failed validation; see offset()
  InvalidConfig,    // the builder's settings are inconsistent, or a call needs an option
  InvalidArgument,  // an argument the format cannot take (a namespace name not UTF-8, a reserved key)
  // Never returned: every lookup answers an absent key with nothing (or
  // false), as emdb 0.9's calls do. Kept so that code naming it compiles.
  KeyNotFound [[deprecated("never returned: lookups answer an absent key with nothing")]],
  EncryptionError,  // wrong key or passphrase, or authentication of a record failed
  ReadOnly,         // a write on a database opened with read_only(true)
  Cancelled,        // a progress callback returned false
};

// A failed call: what went wrong, in a sentence a user can read.
class Error {
 public:
  Error(ErrorCode code, std::string message);

  static Error io(std::error_code ec, std::string what);
  static Error corrupted(std::uint64_t offset, std::string reason);
  static Error version_mismatch(std::uint32_t found, std::uint32_t expected);

  ErrorCode code() const noexcept { return code_; }
  // Human-readable description, including the offset or OS error where known.
  const std::string& message() const noexcept { return message_; }
  // For Io: the operating system's error. Empty otherwise.
  std::error_code io_error() const noexcept { return io_; }
  // For Corrupted: the byte offset in the journal (or sidecar) of the first bad byte.
  std::optional<std::uint64_t> offset() const noexcept { return offset_; }
  // For VersionMismatch: the version found and the version this engine reads.
  std::uint32_t found() const noexcept { return found_; }
  std::uint32_t expected() const noexcept { return expected_; }

 private:
  ErrorCode code_;
  std::string message_;
  std::error_code io_;
  std::optional<std::uint64_t> offset_;
  std::uint32_t found_ = 0;
  std::uint32_t expected_ = 0;
};

// The name of an error code, e.g. "AlreadyLocked".
const char* to_string(ErrorCode code) noexcept;

template <class T>
using Result = std::expected<T, Error>;

}  // namespace emdb
