// Random single-bit flips and byte overwrites in the journal and `.meta`:
// never a crash, never a value that was not written; open succeeds with a
// prefix or fails with a clear error. EMDB_CORRUPTION_TRIALS sets the count.
#include <cstdio>
#include <random>
#include <set>

#include "engine_test.hpp"

using namespace emdb;
namespace fs = std::filesystem;

namespace {

using Written = std::map<std::string, std::set<std::string>>;  // "space/key" -> every value written

int trials() { return emdbtest::knob("EMDB_CORRUPTION_TRIALS", 600); }

RawKey key_of(std::uint8_t b) {
  RawKey k{};
  k.fill(b);
  return k;
}

// A database with namespaces, replacements, removes, a batch and a transaction.
Written build(const fs::path& path, const RawKey* key) {
  Written w;
  auto b = Database::builder().path(path);
  if (key) b.encryption_key(*key);
  auto db = MUST(b.build());
  auto ns = MUST(db.open_namespace("users"));
  for (int i = 0; i < 120; ++i) {
    const std::string k = "k" + std::to_string(i % 40), v = "value-" + std::to_string(i) + std::string(i % 17, '*');
    MUST(i % 3 ? db.insert(k, v) : ns.insert(k, v));
    w[(i % 3 ? "/" : "users/") + k].insert(v);
    if (i % 11 == 0) MUST(db.remove(k));
  }
  MUST(db.transaction([&](Transaction& tx) {
    w["/tx"].insert("t");
    return tx.insert("tx", "t");
  }));
  return w;
}

// Every value a handle returns was written for its key. A read that fails
// must fail with a clear error (damage found on the way); counted in `read_errors`.
void check(Database& db, const Written& w, int& read_errors) {
  auto clear_error = [&](const Error& e) {
    ASSERT_TRUE(!e.message().empty()) << "an error without a message";
    ASSERT_TRUE(e.code() == ErrorCode::Corrupted || e.code() == ErrorCode::EncryptionError)
        << "a read failed with " << to_string(e.code()) << ": " << e.message();
    ++read_errors;
  };
  auto visit = [&](Keyspace& ks, const std::string& space) {
    auto it = ks.iter();
    if (!it) return clear_error(it.error());
    for (const auto& [k, v] : *it) {
      const auto found = w.find(space + "/" + k);
      ASSERT_TRUE(found != w.end()) << "a key that was never written: " << k;
      ASSERT_TRUE(found->second.contains(v)) << "a value that was never written, for " << k;
    }
    if (auto st = it->status(); !st) clear_error(st.error());
  };
  visit(db, "");
  auto names = db.list_namespaces();
  ASSERT_TRUE(names.has_value()) << "list_namespaces failed on an open database";
  for (const auto& n : *names) {
    auto ns = db.open_namespace(n);
    ASSERT_TRUE(ns.has_value()) << "a listed namespace does not open: " << n;
    visit(*ns, n);
  }
}

}  // namespace

TEST(Corruption, random_damage) {
  emdbtest::TempDir dir;
  const auto plain_src = emdbtest::temp_db(dir, "plain-src.emdb"), enc_src = emdbtest::temp_db(dir, "enc-src.emdb");
  const RawKey key = key_of(7);
  // Without encryption the encrypted trials (every fifth) are left out.
  const Written plain_w = build(plain_src, nullptr);
  const Written enc_w = emdbtest::kEncryptionBuilt ? build(enc_src, &key) : Written{};
  const std::string files[2][2] = {
      {emdbtest::read_file(plain_src), emdbtest::read_file(plain_src.string() + ".meta")},
      {emdbtest::kEncryptionBuilt ? emdbtest::read_file(enc_src) : std::string(),
       emdbtest::kEncryptionBuilt ? emdbtest::read_file(enc_src.string() + ".meta") : std::string()}};
  std::mt19937_64 rng(1234);
  std::map<std::string, int> outcomes;
  const int trials_asked = trials();
  emdbtest::EncryptedRows rows;
  int n = 0;  // the trials run
  for (int t = 0; t < trials_asked; ++t) {
    const bool enc = t % 5 == 4;
    if (rows.skip("encrypted trials", enc)) continue;
    ++n;
    std::string journal = files[enc][0], meta = files[enc][1];
    std::string& target = rng() % 100 < 85 ? journal : meta;
    const auto at = rng() % target.size();
    switch (rng() % 3) {
      case 0: target[at] = static_cast<char>(target[at] ^ (1 << (rng() % 8))); break;  // one bit
      case 1: target[at] = static_cast<char>(rng()); break;                            // one byte
      default:                                                                         // a run of bytes
        for (auto i = at; i < std::min<std::size_t>(target.size(), at + 1 + rng() % 64); ++i)
          target[i] = static_cast<char>(rng());
    }
    const auto path = emdbtest::temp_db(dir, "trial.emdb");
    for (const char* s : {"", ".meta", ".lock", ".lock-meta"}) fs::remove(path.string() + s);
    for (const auto& e : fs::directory_iterator(dir.path()))
      if (e.path().filename().string().starts_with("trial.emdb.corrupt-")) fs::remove(e.path());
    emdbtest::write_file(path, journal);
    emdbtest::write_file(path.string() + ".meta", meta);
    for (const bool ro : {true, false}) {
      auto b = Database::builder().path(path).read_only(ro);
      if (enc) b.encryption_key(key);
      auto db = b.build();
      if (!db) {
        ASSERT_TRUE(!db.error().message().empty());
        ++outcomes[std::string(ro ? "read-only " : "writable ") + to_string(db.error().code())];
        continue;
      }
      ++outcomes[ro ? "read-only opened" : "writable opened"];
      int read_errors = 0;
      check(*db, enc ? enc_w : plain_w, read_errors);
      if (read_errors > 0) ++outcomes[ro ? "read-only read errors" : "writable read errors"];
      if (HasFailure()) FAIL() << "trial " << t << ": " << (&target == &journal ? "journal" : "meta") << " at " << at;
    }
  }
  for (const auto& [what, count] : outcomes) std::printf("%6d  %s\n", count, what.c_str());
  std::printf("%d trials\n", n);
  // What the suite claims to exercise happened: most damaged files still
  // open read-only (a prefix or all), and damage in the middle is refused
  // by writable opens with Corrupted.
  ASSERT_TRUE(outcomes["read-only opened"] >= n / 2) << "fewer than half the damaged files opened read-only";
  ASSERT_TRUE(outcomes["writable Corrupted"] >= n / 4) << "writable opens did not refuse damage in the middle";
  ASSERT_TRUE(outcomes["read-only Corrupted"] + outcomes["read-only MagicMismatch"] > 0)
      << "no damaged .meta was refused";
}
