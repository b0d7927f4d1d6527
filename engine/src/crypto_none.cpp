// A build without encryption (EMDB_ENCRYPTION=OFF, where OpenSSL and libargon2
// are not available): every call that needs a cipher or Argon2id fails with
// no_encryption_error(). The engine refuses encrypted databases before it
// gets here (Engine::setup_encryption, the encryption changes), so an Aead
// is never made; its calls still answer with the same error.
#include <random>

#include "crypto.hpp"

namespace emdb::detail {

void wipe(void* p, std::size_t n) noexcept {
  volatile unsigned char* b = static_cast<volatile unsigned char*>(p);
  while (n--) *b++ = 0;
}

bool encryption_built() noexcept { return false; }

SecretKey::~SecretKey() { wipe(bytes_.data(), bytes_.size()); }

Result<SecretKey> derive_key(std::string_view, const std::array<std::uint8_t, 16>&) {
  return std::unexpected(no_encryption_error());
}

void random_bytes(std::uint8_t* out, std::size_t n) {
  std::random_device rd;  // the system's generator; nothing here seals with it
  for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<std::uint8_t>(rd());
}

Result<void> Aead::seal(std::string_view, std::string&) const { return std::unexpected(no_encryption_error()); }
Result<std::string> Aead::open(std::string_view) const { return std::unexpected(no_encryption_error()); }
Result<std::string_view> Aead::open_in_place(std::span<char>) const { return std::unexpected(no_encryption_error()); }
Result<void> Aead::authenticate(std::string_view) const { return std::unexpected(no_encryption_error()); }
Result<void> Aead::decrypt_range(std::string_view, std::uint64_t, std::span<char>) const {
  return std::unexpected(no_encryption_error());
}
Result<void> Aead::decrypt_checked(std::string_view, unsigned char*, std::size_t) const {
  return std::unexpected(no_encryption_error());
}

struct Aead::Sealer::State {};
Aead::Sealer::Sealer(std::unique_ptr<State> s) : state_(std::move(s)) {}
Aead::Sealer::Sealer(Sealer&&) noexcept = default;
Aead::Sealer& Aead::Sealer::operator=(Sealer&&) noexcept = default;
Aead::Sealer::~Sealer() = default;
Result<Aead::Sealer> Aead::sealer(const std::array<std::uint8_t, format::kNonceSize>&) const {
  return std::unexpected(no_encryption_error());
}
Result<void> Aead::Sealer::update(std::string_view, std::string&) { return std::unexpected(no_encryption_error()); }
Result<void> Aead::Sealer::finish(std::string&) { return std::unexpected(no_encryption_error()); }

}  // namespace emdb::detail
