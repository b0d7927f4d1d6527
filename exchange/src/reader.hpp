// Readers of the formats load() takes: each yields one record at a time with
// the line it starts on.
#pragma once

#include <cstdint>
#include <expected>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "emdb/exchange.hpp"

namespace emdb::exchange {

class RecordReader {
 public:
  virtual ~RecordReader() = default;
  // The next record (or why it is bad), nothing at the end; `line` is set to
  // the line the record starts on.
  virtual std::optional<std::expected<Item, std::string>> next(std::uint64_t& line) = 0;
};

class JsonLinesReader : public RecordReader {
 public:
  explicit JsonLinesReader(std::istream& in) : in_(in) {}
  std::optional<std::expected<Item, std::string>> next(std::uint64_t& line) override;

 private:
  std::istream& in_;
  std::uint64_t line_ = 0;
};

class CsvReader : public RecordReader {
 public:
  explicit CsvReader(std::istream& in) : in_(in) {}
  std::optional<std::expected<Item, std::string>> next(std::uint64_t& line) override;

 private:
  std::expected<bool, std::string> read_record(std::vector<std::string>& fields);
  std::istream& in_;
  std::uint64_t line_ = 0;  // lines fully read so far
  bool header_seen_ = false;
};

}  // namespace emdb::exchange
