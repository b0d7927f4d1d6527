// The hash index against a std::unordered_map model: inserts, replacements,
// removals with backward-shift deletion, growth.
#include <random>
#include <unordered_map>

#include "hash_index.hpp"
#include "support.hpp"

using namespace emdb::detail;

class TestHashIndex : public QObject {
  Q_OBJECT
 private slots:
  void agrees_with_a_model() {
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
        QCOMPARE(old != 0, model.contains(k));
        model.erase(k);
      } else {
        const std::uint64_t old = HashIndex::upsert(sh, h, k + 8, same);
        QCOMPARE(old != 0, model.contains(k));
        model[k] = true;
      }
    }
    QCOMPARE(index.size(), model.size());
    for (std::size_t k = 0; k < keys.size(); ++k) {
      const std::uint64_t h = hash_key(keys[k]);
      const auto& sh = index.shard(h);
      std::shared_lock lk(sh.mu);
      const std::uint64_t off = HashIndex::find(sh, h, [&](std::uint64_t o) { return keys[o - 8] == keys[k]; });
      QCOMPARE(off != 0, model.contains(k));
      if (off) QCOMPARE(off, std::uint64_t(k + 8));
    }
    const double per_key = double(index.memory_bytes()) / double(model.size());
    qInfo("hash index: %.1f bytes per key", per_key);
    QVERIFY(per_key < 24.0);
  }
};

QTEST_GUILESS_MAIN(TestHashIndex)
#include "tst_hash_index.moc"
