#include "ordered_index.hpp"

#include <algorithm>
#include <ranges>

namespace emdb::detail {

std::size_t OrderedIndex::lower_bound(const Block& b, std::string_view k) const {
  return *std::ranges::partition_point(std::views::iota(std::size_t{0}, b.entries.size()),
                                       [&](std::size_t i) { return key(b, i) < k; });
}

std::size_t OrderedIndex::upper_bound(const Block& b, std::string_view k) const {
  return *std::ranges::partition_point(std::views::iota(std::size_t{0}, b.entries.size()),
                                       [&](std::size_t i) { return !(k < key(b, i)); });
}

void OrderedIndex::insert_at(Block& b, std::size_t i, std::string_view k, std::uint64_t entry) {
  // A block grows to kBlock + 1 entries before it splits: one allocation for all of them.
  if (b.entries.size() == b.entries.capacity()) b.entries.reserve(kBlock + 1);
  b.entries.insert(b.entries.begin() + std::ptrdiff_t(i), entry);
  if (i == 0) b.first.assign(k);
}

void OrderedIndex::erase_at(Block& b, std::size_t i) {
  b.entries.erase(b.entries.begin() + std::ptrdiff_t(i));
  if (i == 0 && !b.entries.empty()) b.first.assign(key(b, 0));
}

std::unique_ptr<OrderedIndex::Block> OrderedIndex::split(Block& b, std::size_t from) {
  auto upper = std::make_unique<Block>();
  upper->entries.reserve(kBlock + 1);
  upper->entries.assign(b.entries.begin() + std::ptrdiff_t(from), b.entries.end());
  upper->first.assign(key(*upper, 0));
  b.entries.resize(from);
  return upper;
}

std::unique_ptr<OrderedIndex::Block> OrderedIndex::make_block(std::span<const std::uint64_t> entries,
                                                              std::string_view first) {
  auto b = std::make_unique<Block>();
  b->entries.assign(entries.begin(), entries.end());
  b->first.assign(first);
  return b;
}

std::size_t OrderedIndex::block_for(std::string_view k) const {
  // The last block whose first k is <= k (or the first block).
  auto it = std::upper_bound(blocks_.begin(), blocks_.end(), k,
                             [](std::string_view x, const std::unique_ptr<Block>& b) { return x < b->first; });
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
    tree_[i + 1] += blocks_[i]->entries.size();
    const std::size_t parent = (i + 1) + ((i + 1) & (~(i + 1) + 1));
    if (parent < tree_.size()) tree_[parent] += tree_[i + 1];
  }
}

bool OrderedIndex::upsert(std::string_view k, std::uint64_t entry) {
  if (blocks_.empty()) {
    blocks_.push_back(std::make_unique<Block>());
    insert_at(*blocks_[0], 0, k, entry);
    rebuild_tree();
    size_ = 1;
    return true;
  }
  const std::size_t b = block_for(k);
  Block& blk = *blocks_[b];
  const std::size_t i = lower_bound(blk, k);
  if (i < blk.entries.size() && key(blk, i) == k) {
    blk.entries[i] = entry;
    return false;
  }
  insert_at(blk, i, k, entry);
  ++size_;
  if (blk.entries.size() > kBlock) {  // split in two halves
    blocks_.insert(blocks_.begin() + std::ptrdiff_t(b) + 1, split(blk, kBlock / 2));
    rebuild_tree();
  } else {
    add(b, 1);
  }
  return true;
}

bool OrderedIndex::erase(std::string_view k) {
  if (blocks_.empty()) return false;
  const std::size_t b = block_for(k);
  Block& blk = *blocks_[b];
  const std::size_t i = lower_bound(blk, k);
  if (i == blk.entries.size() || key(blk, i) != k) return false;
  erase_at(blk, i);
  --size_;
  if (blk.entries.size() == 0) {
    blocks_.erase(blocks_.begin() + std::ptrdiff_t(b));
    rebuild_tree();
  } else {
    add(b, -1);
  }
  return true;
}

// Blocks three quarters full (kFill): room to grow before the first splits.
static_assert(OrderedIndex::kFill * 4 == OrderedIndex::kBlock * 3);

void OrderedIndex::assign_sorted(std::span<const std::string_view> keys, std::span<const std::uint64_t> entries) {
  blocks_.clear();
  size_ = keys.size();
  for (std::size_t i = 0; i < keys.size(); i += kFill)
    blocks_.push_back(make_block(entries.subspan(i, std::min(kFill, keys.size() - i)), keys[i]));
  rebuild_tree();
}

void OrderedIndex::assign(std::span<const std::uint64_t> entries, std::span<const std::string_view> firsts,
                          std::size_t per_block) {
  blocks_.clear();
  size_ = entries.size();
  for (std::size_t i = 0, b = 0; i < entries.size(); i += per_block, ++b)
    blocks_.push_back(make_block(entries.subspan(i, std::min(per_block, entries.size() - i)), firsts[b]));
  rebuild_tree();
}

void OrderedIndex::clear() {
  blocks_.clear();
  tree_.clear();
  size_ = 0;
}

std::size_t OrderedIndex::lower_rank(std::string_view k) const {
  if (blocks_.empty()) return 0;
  const std::size_t b = block_for(k);
  return prefix(b) + lower_bound(*blocks_[b], k);
}

std::size_t OrderedIndex::upper_rank(std::string_view k) const {
  if (blocks_.empty()) return 0;
  const std::size_t b = block_for(k);
  return prefix(b) + upper_bound(*blocks_[b], k);
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
  return std::string(key(*blocks_[b], off));
}

void OrderedIndex::copy_from(std::size_t from, std::size_t n, std::vector<std::string>& out) const {
  if (from >= size_ || n == 0) return;
  auto [b, off] = locate(from);
  for (; b < blocks_.size() && n > 0; ++b, off = 0) {
    const Block& blk = *blocks_[b];
    for (; off < blk.entries.size() && n > 0; ++off, --n) out.emplace_back(key(blk, off));
  }
}

std::size_t OrderedIndex::memory_bytes() const {
  std::size_t n = sizeof(*this) + blocks_.capacity() * sizeof(blocks_[0]) + tree_.capacity() * sizeof(tree_[0]);
  for (const auto& b : blocks_) n += sizeof(Block) + b->entries.capacity() * 8 + b->first.capacity();
  return n;
}

}  // namespace emdb::detail
