#include "streamed_frame.hpp"


#include <algorithm>
#include <span>

#include "crc.hpp"

namespace emdb::detail {

StreamedFrame::StreamedFrame(std::uint32_t ns, std::string key, std::uint64_t expires_at, std::uint64_t size,
                             std::shared_ptr<const ValueSource> source, const Aead* aead)
    : ns_(ns), key_(std::move(key)), expires_at_(expires_at), size_(size), source_(std::move(source)), aead_(aead) {
  if (aead_) random_bytes(nonce_.data(), nonce_.size());
}

std::uint64_t StreamedFrame::payload_bytes() const noexcept {
  const std::uint64_t body = format::kInsertFixed + key_.size() + size_;
  return 1 + body + (aead_ ? format::kNonceSize + format::kAeadTagSize : 0);
}

Result<std::uint32_t> StreamedFrame::stream(const Sink& sink) const {
  std::uint32_t crc = 0;
  std::string out;  // bytes ready for the sink
  auto pass = [&](std::string& bytes) -> Result<void> {
    crc = crc32c(crc, bytes.data(), bytes.size());
    auto r = sink(bytes);
    if (aead_) wipe(bytes.data(), bytes.size());
    bytes.clear();
    return r;
  };

  std::optional<Aead::Sealer> sealer;
  if (aead_) {
    auto s = aead_->sealer(nonce_);
    if (!s) return std::unexpected(s.error());
    sealer.emplace(std::move(*s));
  }
  // Plaintext goes out as it is, or through the sealer.
  auto body = [&](std::string_view plain) -> Result<void> {
    if (!sealer) {
      out.append(plain);
      return {};
    }
    return sealer->update(plain, out);
  };

  const char magic[4] = {char(format::kFrameMagic >> 24), char(format::kFrameMagic >> 16),
                         char(format::kFrameMagic >> 8), char(format::kFrameMagic)};
  out.append(magic, 4);
  put_u32(out, static_cast<std::uint32_t>(payload_bytes()));
  out.push_back(static_cast<char>(static_cast<std::uint8_t>(format::Kind::Insert) | (aead_ ? format::kTagEncrypted : 0)));
  if (aead_) out.append(reinterpret_cast<const char*>(nonce_.data()), nonce_.size());
  std::string head;
  put_u32(head, ns_);
  put_u32(head, static_cast<std::uint32_t>(key_.size()));
  head += key_;
  put_u32(head, static_cast<std::uint32_t>(size_));
  if (auto b = body(head); !b) return std::unexpected(b.error());
  if (aead_) wipe(head.data(), head.size());

  std::string piece(static_cast<std::size_t>(std::min<std::uint64_t>(size_, kPiece)), '\0');
  for (std::uint64_t at = 0; at < size_;) {
    if (out.size() >= kPiece)
      if (auto p = pass(out); !p) return std::unexpected(p.error());
    const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(size_ - at, kPiece - out.size()));
    std::span<char> into(piece.data(), n);
    if (auto r = (*source_)(at, into); !r) return std::unexpected(r.error());
    auto b = body(std::string_view(piece.data(), n));
    if (aead_) wipe(piece.data(), n);
    if (!b) return std::unexpected(b.error());
    at += n;
  }
  std::string tail;
  put_u64(tail, expires_at_);
  if (auto b = body(tail); !b) return std::unexpected(b.error());
  if (sealer)
    if (auto f = sealer->finish(out); !f) return std::unexpected(f.error());
  if (auto p = pass(out); !p) return std::unexpected(p.error());
  std::string trailer;
  put_u32(trailer, crc);
  if (auto s = sink(trailer); !s) return std::unexpected(s.error());
  return crc;
}

}  // namespace emdb::detail
