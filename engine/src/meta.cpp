#include "meta.hpp"

#include <cstring>

#include "codec.hpp"
#include "crc.hpp"

namespace emdb::detail {

std::string encode_meta(const Meta& m) {
  std::string out(format::kMetaMagic, sizeof format::kMetaMagic);
  put_u32(out, format::kMetaVersion);
  put_u32(out, m.flags);
  put_u64(out, m.created_at_ms);
  out.append(reinterpret_cast<const char*>(m.salt.data()), m.salt.size());
  out.append(reinterpret_cast<const char*>(m.check.data()), m.check.size());
  put_u32(out, crc32_ieee(out.data(), out.size()));
  return out;
}

Result<Meta> decode_meta(std::string_view b) {
  const std::size_t n = std::min(b.size(), sizeof format::kMetaMagic);
  if (n == 0 || std::memcmp(b.data(), format::kMetaMagic, n) != 0)
    return std::unexpected(Error(ErrorCode::MagicMismatch, "the .meta sidecar does not start with EMDB-META"));
  if (b.size() >= format::kMetaVersionAt + 4) {
    const std::uint32_t version = load_u32(b.data() + format::kMetaVersionAt);
    if (version != format::kMetaVersion) return std::unexpected(Error::version_mismatch(version, format::kMetaVersion));
  }
  if (b.size() != format::kMetaSize)
    return std::unexpected(Error::corrupted(0, "the .meta sidecar is " + std::to_string(b.size()) +
                                                   " bytes long instead of " + std::to_string(format::kMetaSize)));
  if (crc32_ieee(b.data(), format::kMetaCrcAt) != load_u32(b.data() + format::kMetaCrcAt))
    return std::unexpected(Error::corrupted(format::kMetaCrcAt, "the .meta sidecar fails its checksum"));
  Meta m;
  m.flags = load_u32(b.data() + format::kMetaFlagsAt);
  m.created_at_ms = load_u64(b.data() + format::kMetaCreatedAt);
  std::memcpy(m.salt.data(), b.data() + format::kMetaSaltAt, m.salt.size());
  std::memcpy(m.check.data(), b.data() + format::kMetaCheckAt, m.check.size());
  return m;
}

}  // namespace emdb::detail
