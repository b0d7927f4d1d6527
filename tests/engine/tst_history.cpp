// The journal's past: every version of a key, removed keys, a version's value,
// against a model of what each operation writes, plain and encrypted, across
// reopens, batches cut short by a crash, and compactions.
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <random>
#include <thread>

#include "engine_test.hpp"
#include "test_access.hpp"

using namespace emdb;
using namespace std::chrono_literals;
using namespace emdbtest;
namespace fs = std::filesystem;

namespace {

struct ModelVersion {
  bool written;
  std::string value;
  std::uint64_t expires_at;
};

// Per namespace and key: what the journal holds, oldest first.
struct Model {
  std::map<std::pair<std::string, std::string>, std::vector<ModelVersion>> past;
  std::map<std::pair<std::string, std::string>, std::uint64_t> indexed;  // key -> expiry, while in the index

  void write(const std::string& ns, const std::string& k, const std::string& v, std::uint64_t exp) {
    past[{ns, k}].push_back({true, v, exp});
    indexed[{ns, k}] = exp;
  }
  void erase(const std::string& ns, const std::string& k) {
    past[{ns, k}].push_back({false, {}, 0});
    indexed.erase({ns, k});
  }
  // After a compaction: the live records alone (expired ones swept first).
  void compacted(std::uint64_t now) {
    past.clear();
    for (auto it = indexed.begin(); it != indexed.end();) {
      if (it->second != 0 && it->second <= now) {
        it = indexed.erase(it);
        continue;
      }
      ++it;
    }
  }
};

RawKey test_key() {
  RawKey k;
  for (std::size_t i = 0; i < k.size(); ++i) k[i] = static_cast<std::uint8_t>(i * 7 + 3);
  return k;
}

Builder builder_for(const fs::path& p, bool encrypted, const std::shared_ptr<std::atomic<std::uint64_t>>& now) {
  Builder b = Database::builder().path(p);
  if (encrypted) b.encryption_key(test_key());
  detail::BuilderAccess::set_clock(b, [now] { return now->load(); });
  return b;
}

// Compares every key's history, the current flags, each version's value and
// the removed keys with the model.
void check(const Database& db, std::map<std::string, Namespace>& spaces, const Model& m) {
  std::map<std::string, std::map<std::string, std::pair<ModelVersion, std::size_t>>>
      removed;  // ns -> key -> (last value, index)
  for (const auto& [id, past] : m.past) {
    const auto& [ns, k] = id;
    const Keyspace& ks = ns.empty() ? static_cast<const Keyspace&>(db) : spaces.at(ns);
    const auto got = MUST(ks.history(k));
    ASSERT_EQ(got.size(), past.size());
    std::uint64_t last_offset = 0;
    for (std::size_t i = 0; i < past.size(); ++i) {
      ASSERT_EQ(got[i].kind == Version::Kind::Written, past[i].written);
      ASSERT_TRUE(i == 0 || got[i].offset > last_offset);
      last_offset = got[i].offset;
      if (!past[i].written) {
        EMDB_EXPECT_ERROR(ks.read_version(k, got[i].offset), ErrorCode::InvalidArgument);
        continue;
      }
      ASSERT_EQ(got[i].value_size, past[i].value.size());
      ASSERT_EQ(got[i].expires_at, past[i].expires_at);
      ASSERT_EQ(MUST(ks.read_version(k, got[i].offset)), past[i].value);
      const bool live = i + 1 == past.size() && m.indexed.contains(id);
      ASSERT_EQ(got[i].current, live);
    }
    if (!past.empty() && !past.back().written && !m.indexed.contains(id))
      for (std::size_t i = past.size(); i-- > 0;)
        if (past[i].written) {
          removed[ns][k] = {past[i], i};
          break;
        }
  }
  std::vector<std::string> names = {""};
  for (const auto& [name, ns] : spaces) names.push_back(name);
  for (const auto& ns : names) {
    const Keyspace& ks = ns.empty() ? static_cast<const Keyspace&>(db) : spaces.at(ns);
    const auto got = MUST(ks.removed_keys());
    const auto& want = removed[ns];
    ASSERT_EQ(got.size(), want.size());
    auto it = want.begin();
    for (const auto& r : got) {
      ASSERT_EQ(r.key, it->first);
      ASSERT_EQ(r.last_value.value_size, it->second.first.value.size());
      ASSERT_EQ(r.last_value.expires_at, it->second.first.expires_at);
      ASSERT_EQ(MUST(ks.read_version(r.key, r.last_value.offset)), it->second.first.value);
      const auto h = MUST(ks.history(r.key));
      ASSERT_EQ(h.back().offset, r.removed_offset);
      ASSERT_EQ(h[it->second.second].offset, r.last_value.offset);
      ++it;
    }
  }
}

void check_against_a_model(bool encrypted) {
  emdbtest::TempDir dir;
  const fs::path p = temp_db(dir);
  auto now = std::make_shared<std::atomic<std::uint64_t>>(1'800'000'000'000);
  std::optional<Database> db = MUST(builder_for(p, encrypted, now).build());
  std::map<std::string, Namespace> spaces;
  const auto open_spaces = [&] {
    spaces.clear();
    for (const char* name : {"users", "jobs"}) spaces.emplace(name, MUST(db->open_namespace(name)));
  };
  open_spaces();
  Model m;
  std::mt19937 rng(20261202);
  const auto pick = [&](int n) { return int(rng() % unsigned(n)); };
  const std::vector<std::string> nss = {"", "users", "jobs"};
  const int steps = 400 * scale();
  for (int step = 0; step < steps; ++step) {
    const std::string ns = nss[std::size_t(pick(3))];
    Keyspace& ks = ns.empty() ? static_cast<Keyspace&>(*db) : spaces.at(ns);
    const std::string k = "k" + std::to_string(pick(12));
    const int op = pick(100);
    if (op < 45) {
      const std::string v = std::string(std::size_t(pick(40)), char('a' + pick(26))) + std::to_string(step);
      const std::uint64_t exp = pick(4) == 0 ? now->load() + std::uint64_t(1 + pick(5000)) : 0;
      if (exp)
        MUST(ks.insert_with_ttl(k, v, Ttl::at(exp)));
      else
        MUST(ks.insert_with_ttl(k, v, Ttl::none()));
      m.write(ns, k, v, exp);
    } else if (op < 70) {
      MUST(ks.remove(k));
      if (m.indexed.contains({ns, k})) m.erase(ns, k);
    } else if (op < 78) {
      const std::string v = "batch" + std::to_string(step);
      MUST(db->transaction([&](Transaction& tx) -> Result<void> {
        if (auto w = tx.insert("k1", v); !w) return w;
        return tx.insert("k2", v + "!");
      }));
      m.write("", "k1", v, 0);
      m.write("", "k2", v + "!", 0);
    } else if (op < 82) {
      *now += 2000;
      const std::size_t swept = MUST(db->sweep_expired());
      std::size_t expected = 0;
      for (auto it = m.indexed.begin(); it != m.indexed.end();) {
        if (it->second != 0 && it->second <= now->load()) {
          m.past[it->first].push_back({false, {}, 0});
          it = m.indexed.erase(it);
          ++expected;
        } else {
          ++it;
        }
      }
      ASSERT_EQ(swept, expected);
    } else if (op < 85) {
      MUST(ks.clear());
      for (auto it = m.indexed.begin(); it != m.indexed.end();) {
        if (it->first.first == ns) {
          m.past[it->first].push_back({false, {}, 0});
          it = m.indexed.erase(it);
        } else {
          ++it;
        }
      }
    } else if (op < 88) {
      if (ns.empty()) continue;
      spaces.erase(ns);
      ASSERT_TRUE(MUST(db->drop_namespace(ns)));
      for (auto it = m.indexed.begin(); it != m.indexed.end();) {
        if (it->first.first == ns) {
          m.past[it->first].push_back({false, {}, 0});
          it = m.indexed.erase(it);
        } else {
          ++it;
        }
      }
      spaces.emplace(ns, MUST(db->open_namespace(ns)));
    } else if (op < 92) {
      spaces.clear();
      db.reset();
      db = MUST(builder_for(p, encrypted, now).build());
      open_spaces();
    } else if (op < 94) {
      MUST(db->compact());
      m.compacted(now->load());
      for (const auto& [id, exp] : m.indexed) {
        const Keyspace& kk = id.first.empty() ? static_cast<const Keyspace&>(*db) : spaces.at(id.first);
        m.past[id].push_back({true, MUST(kk.read_version(id.second, MUST(kk.history(id.second)).back().offset)), exp});
      }
    }
    if (step % 40 == 39) {
      ASSERT_NO_FATAL_FAILURE(check(*db, spaces, m));
    }
  }
  ASSERT_NO_FATAL_FAILURE(check(*db, spaces, m));
  // A read-only handle beside the writer reads the same past.
  MUST(db->flush());
  auto ro = MUST(builder_for(p, encrypted, now).read_only(true).build());
  std::map<std::string, Namespace> ro_spaces;
  for (const char* name : {"users", "jobs"}) ro_spaces.emplace(name, MUST(ro.open_namespace(name)));
  ASSERT_NO_FATAL_FAILURE(check(ro, ro_spaces, m));
}

}  // namespace

TEST(History, against_a_model) {
  emdbtest::EncryptedRows rows;
  for (const auto& [row, encrypted] : {std::pair{"plain", false}, std::pair{"encrypted", true}}) {
    if (rows.skip(row, encrypted)) continue;
    SCOPED_TRACE(row);
    check_against_a_model(encrypted);
  }
}

// The records of a batch that a crash cut short never counted: they are
// not versions; a writable open writes what the engine reads (a removal).
TEST(History, batch_cut_short_is_no_version) {
  emdbtest::TempDir dir;
  const fs::path p = temp_db(dir);
  {
    auto db = MUST(Database::open(p));
    MUST(db.insert("a", "1"));
    MUST(db.transaction([&](Transaction& tx) -> Result<void> {
      if (auto w = tx.insert("t", "x"); !w) return w;
      return tx.insert("u", "y");
    }));
    MUST(db.insert("b", "2"));
  }
  // Frames: a, begin marker, t, u, b. Leave u out.
  const std::string bytes = read_file(p);
  std::vector<std::size_t> starts;
  for (std::size_t pos = 0; pos + 8 <= bytes.size();) {
    std::uint32_t len;
    std::memcpy(&len, bytes.data() + pos + 4, 4);
    if (len == 0) break;
    starts.push_back(pos);
    pos += 12 + len;
  }
  starts.push_back(bytes.size());
  ASSERT_TRUE(starts.size() >= 6);
  write_file(p, bytes.substr(0, starts[3]) + bytes.substr(starts[4]));
  {
    auto ro = MUST(Database::builder().path(p).read_only(true).build());
    ASSERT_TRUE(MUST(ro.history("t")).empty());
    ASSERT_TRUE(MUST(ro.history("u")).empty());
    ASSERT_EQ(MUST(ro.history("b")).size(), std::size_t(1));
    ASSERT_TRUE(MUST(ro.history("b"))[0].current);
    ASSERT_TRUE(MUST(ro.removed_keys()).empty());
  }
  auto db = MUST(Database::open(p));
  const auto t = MUST(db.history("t"));
  ASSERT_EQ(t.size(), std::size_t(1));
  ASSERT_TRUE(t[0].kind == Version::Kind::Removed);
  ASSERT_TRUE(MUST(db.removed_keys()).empty());  // t never had a value that counted
}

TEST(History, offsets_that_are_not_versions_are_refused) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(temp_db(dir)));
  MUST(db.insert("key", "value"));
  MUST(db.insert("other", "value"));
  auto ns = MUST(db.open_namespace("space"));
  MUST(ns.insert("key", "in a namespace"));
  const auto h = MUST(db.history("key"));
  ASSERT_EQ(h.size(), std::size_t(1));
  ASSERT_EQ(MUST(db.read_version("key", h[0].offset)), std::string("value"));
  EMDB_EXPECT_ERROR(db.read_version("other", h[0].offset), ErrorCode::InvalidArgument);
  EMDB_EXPECT_ERROR(ns.read_version("key", h[0].offset), ErrorCode::InvalidArgument);
  EMDB_EXPECT_ERROR(db.read_version("key", h[0].offset + 1), ErrorCode::InvalidArgument);
  EMDB_EXPECT_ERROR(db.read_version("key", 1ull << 40), ErrorCode::InvalidArgument);
  ASSERT_EQ(MUST(ns.read_version("key", MUST(ns.history("key"))[0].offset)), std::string("in a namespace"));
}

TEST(History, cancelled_by_progress) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(temp_db(dir)));
  const std::string big(1 << 20, 'x');
  for (int i = 0; i < 40; ++i) MUST(db.insert("k" + std::to_string(i % 3), big));
  MUST(db.remove("k0"));
  std::uint64_t seen = 0, total = 0;
  EMDB_EXPECT_ERROR(db.history("k1",
                               [&](std::uint64_t d, std::uint64_t t) {
                                 seen = d;
                                 total = t;
                                 return d < 16u << 20;
                               }),
                    ErrorCode::Cancelled);
  ASSERT_TRUE(seen >= 16u << 20 && seen < total);
  EMDB_EXPECT_ERROR(db.removed_keys([](std::uint64_t, std::uint64_t) { return false; }), ErrorCode::Cancelled);
  std::uint64_t last = 0;
  const auto removed = MUST(db.removed_keys([&](std::uint64_t d, std::uint64_t t) {
    if (d < last || d > t) return false;
    last = d;
    return true;
  }));
  ASSERT_EQ(removed.size(), std::size_t(1));
  ASSERT_EQ(removed[0].key, std::string("k0"));
  ASSERT_EQ(MUST(db.read_version("k0", removed[0].last_value.offset)), big);
}

// Readers of the past beside writers and compactions: every answer holds
// together (offsets in order, each version's value is one written for its
// key, or refused once a compaction rewrote the journal).
TEST(History, read_beside_writers_and_compactions) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::builder().path(temp_db(dir)).enable_range_scans(true).build());
  auto ns = MUST(db.open_namespace("side"));
  std::atomic<bool> stop{false};
  std::atomic<int> problems{0};
  const auto writer = [&](Keyspace& ks, int seed) {
    std::mt19937 rng{static_cast<unsigned>(seed)};
    for (int i = 0; !stop.load() && i < 3000; ++i) {  // a bounded journal: each reading reads all of it
      const std::string k = "k" + std::to_string(rng() % 16);
      if (rng() % 4 == 0)
        (void)ks.remove(k);
      else
        (void)ks.insert(k, k + "#" + std::to_string(i));
    }
  };
  std::thread w1(writer, std::ref(static_cast<Keyspace&>(db)), 1), w2(writer, std::ref(static_cast<Keyspace&>(ns)), 2);
  std::thread compactor([&] {
    for (int i = 0; i < 3 && !stop.load(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(40));
      if (!db.compact()) ++problems;
    }
  });
  const auto check = [&](const Keyspace& ks) {
    const std::string k = "k" + std::to_string(std::rand() % 16);
    auto h = ks.history(k);
    if (!h) return ++problems, void();
    std::uint64_t last = 0;
    for (std::size_t i = 0; i < h->size(); ++i) {
      const Version& v = (*h)[i];
      if (i > 0 && v.offset <= last) ++problems;
      last = v.offset;
      if (v.kind != Version::Kind::Written) continue;
      auto value = ks.read_version(k, v.offset);
      if (value ? !value->starts_with(k + "#") || value->size() != v.value_size
                : value.error().code() != ErrorCode::InvalidArgument)
        ++problems;
    }
    auto removed = ks.removed_keys();
    if (!removed) return ++problems, void();
    for (const auto& r : *removed) {
      auto value = ks.read_version(r.key, r.last_value.offset);
      if (value ? !value->starts_with(r.key + "#") : value.error().code() != ErrorCode::InvalidArgument) ++problems;
    }
  };
  const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(400 * scale());
  while (std::chrono::steady_clock::now() < until) {
    check(db);
    check(ns);
  }
  stop = true;
  w1.join();
  w2.join();
  compactor.join();
  ASSERT_EQ(problems.load(), 0);
}

// Files written by emdb 0.9.7 itself: its removals and overwrites are versions too.
TEST(History, fixtures_of_emdb) {
  emdbtest::TempDir dir;
  for (const auto& entry : fs::directory_iterator(fixtures_dir())) {
    if (entry.path().extension() != ".emdb" || fs::exists(entry.path().string() + ".meta") == false) continue;
    if (MUST(Database::encryption_of(entry.path()))) continue;
    auto db = Database::builder().path(entry.path()).read_only(true).build();
    if (!db) continue;  // fixtures of damaged files
    int checked = 0;
    for (const auto& [k, v] : contents(*db)) {
      if (++checked > 40) break;  // each history reads the whole journal
      const auto h = MUST(db->history(k));
      ASSERT_TRUE(!h.empty());
      ASSERT_TRUE(h.back().kind == Version::Kind::Written && h.back().current);
      ASSERT_EQ(MUST(db->read_version(k, h.back().offset)), v);
    }
  }
}
