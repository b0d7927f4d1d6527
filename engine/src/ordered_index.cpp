#include "ordered_index.hpp"

#include <algorithm>

namespace emdb::detail {

std::size_t OrderedIndex::block_for(std::string_view key) const {
  // The last block whose first key is <= key (or the first block).
  auto it = std::upper_bound(blocks_.begin(), blocks_.end(), key,
                             [](std::string_view k, const std::unique_ptr<Block>& b) { return k < b->front(); });
  return it == blocks_.begin() ? 0 : std::size_t(it - blocks_.begin()) - 1;
}

std::size_t OrderedIndex::prefix(std::size_t blocks) const {
  std::size_t sum = 0;
  for (std::size_t i = blocks; i > 0; i -= i & (~i + 1)) sum += tree_[i];
  return sum;
}

void OrderedIndex::add(std::size_t block, std::ptrdiff_t delta) {
  for (std::size_t i = block + 1; i < tree_.size(); i += i & (~i + 1))
    tree_[i] = std::size_t(std::ptrdiff_t(tree_[i]) + delta);
}

void OrderedIndex::rebuild_tree() {
  tree_.assign(blocks_.size() + 1, 0);
  for (std::size_t i = 0; i < blocks_.size(); ++i) {
    tree_[i + 1] += blocks_[i]->size();
    const std::size_t parent = (i + 1) + ((i + 1) & (~(i + 1) + 1));
    if (parent < tree_.size()) tree_[parent] += tree_[i + 1];
  }
}

bool OrderedIndex::insert(std::string_view key) {
  if (blocks_.empty()) {
    blocks_.push_back(std::make_unique<Block>());
    blocks_[0]->emplace_back(key);
    rebuild_tree();
    size_ = 1;
    return true;
  }
  const std::size_t b = block_for(key);
  Block& blk = *blocks_[b];
  auto it = std::lower_bound(blk.begin(), blk.end(), key);
  if (it != blk.end() && *it == key) return false;
  blk.emplace(it, key);
  ++size_;
  if (blk.size() > kBlock) {  // split in two halves
    auto upper =
        std::make_unique<Block>(std::make_move_iterator(blk.begin() + kBlock / 2), std::make_move_iterator(blk.end()));
    blk.resize(kBlock / 2);
    blocks_.insert(blocks_.begin() + std::ptrdiff_t(b) + 1, std::move(upper));
    rebuild_tree();
  } else {
    add(b, 1);
  }
  return true;
}

bool OrderedIndex::erase(std::string_view key) {
  if (blocks_.empty()) return false;
  const std::size_t b = block_for(key);
  Block& blk = *blocks_[b];
  auto it = std::lower_bound(blk.begin(), blk.end(), key);
  if (it == blk.end() || *it != key) return false;
  blk.erase(it);
  --size_;
  if (blk.empty()) {
    blocks_.erase(blocks_.begin() + std::ptrdiff_t(b));
    rebuild_tree();
  } else {
    add(b, -1);
  }
  return true;
}

void OrderedIndex::assign_sorted(std::vector<std::string> sorted) {
  blocks_.clear();
  size_ = sorted.size();
  // Blocks three quarters full: room to grow before the first splits.
  constexpr std::size_t kFill = kBlock * 3 / 4;
  for (std::size_t i = 0; i < sorted.size(); i += kFill) {
    auto b = std::make_unique<Block>(
        std::make_move_iterator(sorted.begin() + std::ptrdiff_t(i)),
        std::make_move_iterator(sorted.begin() + std::ptrdiff_t(std::min(i + kFill, sorted.size()))));
    blocks_.push_back(std::move(b));
  }
  rebuild_tree();
}

void OrderedIndex::clear() {
  blocks_.clear();
  tree_.clear();
  size_ = 0;
}

std::size_t OrderedIndex::lower_rank(std::string_view key) const {
  if (blocks_.empty()) return 0;
  const std::size_t b = block_for(key);
  const Block& blk = *blocks_[b];
  return prefix(b) + std::size_t(std::lower_bound(blk.begin(), blk.end(), key) - blk.begin());
}

std::size_t OrderedIndex::upper_rank(std::string_view key) const {
  if (blocks_.empty()) return 0;
  const std::size_t b = block_for(key);
  const Block& blk = *blocks_[b];
  return prefix(b) + std::size_t(std::upper_bound(blk.begin(), blk.end(), key) - blk.begin());
}

std::pair<std::size_t, std::size_t> OrderedIndex::locate(std::size_t i) const {
  // Fenwick descent: the block holding position i.
  std::size_t pos = 0, rest = i;
  std::size_t step = 1;
  while (step * 2 < tree_.size()) step *= 2;
  for (; step > 0; step /= 2) {
    if (pos + step < tree_.size() && tree_[pos + step] <= rest) {
      pos += step;
      rest -= tree_[pos];
    }
  }
  return {pos, rest};  // block index `pos` (0-based), offset `rest`
}

std::optional<std::string> OrderedIndex::at(std::size_t i) const {
  if (i >= size_) return std::nullopt;
  auto [b, off] = locate(i);
  return (*blocks_[b])[off];
}

void OrderedIndex::copy_from(std::size_t from, std::size_t n, std::vector<std::string>& out) const {
  if (from >= size_ || n == 0) return;
  auto [b, off] = locate(from);
  for (; b < blocks_.size() && n > 0; ++b, off = 0) {
    const Block& blk = *blocks_[b];
    for (; off < blk.size() && n > 0; ++off, --n) out.push_back(blk[off]);
  }
}

}  // namespace emdb::detail
