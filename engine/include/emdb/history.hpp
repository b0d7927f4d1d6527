// What the journal still holds of a key: its earlier versions and removals.
// The journal is append-only, so every record written stays in the file until
// a compaction rewrites it with the live records alone.
#pragma once

#include <cstdint>
#include <string>

namespace emdb {

// One record of a key in the journal: a value written, or a removal.
// Records of a crash-atomic batch that a crash cut short never counted and
// are not versions.
struct Version {
  enum class Kind { Written, Removed };
  Kind kind = Kind::Written;
  // Where the record's frame starts in the journal file (its magic).
  std::uint64_t offset = 0;
  // Written: the value's size in bytes and its expiry (Unix ms, 0: none).
  std::uint64_t value_size = 0;
  std::uint64_t expires_at = 0;
  // Written: this is the record reads see now (it may have expired since).
  bool current = false;
};

// A key that is absent now, whose removal is still in the journal together
// with the value it had before.
struct RemovedKey {
  std::string key;
  Version last_value;                // the last Written version before the removal
  std::uint64_t removed_offset = 0;  // the removal's frame (or a namespace drop's marker)
};

}  // namespace emdb
