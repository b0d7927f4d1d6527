// ValueRef: a value read without copying (get_zerocopy).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace emdb {

// The bytes of a value, viewed where the engine keeps them (the journal's
// mapping, or a decrypted buffer). Valid for as long as the ValueRef is held,
// across later writes, file growth and compaction; copying shares the bytes.
class ValueRef {
 public:
  // For the engine: `owner` keeps `bytes` alive.
  ValueRef(std::shared_ptr<const void> owner, std::string_view bytes) noexcept
      : owner_(std::move(owner)), bytes_(bytes) {}

  std::size_t size() const noexcept { return bytes_.size(); }
  bool empty() const noexcept { return bytes_.empty(); }
  std::string_view view() const noexcept { return bytes_; }
  std::string to_string() const { return std::string(bytes_); }
  friend bool operator==(const ValueRef& a, std::string_view b) noexcept { return a.bytes_ == b; }

 private:
  std::shared_ptr<const void> owner_;
  std::string_view bytes_;
};

// What Keyspace::read_value() copied: the whole value's size, and how many
// bytes went into the buffer.
struct ValuePart {
  std::uint64_t size = 0;
  std::size_t copied = 0;
};

}  // namespace emdb
