// Every fixture written by emdb 0.9.7 opens and yields exactly what its
// manifest lists.
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <stdexcept>

#include "engine_test.hpp"

using namespace emdb;

namespace {

struct Expected {
  std::string value;
  std::optional<std::uint64_t> expires_at;
};
// namespace -> key -> expected record
using Manifest = std::map<std::string, std::map<std::string, Expected>>;

// The bytes a manifest's hex string stands for.
std::string from_hex(const std::string& hex) {
  auto nibble = [&](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    throw std::runtime_error("not a hex string: " + hex);
  };
  if (hex.size() % 2 != 0) throw std::runtime_error("not a hex string: " + hex);
  std::string out;
  for (std::size_t i = 0; i < hex.size(); i += 2) out += static_cast<char>(nibble(hex[i]) * 16 + nibble(hex[i + 1]));
  return out;
}

Manifest read_manifest(const std::string& name) {
  Manifest m;
  std::ifstream f(emdbtest::fixtures_dir() / (name + ".expected.jsonl"));
  if (!f) throw std::runtime_error("cannot read the manifest of " + name);
  for (std::string line; std::getline(f, line);) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto o = nlohmann::json::parse(line);
    Expected e{from_hex(o.at("value_hex").get<std::string>()), std::nullopt};
    if (!o.at("expires_at").is_null()) e.expires_at = o.at("expires_at").get<std::uint64_t>();
    m[o.at("ns").get<std::string>()][from_hex(o.at("key_hex").get<std::string>())] = e;
  }
  return m;
}

std::map<std::string, std::string> contents(const Database& db) {
  std::map<std::string, std::string> out;
  auto it = MUST(db.iter());
  for (const auto& [k, v] : it) out[k] = v;
  MUST(it.status());
  return out;
}

}  // namespace

TEST(Fixtures, plain_fixture) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(emdbtest::copy_fixture(dir, "plain.emdb")));
  const auto want = read_manifest("plain.emdb")[""];
  ASSERT_EQ(want.size(), std::size_t(103));
  ASSERT_EQ(MUST(db.len()), std::size_t(103));
  const auto got = contents(db);
  ASSERT_EQ(got.size(), want.size());
  for (const auto& [k, e] : want) {
    ASSERT_TRUE(got.contains(k)) << k;
    ASSERT_TRUE(got.at(k) == e.value);
    ASSERT_EQ(MUST(db.get(k)), std::optional<std::string>(e.value));
  }
  ASSERT_EQ(MUST(db.get("gone")), std::optional<std::string>());
  ASSERT_EQ(MUST(db.get("k")), std::optional<std::string>("v2"));
  ASSERT_EQ(MUST(db.get(std::string("\x00\xff\x01", 3))), std::optional<std::string>("\xde\xad"));
  ASSERT_EQ(MUST(db.get("big"))->size(), std::size_t(100 * 1024));
  const auto st = MUST(db.stats());
  ASSERT_EQ(st.logical_size_bytes, std::uint64_t(107395));
  ASSERT_TRUE(st.dead_bytes > 0);  // the replaced `k` and the removed `gone` are still in the journal
}

TEST(Fixtures, ns_fixture) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(emdbtest::copy_fixture(dir, "ns.emdb")));
  auto want = read_manifest("ns.emdb");
  ASSERT_EQ(contents(db), (std::map<std::string, std::string>{{"root", "1"}}));
  const auto st = MUST(db.stats());
  ASSERT_EQ(st.namespace_count, std::size_t(3));  // users, sessions, and temp, whose drop emdb did not write
  for (const char* ns : {"users", "sessions", "temp"}) {
    ASSERT_TRUE(st.namespaces.contains(ns)) << ns;
    ASSERT_EQ(st.namespaces.at(ns).live_records, want[ns].size());
  }
}

TEST(Fixtures, ttl_fixture) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(emdbtest::copy_fixture(dir, "ttl.emdb")));
  ASSERT_EQ(MUST(db.get("forever")), std::optional<std::string>("f"));
  ASSERT_EQ(MUST(db.get("later")), std::optional<std::string>("l"));
  ASSERT_EQ(MUST(db.get("past")), std::optional<std::string>());  // expired in 1970
  ASSERT_TRUE(!MUST(db.contains_key("past")));
  ASSERT_EQ(contents(db), (std::map<std::string, std::string>{{"forever", "f"}, {"later", "l"}}));
  ASSERT_EQ(MUST(db.len()), std::size_t(3));  // len counts expired records until they are swept
}

TEST(Fixtures, large_fixture) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(emdbtest::copy_fixture(dir, "large.emdb")));
  ASSERT_EQ(MUST(db.len()), std::size_t(100000));
  std::size_t seen = 0;
  auto it = MUST(db.iter());
  for (const auto& [k, v] : it) {
    ASSERT_TRUE(k.starts_with("key-") && k.size() == 10);
    const std::string n = std::to_string(std::stoul(k.substr(4)));
    std::string expect;
    while (expect.size() < 64) expect += n;
    expect.resize(64);
    ASSERT_TRUE(v == expect) << k;
    ++seen;
  }
  ASSERT_EQ(seen, std::size_t(100000));
  ASSERT_EQ(MUST(db.stats()).logical_size_bytes, std::uint64_t(10700000));
}

TEST(Fixtures, encrypted_fixtures_need_a_key) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  for (const char* name : {"enc-aes-pass.emdb", "enc-chacha-key.emdb"}) {
    auto r = Database::open(emdbtest::copy_fixture(dir, name));
    ASSERT_TRUE(!r);
    ASSERT_EQ(int(r.error().code()), int(ErrorCode::EncryptionError));
  }
}

// Opening and closing a fixture writes nothing but the lock (removed again).
TEST(Fixtures, clean_open_changes_nothing) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::copy_fixture(dir, "plain.emdb");
  const std::string before = emdbtest::read_file(path);
  {
    auto db = MUST(Database::open(path));
  }
  ASSERT_TRUE(emdbtest::read_file(path) == before);
  ASSERT_TRUE(!std::filesystem::exists(path.string() + ".lock"));
  ASSERT_TRUE(!std::filesystem::exists(path.string() + ".lock-meta"));
}
