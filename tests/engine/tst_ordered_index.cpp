// The ordered index against a std::set model: inserts, erases, block splits
// and empty blocks, bulk assignment; every position and rank agrees.
#include <random>
#include <set>

#include "ordered_index.hpp"
#include "support.hpp"

using namespace emdb::detail;

namespace {

// Keys of 0 to 40 bytes, including empty ones, NULs and shared prefixes.
std::string random_key(std::mt19937& rng) {
  std::string k(rng() % 41, '\0');
  for (auto& c : k) c = static_cast<char>("ab\0\xff"[rng() % 4]);
  return k;
}

void expect_same(const OrderedIndex& index, const std::set<std::string>& model, std::mt19937& rng) {
  QCOMPARE(index.size(), model.size());
  std::vector<std::string> all;
  index.copy_from(0, model.size() + 5, all);
  QVERIFY(std::equal(all.begin(), all.end(), model.begin(), model.end()));
  for (int probe = 0; probe < 50; ++probe) {
    const std::string k = random_key(rng);
    QCOMPARE(index.lower_rank(k), std::size_t(std::distance(model.begin(), model.lower_bound(k))));
    QCOMPARE(index.upper_rank(k), std::size_t(std::distance(model.begin(), model.upper_bound(k))));
    if (!model.empty()) {
      const std::size_t i = rng() % model.size();
      QCOMPARE(index.at(i), std::optional<std::string>(*std::next(model.begin(), std::ptrdiff_t(i))));
    }
  }
  QCOMPARE(index.at(model.size()), std::optional<std::string>());
}

}  // namespace

class TestOrderedIndex : public QObject {
  Q_OBJECT
 private slots:
  void agrees_with_a_model() {
    OrderedIndex index;
    std::set<std::string> model;
    std::mt19937 rng(11);
    for (int step = 0; step < 60000; ++step) {
      const std::string k = random_key(rng);
      // Grow for the first half (blocks split), shrink for the second (blocks empty).
      const bool grow = step < 30000 ? rng() % 4 != 0 : rng() % 4 == 0;
      if (grow)
        QCOMPARE(index.insert(k), model.insert(k).second);
      else
        QCOMPARE(index.erase(k), model.erase(k) == 1);
      if (step % 5000 == 0) expect_same(index, model, rng);
    }
    expect_same(index, model, rng);
  }

  void bulk_assignment_then_changes() {
    std::mt19937 rng(5);
    std::set<std::string> model;
    while (model.size() < 5000) model.insert(random_key(rng) + std::to_string(rng()));
    const std::vector<std::string> sorted(model.begin(), model.end());
    const std::vector<std::string_view> views(sorted.begin(), sorted.end());
    OrderedIndex index;
    index.assign_sorted(views);
    expect_same(index, model, rng);
    std::vector<std::string> page;
    index.copy_from(4990, 100, page);
    QCOMPARE(page.size(), std::size_t(10));
    QCOMPARE(page.front(), sorted[4990]);
    for (int i = 0; i < 3000; ++i) {
      const std::string k = random_key(rng) + std::to_string(rng() % 100);
      if (i % 2) {
        QCOMPARE(index.insert(k), model.insert(k).second);
      } else {
        const std::string first = *model.begin();
        QVERIFY(index.erase(first));
        model.erase(first);
      }
    }
    expect_same(index, model, rng);
    index.clear();
    QCOMPARE(index.size(), std::size_t(0));
    QCOMPARE(index.lower_rank("a"), std::size_t(0));
  }
};

QTEST_GUILESS_MAIN(TestOrderedIndex)
#include "tst_ordered_index.moc"
