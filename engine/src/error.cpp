#include "emdb/error.hpp"

namespace emdb {

Error::Error(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

Error Error::io(std::error_code ec, std::string what) {
  Error e(ErrorCode::Io, std::move(what));
  if (ec) e.message_ += ": " + ec.message();
  e.io_ = ec;
  return e;
}

Error Error::corrupted(std::uint64_t offset, std::string reason) {
  Error e(ErrorCode::Corrupted, "corrupted at offset " + std::to_string(offset) + ": " + reason);
  e.offset_ = offset;
  return e;
}

Error Error::version_mismatch(std::uint32_t found, std::uint32_t expected) {
  Error e(ErrorCode::VersionMismatch,
          "format version " + std::to_string(found) + " found, this engine reads " + std::to_string(expected));
  e.found_ = found;
  e.expected_ = expected;
  return e;
}

const char* to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::Io: return "Io";
    case ErrorCode::AlreadyLocked: return "AlreadyLocked";
    case ErrorCode::MagicMismatch: return "MagicMismatch";
    case ErrorCode::VersionMismatch: return "VersionMismatch";
    case ErrorCode::Corrupted: return "Corrupted";
    case ErrorCode::InvalidConfig: return "InvalidConfig";
    case ErrorCode::InvalidArgument: return "InvalidArgument";
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    case ErrorCode::KeyNotFound: return "KeyNotFound";
#pragma GCC diagnostic pop
    case ErrorCode::EncryptionError: return "EncryptionError";
    case ErrorCode::ReadOnly: return "ReadOnly";
    case ErrorCode::Cancelled: return "Cancelled";
  }
  return "Unknown";
}

}  // namespace emdb
