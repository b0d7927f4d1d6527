// Encryption through OpenSSL (AES-256-GCM, ChaCha20-Poly1305, randomness) and
// libargon2 (Argon2id): what a build with EMDB_ENCRYPTION=ON links.
#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cstring>

#include "crypto.hpp"

namespace emdb::detail {
namespace {

Error crypto_error(const char* what) { return Error(ErrorCode::EncryptionError, what); }

const EVP_CIPHER* evp(Cipher c) { return c == Cipher::Aes256Gcm ? EVP_aes_256_gcm() : EVP_chacha20_poly1305(); }

struct CtxFree {
  void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using Ctx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

}  // namespace

void wipe(void* p, std::size_t n) noexcept { OPENSSL_cleanse(p, n); }

bool encryption_built() noexcept { return true; }

SecretKey::~SecretKey() { wipe(bytes_.data(), bytes_.size()); }

Result<SecretKey> derive_key(std::string_view passphrase, const std::array<std::uint8_t, 16>& salt) {
  SecretKey key;
  const int rc = argon2id_hash_raw(format::kArgonIterations, format::kArgonMemoryKiB, format::kArgonLanes,
                                   passphrase.data(), passphrase.size(), salt.data(), salt.size(), key.data(), 32);
  if (rc != ARGON2_OK) return std::unexpected(Error(ErrorCode::EncryptionError, argon2_error_message(rc)));
  return key;
}

void random_bytes(std::uint8_t* out, std::size_t n) {
  if (RAND_bytes(out, static_cast<int>(n)) != 1) std::abort();  // no randomness: never write a reused nonce
}

Result<void> Aead::seal(std::string_view plain, std::string& out) const {
  std::uint8_t nonce[format::kNonceSize];
  random_bytes(nonce, sizeof nonce);
  Ctx ctx(EVP_CIPHER_CTX_new());
  if (!ctx || EVP_EncryptInit_ex(ctx.get(), evp(cipher_), nullptr, nullptr, nullptr) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_IVLEN, format::kNonceSize, nullptr) != 1 ||
      EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key_.data(), nonce) != 1)
    return std::unexpected(crypto_error("cannot set up the cipher"));
  const std::size_t start = out.size();
  out.append(reinterpret_cast<const char*>(nonce), sizeof nonce);
  out.resize(start + sizeof nonce + plain.size() + format::kAeadTagSize);
  auto* ct = reinterpret_cast<unsigned char*>(out.data() + start + sizeof nonce);
  int n = 0, fin = 0;
  if (EVP_EncryptUpdate(ctx.get(), ct, &n, reinterpret_cast<const unsigned char*>(plain.data()),
                        static_cast<int>(plain.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx.get(), ct + n, &fin) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, format::kAeadTagSize, ct + plain.size()) != 1) {
    out.resize(start);
    return std::unexpected(crypto_error("encryption failed"));
  }
  return {};
}

Result<void> Aead::decrypt_checked(std::string_view sealed, unsigned char* out, std::size_t piece) const {
  if (sealed.size() < format::kNonceSize + format::kAeadTagSize)
    return std::unexpected(crypto_error("an encrypted record is too short"));
  const auto* in = reinterpret_cast<const unsigned char*>(sealed.data());
  const std::size_t ct_len = sealed.size() - format::kNonceSize - format::kAeadTagSize;
  Ctx ctx(EVP_CIPHER_CTX_new());
  if (!ctx || EVP_DecryptInit_ex(ctx.get(), evp(cipher_), nullptr, nullptr, nullptr) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_IVLEN, format::kNonceSize, nullptr) != 1 ||
      EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key_.data(), in) != 1)
    return std::unexpected(crypto_error("cannot set up the cipher"));
  bool ok = true;
  // Whole: in steps an int can count (EVP's lengths are ints).
  const bool whole = piece >= ct_len;
  const std::size_t step = whole ? std::size_t(1) << 30 : piece;
  for (std::size_t at = 0; ok && at < ct_len; at += step) {
    int n = 0;
    ok = EVP_DecryptUpdate(ctx.get(), out + (whole ? at : 0), &n, in + format::kNonceSize + at,
                           static_cast<int>(std::min(step, ct_len - at))) == 1;
  }
  std::uint8_t tag[format::kAeadTagSize];
  std::memcpy(tag, in + format::kNonceSize + ct_len, sizeof tag);
  unsigned char rest[64];
  int fin = 0;
  if (!ok || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, sizeof tag, tag) != 1 ||
      EVP_DecryptFinal_ex(ctx.get(), rest, &fin) != 1)
    return std::unexpected(crypto_error("authentication failed: wrong key, or the data was altered"));
  return {};
}

Result<std::string> Aead::open(std::string_view sealed) const {
  const std::size_t ct_len =
      sealed.size() >= format::kNonceSize + format::kAeadTagSize ? sealed.size() - format::kNonceSize - format::kAeadTagSize : 0;
  std::string plain(ct_len, '\0');
  auto r = decrypt_checked(sealed, reinterpret_cast<unsigned char*>(plain.data()), std::max<std::size_t>(ct_len, 1));
  if (!r) {
    OPENSSL_cleanse(plain.data(), plain.size());
    return std::unexpected(r.error());
  }
  return plain;
}

Result<std::string_view> Aead::open_in_place(std::span<char> sealed) const {
  const std::size_t ct_len =
      sealed.size() >= format::kNonceSize + format::kAeadTagSize ? sealed.size() - format::kNonceSize - format::kAeadTagSize : 0;
  auto* text = reinterpret_cast<unsigned char*>(sealed.data() + std::min(sealed.size(), format::kNonceSize));
  // EVP decrypts in place when its output is its input.
  auto r = decrypt_checked(std::string_view(sealed.data(), sealed.size()), text, std::max<std::size_t>(ct_len, 1));
  if (!r) {
    OPENSSL_cleanse(text, ct_len);
    return std::unexpected(r.error());
  }
  return std::string_view(reinterpret_cast<const char*>(text), ct_len);
}

Result<void> Aead::authenticate(std::string_view sealed) const {
  constexpr std::size_t kPiece = 64 * 1024;
  std::unique_ptr<unsigned char[]> scratch(new unsigned char[kPiece]);
  auto r = decrypt_checked(sealed, scratch.get(), kPiece);
  OPENSSL_cleanse(scratch.get(), kPiece);
  return r;
}

Result<void> Aead::decrypt_range(std::string_view sealed, std::uint64_t offset, std::span<char> out) const {
  if (sealed.size() < format::kNonceSize + format::kAeadTagSize)
    return std::unexpected(crypto_error("an encrypted record is too short"));
  const std::size_t ct_len = sealed.size() - format::kNonceSize - format::kAeadTagSize;
  if (offset > ct_len || out.size() > ct_len - offset || out.size() > (1u << 30))
    return std::unexpected(crypto_error("a read past the end of an encrypted record"));
  // Both AEADs encrypt with a counter-mode keystream: AES-256-GCM's counter
  // block for plaintext block i is nonce | be32(2 + i) (a 96-bit nonce), and
  // ChaCha20-Poly1305's block counter starts at 1 (RFC 8439). Start at the
  // block holding `offset` and skip into it.
  const std::size_t block = cipher_ == Cipher::Aes256Gcm ? 16 : 64;
  const std::uint64_t first = offset / block;
  unsigned char iv[16];
  if (cipher_ == Cipher::Aes256Gcm) {
    std::memcpy(iv, sealed.data(), format::kNonceSize);
    const auto counter = static_cast<std::uint32_t>(2 + first);
    iv[12] = static_cast<unsigned char>(counter >> 24);
    iv[13] = static_cast<unsigned char>(counter >> 16);
    iv[14] = static_cast<unsigned char>(counter >> 8);
    iv[15] = static_cast<unsigned char>(counter);
  } else {
    const auto counter = static_cast<std::uint32_t>(1 + first);
    iv[0] = static_cast<unsigned char>(counter);
    iv[1] = static_cast<unsigned char>(counter >> 8);
    iv[2] = static_cast<unsigned char>(counter >> 16);
    iv[3] = static_cast<unsigned char>(counter >> 24);
    std::memcpy(iv + 4, sealed.data(), format::kNonceSize);
  }
  Ctx ctx(EVP_CIPHER_CTX_new());
  const EVP_CIPHER* stream = cipher_ == Cipher::Aes256Gcm ? EVP_aes_256_ctr() : EVP_chacha20();
  if (!ctx || EVP_DecryptInit_ex(ctx.get(), stream, nullptr, key_.data(), iv) != 1)
    return std::unexpected(crypto_error("cannot set up the cipher"));
  const auto* ct = reinterpret_cast<const unsigned char*>(sealed.data()) + format::kNonceSize;
  unsigned char skip[64];
  int n = 0;
  const std::size_t lead = offset - first * block;  // bytes of the first block before `offset`
  if ((lead && EVP_DecryptUpdate(ctx.get(), skip, &n, ct + first * block, static_cast<int>(lead)) != 1) ||
      EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &n, ct + offset,
                        static_cast<int>(out.size())) != 1)
    return std::unexpected(crypto_error("decryption failed"));
  OPENSSL_cleanse(skip, sizeof skip);
  return {};
}

struct Aead::Sealer::State {
  Ctx ctx;
};

Aead::Sealer::Sealer(std::unique_ptr<State> s) : state_(std::move(s)) {}
Aead::Sealer::Sealer(Sealer&&) noexcept = default;
Aead::Sealer& Aead::Sealer::operator=(Sealer&&) noexcept = default;
Aead::Sealer::~Sealer() = default;

Result<Aead::Sealer> Aead::sealer(const std::array<std::uint8_t, format::kNonceSize>& nonce) const {
  auto state = std::make_unique<Sealer::State>(Ctx(EVP_CIPHER_CTX_new()));
  EVP_CIPHER_CTX* ctx = state->ctx.get();
  if (!ctx || EVP_EncryptInit_ex(ctx, evp(cipher_), nullptr, nullptr, nullptr) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, format::kNonceSize, nullptr) != 1 ||
      EVP_EncryptInit_ex(ctx, nullptr, nullptr, key_.data(), nonce.data()) != 1)
    return std::unexpected(crypto_error("cannot set up the cipher"));
  return Sealer(std::move(state));
}

Result<void> Aead::Sealer::update(std::string_view plain, std::string& out) {
  const std::size_t start = out.size();
  out.resize(start + plain.size());
  int n = 0;
  if (EVP_EncryptUpdate(state_->ctx.get(), reinterpret_cast<unsigned char*>(out.data() + start), &n,
                        reinterpret_cast<const unsigned char*>(plain.data()), static_cast<int>(plain.size())) != 1 ||
      std::size_t(n) != plain.size()) {
    out.resize(start);
    return std::unexpected(crypto_error("encryption failed"));
  }
  return {};
}

Result<void> Aead::Sealer::finish(std::string& out) {
  unsigned char rest[32];
  unsigned char tag[format::kAeadTagSize];
  int fin = 0;
  if (EVP_EncryptFinal_ex(state_->ctx.get(), rest, &fin) != 1 || fin != 0 ||
      EVP_CIPHER_CTX_ctrl(state_->ctx.get(), EVP_CTRL_AEAD_GET_TAG, sizeof tag, tag) != 1)
    return std::unexpected(crypto_error("encryption failed"));
  out.append(reinterpret_cast<const char*>(tag), sizeof tag);
  return {};
}

}  // namespace emdb::detail
