// Checksums of the format: CRC-32C for frames, CRC-32 (IEEE) for `.meta`.
#pragma once

#include <cstddef>
#include <cstdint>

namespace emdb::detail {

// CRC-32C (Castagnoli), continuing from `crc` (0 to start). Uses the CPU's
// CRC instruction where there is one.
std::uint32_t crc32c(std::uint32_t crc, const void* data, std::size_t n) noexcept;

// CRC-32 with the IEEE/zlib polynomial, as `.meta` uses.
std::uint32_t crc32_ieee(const void* data, std::size_t n) noexcept;

}  // namespace emdb::detail
