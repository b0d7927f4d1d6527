// Encoding and decoding of frames and payloads (see format.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "emdb/error.hpp"
#include "format.hpp"

namespace emdb::detail {

// A decoded plaintext record. Views point into the decoded buffer.
struct Record {
  format::Kind kind = format::Kind::Insert;
  std::uint32_t ns = 0;
  std::string_view key;          // the namespace name for NamespaceName
  std::string_view value;        // Insert only
  std::uint64_t expires_at = 0;  // Insert only; 0 = never
};

// Appends the plaintext body (no tag) of a record to `out`.
void encode_body(std::string& out, const Record& r);
std::size_t body_size(const Record& r) noexcept;

// Appends a whole frame around `payload` to `out`.
void append_frame(std::string& out, std::string_view payload);
// Appends a whole plaintext frame for `r` to `out`; returns the payload size.
std::size_t append_plain_frame(std::string& out, const Record& r);

// Decodes a plaintext body of the given kind. `offset` (the payload's offset in
// the journal) goes into the Corrupted error when the body is malformed.
Result<Record> decode_body(format::Kind kind, std::string_view body, std::uint64_t offset);

// Decodes a plaintext payload (tag + body). Encrypted payloads fail here.
Result<Record> decode_payload(std::string_view payload, std::uint64_t offset);

// The outcome of looking for a frame at a position of a journal image.
enum class FrameCheck {
  Valid,  // a whole frame with a matching CRC
  End,    // nothing but zero bytes (or nothing) from here on
  Bad,    // not a valid frame (torn, overwritten or corrupt)
};

struct FrameView {
  std::uint64_t start = 0;  // offset of the magic
  std::uint32_t len = 0;    // payload length
  std::string_view payload;
  std::uint64_t end() const noexcept { return start + format::kFrameOverhead + len; }
  std::uint64_t payload_offset() const noexcept { return start + format::kFrameHeaderSize; }
};

// Checks the frame at `pos` of `data` (the journal's first `size` bytes).
// On Bad, `why` says what was wrong.
FrameCheck check_frame(const char* data, std::uint64_t size, std::uint64_t pos, FrameView& out,
                       const char** why = nullptr) noexcept;

// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or code
// points past U+10FFFF), as Rust's str requires of namespace names.
bool is_utf8(std::string_view s) noexcept;

// Whether `key` starts with the 16 bytes of the batch markers' magic.
bool has_marker_magic(std::string_view key) noexcept;

// The CRC-32C a whole frame at `frame` stores in its trailer.
inline std::uint32_t frame_crc(const char* frame) noexcept;

// True when the n bytes at p are all zero.
bool all_zero(const char* p, std::uint64_t n) noexcept;

// Whether the damage at `pos` (where no valid frame starts) is a torn tail
// rather than corruption: no valid frame follows it, or before the next one
// lies a 512-byte sector that never reached the disk (zeros from `pos` to the
// end of its sector, or a whole zero sector). After a power loss the pages
// written since the last sync may have landed in any order; a frame starts
// with a non-zero magic, and every acknowledged byte lies before the first
// sector that is missing.
bool torn_tail_at(const char* data, std::uint64_t size, std::uint64_t pos) noexcept;

// Little-endian helpers.
inline std::uint32_t load_u32(const char* p) noexcept {
  auto u = reinterpret_cast<const unsigned char*>(p);
  return std::uint32_t(u[0]) | std::uint32_t(u[1]) << 8 | std::uint32_t(u[2]) << 16 | std::uint32_t(u[3]) << 24;
}
inline std::uint64_t load_u64(const char* p) noexcept {
  return std::uint64_t(load_u32(p)) | std::uint64_t(load_u32(p + 4)) << 32;
}
inline void put_u32(std::string& out, std::uint32_t v) {
  char b[4] = {char(v), char(v >> 8), char(v >> 16), char(v >> 24)};
  out.append(b, 4);
}
inline void put_u64(std::string& out, std::uint64_t v) {
  put_u32(out, std::uint32_t(v));
  put_u32(out, std::uint32_t(v >> 32));
}
inline std::uint32_t frame_crc(const char* frame) noexcept {
  return load_u32(frame + format::kFrameHeaderSize + load_u32(frame + 4));
}
inline void store_u32(char* p, std::uint32_t v) noexcept {
  p[0] = char(v);
  p[1] = char(v >> 8);
  p[2] = char(v >> 16);
  p[3] = char(v >> 24);
}

}  // namespace emdb::detail
