#include "engineconversions.hpp"

#include <QFile>
#include <algorithm>
#include <cstring>
#include <variant>

namespace browser {

std::filesystem::path toPath(const QString& path) {
  return std::filesystem::path(QFile::encodeName(path).toStdString());
}

emdb::EncryptionInput encryptionInput(const Secret& secret) {
  if (const auto* p = std::get_if<Passphrase>(&secret)) return emdb::EncryptionInput::passphrase(p->text.toStdString());
  emdb::RawKey key{};
  const QByteArray& k = std::get<RawKey>(secret).bytes;
  std::memcpy(key.data(), k.constData(), std::min<std::size_t>(key.size(), std::size_t(k.size())));
  return emdb::EncryptionInput::raw_key(key);
}

emdb::Builder withSecret(emdb::Builder builder, const std::optional<Secret>& secret) {
  if (!secret) return builder;
  const auto input = encryptionInput(*secret);
  if (input.is_passphrase())
    builder.encryption_passphrase(*input.passphrase_text());
  else
    builder.encryption_key(*input.key());
  return builder;
}

emdb::Cipher toEngine(Cipher cipher) {
  return cipher == Cipher::ChaCha20Poly1305 ? emdb::Cipher::ChaCha20Poly1305 : emdb::Cipher::Aes256Gcm;
}

Cipher fromEngine(emdb::Cipher cipher) {
  return cipher == emdb::Cipher::ChaCha20Poly1305 ? Cipher::ChaCha20Poly1305 : Cipher::Aes256Gcm;
}

QString errorText(const emdb::Error& error) { return QString::fromStdString(error.message()); }

}  // namespace browser
