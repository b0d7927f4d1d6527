// The frame of an Insert whose value is read from a ValueSource in pieces
// (WriteBatch::insert_from): the same bytes append_record() would give the
// whole record, without the value ever being held in memory.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "codec.hpp"
#include "crypto.hpp"
#include "emdb/error.hpp"
#include "emdb/write_batch.hpp"
#include "format.hpp"

namespace emdb::detail {

class StreamedFrame {
 public:
  // Receives the frame's bytes front to back.
  using Sink = std::function<Result<void>(std::string_view)>;
  static constexpr std::size_t kPiece = std::size_t(1) << 20;

  // The Insert of `key` into namespace `ns`, expiring at `expires_at`, whose
  // value is `size` bytes of `source`; sealed with `aead` when given, under
  // one nonce chosen here, so that every stream() gives the same bytes while
  // the source does. `aead` must outlive the frame.
  StreamedFrame(std::uint32_t ns, std::string key, std::uint64_t expires_at, std::uint64_t size,
                std::shared_ptr<const ValueSource> source, const Aead* aead);

  // The payload's size (what the frame's length field holds) and the frame's.
  std::uint64_t payload_bytes() const noexcept;
  std::uint64_t frame_bytes() const noexcept { return payload_bytes() + format::kFrameOverhead; }

  // Passes the whole frame to `sink` in pieces of at most kPiece bytes and
  // returns the CRC-32C its trailer holds. Stops at the first error of the
  // source, the cipher or the sink. The caller checks the payload fits the
  // format before calling.
  Result<std::uint32_t> stream(const Sink& sink) const;

 private:
  std::uint32_t ns_;
  std::string key_;
  std::uint64_t expires_at_;
  std::uint64_t size_;
  std::shared_ptr<const ValueSource> source_;
  const Aead* aead_;
  std::array<std::uint8_t, format::kNonceSize> nonce_{};
};

}  // namespace emdb::detail
