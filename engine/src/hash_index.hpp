// The in-memory hash index of one namespace: key -> payload offset.
//
// Keys are not stored: a slot holds the record's payload offset (40 bits) and
// 24 bits of the key's hash; candidates are confirmed by comparing the key in
// the journal through a caller-supplied predicate. 8 bytes a slot, open
// addressing with linear probing and backward-shift deletion, at most 80%
// full: 10 to 20 bytes of memory per key.
//
// Sharded 64 ways by the hash's top bits; each shard has its own reader/writer
// lock. Callers take the lock (shared for lookups, exclusive for changes)
// through lock_shared()/lock() and call the unlocked operations under it.
#pragma once

#include <array>
#include <cstdint>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "plain_keys.hpp"
#include "shared_mutex.hpp"

namespace emdb::detail {

std::uint64_t hash_key(std::string_view key) noexcept;

class HashIndex {
 public:
  static constexpr unsigned kShardBits = 6;
  static constexpr std::size_t kShards = std::size_t(1) << kShardBits;
  static constexpr std::uint64_t kMaxOffset = (std::uint64_t(1) << 40) - 1;

  struct alignas(64) Shard {
    mutable SharedMutex mu;
    std::vector<std::uint64_t> table;                // guarded by mu; empty or a power of two long
    std::size_t count = 0;                           // guarded by mu
    // Encrypted databases cannot read keys from the journal without
    // decrypting: their keys and expiries, by payload offset. Guarded by mu
    // and, when the namespace has an ordered index, by its mu too (which
    // reads them): changed only while both are held exclusively.
    PlainKeys plain;
  };

  static std::size_t shard_of(std::uint64_t hash) noexcept { return hash >> (64 - kShardBits); }
  Shard& shard(std::uint64_t hash) noexcept { return shards_[shard_of(hash)]; }
  const Shard& shard(std::uint64_t hash) const noexcept { return shards_[shard_of(hash)]; }
  Shard& shard_at(std::size_t i) noexcept { return shards_[i]; }
  const Shard& shard_at(std::size_t i) const noexcept { return shards_[i]; }

  // The offset of the key (as judged by `same(offset)`), or 0. Lock held (shared).
  template <class Same>
  static std::uint64_t find(const Shard& s, std::uint64_t hash, Same&& same) {
    if (s.table.empty()) return 0;
    const std::size_t mask = s.table.size() - 1;
    const std::uint64_t tag = hash & kTagMask;
    for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
      const std::uint64_t w = s.table[i];
      if (w == 0) return 0;
      if ((w >> kLocBits) == tag && same(w & kLocMask)) return w & kLocMask;
    }
  }

  // Points the key at `offset`; returns the previous offset or 0. Lock held (exclusive).
  template <class Same>
  static std::uint64_t upsert(Shard& s, std::uint64_t hash, std::uint64_t offset, Same&& same) {
    if ((s.count + 1) * 5 > s.table.size() * 4) grow(s);
    const std::size_t mask = s.table.size() - 1;
    const std::uint64_t tag = hash & kTagMask;
    for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
      const std::uint64_t w = s.table[i];
      if (w == 0) {
        s.table[i] = (tag << kLocBits) | offset;
        ++s.count;
        return 0;
      }
      if ((w >> kLocBits) == tag && same(w & kLocMask)) {
        s.table[i] = (tag << kLocBits) | offset;
        return w & kLocMask;
      }
    }
  }

  // Removes the key; returns its offset or 0. Lock held (exclusive).
  template <class Same>
  static std::uint64_t erase(Shard& s, std::uint64_t hash, Same&& same) {
    if (s.table.empty()) return 0;
    const std::size_t mask = s.table.size() - 1;
    const std::uint64_t tag = hash & kTagMask;
    for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
      const std::uint64_t w = s.table[i];
      if (w == 0) return 0;
      if ((w >> kLocBits) == tag && same(w & kLocMask)) {
        remove_at(s, i);
        return w & kLocMask;
      }
    }
  }

  // Calls f(offset) for every key of the shard. Lock held.
  template <class F>
  static void for_each(const Shard& s, F&& f) {
    for (std::uint64_t w : s.table)
      if (w) f(w & kLocMask);
  }

  // Replaces every offset by map(offset) (compaction). Lock held (exclusive).
  template <class Map>
  static void remap(Shard& s, Map&& map) {
    for (auto& w : s.table)
      if (w) w = (w & ~kLocMask) | map(w & kLocMask);
    if (s.plain.size()) s.plain.remap(map);
  }

  static void clear(Shard& s) {
    s.table.clear();
    s.table.shrink_to_fit();
    s.count = 0;
    s.plain.clear();
  }

  // Total keys; takes each shard's lock in turn.
  std::size_t size() const;
  // Bytes of memory the table take.
  std::size_t memory_bytes() const;

 private:
  static constexpr unsigned kLocBits = 40;
  static constexpr std::uint64_t kLocMask = kMaxOffset;
  static constexpr std::uint64_t kTagMask = (std::uint64_t(1) << 24) - 1;

  static void grow(Shard& s);
  static void remove_at(Shard& s, std::size_t i);

  std::array<Shard, kShards> shards_;
};

}  // namespace emdb::detail
