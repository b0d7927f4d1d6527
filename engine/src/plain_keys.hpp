// The keys and expiries of an encrypted database's records, by payload
// offset: its journal holds them sealed, so the indexes keep them here. One
// per hash index shard.
//
// Flat: open addressing over fixed 32-byte slots (linear probing,
// backward-shift deletion, at most 75% full) and the key bytes in one arena,
// so a checkpoint saves and loads it as two blocks of bytes. Not
// synchronised: the owner locks.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace emdb::detail {

class PlainKeys {
 public:
  struct Entry {
    std::string_view key;
    std::uint64_t expires_at;
  };

  // The entry of the record at `loc`, if there is one. The view lives until
  // the next change.
  bool find(std::uint64_t loc, Entry& out) const noexcept;
  // Adds the record at `loc` (not there yet; loc != 0).
  void put(std::uint64_t loc, std::string_view key, std::uint64_t expires_at);
  void erase(std::uint64_t loc) noexcept;
  void clear() noexcept;
  std::size_t size() const noexcept { return count_; }

  // Every loc replaced by map(loc) (compaction moved the records).
  template <class Map>
  void remap(Map&& map) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.size(), Slot{});
    for (Slot s : old)
      if (s.loc) {
        s.loc = map(s.loc);
        place(s);
      }
  }

  // Appends the slots and the arena to `out`; load() takes them back.
  void save(std::string& out) const;
  // From the bytes save() wrote, at `in` (moved past them). False when they
  // do not hold together: a size, a count, a key outside the arena, a loc at
  // or past `end`.
  bool load(std::string_view& in, std::uint64_t end);

  std::size_t memory_bytes() const noexcept { return slots_.capacity() * sizeof(Slot) + arena_.capacity(); }

 private:
  struct Slot {
    std::uint64_t loc = 0;  // 0: empty
    std::uint64_t expires_at = 0;
    std::uint64_t key_at = 0;  // in arena_
    std::uint64_t key_len = 0;
  };
  static_assert(sizeof(Slot) == 32);

  std::size_t home(std::uint64_t loc) const noexcept {
    std::uint64_t h = loc * 0x9E3779B97F4A7C15ull;
    return std::size_t(h ^ (h >> 32)) & (slots_.size() - 1);
  }
  void place(const Slot& s) noexcept;  // into an empty slot; room assured
  void grow();
  void compact_arena();

  std::vector<Slot> slots_;  // empty or a power of two long
  std::size_t count_ = 0;
  std::string arena_;
  std::uint64_t garbage_ = 0;  // arena bytes of erased keys
};

}  // namespace emdb::detail
