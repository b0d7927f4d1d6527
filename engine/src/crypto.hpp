// Encryption at rest: AES-256-GCM or ChaCha20-Poly1305 through OpenSSL's EVP,
// keys from raw bytes or from passphrases through Argon2id (libargon2);
// crypto_openssl.cpp, or crypto_none.cpp in a build without encryption.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "codec.hpp"
#include "emdb/error.hpp"
#include "emdb/types.hpp"
#include "format.hpp"
#include "meta.hpp"

namespace emdb::detail {

// Whether this build has encryption (EMDB_ENCRYPTION). Without it every
// call below that needs a cipher or Argon2id fails with an EncryptionError
// that says so, and encrypted databases are refused.
bool encryption_built() noexcept;
// The error every such call gives in a build without encryption.
Error no_encryption_error();

// Overwrites n bytes at p with zeros in a way the compiler cannot drop.
void wipe(void* p, std::size_t n) noexcept;

// A 32-byte key that wipes itself when it goes.
class SecretKey {
 public:
  SecretKey() = default;
  explicit SecretKey(const RawKey& k) : bytes_(k) {}
  SecretKey(const SecretKey&) = default;
  SecretKey& operator=(const SecretKey&) = default;
  ~SecretKey();
  const std::uint8_t* data() const noexcept { return bytes_.data(); }
  std::uint8_t* data() noexcept { return bytes_.data(); }

 private:
  RawKey bytes_{};
};

// Argon2id with emdb's parameters (19456 KiB, 2 passes, 1 lane) over `salt`.
Result<SecretKey> derive_key(std::string_view passphrase, const std::array<std::uint8_t, 16>& salt);

// The key an EncryptionInput stands for, given the salt of `P.meta`.
Result<SecretKey> key_for(const EncryptionInput& in, const Meta& meta);

void random_bytes(std::uint8_t* out, std::size_t n);

// Seals and opens record payloads and the key check block with one key.
// Thread-safe: every call uses its own OpenSSL context.
class Aead {
 public:
  Aead(Cipher c, const SecretKey& key) : cipher_(c), key_(key) {}
  Cipher cipher() const noexcept { return cipher_; }

  // Appends nonce[12] | ciphertext | tag[16] of `plain`, with a fresh random nonce.
  Result<void> seal(std::string_view plain, std::string& out) const;
  // Opens nonce | ciphertext | tag; EncryptionError if authentication fails.
  Result<std::string> open(std::string_view sealed) const;
  // Opens nonce | ciphertext | tag in place: the plaintext overwrites the
  // ciphertext and is returned as a view into `sealed`. EncryptionError if
  // authentication fails (what was decrypted is wiped).
  Result<std::string_view> open_in_place(std::span<char> sealed) const;

  // Checks the tag of nonce | ciphertext | tag, decrypting a piece at a
  // time into scratch space: no copy of the plaintext is kept.
  // EncryptionError if authentication fails.
  Result<void> authenticate(std::string_view sealed) const;
  // The plaintext bytes [offset, offset + out.size()) of nonce | ciphertext |
  // tag, decrypted alone (the ciphers are counter modes) and NOT
  // authenticated: only for payloads authenticate() accepted.
  Result<void> decrypt_range(std::string_view sealed, std::uint64_t offset, std::span<char> out) const;

  // Seals one payload given in pieces, under `nonce`: the ciphertext of the
  // pieces in order, then the tag, the same bytes as seal() would give the
  // whole plaintext with that nonce. One Sealer per payload, one thread.
  class Sealer {
   public:
    Sealer(Sealer&&) noexcept;
    Sealer& operator=(Sealer&&) noexcept;
    ~Sealer();
    // Appends the ciphertext of `plain` to `out`.
    Result<void> update(std::string_view plain, std::string& out);
    // Appends the tag; no update() after it.
    Result<void> finish(std::string& out);

   private:
    friend class Aead;
    struct State;
    explicit Sealer(std::unique_ptr<State> s);
    std::unique_ptr<State> state_;
  };
  Result<Sealer> sealer(const std::array<std::uint8_t, format::kNonceSize>& nonce) const;

 private:
  // Decrypts nonce | ciphertext | tag and checks the tag. `piece` >= the
  // ciphertext's size: the plaintext goes to `out` whole; smaller: each
  // piece of that size goes over the same first bytes of `out`.
  Result<void> decrypt_checked(std::string_view sealed, unsigned char* out, std::size_t piece) const;

  Cipher cipher_;
  SecretKey key_;
};

// Appends the frame of `r`: plain, or sealed with `aead` when given.
Result<void> append_record(std::string& out, const Record& r, const Aead* aead);

// Fills the flags, salt (passphrase mode) and key check block of a new `.meta`.
Result<SecretKey> init_encrypted_meta(Meta& meta, const EncryptionInput& in, Cipher c);
// Checks a key against the meta's check block; EncryptionError if it is wrong.
Result<void> check_key(const Meta& meta, const SecretKey& key);
Cipher cipher_of(const Meta& meta) noexcept;

}  // namespace emdb::detail
