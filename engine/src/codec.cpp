#include "codec.hpp"

#include <cstring>

#include "crc.hpp"

namespace emdb::detail {
namespace {

constexpr char kMagicBytes[4] = {'F', 'S', 'Y', '\x01'};

}  // namespace

std::size_t body_size(const Record& r) noexcept {
  switch (r.kind) {
    case format::Kind::Insert: return format::kInsertFixed + r.key.size() + r.value.size();
    case format::Kind::Remove: return format::kRemoveFixed + r.key.size();
    case format::Kind::NamespaceName: return format::kNameFixed + r.key.size();
  }
  return 0;
}

void encode_body(std::string& out, const Record& r) {
  put_u32(out, r.ns);
  put_u32(out, static_cast<std::uint32_t>(r.key.size()));
  out.append(r.key);
  if (r.kind == format::Kind::Insert) {
    put_u32(out, static_cast<std::uint32_t>(r.value.size()));
    out.append(r.value);
    put_u64(out, r.expires_at);
  }
}

void append_frame(std::string& out, std::string_view payload) {
  const std::size_t start = out.size();
  out.append(kMagicBytes, 4);
  put_u32(out, static_cast<std::uint32_t>(payload.size()));
  out.append(payload);
  put_u32(out, crc32c(0, out.data() + start, out.size() - start));
}

std::size_t append_plain_frame(std::string& out, const Record& r) {
  const std::size_t start = out.size();
  const std::size_t payload = 1 + body_size(r);
  out.reserve(start + payload + format::kFrameOverhead);
  out.append(kMagicBytes, 4);
  put_u32(out, static_cast<std::uint32_t>(payload));
  out.push_back(static_cast<char>(r.kind));
  encode_body(out, r);
  put_u32(out, crc32c(0, out.data() + start, out.size() - start));
  return payload;
}

Result<Record> decode_body(format::Kind kind, std::string_view b, std::uint64_t offset) {
  auto bad = [&](const char* why) { return std::unexpected(Error::corrupted(offset, why)); };
  Record r;
  r.kind = kind;
  if (b.size() < 8) return bad("record body too short");
  r.ns = load_u32(b.data());
  const std::uint32_t klen = load_u32(b.data() + 4);
  if (klen > b.size() - 8) return bad("key length past the end of the record");
  r.key = b.substr(8, klen);
  std::size_t pos = 8 + std::size_t(klen);
  if (kind == format::Kind::Insert) {
    if (b.size() - pos < 4) return bad("record body too short");
    const std::uint32_t vlen = load_u32(b.data() + pos);
    pos += 4;
    if (vlen > b.size() - pos || b.size() - pos - vlen != 8) return bad("value length does not fit the record");
    r.value = b.substr(pos, vlen);
    r.expires_at = load_u64(b.data() + pos + vlen);
  } else if (pos != b.size()) {
    return bad("trailing bytes after the record");
  }
  return r;
}

Result<Record> decode_payload(std::string_view payload, std::uint64_t offset) {
  if (payload.empty()) return std::unexpected(Error::corrupted(offset, "empty payload"));
  const auto tag = static_cast<std::uint8_t>(payload[0]);
  if (tag & format::kTagEncrypted)
    return std::unexpected(Error(ErrorCode::EncryptionError, "the record is encrypted and no key was given"));
  if (tag > static_cast<std::uint8_t>(format::Kind::NamespaceName))
    return std::unexpected(Error::corrupted(offset, "unknown record kind " + std::to_string(tag)));
  return decode_body(static_cast<format::Kind>(tag), payload.substr(1), offset + 1);
}

bool all_zero(const char* p, std::uint64_t n) noexcept {
  return n == 0 || (p[0] == 0 && std::memcmp(p, p + 1, n - 1) == 0);
}

FrameCheck check_frame(const char* data, std::uint64_t size, std::uint64_t pos, FrameView& out,
                       const char** why) noexcept {
  auto bad = [&](const char* w) {
    if (why) *why = w;
    return FrameCheck::Bad;
  };
  if (pos >= size) return FrameCheck::End;
  const std::uint64_t avail = size - pos;
  const char* p = data + pos;
  if (std::memcmp(p, kMagicBytes, avail < 4 ? avail : 4) != 0)
    return all_zero(p, avail) ? FrameCheck::End : bad("bad frame magic");
  if (avail < format::kFrameHeaderSize) return bad("frame header cut short");
  const std::uint32_t len = load_u32(p + 4);
  if (len > format::kMaxPayload) return bad("frame length too large");
  if (avail < format::kFrameOverhead + std::uint64_t(len)) return bad("frame cut short");
  const std::uint32_t stored = load_u32(p + format::kFrameHeaderSize + len);
  if (crc32c(0, p, format::kFrameHeaderSize + len) != stored) return bad("frame checksum mismatch");
  out.start = pos;
  out.len = len;
  out.payload = std::string_view(p + format::kFrameHeaderSize, len);
  return FrameCheck::Valid;
}

namespace {

// Where the next valid frame after `pos` starts, or `size`.
std::uint64_t next_valid_frame(const char* data, std::uint64_t size, std::uint64_t pos) noexcept {
  for (std::uint64_t at = pos + 1; at + format::kFrameOverhead <= size; ++at) {
    const void* hit = std::memchr(data + at, 'F', size - at);
    if (!hit) break;
    at = static_cast<std::uint64_t>(static_cast<const char*>(hit) - data);
    FrameView f;
    if (check_frame(data, size, at, f) == FrameCheck::Valid) return at;
  }
  return size;
}

}  // namespace

bool torn_tail_at(const char* data, std::uint64_t size, std::uint64_t pos) noexcept {
  constexpr std::uint64_t kSector = 512;
  const std::uint64_t next = next_valid_frame(data, size, pos);
  if (next >= size) return true;
  const std::uint64_t sector_end = (pos / kSector + 1) * kSector;
  if (sector_end <= next && all_zero(data + pos, sector_end - pos)) return true;
  for (std::uint64_t s = sector_end; s + kSector <= next; s += kSector)
    if (all_zero(data + s, kSector)) return true;
  return false;
}

bool is_utf8(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    const unsigned c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned lo = 0x80, hi = 0xbf;  // the allowed range of the second byte
    if (c >= 0xc2 && c <= 0xdf) {
      len = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      if (c == 0xe0) lo = 0xa0;  // no overlong forms
      if (c == 0xed) hi = 0x9f;  // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      if (c == 0xf0) lo = 0x90;
      if (c == 0xf4) hi = 0x8f;  // nothing past U+10FFFF
    } else {
      return false;
    }
    if (i + len > n || p[i + 1] < lo || p[i + 1] > hi) return false;
    for (std::size_t k = 2; k < len; ++k)
      if ((p[i + k] & 0xc0) != 0x80) return false;
    i += len;
  }
  return true;
}

bool has_marker_magic(std::string_view key) noexcept {
  return key.size() >= format::kMarkerMagicSize &&
         std::memcmp(key.data(), format::kMarkerMagic, format::kMarkerMagicSize) == 0;
}

}  // namespace emdb::detail
