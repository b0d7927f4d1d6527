#include "hash_index.hpp"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <stdexcept>

namespace emdb::detail {

std::uint64_t hash_key(std::string_view key) noexcept { return XXH3_64bits(key.data(), key.size()); }

std::size_t HashIndex::size() const {
  std::size_t n = 0;
  for (const auto& s : shards_) {
    std::shared_lock lk(s.mu);
    n += s.count;
  }
  return n;
}

std::size_t HashIndex::memory_bytes() const {
  std::size_t n = sizeof(*this);
  for (const auto& s : shards_) {
    std::shared_lock lk(s.mu);
    n += s.table.capacity() * sizeof(std::uint64_t) + s.plain.memory_bytes();
  }
  return n;
}

void HashIndex::grow(Shard& s) {
  std::vector<std::uint64_t> old;
  old.swap(s.table);
  const std::size_t cap = old.empty() ? 16 : old.size() * 2;
  // Beyond 2^24 table a shard would need more hash bits than a slot keeps.
  if (cap > (std::size_t(1) << 24)) throw std::length_error("emdb: too many keys in one namespace");
  s.table.assign(cap, 0);
  const std::size_t mask = cap - 1;
  for (std::uint64_t w : old) {
    if (!w) continue;
    std::size_t i = (w >> kLocBits) & mask;
    while (s.table[i]) i = (i + 1) & mask;
    s.table[i] = w;
  }
}

void HashIndex::remove_at(Shard& s, std::size_t i) {
  const std::size_t mask = s.table.size() - 1;
  // Backward-shift deletion: pull later members of the cluster into the hole
  // when their home slot allows it, so lookups never need tombstones.
  std::size_t hole = i;
  for (std::size_t j = (i + 1) & mask;; j = (j + 1) & mask) {
    const std::uint64_t w = s.table[j];
    if (w == 0) break;
    const std::size_t home = (w >> kLocBits) & mask;
    // Move w into the hole unless its home lies cyclically in (hole, j].
    const bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
    if (!stays) {
      s.table[hole] = w;
      hole = j;
    }
  }
  s.table[hole] = 0;
  --s.count;
}

}  // namespace emdb::detail
