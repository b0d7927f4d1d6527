// Keyspace::read_value: any part of a value, plain or encrypted (both
// ciphers), equals the same part of get(); a record whose ciphertext was
// changed (its frame checksum fixed up) fails authentication before any of
// it is returned.
#include <fstream>
#include <random>

#include "codec.hpp"
#include "crc.hpp"
#include "engine_test.hpp"

using namespace emdb;

namespace {

RawKey testKey() {
  RawKey k{};
  k.fill(0x5a);
  return k;
}

// `cipher`: a Cipher's value, or -1 for a plain database.
Result<Database> openWith(const std::filesystem::path& p, int cipher) {
  auto b = Database::builder().path(p);
  if (cipher >= 0) b.encryption_key(testKey()).cipher(Cipher(cipher));
  return b.build();
}

std::string bytes(std::size_t n, std::uint32_t seed) {
  std::string s(n, '\0');
  std::mt19937 rng(seed);
  for (char& c : s) c = char(rng() % 256);
  return s;
}

// The data rows of the tests run once per database kind: plain and each cipher.
struct CipherRow {
  const char* name;
  int cipher;
};
const CipherRow kCipherRows[] = {
    {"plain", -1},
    {"aes-256-gcm", int(Cipher::Aes256Gcm)},
    {"chacha20-poly1305", int(Cipher::ChaCha20Poly1305)},
};

void parts_match_the_value(int cipher) {
  emdbtest::TempDir dir;
  const auto p = emdbtest::temp_db(dir);
  auto db = MUST(openWith(p, cipher));
  auto ns = MUST(db.open_namespace("n"));
  const std::vector<std::size_t> sizes{0, 1, 15, 16, 17, 63, 64, 65, 4096, (1u << 20) + 13};
  for (std::size_t i = 0; i < sizes.size(); ++i)
    MUST(ns.insert(std::string(i * 7 + 1, char('a' + i)), bytes(sizes[i], std::uint32_t(i))));  // keys of many lengths
  MUST(db.insert("gone", "x"));
  MUST(db.insert_with_ttl("expired", "x", Ttl::at(1)));
  std::mt19937 rng(77);
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    const std::string key(i * 7 + 1, char('a' + i));
    const std::string value = *MUST(ns.get(key));
    std::vector<std::pair<std::uint64_t, std::size_t>> asks{{0, 0}, {0, value.size()}, {value.size(), 10}};
    for (int r = 0; r < 40; ++r) {
      const std::uint64_t off = value.empty() ? 0 : rng() % value.size();
      asks.emplace_back(off, std::size_t(rng() % 70000));
    }
    for (const auto& [off, len] : asks) {
      std::string out(len, '\xee');
      const auto part = MUST(ns.read_value(key, off, std::span<char>(out.data(), out.size())));
      ASSERT_TRUE(part);
      ASSERT_EQ(part->size, std::uint64_t(value.size()));
      const std::size_t want = std::min<std::uint64_t>(len, value.size() - off);
      ASSERT_EQ(part->copied, want);
      ASSERT_TRUE(out.substr(0, want) == value.substr(off, want));
    }
    const auto sizeOnly = MUST(ns.read_value(key, 0, {}));  // no buffer: the size alone
    ASSERT_TRUE(sizeOnly && sizeOnly->size == value.size() && sizeOnly->copied == 0);
    char one = 0;
    EMDB_EXPECT_ERROR(ns.read_value(key, value.size() + 1, std::span<char>(&one, 1)), ErrorCode::InvalidArgument);
  }
  char one = 0;
  ASSERT_TRUE(!MUST(db.read_value("absent", 0, std::span<char>(&one, 1))));
  ASSERT_TRUE(!MUST(db.read_value("expired", 0, std::span<char>(&one, 1))));
  MUST(db.remove("gone"));
  ASSERT_TRUE(!MUST(db.read_value("gone", 0, std::span<char>(&one, 1))));
}

void info_tells_size_and_expiry(int cipher) {
  emdbtest::TempDir dir;
  const auto p = emdbtest::temp_db(dir);
  const std::vector<std::size_t> sizes{0, 1, 15, 16, 17, 4096, (1u << 20) + 13};
  const std::uint64_t later = emdbtest::now_ms() + 3'600'000;
  auto check = [&](Database& db) {
    auto ns = MUST(db.open_namespace("n"));
    for (std::size_t i = 0; i < sizes.size(); ++i) {
      const std::string key(i * 5 + 1, char('a' + i));
      const auto info = MUST(ns.info(key));
      ASSERT_TRUE(info);
      ASSERT_EQ(info->size, std::uint64_t(MUST(ns.get(key))->size()));
      ASSERT_EQ(info->expires_at, MUST(ns.expires_at(key)).value_or(0));
    }
    ASSERT_TRUE(!MUST(ns.info("absent")));
    ASSERT_TRUE(!MUST(db.info("expired")));
    ASSERT_TRUE(!MUST(db.info("gone")));
    ASSERT_EQ(MUST(db.info("kept"))->size, std::uint64_t(3));
  };
  {
    auto db = MUST(openWith(p, cipher));
    auto ns = MUST(db.open_namespace("n"));
    for (std::size_t i = 0; i < sizes.size(); ++i) {
      const std::string key(i * 5 + 1, char('a' + i));
      if (i % 2)
        MUST(ns.insert_with_ttl(key, bytes(sizes[i], std::uint32_t(i)), Ttl::at(later + i)));
      else
        MUST(ns.insert(key, bytes(sizes[i], std::uint32_t(i))));
    }
    MUST(db.insert("gone", "x"));
    MUST(db.remove("gone"));
    MUST(db.insert("kept", "abc"));
    MUST(db.insert_with_ttl("expired", "x", Ttl::at(1)));
    check(db);
  }
  auto db = MUST(openWith(p, cipher));
  check(db);
}

}  // namespace

TEST(ValueParts, parts_match_the_value) {
  emdbtest::EncryptedRows rows;
  for (const auto& row : kCipherRows) {
    if (rows.skip(row.name, row.cipher >= 0)) continue;
    SCOPED_TRACE(row.name);
    parts_match_the_value(row.cipher);
  }
}

// info() tells the size get() returns and the expiry expires_at() does,
// across reopens (the index then comes from replay or a checkpoint), and
// nothing for absent, expired and removed keys.
TEST(ValueParts, info_tells_size_and_expiry) {
  emdbtest::EncryptedRows rows;
  for (const auto& row : kCipherRows) {
    if (rows.skip(row.name, row.cipher >= 0)) continue;
    SCOPED_TRACE(row.name);
    info_tells_size_and_expiry(row.cipher);
  }
}

// Ciphertext changed under an open database, with the frame's CRC fixed
// up: only the AEAD tag can tell, and read_value says Corrupted instead
// of returning bytes.
TEST(ValueParts, tampered_ciphertext_is_refused) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  const auto p = emdbtest::temp_db(dir);
  auto db = MUST(openWith(p, int(Cipher::Aes256Gcm)));
  MUST(db.insert("k", bytes(200000, 5)));
  MUST(db.flush());
  std::string file = emdbtest::read_file(p);
  std::uint64_t at = 0, last = 0;  // the last frame is the record
  while (at + format::kFrameOverhead <= file.size() && detail::load_u32(file.data() + at + 4) > 0) {
    last = at;
    at += format::kFrameOverhead + detail::load_u32(file.data() + at + 4);
  }
  const std::uint32_t len = detail::load_u32(file.data() + last + 4);
  const std::uint64_t flip = last + format::kFrameHeaderSize + len / 2;
  file[flip] ^= 0x01;
  const std::uint32_t crc = detail::crc32c(0, file.data() + last, format::kFrameHeaderSize + len);
  const std::uint64_t trailer = last + format::kFrameHeaderSize + len;
  detail::store_u32(file.data() + trailer, crc);
  {
    std::fstream f(p, std::ios::in | std::ios::out | std::ios::binary);  // in place: the mapping sees it
    f.seekp(std::streamoff(flip));
    f.write(file.data() + flip, 1);
    f.seekp(std::streamoff(trailer));
    f.write(file.data() + trailer, 4);
    ASSERT_TRUE(f.good());
  }
  std::string out(16, '\0');
  EMDB_EXPECT_ERROR(db.read_value("k", 0, std::span<char>(out.data(), out.size())), ErrorCode::Corrupted);
  EMDB_EXPECT_ERROR(db.get("k"), ErrorCode::Corrupted);  // as a whole read says
}
