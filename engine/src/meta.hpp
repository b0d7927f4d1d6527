// The `P.meta` sidecar: format version, encryption flags, salt, key check.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "emdb/error.hpp"
#include "format.hpp"

namespace emdb::detail {

struct Meta {
  std::uint32_t flags = 0;
  std::uint64_t created_at_ms = 0;
  std::array<std::uint8_t, format::kMetaSaltSize> salt{};
  std::array<std::uint8_t, format::kMetaCheckSize> check{};

  bool encrypted() const noexcept { return flags & format::kMetaFlagEncrypted; }
  bool chacha() const noexcept { return flags & format::kMetaFlagChaCha; }
};

// The 112 bytes of `m`, CRC included.
std::string encode_meta(const Meta& m);
// Validates and decodes `P.meta`: MagicMismatch, VersionMismatch or Corrupted.
Result<Meta> decode_meta(std::string_view bytes);

}  // namespace emdb::detail
