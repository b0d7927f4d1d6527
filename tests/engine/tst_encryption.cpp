// Encryption at rest: emdb 0.9.7's encrypted fixtures, our own files' layout,
// wrong keys, tampering, and offline enable / disable / rotate (also killed
// part-way).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <thread>

#include "codec.hpp"
#include "crc.hpp"
#include "crypto.hpp"
#include "killed_child.hpp"
#include "meta.hpp"
#include "support.hpp"

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

}  // namespace

class TestEncryption : public QObject {
  Q_OBJECT
 private slots:
  void fixtures_open_with_their_keys() {
    QTemporaryDir dir;
    {
      auto db = MUST(open_pass(testing::copy_fixture(dir, "enc-aes-pass.emdb"), kPass));
      QCOMPARE(testing::contents(db), kAB);
      QVERIFY(MUST(db.stats()).encrypted);
    }
    auto db = MUST(open_key(testing::copy_fixture(dir, "enc-chacha-key.emdb"), fixture_key()));
    QCOMPARE(testing::contents(db), kAB);
    QVERIFY(MUST(db.contains_key("a")));
  }

  void encryption_of_reads_the_meta() {
    QTemporaryDir dir;
    QCOMPARE(MUST(Database::encryption_of(testing::fixtures_dir() / "enc-aes-pass.emdb")),
             std::optional<Cipher>(Cipher::Aes256Gcm));
    QCOMPARE(MUST(Database::encryption_of(testing::fixtures_dir() / "enc-chacha-key.emdb")),
             std::optional<Cipher>(Cipher::ChaCha20Poly1305));
    QCOMPARE(MUST(Database::encryption_of(testing::fixtures_dir() / "plain.emdb")), std::optional<Cipher>());
    QCOMPARE(MUST(Database::encryption_of(testing::temp_db(dir, "absent.emdb"))), std::optional<Cipher>());
    const auto bad = testing::temp_db(dir, "bad.emdb");
    testing::write_file(std::filesystem::path(bad.string() + ".meta"), std::string(112, 'x'));
    QVERIFY(!Database::encryption_of(bad));
  }

  void fixtures_refuse_other_keys() {
    QTemporaryDir dir;
    const auto aes = testing::copy_fixture(dir, "enc-aes-pass.emdb");
    const auto chacha = testing::copy_fixture(dir, "enc-chacha-key.emdb");
    EMDB_VERIFY_ERROR(open_pass(aes, "wrong horse"), ErrorCode::EncryptionError);
    EMDB_VERIFY_ERROR(open_pass(aes, ""), ErrorCode::EncryptionError);
    RawKey other = fixture_key();
    other[31] ^= 1;
    EMDB_VERIFY_ERROR(open_key(chacha, other), ErrorCode::EncryptionError);
    EMDB_VERIFY_ERROR(open_key(aes, fixture_key()), ErrorCode::EncryptionError);
    EMDB_VERIFY_ERROR(Database::open(chacha), ErrorCode::EncryptionError);
    // A plain file with a key: a clear InvalidConfig.
    auto r = open_pass(testing::copy_fixture(dir, "plain.emdb"), kPass);
    QVERIFY(!r);
    QCOMPARE(int(r.error().code()), int(ErrorCode::InvalidConfig));
    QVERIFY(r.error().message().find("not encrypted") != std::string::npos);
  }

  // What we write has the fixtures' layout: tag bit, nonce, tag length, .meta
  // flags and check block; and emdb's Argon2 parameters give the same key.
  void our_files_have_the_fixture_layout() {
    QTemporaryDir dir;
    const auto fixture = testing::copy_fixture(dir, "enc-aes-pass.emdb");
    const auto fmeta = MUST(detail::decode_meta(testing::read_file(fixture.string() + ".meta")));
    for (auto cipher : {Cipher::Aes256Gcm, Cipher::ChaCha20Poly1305}) {
      const auto path = testing::temp_db(dir, cipher == Cipher::Aes256Gcm ? "aes.emdb" : "chacha.emdb");
      {
        auto db = MUST(Database::builder().path(path).encryption_passphrase(kPass).cipher(cipher).build());
        MUST(db.insert("a", "1"));
        MUST(db.insert("b", "2"));
      }
      const auto meta = MUST(detail::decode_meta(testing::read_file(path.string() + ".meta")));
      QCOMPARE(meta.flags, cipher == Cipher::Aes256Gcm ? 1u : 3u);
      QVERIFY(meta.salt != decltype(meta.salt){});
      const std::string ours = testing::read_file(path), theirs = testing::read_file(fixture);
      QCOMPARE(ours.size(), theirs.size());  // same records: same frame sizes
      detail::FrameView f;
      QCOMPARE(int(detail::check_frame(ours.data(), ours.size(), 0, f)), int(detail::FrameCheck::Valid));
      QCOMPARE(int(static_cast<std::uint8_t>(f.payload[0])), 0x80);  // Insert | encrypted
      QCOMPARE(f.len, 1u + 12u + 22u + 16u);
      // Every record has its own nonce.
      detail::FrameView g;
      detail::check_frame(ours.data(), ours.size(), f.end(), g);
      QVERIFY(f.payload.substr(1, 12) != g.payload.substr(1, 12));
      auto reopened = MUST(open_pass(path, kPass));
      QCOMPARE(testing::contents(reopened), kAB);
    }
    // The fixture's salt through our Argon2id opens its check block.
    auto key = MUST(detail::derive_key(kPass, fmeta.salt));
    MUST(detail::check_key(fmeta, key));
  }

  void seed_examples() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir, "encrypted.emdb");
    RawKey key{};
    {
      auto db = MUST(Database::builder().path(path).encryption_key(key).build());
      MUST(db.insert("secret", "value"));
    }
    const auto ppath = testing::temp_db(dir, "pass.emdb");
    {
      auto db = MUST(Database::builder().path(ppath).encryption_passphrase("correct horse battery staple").build());
      MUST(db.insert("k", "v"));
    }
    MUST(Database::rotate_encryption_key(ppath, EncryptionInput::passphrase("correct horse battery staple"),
                                         EncryptionInput::passphrase("new passphrase")));
    EMDB_VERIFY_ERROR(open_pass(ppath, "correct horse battery staple"), ErrorCode::EncryptionError);
    auto db = MUST(open_pass(ppath, "new passphrase"));
    QCOMPARE(MUST(db.get("k")), std::optional<std::string>("v"));
    // Nothing readable with the old passphrase is left beside it.
    for (const char* s : {".encbak", ".encbak.meta", ".enc.tmp", ".enc.tmp.meta", ".enc.commit"})
      QVERIFY2(!fs::exists(ppath.string() + s), s);
    auto k = MUST(open_key(path, key));
    QCOMPARE(MUST(k.get("secret")), std::optional<std::string>("value"));
  }

  void enable_disable_rotate_keep_everything() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "ns.emdb");
    std::map<std::string, std::string> users_before;
    {
      auto db = MUST(Database::open(path));
      users_before = testing::contents(MUST(db.open_namespace("users")));
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
    QVERIFY(!ticks.empty());
    EMDB_VERIFY_ERROR(Database::open(path), ErrorCode::EncryptionError);
    EMDB_VERIFY_ERROR(Database::enable_encryption(path, EncryptionInput::passphrase("p2")), ErrorCode::EncryptionError);
    {
      auto db = MUST(open_pass(path, "p1"));
      QCOMPARE(MUST(db.list_namespaces()), (std::vector<std::string>{"sessions", "temp", "users"}));
      QCOMPARE(testing::contents(MUST(db.open_namespace("users"))), users_before);
      QCOMPARE(MUST(db.expires_at("ttl")), std::optional<std::uint64_t>(4102444800000ull));
      QVERIFY(MUST(db.stats()).encrypted);
    }
    MUST(Database::rotate_encryption_key(path, EncryptionInput::passphrase("p1"),
                                         EncryptionInput::raw_key(fixture_key())));
    EMDB_VERIFY_ERROR(open_pass(path, "p1"), ErrorCode::EncryptionError);
    {
      MUST(open_key(path, fixture_key()));
    }
    const auto meta = MUST(detail::decode_meta(testing::read_file(path.string() + ".meta")));
    QCOMPARE(meta.flags, 3u);  // rotation keeps the cipher
    MUST(Database::disable_encryption(path, EncryptionInput::raw_key(fixture_key())));
    auto db = MUST(Database::open(path));
    QVERIFY(!MUST(db.stats()).encrypted);
    QCOMPARE(testing::contents(MUST(db.open_namespace("users"))), users_before);
    EMDB_VERIFY_ERROR(Database::disable_encryption(path, EncryptionInput::passphrase("x")), ErrorCode::AlreadyLocked);
  }

  void refused_while_open_or_with_the_wrong_key() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "enc-aes-pass.emdb");
    const std::string before = testing::read_file(path);
    EMDB_VERIFY_ERROR(
        Database::rotate_encryption_key(path, EncryptionInput::passphrase("nope"), EncryptionInput::passphrase("new")),
        ErrorCode::EncryptionError);
    {
      auto held = MUST(open_pass(path, kPass));
      EMDB_VERIFY_ERROR(
          Database::rotate_encryption_key(path, EncryptionInput::passphrase(kPass), EncryptionInput::passphrase("new")),
          ErrorCode::AlreadyLocked);
    }
    EMDB_VERIFY_ERROR(
        Database::rotate_encryption_key(path, EncryptionInput::passphrase(kPass), EncryptionInput::passphrase("new"),
                                        [](std::uint64_t, std::uint64_t) { return false; }),
        ErrorCode::Cancelled);
    QCOMPARE(testing::read_file(path) == before, true);
    QVERIFY(!fs::exists(path.string() + ".enc.tmp"));
    MUST(open_pass(path, kPass));
  }

  // A bit flipped anywhere in an encrypted record (checksum fixed up, as a
  // tamperer would): never wrong data.
  void tampering_is_caught() {
    QTemporaryDir dir;
    const auto src = testing::copy_fixture(dir, "enc-chacha-key.emdb");
    const std::string good = testing::read_file(src);
    detail::FrameView f;
    detail::check_frame(good.data(), good.size(), 0, f);
    for (std::size_t byte = 0; byte < f.len; ++byte)
      for (int bit = 0; bit < 8; bit += 3) {
        std::string bad = good;
        bad[f.start + 8 + byte] = static_cast<char>(bad[f.start + 8 + byte] ^ (1 << bit));
        const std::uint32_t crc = detail::crc32c(0, bad.data() + f.start, 8 + f.len);
        std::memcpy(bad.data() + f.end() - 4, &crc, 4);
        testing::write_file(src, bad);
        auto db = open_key(src, fixture_key());
        if (db) {
          // Only a tag byte change to another valid kind could open: never with wrong data.
          auto v = db->get("a");
          QVERIFY2(!v || !*v || **v == "1", "tampered data was returned");
          continue;
        }
        // The key passed the `.meta` check: a record that fails is damage, not a wrong key.
        QCOMPARE(db.error().code(), ErrorCode::Corrupted);
        QVERIFY(db.error().offset().has_value());
        auto ro = Database::builder().path(src).read_only(true).encryption_key(fixture_key()).build();
        if (ro) QCOMPARE(MUST(ro->get("a")), std::optional<std::string>());
      }
  }

  void in_memory_and_reads() {
    auto db = MUST(Database::builder().encryption_passphrase("x").enable_range_scans(true).build());
    MUST(db.insert("b", "2"));
    MUST(db.insert("a", "1"));
    MUST(db.remove("b"));
    MUST(db.insert("c", "3"));
    QCOMPARE(keys_of(MUST(db.range(KeyRange::all()))), (std::vector<std::string>{"a", "c"}));
    auto ref = MUST(db.get_zerocopy("a"));
    MUST(db.compact());
    QCOMPARE(ref->view(), std::string_view("1"));
    QCOMPARE(MUST(db.get("c")), std::optional<std::string>("3"));
  }

  void encrypted_database_survives_compaction_and_reopen() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
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
    QCOMPARE(MUST(ns.len()), std::size_t(51));
    QCOMPARE(MUST(ns.get("k7")), std::optional<std::string>("457"));
    QCOMPARE(MUST(db.get("t")), std::optional<std::string>("x"));
    const auto target = testing::temp_db(dir, "b.emdb");
    MUST(db.backup_to(target));
    auto copy = MUST(open_pass(target, "pw"));
    QCOMPARE(testing::contents(MUST(copy.open_namespace("n"))), testing::contents(ns));
  }

  // Rotations, enables and disables killed at random points: afterwards the
  // database opens with the old or the new key and holds every record.
  // EMDB_TEST_SCALE=5 gives 50 kills.
  void killed_during_changes() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
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
    const int kills = 10 * testing::scale();
    int changed = 0;
    for (int k = 0; k < kills; ++k) {
      int state = -1;
      {
        auto probe = try_open(state);
        QVERIFY2(probe.has_value(), "no key opens the database");
      }
      const int before = state;
      const auto child = testing::run_and_kill(
          [&](int) {
            for (int s = state;; s = (s + 1) % 3) {
              Result<void> r;
              if (s == 0)
                r = Database::enable_encryption(path, EncryptionInput::raw_key(a));
              else if (s == 1)
                r = Database::rotate_encryption_key(path, EncryptionInput::raw_key(a), EncryptionInput::raw_key(b));
              else
                r = Database::disable_encryption(path, EncryptionInput::raw_key(b));
              if (!r) _exit(3);
            }
          },
          std::chrono::microseconds(500 + std::int64_t(rng() % std::uint64_t(window))));
      QVERIFY2(child.killed, "the child failed instead of being killed");
      auto db = try_open(state);
      QVERIFY2(db.has_value(), "no key opens the database after a kill");
      QCOMPARE(testing::contents(*db), model);
      if (state != before) ++changed;
    }
    qInfo("%d kills, %d of them after at least one completed change", kills, changed);
    QVERIFY(changed > 0);
  }

 private:
  static std::vector<std::string> keys_of(const std::vector<Entry>& v) {
    std::vector<std::string> out;
    for (const auto& e : v) out.push_back(e.first);
    return out;
  }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
