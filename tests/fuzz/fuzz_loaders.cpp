// libFuzzer: the JSON Lines and CSV loaders and the duration parser. The
// input is loaded into an in-memory database (the first byte picks the
// format: even JSON Lines, odd CSV); a load either succeeds, and then a dump of what it wrote
// loads again to the same records, or fails with an error naming a line.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include <emdb/duration.hpp>
#include <emdb/emdb.hpp>
#include <emdb/exchange.hpp>

namespace {

std::string dump_of(emdb::Database& db) {
  std::ostringstream out;
  if (!emdb::exchange::dump(db, out)) std::abort();
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  (void)emdb::exchange::parse_duration(text.substr(0, 64));
  auto db = emdb::Database::open_in_memory();
  std::istringstream in(text);
  const auto format = data[0] % 2 == 0 ? emdb::exchange::Format::JsonLines : emdb::exchange::Format::Csv;
  auto r = emdb::exchange::load(db, in, 7, {}, format);
  if (!r) {
    if (r.error().message().empty()) std::abort();
    return 0;
  }
  // What was loaded dumps and loads back to the same records (unless a record
  // could expire in between).
  const std::string first = dump_of(db);
  for (std::size_t at = first.find("\"expires_at\":"); at != std::string::npos;
       at = first.find("\"expires_at\":", at + 1))
    if (first.compare(at + 13, 4, "null") != 0) return 0;
  auto copy = emdb::Database::open_in_memory();
  std::istringstream again(first);
  if (!emdb::exchange::load(copy, again, 7)) std::abort();
  if (dump_of(copy) != first) std::abort();
  return 0;
}
