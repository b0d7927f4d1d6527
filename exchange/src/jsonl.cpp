#include <cstdio>

#include <nlohmann/json.hpp>

#include "emdb/exchange.hpp"
#include "streaming.hpp"

namespace emdb::exchange {

std::string base64_encode(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve(4 * ((bytes.size() + 2) / 3));
  std::size_t i = 0;
  auto at = [&](std::size_t k) { return std::uint32_t(static_cast<unsigned char>(bytes[k])); };
  for (; i + 3 <= bytes.size(); i += 3) {
    const std::uint32_t v = at(i) << 16 | at(i + 1) << 8 | at(i + 2);
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(v >> shift) & 63];
  }
  if (const std::size_t rest = bytes.size() - i; rest > 0) {
    const std::uint32_t v = at(i) << 16 | (rest == 2 ? at(i + 1) << 8 : 0);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

namespace {

int base64_value(char c) noexcept {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// RFC 4648 section 4, strictly: the alphabet only, length a multiple of 4,
// at most two '=' and only at the end, and no bits set past the data.
bool canonical_base64(std::string_view text) noexcept {
  if (text.size() % 4 != 0) return false;
  std::size_t pad = 0;
  while (pad < 2 && pad < text.size() && text[text.size() - 1 - pad] == '=') ++pad;
  const std::size_t data = text.size() - pad;
  for (std::size_t i = 0; i < data; ++i)
    if (base64_value(text[i]) < 0) return false;
  if (pad == 0) return true;
  const int last = base64_value(text[data - 1]);
  return pad == 1 ? (last & 0x3) == 0 : (last & 0xf) == 0;
}

}  // namespace

std::optional<std::string> base64_decode(std::string_view text) {
  if (!canonical_base64(text)) return std::nullopt;
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  std::string out;
  out.reserve(3 * text.size() / 4);
  std::uint32_t acc = 0;
  int bits = 0;
  for (const char c : text) {
    acc = (acc << 6) | static_cast<std::uint32_t>(base64_value(c));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  return out;
}

bool is_utf8(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t n;
    std::uint32_t cp;
    if ((c >> 5) == 0x6)
      n = 1, cp = c & 0x1fu;
    else if ((c >> 4) == 0xe)
      n = 2, cp = c & 0x0fu;
    else if ((c >> 3) == 0x1e)
      n = 3, cp = c & 0x07u;
    else
      return false;
    if (s.size() - i <= n) return false;
    for (std::size_t k = 1; k <= n; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3fu);
    }
    const std::uint32_t min = n == 1 ? 0x80 : n == 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += n + 1;
  }
  return true;
}

std::string to_json_line(const Item& item) {
  nlohmann::ordered_json j;
  if (is_utf8(item.ns))
    j["ns"] = item.ns;
  else
    j["ns_b64"] = base64_encode(item.ns);  // a name only another program could have written
  if (is_utf8(item.key))
    j["key"] = item.key;
  else
    j["key_b64"] = base64_encode(item.key);
  if (is_utf8(item.value))
    j["value"] = item.value;
  else
    j["value_b64"] = base64_encode(item.value);
  j["expires_at"] = item.expires_at ? nlohmann::ordered_json(item.expires_at) : nlohmann::ordered_json(nullptr);
  return j.dump();
}

namespace detail {

void write_base64(std::ostream& out, std::string_view bytes) {
  constexpr std::size_t kPiece = 3 * 64 * 1024;  // a multiple of 3: pieces encode as the whole does
  for (std::size_t at = 0; at < bytes.size(); at += kPiece) out << base64_encode(bytes.substr(at, kPiece));
}

void write_json_string(std::ostream& out, std::string_view text) {
  out.put('"');
  std::size_t plain = 0;  // start of the run of bytes written as they are
  char escape[8];
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const char* e = nullptr;
    switch (c) {
      case '"': e = "\\\""; break;
      case '\\': e = "\\\\"; break;
      case '\b': e = "\\b"; break;
      case '\f': e = "\\f"; break;
      case '\n': e = "\\n"; break;
      case '\r': e = "\\r"; break;
      case '\t': e = "\\t"; break;
      default:
        if (c < 0x20) {
          std::snprintf(escape, sizeof escape, "\\u%04x", c);
          e = escape;
        }
    }
    if (!e) continue;
    out.write(text.data() + plain, std::streamsize(i - plain));
    out << e;
    plain = i + 1;
  }
  out.write(text.data() + plain, std::streamsize(text.size() - plain));
  out.put('"');
}

}  // namespace detail

void write_json_line(std::ostream& out, const ItemView& item) {
  auto member = [&](const char* plain, const char* b64, std::string_view bytes, bool first) {
    out << (first ? "{\"" : ",\"");
    if (is_utf8(bytes)) {
      out << plain << "\":";
      detail::write_json_string(out, bytes);
    } else {
      out << b64 << "\":\"";
      detail::write_base64(out, bytes);
      out.put('"');
    }
  };
  member("ns", "ns_b64", item.ns, true);
  member("key", "key_b64", item.key, false);
  member("value", "value_b64", item.value, false);
  out << ",\"expires_at\":";
  if (item.expires_at)
    out << item.expires_at;
  else
    out << "null";
  out.put('}');
}

std::expected<Item, std::string> from_json_line(std::string_view line) {
  auto j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::unexpected("not a JSON object");
  Item item;
  auto text = [&](const char* plain, const char* b64, std::string& out) -> std::optional<std::string> {
    if (j.contains(plain)) {
      if (!j[plain].is_string()) return std::string(plain) + " is not a string";
      out = j[plain].get<std::string>();
      return std::nullopt;
    }
    if (j.contains(b64)) {
      if (!j[b64].is_string()) return std::string(b64) + " is not a string";
      auto d = base64_decode(j[b64].get<std::string>());
      if (!d) return std::string(b64) + " is not valid Base64";
      out = std::move(*d);
      return std::nullopt;
    }
    return std::string("no ") + plain + " or " + b64;
  };
  if (j.contains("ns") || j.contains("ns_b64"))
    if (auto e = text("ns", "ns_b64", item.ns)) return std::unexpected(*e);
  if (auto e = text("key", "key_b64", item.key)) return std::unexpected(*e);
  if (auto e = text("value", "value_b64", item.value)) return std::unexpected(*e);
  if (j.contains("expires_at") && !j["expires_at"].is_null()) {
    if (!j["expires_at"].is_number_unsigned()) return std::unexpected("expires_at is not a Unix time in ms");
    item.expires_at = j["expires_at"].get<std::uint64_t>();
  }
  return item;
}

namespace {

Result<std::uint64_t> dump_space(Keyspace& ks, const std::string& name, std::ostream& out) {
  auto it = ks.iter();
  if (!it) return std::unexpected(it.error());
  std::uint64_t n = 0;
  for (const auto& [k, v] : *it) {
    auto exp = ks.expires_at(k);
    write_json_line(out, ItemView{name, k, v, exp && *exp ? **exp : 0});
    out.put('\n');
    ++n;
  }
  if (auto s = it->status(); !s) return std::unexpected(s.error());
  return n;
}

}  // namespace

Result<std::uint64_t> dump(Database& db, std::ostream& out, std::optional<std::string> ns) {
  std::uint64_t total = 0;
  auto one = [&](const std::string& name) -> Result<void> {
    Result<std::uint64_t> n;
    if (name.empty()) {
      n = dump_space(db, name, out);
    } else {
      auto space = db.open_namespace(name);
      if (!space) return std::unexpected(space.error());
      n = dump_space(*space, name, out);
    }
    if (!n) return std::unexpected(n.error());
    total += *n;
    return {};
  };
  if (ns) {
    if (auto r = one(*ns); !r) return std::unexpected(r.error());
  } else {
    if (auto r = one(""); !r) return std::unexpected(r.error());
    auto names = db.list_namespaces();
    if (!names) return std::unexpected(names.error());
    for (const auto& n : *names)
      if (auto r = one(n); !r) return std::unexpected(r.error());
  }
  if (!out) return std::unexpected(Error(ErrorCode::Io, "cannot write the dump"));
  return total;
}

}  // namespace emdb::exchange
