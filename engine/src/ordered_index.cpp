#include "ordered_index.hpp"

#include <algorithm>
#include <ranges>

namespace emdb::detail {

std::string_view OrderedIndex::Block::key(std::size_t i) const noexcept {
  const std::uint64_t begin = i == 0 ? 0 : ends_[i - 1];
  return std::string_view(bytes_.data() + begin, ends_[i] - begin);
}

std::size_t OrderedIndex::Block::lower_bound(std::string_view k) const noexcept {
  return *std::ranges::partition_point(std::views::iota(std::size_t{0}, size()),
                                       [&](std::size_t i) { return key(i) < k; });
}

std::size_t OrderedIndex::Block::upper_bound(std::string_view k) const noexcept {
  return *std::ranges::partition_point(std::views::iota(std::size_t{0}, size()),
                                       [&](std::size_t i) { return !(k < key(i)); });
}

void OrderedIndex::Block::insert(std::size_t i, std::string_view k) {
  const std::uint64_t at = i == 0 ? 0 : ends_[i - 1];
  bytes_.insert(std::size_t(at), k);
  ends_.insert(ends_.begin() + std::ptrdiff_t(i), at + k.size());
  for (std::size_t j = i + 1; j < ends_.size(); ++j) ends_[j] += k.size();
}

void OrderedIndex::Block::erase(std::size_t i) {
  const std::uint64_t at = i == 0 ? 0 : ends_[i - 1];
  const std::uint64_t len = ends_[i] - at;
  bytes_.erase(std::size_t(at), std::size_t(len));
  ends_.erase(ends_.begin() + std::ptrdiff_t(i));
  for (std::size_t j = i; j < ends_.size(); ++j) ends_[j] -= len;
}

void OrderedIndex::Block::push_back(std::string_view k) {
  bytes_.append(k);
  ends_.push_back(bytes_.size());
}

void OrderedIndex::Block::assign(std::span<const std::string_view> keys) {
  std::size_t bytes = 0;
  for (std::string_view k : keys) bytes += k.size();
  bytes_.reserve(bytes);
  ends_.reserve(keys.size());
  for (std::string_view k : keys) push_back(k);
}

std::unique_ptr<OrderedIndex::Block> OrderedIndex::Block::split(std::size_t from) {
  auto upper = std::make_unique<Block>();
  const std::uint64_t cut = from == 0 ? 0 : ends_[from - 1];
  upper->bytes_.assign(bytes_, std::size_t(cut));
  upper->ends_.reserve(ends_.size() - from);
  for (std::size_t j = from; j < ends_.size(); ++j) upper->ends_.push_back(ends_[j] - cut);
  bytes_.resize(std::size_t(cut));
  bytes_.shrink_to_fit();
  ends_.resize(from);
  return upper;
}

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
    blocks_[0]->push_back(key);
    rebuild_tree();
    size_ = 1;
    return true;
  }
  const std::size_t b = block_for(key);
  Block& blk = *blocks_[b];
  const std::size_t i = blk.lower_bound(key);
  if (i < blk.size() && blk.key(i) == key) return false;
  blk.insert(i, key);
  ++size_;
  if (blk.size() > kBlock) {  // split in two halves
    blocks_.insert(blocks_.begin() + std::ptrdiff_t(b) + 1, blk.split(kBlock / 2));
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
  const std::size_t i = blk.lower_bound(key);
  if (i == blk.size() || blk.key(i) != key) return false;
  blk.erase(i);
  --size_;
  if (blk.size() == 0) {
    blocks_.erase(blocks_.begin() + std::ptrdiff_t(b));
    rebuild_tree();
  } else {
    add(b, -1);
  }
  return true;
}

void OrderedIndex::assign_sorted(std::span<const std::string_view> sorted) {
  blocks_.clear();
  size_ = sorted.size();
  // Blocks three quarters full: room to grow before the first splits.
  constexpr std::size_t kFill = kBlock * 3 / 4;
  for (std::size_t i = 0; i < sorted.size(); i += kFill) {
    auto b = std::make_unique<Block>();
    b->assign(sorted.subspan(i, std::min(kFill, sorted.size() - i)));
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
  return prefix(b) + blocks_[b]->lower_bound(key);
}

std::size_t OrderedIndex::upper_rank(std::string_view key) const {
  if (blocks_.empty()) return 0;
  const std::size_t b = block_for(key);
  return prefix(b) + blocks_[b]->upper_bound(key);
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
  return std::string(blocks_[b]->key(off));
}

void OrderedIndex::copy_from(std::size_t from, std::size_t n, std::vector<std::string>& out) const {
  if (from >= size_ || n == 0) return;
  auto [b, off] = locate(from);
  for (; b < blocks_.size() && n > 0; ++b, off = 0) {
    const Block& blk = *blocks_[b];
    for (; off < blk.size() && n > 0; ++off, --n) out.emplace_back(blk.key(off));
  }
}

}  // namespace emdb::detail
