// The engines the benchmark compares, behind one small interface. Each
// adapter uses its engine the way its documentation recommends for the
// phase: one transaction (or write batch) per batch, sync when asked.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bench {

using Kv = std::pair<std::string, std::string>;

class Store {
 public:
  virtual ~Store() = default;
  virtual std::string name() const = 0;
  // Opens (creating) the store in `dir`, which is empty or holds this store's files.
  virtual void open(const std::filesystem::path& dir) = 0;
  virtual void close() = 0;
  // Writes every pair in one transaction; durable on return when `sync`.
  virtual void put_batch(std::span<const Kv> items, bool sync) = 0;
  // Reads a value; safe from many threads at once.
  virtual bool get(std::string_view key, std::string& out) = 0;
  virtual void remove_batch(std::span<const std::string> keys, bool sync) = 0;
  // Reclaims the space of removed records, where the engine can; false if it has no such step.
  virtual bool compact() = 0;
};

std::unique_ptr<Store> make_emdb();
std::unique_ptr<Store> make_lmdb();
std::unique_ptr<Store> make_rocksdb();
std::unique_ptr<Store> make_leveldb();
std::unique_ptr<Store> make_sqlite();

// Fails the program with a message (benchmarks have no error recovery).
[[noreturn]] void die(const std::string& what);

}  // namespace bench
