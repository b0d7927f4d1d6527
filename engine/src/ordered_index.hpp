// The ordered index of one namespace (enable_range_scans): its keys in byte
// order, with positions. Entries sit in sorted blocks of at most kBlock, a
// Fenwick tree over the block sizes answers "the key at position i" and "the
// position of key k" in O(log n). Not synchronised: the owner locks `mu`.
//
// It holds no key bytes: an entry is a 64-bit reference the owner gives
// (the engine: the payload offset of the key's live record, and its hash
// shard), 8 bytes a key; keys are read through `KeyAt` when compared or
// copied out. Each block keeps a copy of its first key, so finding the block
// reads none. The owner keeps every entry naming the key's live record
// (upsert on every write, remap after a compaction).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shared_mutex.hpp"

namespace emdb::detail {

class OrderedIndex {
 public:
  // The key an entry names. Called with `mu` held; the view must stay valid
  // while it is.
  using KeyAt = std::function<std::string_view(std::uint64_t entry)>;

  explicit OrderedIndex(KeyAt key_at) : key_at_(std::move(key_at)) {}

  mutable SharedMutex mu;  // shared for reads, exclusive for changes

  // Adds `key`, named by `entry`, or makes `entry` its entry when it is
  // there. True when the key was not there.
  bool upsert(std::string_view key, std::uint64_t entry);
  // True when the key was there.
  bool erase(std::string_view key);
  void clear();
  // Replaces the contents, in O(n): `keys` ascending without duplicates,
  // entries[i] naming keys[i].
  void assign_sorted(std::span<const std::string_view> keys, std::span<const std::uint64_t> entries);
  // Replaces the contents with `entries`, whose keys ascend (as for_each
  // gave them), in blocks of `per_block` (1 to kBlock) whose first keys are
  // `firsts` (one a block): reads no key.
  void assign(std::span<const std::uint64_t> entries, std::span<const std::string_view> firsts, std::size_t per_block);
  // The block size assign_sorted() uses.
  static constexpr std::size_t kFill = 384;
  static constexpr std::size_t kBlock = 512;
  std::size_t size() const noexcept { return size_; }

  // Keys before `key` (the position `key` has or would have).
  std::size_t lower_rank(std::string_view key) const;
  // Keys at or before `key`.
  std::size_t upper_rank(std::string_view key) const;
  // The key at position i (0-based), if i < size().
  std::optional<std::string> at(std::size_t i) const;
  // Appends up to `n` keys from position `from` on to `out`.
  void copy_from(std::size_t from, std::size_t n, std::vector<std::string>& out) const;

  // f(entry) for every entry, in key order.
  template <class F>
  void for_each(F&& f) const {
    for (const auto& b : blocks_)
      for (std::uint64_t e : b->entries) f(e);
  }
  // Every entry replaced by map(entry), which names the same key (compaction
  // moved the records).
  template <class Map>
  void remap(Map&& map) {
    for (auto& b : blocks_)
      for (auto& e : b->entries) e = map(e);
  }

  // Bytes of memory the index takes.
  std::size_t memory_bytes() const;

 private:
  struct Block {
    std::vector<std::uint64_t> entries;
    std::string first;  // a copy of the first entry's key
  };

  std::string_view key(const Block& b, std::size_t i) const { return key_at_(b.entries[i]); }
  std::size_t lower_bound(const Block& b, std::string_view k) const;
  std::size_t upper_bound(const Block& b, std::string_view k) const;
  void insert_at(Block& b, std::size_t i, std::string_view k, std::uint64_t entry);
  void erase_at(Block& b, std::size_t i);
  // Moves entries [from, size) to a new block.
  std::unique_ptr<Block> split(Block& b, std::size_t from);
  std::unique_ptr<Block> make_block(std::span<const std::uint64_t> entries, std::string_view first);

  std::size_t block_for(std::string_view key) const;  // the block a key belongs in
  std::size_t prefix(std::size_t blocks) const;       // keys in blocks [0, blocks)
  void add(std::size_t block, std::ptrdiff_t delta);
  void rebuild_tree();
  std::pair<std::size_t, std::size_t> locate(std::size_t i) const;  // (block, offset) of position i

  KeyAt key_at_;
  std::vector<std::unique_ptr<Block>> blocks_;
  std::vector<std::size_t> tree_;  // Fenwick tree over block sizes, 1-based
  std::size_t size_ = 0;
};

}  // namespace emdb::detail
