// Range scans and positional access against a sorted model.
#include <random>
#include <set>
#include <thread>

#include "engine_test.hpp"

using namespace emdb;

namespace {
Database ranged() { return std::move(*Database::builder().enable_range_scans(true).build()); }
std::vector<std::string> keys_of(const std::vector<Entry>& v) {
  std::vector<std::string> k;
  for (const auto& e : v) k.push_back(e.first);
  return k;
}
}  // namespace

TEST(Ranges, seed_examples) {
  auto db = ranged();
  MUST(db.insert("a", "1"));
  MUST(db.insert("b", "2"));
  MUST(db.insert("c", "3"));
  ASSERT_EQ(MUST(db.range(KeyRange::half_open("a", "c"))).size(), std::size_t(2));
  MUST(db.insert("user:1", "alice"));
  MUST(db.insert("user:2", "bob"));
  MUST(db.insert("admin:1", "carol"));
  ASSERT_EQ(MUST(db.range_prefix("user:")).size(), std::size_t(2));
  // Paging ten at a time with iter_after.
  auto db2 = ranged();
  for (int i = 0; i < 50; ++i) {
    char k[16];
    std::snprintf(k, sizeof k, "rec-%03d", i);
    MUST(db2.insert(k, "v"));
  }
  std::optional<std::string> cursor;
  int pages = 0;
  for (;;) {
    auto it = cursor ? MUST(db2.iter_after(*cursor)) : MUST(db2.iter_from(""));
    std::vector<std::string> page;
    while (page.size() < 10)
      if (auto e = it.next())
        page.push_back(e->first);
      else
        break;
    if (page.empty()) break;
    cursor = page.back();
    ++pages;
  }
  ASSERT_EQ(pages, 5);
}

// The index built at open sorts as bytes do, also for keys that tie on
// their first 16 bytes or differ only by trailing zero bytes.
TEST(Ranges, open_sorts_keys_as_bytes) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::vector<std::string> keys{"",
                                "a",
                                std::string("ab\0", 3),
                                "ab",
                                std::string("ab\0\0", 4),
                                "\xff",
                                std::string(16, 'x') + "b",
                                std::string(16, 'x') + "a",
                                std::string(16, 'x'),
                                std::string(15, 'x') + std::string(1, '\0'),
                                "b"};
  {
    auto db = MUST(Database::open(path));
    for (const auto& k : keys) MUST(db.insert(k, "v"));
  }
  std::sort(keys.begin(), keys.end());
  auto db = MUST(Database::builder().path(path).enable_range_scans(true).build());
  std::vector<std::string> got;
  for (const auto& [k, v] : MUST(db.range(KeyRange::all()))) got.push_back(k);
  ASSERT_EQ(got, keys);
  for (std::size_t i = 0; i < keys.size(); ++i) ASSERT_EQ(MUST(db.key_at(i)), std::optional<std::string>(keys[i]));
}

TEST(Ranges, every_bound_kind) {
  auto db = ranged();
  for (const char* k : {"a", "b", "c", "d", "e"}) MUST(db.insert(k, k));
  auto r = [&](Bound lo, Bound hi) { return keys_of(MUST(db.range(KeyRange{lo, hi}))); };
  using V = std::vector<std::string>;
  ASSERT_EQ(r(Bound::included("b"), Bound::included("d")), (V{"b", "c", "d"}));
  ASSERT_EQ(r(Bound::excluded("b"), Bound::excluded("d")), (V{"c"}));
  ASSERT_EQ(r(Bound::unbounded(), Bound::excluded("c")), (V{"a", "b"}));
  ASSERT_EQ(r(Bound::excluded("c"), Bound::unbounded()), (V{"d", "e"}));
  ASSERT_EQ(r(Bound::unbounded(), Bound::unbounded()).size(), std::size_t(5));
  ASSERT_EQ(keys_of(MUST(db.range_prefix(std::string("\xff", 1)))), V{});
}

TEST(Ranges, without_the_option) {
  auto db = Database::open_in_memory();
  EMDB_EXPECT_ERROR(db.range(KeyRange::all()), ErrorCode::InvalidConfig);
  EMDB_EXPECT_ERROR(db.key_at(0), ErrorCode::InvalidConfig);
  EMDB_EXPECT_ERROR(db.iter_from("a"), ErrorCode::InvalidConfig);
}

// Positional access agrees with a sorted model at random positions while
// another thread keeps writing keys outside the checked set.
TEST(Ranges, positions_agree_with_a_model_under_writes) {
  auto db = ranged();
  std::set<std::string> model;
  std::mt19937 rng(3);
  for (int i = 0; i < 20000; ++i) {
    std::string k = "m" + std::to_string(rng() % 100000);
    MUST(db.insert(k, "v"));
    model.insert(k);
  }
  std::atomic<bool> stop{false};
  std::thread writer([h = db.clone_handle(), &stop]() mutable {
    for (int i = 0; !stop; ++i) (void)h.insert("z" + std::to_string(i), "v");  // sorts after every "m" key
  });
  const std::vector<std::string> sorted(model.begin(), model.end());
  for (int t = 0; t < 2000; ++t) {
    const std::size_t i = rng() % sorted.size();
    ASSERT_EQ(MUST(db.key_at(i)), std::optional<std::string>(sorted[i]));
    ASSERT_EQ(MUST(db.position_of(sorted[i])), i);
  }
  stop = true;
  writer.join();
  ASSERT_EQ(MUST(db.position_of("m")), std::size_t(0));
  auto all = MUST(db.range_prefix("m"));
  ASSERT_EQ(keys_of(all), sorted);
}

TEST(Ranges, ranges_survive_reopen_and_namespaces) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::builder().path(path).enable_range_scans(true).build());
    auto ns = MUST(db.open_namespace("n"));
    for (int i = 0; i < 100; ++i) MUST(ns.insert("k" + std::to_string(1000 + i), "v"));
    MUST(ns.remove("k1050"));
    MUST(db.checkpoint());
    MUST(ns.insert("k0", "first"));
  }
  auto db = MUST(Database::builder().path(path).enable_range_scans(true).build());
  auto ns = MUST(db.open_namespace("n"));
  ASSERT_EQ(MUST(ns.key_at(0)), std::optional<std::string>("k0"));
  ASSERT_EQ(MUST(ns.len()), std::size_t(100));
  ASSERT_EQ(MUST(ns.range_prefix("k10")).size(), std::size_t(99));
}
