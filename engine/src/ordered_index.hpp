// The ordered index of one namespace (enable_range_scans): its keys in byte
// order, with positions. Keys sit in sorted blocks of at most kBlock keys,
// each block's keys packed into one buffer; a Fenwick tree over the block
// sizes answers "the key at position i" and "the position of key k" in
// O(log n). Not synchronised: the owner locks `mu`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace emdb::detail {

class OrderedIndex {
 public:
  mutable std::shared_mutex mu;  // shared for reads, exclusive for changes

  // True when the key was not there before.
  bool insert(std::string_view key);
  // True when the key was there.
  bool erase(std::string_view key);
  void clear();
  // Replaces the contents with `sorted` (ascending, no duplicates), in O(n).
  void assign_sorted(std::span<const std::string_view> sorted);
  std::size_t size() const noexcept { return size_; }

  // Keys before `key` (the position `key` has or would have).
  std::size_t lower_rank(std::string_view key) const;
  // Keys at or before `key`.
  std::size_t upper_rank(std::string_view key) const;
  // The key at position i (0-based), if i < size().
  std::optional<std::string> at(std::size_t i) const;
  // Appends up to `n` keys from position `from` on to `out`.
  void copy_from(std::size_t from, std::size_t n, std::vector<std::string>& out) const;

 private:
  static constexpr std::size_t kBlock = 512;

  // Sorted keys packed end to end: key i is bytes[ends[i-1], ends[i]).
  class Block {
   public:
    std::size_t size() const noexcept { return ends_.size(); }
    std::string_view key(std::size_t i) const noexcept;
    std::string_view front() const noexcept { return key(0); }
    std::size_t lower_bound(std::string_view k) const noexcept;
    std::size_t upper_bound(std::string_view k) const noexcept;
    void insert(std::size_t i, std::string_view k);
    void erase(std::size_t i);
    void push_back(std::string_view k);
    // Fills an empty block with `keys` (sorted), allocating once.
    void assign(std::span<const std::string_view> keys);
    // Moves keys [from, size()) to a new block.
    std::unique_ptr<Block> split(std::size_t from);

   private:
    std::string bytes_;
    std::vector<std::uint64_t> ends_;
  };

  std::size_t block_for(std::string_view key) const;  // the block a key belongs in
  std::size_t prefix(std::size_t blocks) const;       // keys in blocks [0, blocks)
  void add(std::size_t block, std::ptrdiff_t delta);
  void rebuild_tree();
  std::pair<std::size_t, std::size_t> locate(std::size_t i) const;  // (block, offset) of position i

  std::vector<std::unique_ptr<Block>> blocks_;
  std::vector<std::size_t> tree_;  // Fenwick tree over block sizes, 1-based
  std::size_t size_ = 0;
};

}  // namespace emdb::detail
