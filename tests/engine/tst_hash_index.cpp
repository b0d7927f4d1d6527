// The hash index against a std::unordered_map model: inserts, replacements,
// removals with backward-shift deletion, growth.
#include <cstdio>
#include <random>
#include <unordered_map>

#include "engine_test.hpp"
#include "hash_index.hpp"

using namespace emdb::detail;

TEST(HashIndex, agrees_with_a_model) {
  // Offsets stand for keys: key k lives at "offset" k + 8, so `same` can
  // compare through a side table, as the engine compares through the journal.
  HashIndex index;
  std::vector<std::string> keys(20000);
  for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = "key-" + std::to_string(i * 7919);
  std::unordered_map<std::size_t, bool> model;
  std::mt19937 rng(7);
  for (int step = 0; step < 200000; ++step) {
    const std::size_t k = rng() % keys.size();
    const std::uint64_t h = hash_key(keys[k]);
    auto& sh = index.shard(h);
    auto same = [&](std::uint64_t off) { return keys[off - 8] == keys[k]; };
    std::unique_lock lk(sh.mu);
    if (rng() % 3 == 0) {
      const std::uint64_t old = HashIndex::erase(sh, h, same);
      ASSERT_EQ(old != 0, model.contains(k));
      model.erase(k);
    } else {
      const std::uint64_t old = HashIndex::upsert(sh, h, k + 8, same);
      ASSERT_EQ(old != 0, model.contains(k));
      model[k] = true;
    }
  }
  ASSERT_EQ(index.size(), model.size());
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const std::uint64_t h = hash_key(keys[k]);
    const auto& sh = index.shard(h);
    std::shared_lock lk(sh.mu);
    const std::uint64_t off = HashIndex::find(sh, h, [&](std::uint64_t o) { return keys[o - 8] == keys[k]; });
    ASSERT_EQ(off != 0, model.contains(k));
    if (off) {
      ASSERT_EQ(off, std::uint64_t(k + 8));
    }
  }
  const double per_key = double(index.memory_bytes()) / double(model.size());
  std::printf("hash index: %.1f bytes per key\n", per_key);
  ASSERT_TRUE(per_key < 24.0);
}
