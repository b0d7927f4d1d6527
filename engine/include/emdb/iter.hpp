// Streaming iterators: Iter (key and value), KeyIter (keys), RangeIter (ordered).
#pragma once

#include <iterator>
#include <memory>
#include <optional>
#include <string>

#include "emdb/error.hpp"
#include "emdb/types.hpp"

namespace emdb {

namespace detail {
// What an iterator pulls from; implemented inside the engine.
template <class T>
class Source {
 public:
  virtual ~Source() = default;
  // Fills `out` with the next item; false at the end or on an error (see status()).
  virtual bool next(T& out) = 0;
  virtual Result<void> status() const = 0;
};
}  // namespace detail

// A single-pass stream of items, usable in a range-for. Each step decodes one
// record on demand. After the loop, status() says whether it ended early on an
// error (for example a record that failed to decrypt).
template <class T>
class Stream {
 public:
  explicit Stream(std::unique_ptr<detail::Source<T>> src) : src_(std::move(src)) {}

  // The next item, or nothing at the end (or on an error: see status()).
  std::optional<T> next() {
    T item;
    if (src_ && src_->next(item)) return item;
    return std::nullopt;
  }
  // Errors: none on a plain database; on an encrypted one, EncryptionError or
  // Corrupted when a record failed to decrypt or decode (the stream stopped there).
  Result<void> status() const { return src_ ? src_->status() : Result<void>{}; }

  class iterator {
   public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(Stream* s) : s_(s) { ++*this; }
    const T& operator*() const { return item_; }
    const T* operator->() const { return &item_; }
    iterator& operator++() {
      if (!s_->src_ || !s_->src_->next(item_)) s_ = nullptr;
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.s_ == nullptr; }

   private:
    Stream* s_ = nullptr;
    T item_{};
  };
  iterator begin() { return iterator(this); }
  std::default_sentinel_t end() const { return {}; }

 private:
  std::unique_ptr<detail::Source<T>> src_;
};

using Iter = Stream<Entry>;
using KeyIter = Stream<std::string>;
using RangeIter = Stream<Entry>;

}  // namespace emdb
