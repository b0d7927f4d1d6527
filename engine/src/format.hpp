// The emdb v0.9 on-disk format: every constant in one place.
// docs/FORMAT.md draws these bytes; keep the two in step.
#pragma once

#include <cstddef>
#include <cstdint>

namespace emdb::format {

// ---- Frame: magic u32 BE | len u32 LE | payload[len] | crc32c u32 LE -------
inline constexpr std::uint32_t kFrameMagic = 0x46535901;  // "FSY\x01", stored big-endian
inline constexpr std::size_t kFrameHeaderSize = 8;        // magic + len
inline constexpr std::size_t kFrameTrailerSize = 4;       // crc
inline constexpr std::size_t kFrameOverhead = kFrameHeaderSize + kFrameTrailerSize;
inline constexpr std::uint32_t kMaxPayload = (1u << 28) - 1;
static_assert(kFrameOverhead == 12);

// ---- Payload: tag u8 (bits 0-6 kind, bit 7 encrypted) then the body --------
inline constexpr std::uint8_t kTagEncrypted = 0x80;
inline constexpr std::uint8_t kTagKindMask = 0x7f;
enum class Kind : std::uint8_t { Insert = 0, Remove = 1, NamespaceName = 2 };

// Insert:        ns u32 | key_len u32 | key | val_len u32 | value | expires_at u64
// Remove:        ns u32 | key_len u32 | key
// NamespaceName: ns u32 | name_len u32 | name
inline constexpr std::size_t kInsertFixed = 4 + 4 + 4 + 8;
inline constexpr std::size_t kRemoveFixed = 4 + 4;
inline constexpr std::size_t kNameFixed = 4 + 4;

// Encrypted payload: tag|0x80 | nonce[12] | ciphertext(body) | aead tag[16]
inline constexpr std::size_t kNonceSize = 12;
inline constexpr std::size_t kAeadTagSize = 16;

inline constexpr std::uint32_t kDefaultNamespace = 0;

// ---- Batch markers (docs/FORMAT.md, "Crash-atomic batches") -----------------
// Remove records in the default namespace whose key starts with these 16
// bytes. emdb 0.9.7 applies them as removals of keys that do not exist: it
// shows nothing, and its namespace allocator does not move (id 0).
inline constexpr char kMarkerMagic[16] = {'\xff', '\0', 'e', 'm', 'd', 'b', '-', 'b',
                                          'a',    't',  'c', 'h', '-', 'v', '1', '\0'};
inline constexpr std::size_t kMarkerMagicSize = sizeof kMarkerMagic;
// Begin: magic | 'B' | batch id u64 | count u32 | CRC-32C of each record frame u32[count]
inline constexpr char kMarkerBegin = 'B';
inline constexpr std::size_t kMarkerBeginFixed = kMarkerMagicSize + 1 + 8 + 4;
// Drop (a record of its batch): magic | 'D' | namespace id u32
inline constexpr char kMarkerDrop = 'D';
inline constexpr std::size_t kMarkerDropSize = kMarkerMagicSize + 1 + 4;
// The most records one batch holds: its begin marker must fit in a payload.
inline constexpr std::uint32_t kMaxBatchRecords = (kMaxPayload - 64 - kMarkerBeginFixed) / 4;

// Markers of files written by earlier versions of this engine: Inserts in
// namespace 0xFFFFFFFF ("txn-begin" txid u64 | count u32, "txn-end" txid u64,
// "drop" ns u32). Still read, never written: emdb 0.9.7 counts the id in its
// namespace allocator and gives its next namespace id 0.
inline constexpr std::uint32_t kLegacyMarkerNamespace = 0xffffffffu;

// ---- P.meta: 112 bytes -------------------------------------------------------
inline constexpr std::size_t kMetaSize = 112;
inline constexpr char kMetaMagic[16] = {'E', 'M', 'D', 'B', '-', 'M', 'E', 'T', 'A', 0, 0, 0, 0, 0, 0, 0};
inline constexpr std::uint32_t kMetaVersion = 1;
inline constexpr std::size_t kMetaVersionAt = 16;
inline constexpr std::size_t kMetaFlagsAt = 20;
inline constexpr std::size_t kMetaCreatedAt = 24;
inline constexpr std::size_t kMetaSaltAt = 32;
inline constexpr std::size_t kMetaSaltSize = 16;
inline constexpr std::size_t kMetaCheckAt = 48;
inline constexpr std::size_t kMetaCheckSize = kNonceSize + 32 + kAeadTagSize;
inline constexpr std::size_t kMetaCrcAt = 108;
static_assert(kMetaCheckAt + kMetaCheckSize == kMetaCrcAt);
static_assert(kMetaCrcAt + 4 == kMetaSize);
inline constexpr std::uint32_t kMetaFlagEncrypted = 1u << 0;
inline constexpr std::uint32_t kMetaFlagChaCha = 1u << 1;
// The plaintext of the key check block: "EMDB-ENCRYPT-OK" and 17 NUL bytes.
inline constexpr char kKeyCheckText[32] = {'E', 'M', 'D', 'B', '-', 'E', 'N', 'C', 'R', 'Y', 'P', 'T', '-', 'O', 'K'};

// ---- Argon2id parameters of passphrase keys --------------------------------
inline constexpr std::uint32_t kArgonMemoryKiB = 19456;
inline constexpr std::uint32_t kArgonIterations = 2;
inline constexpr std::uint32_t kArgonLanes = 1;

// ---- P.lock-meta -------------------------------------------------------------
inline constexpr const char* kLockMetaHeader = "emdb-lock v1";
inline constexpr std::uint32_t kLockSchemaVersion = 1;
// What this engine writes as crate_version: the emdb release whose format it speaks.
inline constexpr const char* kCrateVersion = "0.9.7";

}  // namespace emdb::format
