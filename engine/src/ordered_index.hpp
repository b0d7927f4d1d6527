// The ordered index of one namespace (enable_range_scans): its keys in byte
// order, with positions. Entries sit in sorted blocks of at most kBlock, a
// Fenwick tree over the block sizes answers "the key at position i" and "the
// position of key k" in O(log n). Not synchronised: the owner locks `mu`.
//
// Two ways to hold a key:
//  * by reference (plain databases): an entry is the payload offset of the
//    key's live record, 8 bytes; its bytes are read through `KeyAt` (from the
//    journal) when compared or copied out. Each block keeps a copy of its
//    first key, so finding the block reads nothing. The owner keeps every
//    entry pointing at the key's live record (upsert on every write, remap
//    after a compaction).
//  * by copy (encrypted databases, whose journal holds keys sealed): a
//    block's keys are packed into one buffer; offsets are not kept.
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

namespace emdb::detail {

class OrderedIndex {
 public:
  // The key of the record whose payload starts at `loc`. Called with `mu`
  // held; the view must stay valid while it is.
  using KeyAt = std::function<std::string_view(std::uint64_t loc)>;

  // Keys by copy.
  OrderedIndex() = default;
  // Keys by reference, read through key_at.
  explicit OrderedIndex(KeyAt key_at) : key_at_(std::move(key_at)) {}

  mutable std::shared_mutex mu;  // shared for reads, exclusive for changes

  bool by_reference() const noexcept { return bool(key_at_); }

  // Adds `key`, whose live record is at `loc`, or points it at `loc` when it
  // is there (by copy: loc is not kept). True when the key was not there.
  bool upsert(std::string_view key, std::uint64_t loc);
  // True when the key was there.
  bool erase(std::string_view key);
  void clear();
  // Replaces the contents, in O(n): `keys` ascending without duplicates, and
  // (by reference) `locs[i]` the record of keys[i].
  void assign_sorted(std::span<const std::string_view> keys, std::span<const std::uint64_t> locs);
  // By reference: replaces the contents with the records at `locs`, whose
  // keys ascend (as for_each_loc gave them); reads only each block's first key.
  void assign_locs(std::span<const std::uint64_t> locs);
  std::size_t size() const noexcept { return size_; }

  // Keys before `key` (the position `key` has or would have).
  std::size_t lower_rank(std::string_view key) const;
  // Keys at or before `key`.
  std::size_t upper_rank(std::string_view key) const;
  // The key at position i (0-based), if i < size().
  std::optional<std::string> at(std::size_t i) const;
  // Appends up to `n` keys from position `from` on to `out`.
  void copy_from(std::size_t from, std::size_t n, std::vector<std::string>& out) const;

  // By reference: f(loc) for every entry, in key order.
  template <class F>
  void for_each_loc(F&& f) const {
    for (const auto& b : blocks_)
      for (std::uint64_t loc : b->locs) f(loc);
  }
  // By copy: f(key) for every key, in order.
  template <class F>
  void for_each_key(F&& f) const {
    for (const auto& b : blocks_)
      for (std::size_t i = 0; i < b->ends.size(); ++i) f(b->packed(i));
  }
  // By reference: every loc replaced by map(loc) (compaction moved the records).
  template <class Map>
  void remap(Map&& map) {
    for (auto& b : blocks_)
      for (auto& loc : b->locs) loc = map(loc);
  }

  // Bytes of memory the index takes.
  std::size_t memory_bytes() const;

 private:
  static constexpr std::size_t kBlock = 512;

  struct Block {
    // By reference: payload offsets, and a copy of the first entry's key.
    std::vector<std::uint64_t> locs;
    std::string first;
    // By copy: keys packed end to end, key i is bytes[ends[i-1], ends[i]).
    std::string bytes;
    std::vector<std::uint64_t> ends;

    std::string_view packed(std::size_t i) const noexcept {
      const std::uint64_t begin = i == 0 ? 0 : ends[i - 1];
      return std::string_view(bytes.data() + begin, ends[i] - begin);
    }
  };

  std::size_t count(const Block& b) const noexcept { return by_reference() ? b.locs.size() : b.ends.size(); }
  std::string_view key(const Block& b, std::size_t i) const;
  std::string_view front(const Block& b) const { return by_reference() ? std::string_view(b.first) : b.packed(0); }
  std::size_t lower_bound(const Block& b, std::string_view k) const;
  std::size_t upper_bound(const Block& b, std::string_view k) const;
  void insert_at(Block& b, std::size_t i, std::string_view k, std::uint64_t loc);
  void erase_at(Block& b, std::size_t i);
  // Moves entries [from, count) to a new block.
  std::unique_ptr<Block> split(Block& b, std::size_t from);
  std::unique_ptr<Block> make_block(std::span<const std::string_view> keys, std::span<const std::uint64_t> locs);

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
