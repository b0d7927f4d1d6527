// Conversions between the GUI's values (session.hpp, cipher.hpp, QString
// paths) and the engine's, for ui/core's engine code. Engine-facing: only
// ui/core .cpp files include it. Nothing here touches a database.
#pragma once

#include <QString>
#include <emdb/emdb.hpp>
#include <filesystem>
#include <optional>

#include "cipher.hpp"
#include "session.hpp"

namespace browser {

// The file system path of a path the GUI holds.
std::filesystem::path toPath(const QString& path);
// The engine's form of a passphrase or key (a raw key of the wrong size is
// cut or zero-filled to 32 bytes).
emdb::EncryptionInput encryptionInput(const Secret& secret);
// `builder` with the key or passphrase `secret` gives (unchanged without one).
emdb::Builder withSecret(emdb::Builder builder, const std::optional<Secret>& secret);
emdb::Cipher toEngine(Cipher cipher);
Cipher fromEngine(emdb::Cipher cipher);
// The engine's sentence for an error.
QString errorText(const emdb::Error& error);

}  // namespace browser
