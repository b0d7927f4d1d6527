// CSV rows of records, and the reader load() uses for them.
#include <chrono>

#include "emdb/exchange.hpp"
#include "reader.hpp"
#include "streaming.hpp"

namespace emdb::exchange {

namespace {

std::string csv_field(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace

std::string csv_header() { return "ns,key,value,expires_at,encoding"; }

std::string to_csv_row(const Item& item) {
  const bool binary = !is_utf8(item.key) || !is_utf8(item.value) || !is_utf8(item.ns);
  std::string row = csv_field(item.ns) + ',';
  row += csv_field(binary ? base64_encode(item.key) : item.key) + ',';
  row += csv_field(binary ? base64_encode(item.value) : item.value) + ',';
  if (item.expires_at) row += std::to_string(item.expires_at);
  row += binary ? ",base64" : ",";
  return row;
}

void write_csv_row(std::ostream& out, const ItemView& item) {
  const bool binary = !is_utf8(item.key) || !is_utf8(item.value) || !is_utf8(item.ns);
  auto field = [&](std::string_view f) {
    if (binary) return detail::write_base64(out, f);  // Base64 needs no quotes
    if (f.find_first_of(",\"\r\n") == std::string_view::npos) {
      out.write(f.data(), std::streamsize(f.size()));
      return;
    }
    out.put('"');
    for (std::size_t plain = 0;;) {  // each quote doubled
      const std::size_t q = f.find('"', plain);
      out.write(f.data() + plain, std::streamsize((q == std::string_view::npos ? f.size() : q + 1) - plain));
      if (q == std::string_view::npos) break;
      out.put('"');
      plain = q + 1;
    }
    out.put('"');
  };
  const std::string ns = csv_field(item.ns);  // a namespace name is short
  out << ns << ',';
  field(item.key);
  out.put(',');
  field(item.value);
  out.put(',');
  if (item.expires_at) out << item.expires_at;
  out << (binary ? ",base64" : ",");
}

std::optional<std::expected<Item, std::string>> CsvReader::next(std::uint64_t& line) {
  std::vector<std::string> fields;
  for (;;) {
    line = line_ + 1;
    auto record = read_record(fields);
    if (!record) return std::expected<Item, std::string>(std::unexpected(record.error()));
    if (!*record) return std::nullopt;                      // the end
    if (fields.size() == 1 && fields[0].empty()) continue;  // a blank line
    if (!header_seen_) {
      header_seen_ = true;
      if (fields.size() >= 3 && fields[0] == "ns" && fields[1] == "key") continue;
      return std::expected<Item, std::string>(std::unexpected("the first row is not the header " + csv_header()));
    }
    if (fields.size() != 5)
      return std::expected<Item, std::string>(
          std::unexpected("expected 5 fields (" + csv_header() + "), found " + std::to_string(fields.size())));
    Item item;
    item.ns = fields[0];
    if (fields[4] == "base64") {
      auto k = base64_decode(fields[1]);
      auto v = base64_decode(fields[2]);
      if (!k || !v) return std::expected<Item, std::string>(std::unexpected("invalid Base64 in key or value"));
      item.key = std::move(*k);
      item.value = std::move(*v);
    } else if (fields[4].empty()) {
      item.key = fields[1];
      item.value = fields[2];
    } else {
      return std::expected<Item, std::string>(std::unexpected("unknown encoding \"" + fields[4] + "\""));
    }
    if (!fields[3].empty()) {
      try {
        std::size_t used = 0;
        item.expires_at = std::stoull(fields[3], &used);
        if (used != fields[3].size()) throw std::invalid_argument("trailing");
      } catch (const std::exception&) {
        return std::expected<Item, std::string>(std::unexpected("expires_at is not a number of milliseconds"));
      }
    }
    return std::expected<Item, std::string>(std::move(item));
  }
}

// One record, possibly over several lines: true when read, false at the end.
std::expected<bool, std::string> CsvReader::read_record(std::vector<std::string>& fields) {
  fields.assign(1, std::string());
  int c = in_.get();
  if (c == EOF) return false;
  bool quoted_field = false, after_quote = false;
  for (;; c = in_.get()) {
    if (c == EOF) {
      if (quoted_field) return std::unexpected(std::string("a quoted field is not closed"));
      return true;
    }
    const char ch = static_cast<char>(c);
    if (quoted_field) {
      if (ch == '"') {
        if (in_.peek() == '"') {
          in_.get();
          fields.back() += '"';
        } else {
          quoted_field = false;
          after_quote = true;
        }
      } else {
        if (ch == '\n') ++line_;
        fields.back() += ch;
      }
      continue;
    }
    if (ch == ',') {
      fields.emplace_back();
      after_quote = false;
    } else if (ch == '\n') {
      ++line_;
      return true;
    } else if (ch == '\r') {
      if (in_.peek() == '\n') continue;
      fields.back() += ch;
    } else if (ch == '"' && fields.back().empty() && !after_quote) {
      quoted_field = true;
    } else if (after_quote) {
      return std::unexpected(std::string("text after a closing quote"));
    } else {
      fields.back() += ch;
    }
  }
}

}  // namespace emdb::exchange
