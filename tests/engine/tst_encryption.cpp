// Encryption at rest: emdb 0.9.7's encrypted fixtures, our own files' layout,
// wrong keys, tampering, and offline enable / disable / rotate (also killed
// part-way).
#include <cstdio>
#include <random>
#include <thread>

#include "child_process.hpp"
#include "codec.hpp"
#include "crc.hpp"
#include "crypto.hpp"
#include "engine_test.hpp"
#include "meta.hpp"

using namespace emdb;
namespace fs = std::filesystem;

namespace {

const std::string kPass = "correct horse battery staple";

RawKey fixture_key() {
  RawKey k;
  for (std::size_t i = 0; i < k.size(); ++i) k[i] = static_cast<std::uint8_t>(i);
  return k;
}

Result<Database> open_key(const fs::path& p, const RawKey& k) {
  return Database::builder().path(p).encryption_key(k).build();
}
Result<Database> open_pass(const fs::path& p, const std::string& s) {
  return Database::builder().path(p).encryption_passphrase(s).build();
}

const std::map<std::string, std::string> kAB = {{"a", "1"}, {"b", "2"}};

std::vector<std::string> keys_of(const std::vector<Entry>& v) {
  std::vector<std::string> out;
  for (const auto& e : v) out.push_back(e.first);
  return out;
}

// A key as hexadecimal digits, and back (for a child's arguments).
std::string to_hex(const RawKey& k) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (const std::uint8_t b : k) {
    out.push_back(digits[b >> 4]);
    out.push_back(digits[b & 15]);
  }
  return out;
}
RawKey from_hex(const std::string& hex) {
  RawKey k{};
  if (hex.size() != 2 * k.size()) throw std::invalid_argument("a key is " + std::to_string(2 * k.size()) + " digits");
  for (std::size_t i = 0; i < k.size(); ++i)
    k[i] = static_cast<std::uint8_t>(std::stoul(hex.substr(2 * i, 2), nullptr, 16));
  return k;
}

}  // namespace

// The child of killed_during_changes (args: the database's path, its state
// 0 plain, 1 under key A, 2 under key B; keys A and B in hexadecimal): goes
// round the cycle plain -> A -> B -> plain ... from that state, for ever.
EMDB_CHILD(key_changer) {
  const fs::path path(args.at(0));
  const RawKey a = from_hex(args.at(2)), b = from_hex(args.at(3));
  for (int s = std::stoi(args.at(1));; s = (s + 1) % 3) {
    Result<void> r;
    if (s == 0)
      r = Database::enable_encryption(path, EncryptionInput::raw_key(a));
    else if (s == 1)
      r = Database::rotate_encryption_key(path, EncryptionInput::raw_key(a), EncryptionInput::raw_key(b));
    else
      r = Database::disable_encryption(path, EncryptionInput::raw_key(b));
    if (!r) return 3;
  }
}

TEST(Encryption, fixtures_open_with_their_keys) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  {
    auto db = MUST(open_pass(emdbtest::copy_fixture(dir, "enc-aes-pass.emdb"), kPass));
    ASSERT_EQ(emdbtest::contents(db), kAB);
    ASSERT_TRUE(MUST(db.stats()).encrypted);
  }
  auto db = MUST(open_key(emdbtest::copy_fixture(dir, "enc-chacha-key.emdb"), fixture_key()));
  ASSERT_EQ(emdbtest::contents(db), kAB);
  ASSERT_TRUE(MUST(db.contains_key("a")));
}

TEST(Encryption, encryption_of_reads_the_meta) {
  emdbtest::TempDir dir;
  ASSERT_EQ(MUST(Database::encryption_of(emdbtest::fixtures_dir() / "enc-aes-pass.emdb")),
            std::optional<Cipher>(Cipher::Aes256Gcm));
  ASSERT_EQ(MUST(Database::encryption_of(emdbtest::fixtures_dir() / "enc-chacha-key.emdb")),
            std::optional<Cipher>(Cipher::ChaCha20Poly1305));
  ASSERT_EQ(MUST(Database::encryption_of(emdbtest::fixtures_dir() / "plain.emdb")), std::optional<Cipher>());
  ASSERT_EQ(MUST(Database::encryption_of(emdbtest::temp_db(dir, "absent.emdb"))), std::optional<Cipher>());
  const auto bad = emdbtest::temp_db(dir, "bad.emdb");
  emdbtest::write_file(std::filesystem::path(bad.string() + ".meta"), std::string(112, 'x'));
  ASSERT_TRUE(!Database::encryption_of(bad));
}

TEST(Encryption, fixtures_refuse_other_keys) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  const auto aes = emdbtest::copy_fixture(dir, "enc-aes-pass.emdb");
  const auto chacha = emdbtest::copy_fixture(dir, "enc-chacha-key.emdb");
  EMDB_EXPECT_ERROR(open_pass(aes, "wrong horse"), ErrorCode::EncryptionError);
  EMDB_EXPECT_ERROR(open_pass(aes, ""), ErrorCode::EncryptionError);
  RawKey other = fixture_key();
  other[31] ^= 1;
  EMDB_EXPECT_ERROR(open_key(chacha, other), ErrorCode::EncryptionError);
  EMDB_EXPECT_ERROR(open_key(aes, fixture_key()), ErrorCode::EncryptionError);
  EMDB_EXPECT_ERROR(Database::open(chacha), ErrorCode::EncryptionError);
  // A plain file with a key: a clear InvalidConfig.
  auto r = open_pass(emdbtest::copy_fixture(dir, "plain.emdb"), kPass);
  ASSERT_TRUE(!r);
  ASSERT_EQ(int(r.error().code()), int(ErrorCode::InvalidConfig));
  ASSERT_TRUE(r.error().message().find("not encrypted") != std::string::npos);
}

// What we write has the fixtures' layout: tag bit, nonce, tag length, .meta
// flags and check block; and emdb's Argon2 parameters give the same key.
TEST(Encryption, our_files_have_the_fixture_layout) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  const auto fixture = emdbtest::copy_fixture(dir, "enc-aes-pass.emdb");
  const auto fmeta = MUST(detail::decode_meta(emdbtest::read_file(fixture.string() + ".meta")));
  for (auto cipher : {Cipher::Aes256Gcm, Cipher::ChaCha20Poly1305}) {
    const auto path = emdbtest::temp_db(dir, cipher == Cipher::Aes256Gcm ? "aes.emdb" : "chacha.emdb");
    {
      auto db = MUST(Database::builder().path(path).encryption_passphrase(kPass).cipher(cipher).build());
      MUST(db.insert("a", "1"));
      MUST(db.insert("b", "2"));
    }
    const auto meta = MUST(detail::decode_meta(emdbtest::read_file(path.string() + ".meta")));
    ASSERT_EQ(meta.flags, cipher == Cipher::Aes256Gcm ? 1u : 3u);
    ASSERT_TRUE(meta.salt != decltype(meta.salt){});
    const std::string ours = emdbtest::read_file(path), theirs = emdbtest::read_file(fixture);
    ASSERT_EQ(ours.size(), theirs.size());  // same records: same frame sizes
    detail::FrameView f;
    ASSERT_EQ(int(detail::check_frame(ours.data(), ours.size(), 0, f)), int(detail::FrameCheck::Valid));
    ASSERT_EQ(int(static_cast<std::uint8_t>(f.payload[0])), 0x80);  // Insert | encrypted
    ASSERT_EQ(f.len, 1u + 12u + 22u + 16u);
    // Every record has its own nonce.
    detail::FrameView g;
    detail::check_frame(ours.data(), ours.size(), f.end(), g);
    ASSERT_TRUE(f.payload.substr(1, 12) != g.payload.substr(1, 12));
    auto reopened = MUST(open_pass(path, kPass));
    ASSERT_EQ(emdbtest::contents(reopened), kAB);
  }
  // The fixture's salt through our Argon2id opens its check block.
  auto key = MUST(detail::derive_key(kPass, fmeta.salt));
  MUST(detail::check_key(fmeta, key));
}

TEST(Encryption, seed_examples) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir, "encrypted.emdb");
  RawKey key{};
  {
    auto db = MUST(Database::builder().path(path).encryption_key(key).build());
    MUST(db.insert("secret", "value"));
  }
  const auto ppath = emdbtest::temp_db(dir, "pass.emdb");
  {
    auto db = MUST(Database::builder().path(ppath).encryption_passphrase("correct horse battery staple").build());
    MUST(db.insert("k", "v"));
  }
  MUST(Database::rotate_encryption_key(ppath, EncryptionInput::passphrase("correct horse battery staple"),
                                       EncryptionInput::passphrase("new passphrase")));
  EMDB_EXPECT_ERROR(open_pass(ppath, "correct horse battery staple"), ErrorCode::EncryptionError);
  auto db = MUST(open_pass(ppath, "new passphrase"));
  ASSERT_EQ(MUST(db.get("k")), std::optional<std::string>("v"));
  // Nothing readable with the old passphrase is left beside it.
  for (const char* s : {".encbak", ".encbak.meta", ".enc.tmp", ".enc.tmp.meta", ".enc.commit"})
    ASSERT_TRUE(!fs::exists(ppath.string() + s)) << s;
  auto k = MUST(open_key(path, key));
  ASSERT_EQ(MUST(k.get("secret")), std::optional<std::string>("value"));
}

TEST(Encryption, enable_disable_rotate_keep_everything) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  const auto path = emdbtest::copy_fixture(dir, "ns.emdb");
  std::map<std::string, std::string> users_before;
  {
    auto db = MUST(Database::open(path));
    users_before = emdbtest::contents(MUST(db.open_namespace("users")));
    MUST(db.insert_with_ttl("ttl", "v", Ttl::at(4102444800000ull)));
  }
  std::vector<std::uint64_t> ticks;
  MUST(Database::enable_encryption(
      path, EncryptionInput::passphrase("p1"),
      [&](std::uint64_t d, std::uint64_t) {
        ticks.push_back(d);
        return true;
      },
      Cipher::ChaCha20Poly1305));
  ASSERT_TRUE(!ticks.empty());
  EMDB_EXPECT_ERROR(Database::open(path), ErrorCode::EncryptionError);
  EMDB_EXPECT_ERROR(Database::enable_encryption(path, EncryptionInput::passphrase("p2")), ErrorCode::EncryptionError);
  {
    auto db = MUST(open_pass(path, "p1"));
    ASSERT_EQ(MUST(db.list_namespaces()), (std::vector<std::string>{"sessions", "temp", "users"}));
    ASSERT_EQ(emdbtest::contents(MUST(db.open_namespace("users"))), users_before);
    ASSERT_EQ(MUST(db.expires_at("ttl")), std::optional<std::uint64_t>(4102444800000ull));
    ASSERT_TRUE(MUST(db.stats()).encrypted);
  }
  MUST(Database::rotate_encryption_key(path, EncryptionInput::passphrase("p1"),
                                       EncryptionInput::raw_key(fixture_key())));
  EMDB_EXPECT_ERROR(open_pass(path, "p1"), ErrorCode::EncryptionError);
  {
    MUST(open_key(path, fixture_key()));
  }
  const auto meta = MUST(detail::decode_meta(emdbtest::read_file(path.string() + ".meta")));
  ASSERT_EQ(meta.flags, 3u);  // rotation keeps the cipher
  MUST(Database::disable_encryption(path, EncryptionInput::raw_key(fixture_key())));
  auto db = MUST(Database::open(path));
  ASSERT_TRUE(!MUST(db.stats()).encrypted);
  ASSERT_EQ(emdbtest::contents(MUST(db.open_namespace("users"))), users_before);
  EMDB_EXPECT_ERROR(Database::disable_encryption(path, EncryptionInput::passphrase("x")), ErrorCode::AlreadyLocked);
}

TEST(Encryption, refused_while_open_or_with_the_wrong_key) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  const auto path = emdbtest::copy_fixture(dir, "enc-aes-pass.emdb");
  const std::string before = emdbtest::read_file(path);
  EMDB_EXPECT_ERROR(
      Database::rotate_encryption_key(path, EncryptionInput::passphrase("nope"), EncryptionInput::passphrase("new")),
      ErrorCode::EncryptionError);
  {
    auto held = MUST(open_pass(path, kPass));
    EMDB_EXPECT_ERROR(
        Database::rotate_encryption_key(path, EncryptionInput::passphrase(kPass), EncryptionInput::passphrase("new")),
        ErrorCode::AlreadyLocked);
  }
  EMDB_EXPECT_ERROR(
      Database::rotate_encryption_key(path, EncryptionInput::passphrase(kPass), EncryptionInput::passphrase("new"),
                                      [](std::uint64_t, std::uint64_t) { return false; }),
      ErrorCode::Cancelled);
  ASSERT_EQ(emdbtest::read_file(path) == before, true);
  ASSERT_TRUE(!fs::exists(path.string() + ".enc.tmp"));
  MUST(open_pass(path, kPass));
}

// A bit flipped anywhere in an encrypted record (checksum fixed up, as a
// tamperer would): never wrong data.
TEST(Encryption, tampering_is_caught) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  const auto src = emdbtest::copy_fixture(dir, "enc-chacha-key.emdb");
  const std::string good = emdbtest::read_file(src);
  detail::FrameView f;
  detail::check_frame(good.data(), good.size(), 0, f);
  for (std::size_t byte = 0; byte < f.len; ++byte)
    for (int bit = 0; bit < 8; bit += 3) {
      std::string bad = good;
      bad[f.start + 8 + byte] = static_cast<char>(bad[f.start + 8 + byte] ^ (1 << bit));
      const std::uint32_t crc = detail::crc32c(0, bad.data() + f.start, 8 + f.len);
      std::memcpy(bad.data() + f.end() - 4, &crc, 4);
      emdbtest::write_file(src, bad);
      auto db = open_key(src, fixture_key());
      if (db) {
        // Only a tag byte change to another valid kind could open: never with wrong data.
        auto v = db->get("a");
        ASSERT_TRUE(!v || !*v || **v == "1") << "tampered data was returned";
        continue;
      }
      // The key passed the `.meta` check: a record that fails is damage, not a wrong key.
      ASSERT_EQ(db.error().code(), ErrorCode::Corrupted);
      ASSERT_TRUE(db.error().offset().has_value());
      auto ro = Database::builder().path(src).read_only(true).encryption_key(fixture_key()).build();
      if (ro) {
        ASSERT_EQ(MUST(ro->get("a")), std::optional<std::string>());
      }
    }
}

TEST(Encryption, in_memory_and_reads) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  auto db = MUST(Database::builder().encryption_passphrase("x").enable_range_scans(true).build());
  MUST(db.insert("b", "2"));
  MUST(db.insert("a", "1"));
  MUST(db.remove("b"));
  MUST(db.insert("c", "3"));
  ASSERT_EQ(keys_of(MUST(db.range(KeyRange::all()))), (std::vector<std::string>{"a", "c"}));
  auto ref = MUST(db.get_zerocopy("a"));
  MUST(db.compact());
  ASSERT_EQ(ref->view(), std::string_view("1"));
  ASSERT_EQ(MUST(db.get("c")), std::optional<std::string>("3"));
}

TEST(Encryption, encrypted_database_survives_compaction_and_reopen) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(open_pass(path, "pw"));
    auto ns = MUST(db.open_namespace("n"));
    for (int i = 0; i < 500; ++i) MUST(ns.insert("k" + std::to_string(i % 50), std::to_string(i)));
    MUST(db.transaction([](Transaction& tx) { return tx.insert("t", "x"); }));
    MUST(db.compact());
    MUST(db.checkpoint());
    MUST(ns.insert("after", "1"));
  }
  auto db = MUST(open_pass(path, "pw"));
  auto ns = MUST(db.open_namespace("n"));
  ASSERT_EQ(MUST(ns.len()), std::size_t(51));
  ASSERT_EQ(MUST(ns.get("k7")), std::optional<std::string>("457"));
  ASSERT_EQ(MUST(db.get("t")), std::optional<std::string>("x"));
  const auto target = emdbtest::temp_db(dir, "b.emdb");
  MUST(db.backup_to(target));
  auto copy = MUST(open_pass(target, "pw"));
  ASSERT_EQ(emdbtest::contents(MUST(copy.open_namespace("n"))), emdbtest::contents(ns));
}

// Rotations, enables and disables killed at random points: afterwards the
// database opens with the old or the new key and holds every record.
// EMDB_TEST_SCALE=5 gives 50 kills.
TEST(Encryption, killed_during_changes) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::map<std::string, std::string> model;
  {
    auto db = MUST(Database::open(path));
    for (int i = 0; i < 3000; ++i) {
      model["k" + std::to_string(i)] = std::string(40, char('a' + i % 26));
      MUST(db.insert("k" + std::to_string(i), model["k" + std::to_string(i)]));
    }
  }
  // The cycle: plain -> key A -> key B -> plain -> ...
  RawKey a{}, b{};
  a[0] = 1;
  b[0] = 2;
  auto try_open = [&](int& state) -> std::optional<Database> {
    const std::optional<RawKey> keys[] = {std::nullopt, a, b};
    for (int s = 0; s < 3; ++s) {
      auto builder = Database::builder().path(path);
      if (keys[s]) builder.encryption_key(*keys[s]);
      if (auto db = builder.build()) {
        state = s;
        return std::move(*db);
      }
    }
    return std::nullopt;
  };
  // How long one change takes here (sanitizers slow it several times): the
  // kills fall anywhere in the first three changes of a child's cycle.
  const auto t0 = std::chrono::steady_clock::now();
  MUST(Database::enable_encryption(path, EncryptionInput::raw_key(a)));
  MUST(Database::disable_encryption(path, EncryptionInput::raw_key(a)));
  const auto one = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0) / 2;
  const auto window = std::max<std::int64_t>(40000, 3 * one.count());
  std::mt19937 rng(9);
  const int kills = 10 * emdbtest::scale();
  int changed = 0;
  for (int k = 0; k < kills; ++k) {
    int state = -1;
    {
      auto probe = try_open(state);
      ASSERT_TRUE(probe.has_value()) << "no key opens the database";
    }
    const int before = state;
    const auto child =
        emdbtest::run_and_kill("key_changer", {path.string(), std::to_string(state), to_hex(a), to_hex(b)},
                               std::chrono::microseconds(500 + std::int64_t(rng() % std::uint64_t(window))));
    ASSERT_TRUE(child.killed) << "the child failed instead of being killed";
    auto db = try_open(state);
    ASSERT_TRUE(db.has_value()) << "no key opens the database after a kill";
    ASSERT_EQ(emdbtest::contents(*db), model);
    if (state != before) ++changed;
  }
  std::printf("%d kills, %d of them after at least one completed change\n", kills, changed);
  ASSERT_TRUE(changed > 0);
}

// A build without encryption refuses encrypted databases, and making one,
// with an error that says why; it still reads which cipher a file uses.
TEST(Encryption, refused_by_a_build_without_encryption) {
  if (emdbtest::kEncryptionBuilt) GTEST_SKIP() << "this build has encryption";
  emdbtest::TempDir dir;
  const auto aes = emdbtest::copy_fixture(dir, "enc-aes-pass.emdb");
  const auto before = emdbtest::read_file(aes);
  auto opened = Database::builder().path(aes).encryption_passphrase("correct horse battery staple").build();
  ASSERT_FALSE(opened);
  ASSERT_EQ(int(opened.error().code()), int(ErrorCode::EncryptionError));
  ASSERT_NE(opened.error().message().find("EMDB_ENCRYPTION=OFF"), std::string::npos) << opened.error().message();
  auto without_key = Database::open(aes);
  ASSERT_FALSE(without_key);
  ASSERT_NE(without_key.error().message().find("no encryption"), std::string::npos) << without_key.error().message();
  ASSERT_EQ(emdbtest::read_file(aes), before);  // nothing written
  ASSERT_EQ(MUST(Database::encryption_of(aes)), std::optional<Cipher>(Cipher::Aes256Gcm));

  const auto fresh = emdbtest::temp_db(dir, "fresh.emdb");
  EMDB_EXPECT_ERROR(Database::builder().path(fresh).encryption_passphrase("p").build(), ErrorCode::EncryptionError);
  auto plain = emdbtest::temp_db(dir, "plain.emdb");
  {
    auto db = MUST(Database::open(plain));
    MUST(db.insert("k", "v"));
  }
  EMDB_EXPECT_ERROR(Database::enable_encryption(plain, EncryptionInput::passphrase("p")), ErrorCode::EncryptionError);
  auto db = MUST(Database::open(plain));
  ASSERT_EQ(MUST(db.get("k")), std::optional<std::string>("v"));
}
