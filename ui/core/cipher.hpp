// The ciphers an encrypted database can use, as the GUI names them.
#pragma once

#include <QString>

namespace browser {

enum class Cipher { Aes256Gcm, ChaCha20Poly1305 };

// "AES-256-GCM" or "ChaCha20-Poly1305".
inline QString cipherName(Cipher cipher) {
  return cipher == Cipher::ChaCha20Poly1305 ? QStringLiteral("ChaCha20-Poly1305") : QStringLiteral("AES-256-GCM");
}

}  // namespace browser
