#include "crypto.hpp"

#include <algorithm>
#include <cstring>

namespace emdb::detail {

Error no_encryption_error() {
  return Error(ErrorCode::EncryptionError,
               "this build of emdb has no encryption (built with EMDB_ENCRYPTION=OFF): it cannot open or create "
               "encrypted databases");
}

Result<SecretKey> key_for(const EncryptionInput& in, const Meta& meta) {
  if (const RawKey* k = in.key()) return SecretKey(*k);
  return derive_key(*in.passphrase_text(), meta.salt);
}

Result<void> append_record(std::string& out, const Record& r, const Aead* aead) {
  if (!aead) {
    append_plain_frame(out, r);
    return {};
  }
  std::string body;
  encode_body(body, r);
  std::string payload(1, static_cast<char>(static_cast<std::uint8_t>(r.kind) | format::kTagEncrypted));
  auto sealed = aead->seal(body, payload);
  wipe(body.data(), body.size());
  if (!sealed) return sealed;
  append_frame(out, payload);
  return {};
}

Cipher cipher_of(const Meta& meta) noexcept { return meta.chacha() ? Cipher::ChaCha20Poly1305 : Cipher::Aes256Gcm; }

Result<SecretKey> init_encrypted_meta(Meta& meta, const EncryptionInput& in, Cipher c) {
  meta.flags = format::kMetaFlagEncrypted | (c == Cipher::ChaCha20Poly1305 ? format::kMetaFlagChaCha : 0u);
  meta.salt = {};
  if (in.is_passphrase()) random_bytes(meta.salt.data(), meta.salt.size());
  auto key = key_for(in, meta);
  if (!key) return key;
  std::string block;
  if (auto s = Aead(c, *key).seal(std::string_view(format::kKeyCheckText, sizeof format::kKeyCheckText), block); !s)
    return std::unexpected(s.error());
  std::memcpy(meta.check.data(), block.data(), meta.check.size());
  return key;
}

Result<void> check_key(const Meta& meta, const SecretKey& key) {
  auto plain = Aead(cipher_of(meta), key)
                   .open(std::string_view(reinterpret_cast<const char*>(meta.check.data()), meta.check.size()));
  if (!plain || plain->size() != sizeof format::kKeyCheckText ||
      std::memcmp(plain->data(), format::kKeyCheckText, plain->size()) != 0)
    return std::unexpected(Error(ErrorCode::EncryptionError, "wrong key or passphrase"));
  return {};
}

}  // namespace emdb::detail
