// The ordered index against a std::set model: inserts, erases, block splits
// and empty blocks, bulk assignment, remapping; every position and rank
// agrees. Its entries name records of an append-only store standing in for
// the journal (each write appends a new record and the index follows it).
#include <deque>
#include <map>
#include <random>
#include <set>

#include "engine_test.hpp"
#include "ordered_index.hpp"

using namespace emdb::detail;

namespace {

// Keys of 0 to 40 bytes, including empty ones, NULs and shared prefixes.
std::string random_key(std::mt19937& rng) {
  std::string k(rng() % 41, '\0');
  for (auto& c : k) c = static_cast<char>("ab\0\xff"[rng() % 4]);
  return k;
}

void expect_same(const OrderedIndex& index, const std::set<std::string>& model, std::mt19937& rng) {
  ASSERT_EQ(index.size(), model.size());
  std::vector<std::string> all;
  index.copy_from(0, model.size() + 5, all);
  ASSERT_TRUE(std::equal(all.begin(), all.end(), model.begin(), model.end()));
  for (int probe = 0; probe < 50; ++probe) {
    const std::string k = random_key(rng);
    ASSERT_EQ(index.lower_rank(k), std::size_t(std::distance(model.begin(), model.lower_bound(k))));
    ASSERT_EQ(index.upper_rank(k), std::size_t(std::distance(model.begin(), model.upper_bound(k))));
    if (!model.empty()) {
      const std::size_t i = rng() % model.size();
      ASSERT_EQ(index.at(i), std::optional<std::string>(*std::next(model.begin(), std::ptrdiff_t(i))));
    }
  }
  ASSERT_EQ(index.at(model.size()), std::optional<std::string>());
}

// An append-only store of keys, as the journal is: loc i + 1 is record i.
struct Store {
  std::deque<std::string> records;
  std::map<std::string, std::uint64_t> live;  // key -> loc of its last record
  std::uint64_t write(const std::string& k) {
    records.push_back(k);
    return live[k] = records.size();
  }
  OrderedIndex::KeyAt key_at() {
    return [this](std::uint64_t loc) { return std::string_view(records.at(loc - 1)); };
  }
};

// Each entry names the key's live record, in key order.
void expect_live_locs(const OrderedIndex& index, const Store& store, const std::set<std::string>& model) {
  std::vector<std::uint64_t> locs;
  index.for_each([&](std::uint64_t loc) { locs.push_back(loc); });
  ASSERT_EQ(locs.size(), model.size());
  auto it = model.begin();
  for (std::uint64_t loc : locs) ASSERT_EQ(loc, store.live.at(*it++));
}

}  // namespace

TEST(OrderedIndex, agrees_with_a_model) {
  Store store;
  OrderedIndex index(store.key_at());
  std::set<std::string> model;
  std::mt19937 rng(11);
  for (int step = 0; step < 60000; ++step) {
    const std::string k = random_key(rng);
    // Grow for the first half (blocks split), shrink for the second (blocks empty).
    const bool grow = step < 30000 ? rng() % 4 != 0 : rng() % 4 == 0;
    if (grow) {
      ASSERT_EQ(index.upsert(k, store.write(k)), model.insert(k).second);
    } else {
      ASSERT_EQ(index.erase(k), model.erase(k) == 1);
      store.live.erase(k);
    }
    if (step % 5000 == 0) {
      ASSERT_NO_FATAL_FAILURE(expect_same(index, model, rng));
      ASSERT_NO_FATAL_FAILURE(expect_live_locs(index, store, model));
    }
  }
  ASSERT_NO_FATAL_FAILURE(expect_same(index, model, rng));
  ASSERT_NO_FATAL_FAILURE(expect_live_locs(index, store, model));
}

TEST(OrderedIndex, bulk_assignment_then_changes) {
  std::mt19937 rng(5);
  Store store;
  std::set<std::string> model;
  while (model.size() < 5000) model.insert(random_key(rng) + std::to_string(rng()));
  const std::vector<std::string> sorted(model.begin(), model.end());
  const std::vector<std::string_view> views(sorted.begin(), sorted.end());
  std::vector<std::uint64_t> locs;
  for (const auto& k : sorted) locs.push_back(store.write(k));
  OrderedIndex index(store.key_at());
  index.assign_sorted(views, locs);
  ASSERT_NO_FATAL_FAILURE(expect_same(index, model, rng));
  ASSERT_NO_FATAL_FAILURE(expect_live_locs(index, store, model));
  std::vector<std::string> page;
  index.copy_from(4990, 100, page);
  ASSERT_EQ(page.size(), std::size_t(10));
  ASSERT_EQ(page.front(), sorted[4990]);
  for (int i = 0; i < 3000; ++i) {
    const std::string k = random_key(rng) + std::to_string(rng() % 100);
    if (i % 3 == 0) {
      ASSERT_EQ(index.upsert(k, store.write(k)), model.insert(k).second);
    } else if (i % 3 == 1) {  // an overwrite: the same key, a new record
      const std::string some = *std::next(model.begin(), std::ptrdiff_t(rng() % model.size()));
      ASSERT_TRUE(!index.upsert(some, store.write(some)));
    } else {
      const std::string first = *model.begin();
      ASSERT_TRUE(index.erase(first));
      model.erase(first);
      store.live.erase(first);
    }
  }
  ASSERT_NO_FATAL_FAILURE(expect_same(index, model, rng));
  ASSERT_NO_FATAL_FAILURE(expect_live_locs(index, store, model));
  index.clear();
  ASSERT_EQ(index.size(), std::size_t(0));
  ASSERT_EQ(index.lower_rank("a"), std::size_t(0));
}

// Built from the entries alone (as a checkpoint gives them), then moved to
// a compacted store: the same keys in the same order.
TEST(OrderedIndex, assigned_from_locs_and_remapped) {
  std::mt19937 rng(3);
  Store store;
  std::set<std::string> model;
  for (int i = 0; i < 20000; ++i) {
    const std::string k = random_key(rng) + std::to_string(rng() % 5000);
    store.write(k);
    model.insert(k);
  }
  OrderedIndex built(store.key_at());
  for (const auto& [k, loc] : store.live) built.upsert(k, loc);
  std::vector<std::uint64_t> locs;
  built.for_each([&](std::uint64_t loc) { locs.push_back(loc); });
  // In blocks of 100, their first keys given (as a checkpoint keeps them).
  std::vector<std::string_view> firsts;
  for (std::size_t i = 0; i < locs.size(); i += 100) firsts.push_back(store.records.at(locs[i] - 1));
  OrderedIndex index(store.key_at());
  index.assign(locs, firsts, 100);
  ASSERT_NO_FATAL_FAILURE(expect_same(index, model, rng));
  // Compaction: only the live records, in a new store.
  Store compacted;
  std::map<std::uint64_t, std::string> by_loc;
  for (const auto& [k, loc] : store.live) by_loc[loc] = k;
  std::map<std::uint64_t, std::uint64_t> moved;
  for (const auto& [loc, k] : by_loc) moved[loc] = compacted.write(k);
  store = std::move(compacted);
  index.remap([&](std::uint64_t loc) { return moved.at(loc); });
  ASSERT_NO_FATAL_FAILURE(expect_same(index, model, rng));
  ASSERT_NO_FATAL_FAILURE(expect_live_locs(index, store, model));
  ASSERT_TRUE(index.memory_bytes() < model.size() * 16);
}
