// load(): records from JSON Lines or CSV into a database, in crash-atomic batches.
#include <chrono>
#include <map>
#include <memory>

#include "emdb/exchange.hpp"
#include "reader.hpp"

namespace emdb::exchange {

std::optional<std::expected<Item, std::string>> JsonLinesReader::next(std::uint64_t& line) {
  for (std::string text; std::getline(in_, text);) {
    line = ++line_;
    if (text.empty()) continue;
    return from_json_line(text);
  }
  return std::nullopt;
}

Result<LoadResult> load(Database& db, std::istream& in, std::size_t batch, const Progress& progress, Format format) {
  std::unique_ptr<RecordReader> reader;
  if (format == Format::Csv)
    reader = std::make_unique<CsvReader>(in);
  else
    reader = std::make_unique<JsonLinesReader>(in);
  if (batch == 0) batch = 1;
  const auto now = static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());

  LoadResult result;
  std::map<std::string, Namespace> spaces;
  WriteBatch pending;
  std::uint64_t line = 0, first_line = 1;
  auto space_for = [&](const std::string& ns) -> Result<const Keyspace*> {
    if (ns.empty()) return &db;
    if (auto it = spaces.find(ns); it != spaces.end()) return &it->second;
    auto s = db.open_namespace(ns);
    if (!s) return std::unexpected(s.error());
    return &spaces.emplace(ns, std::move(*s)).first->second;
  };
  auto commit = [&]() -> Result<void> {
    if (auto w = db.write(pending); !w) return w;
    result.records += pending.size();
    pending.clear();
    return {};
  };
  while (auto item = reader->next(line)) {
    if (!*item)
      return std::unexpected(Error(ErrorCode::InvalidConfig, "line " + std::to_string(line) + ": " + item->error() +
                                                                 " (nothing from line " + std::to_string(first_line) +
                                                                 " on was written)"));
    const Item& it = **item;
    if (it.expires_at && it.expires_at <= now) continue;
    auto space = space_for(it.ns);
    if (!space) return std::unexpected(space.error());
    pending.insert(**space, it.key, it.value, it.expires_at ? Ttl::at(it.expires_at) : Ttl::none());
    if (pending.size() >= batch) {
      if (auto r = commit(); !r) return std::unexpected(r.error());
      first_line = line + 1;
      if (progress && !progress(line, 0)) return std::unexpected(Error(ErrorCode::Cancelled, "cancelled"));
    }
  }
  if (auto r = commit(); !r) return std::unexpected(r.error());
  if (auto f = db.flush(); !f) return std::unexpected(f.error());
  if (progress) progress(line, line);
  return result;
}

Result<std::uint64_t> read_records(std::istream& in, Format format,
                                   const std::function<bool(const Item& item, std::uint64_t line)>& visit) {
  std::unique_ptr<RecordReader> reader;
  if (format == Format::Csv)
    reader = std::make_unique<CsvReader>(in);
  else
    reader = std::make_unique<JsonLinesReader>(in);
  std::uint64_t line = 0, records = 0;
  while (auto item = reader->next(line)) {
    if (!*item)
      return std::unexpected(Error(ErrorCode::InvalidConfig, "line " + std::to_string(line) + ": " + item->error()));
    ++records;
    if (!visit(**item, line)) return std::unexpected(Error(ErrorCode::Cancelled, "cancelled"));
  }
  return records;
}

}  // namespace emdb::exchange
