// 8 threads on clones of one handle: inserts, removes, range scans and
// transactions at once, with compactions and positional reads beside them;
// plain, and encrypted (whose ordered index reads keys the hash index keeps).
// Each thread owns its keys, so its model is exact; at the end the database
// holds exactly the union of the models.
#include <atomic>
#include <random>
#include <thread>

#include "engine_test.hpp"

using namespace emdb;

namespace {

void check_mixed_workload(bool encrypted) {
  emdbtest::TempDir dir;
  auto builder = Database::builder().path(emdbtest::temp_db(dir)).enable_range_scans(true);
  if (encrypted) builder.encryption_key(RawKey{7, 7, 7});
  auto db = MUST(builder.build());
  std::atomic<bool> done{false};
  std::string side_failure;
  std::thread side([&, h = db.clone_handle()]() mutable {
    std::mt19937 rng{99};
    for (int round = 0; !done; ++round) {
      if (round % 50 == 0 && !h.compact()) side_failure = "compact";
      const std::size_t n = h.len().value_or(0);
      if (n > 0) {
        auto k = h.key_at(rng() % n);
        if (!k) side_failure = "key_at";
        if (k && *k && !h.position_of(**k)) side_failure = "position_of";
      }
    }
  });
  constexpr int kThreads = 8, kOps = 1500, kKeys = 200;
  std::vector<std::map<std::string, std::string>> models(kThreads);
  std::vector<std::string> failures(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t, h = db.clone_handle()]() mutable {
      auto& model = models[std::size_t(t)];
      std::mt19937 rng{static_cast<unsigned>(t)};
      const std::string prefix = "t" + std::to_string(t) + ":";
      auto key = [&](std::uint_fast32_t i) {
        char b[8];
        std::snprintf(b, sizeof b, "%04u", static_cast<unsigned>(i));
        return prefix + b;
      };
      auto fail = [&](const std::string& why) {
        if (failures[std::size_t(t)].empty()) failures[std::size_t(t)] = why;
      };
      for (int op = 0; op < kOps; ++op) {
        const auto r = rng() % 10;
        const std::string k = key(rng() % kKeys), v = std::to_string(op);
        if (r < 4) {
          if (!h.insert(k, v)) fail("insert");
          model[k] = v;
        } else if (r < 6) {
          auto old = h.remove(k);
          if (!old) fail("remove");
          const auto it = model.find(k);
          if (old && old->has_value() != (it != model.end())) fail("remove returned the wrong prior value");
          if (it != model.end()) model.erase(it);
        } else if (r < 8) {
          const std::string k2 = key(rng() % kKeys);
          auto tx = h.transaction([&](Transaction& x) -> Result<void> {
            if (auto w = x.insert(k, v); !w) return w;
            return x.remove(k2).transform([](auto&&) {});
          });
          if (!tx) fail("transaction");
          model[k] = v;
          model.erase(k2);
        } else {
          // The thread's own slice, in order, equals its model.
          auto got = h.range_prefix(prefix);
          if (!got) {
            fail("range");
            continue;
          }
          if (got->size() != model.size()) {
            fail("range size " + std::to_string(got->size()) + " != " + std::to_string(model.size()));
            continue;
          }
          auto m = model.begin();
          for (const auto& [gk, gv] : *got)
            if (gk != m->first || gv != (m++)->second) fail("range content");
          auto pos = h.position_of(prefix);
          if (!pos) fail("position_of");
        }
      }
    });
  for (auto& th : threads) th.join();
  done = true;
  side.join();
  ASSERT_TRUE(side_failure.empty()) << side_failure;
  for (int t = 0; t < kThreads; ++t) ASSERT_TRUE(failures[std::size_t(t)].empty()) << failures[std::size_t(t)];
  std::map<std::string, std::string> all;
  for (const auto& m : models) all.insert(m.begin(), m.end());
  auto got = MUST(db.range(KeyRange::all()));
  ASSERT_EQ(got.size(), all.size());
  auto a = all.begin();
  for (const auto& [k, v] : got) {
    ASSERT_EQ(k, a->first);
    ASSERT_EQ(v, a->second);
    ++a;
  }
  ASSERT_EQ(MUST(db.len()), all.size());
}

}  // namespace

TEST(Concurrency, mixed_workload_matches_model) {
  emdbtest::EncryptedRows rows;
  for (const auto& [row, encrypted] : {std::pair{"plain", false}, std::pair{"encrypted", true}}) {
    if (rows.skip(row, encrypted)) continue;
    SCOPED_TRACE(row);
    check_mixed_workload(encrypted);
  }
}
