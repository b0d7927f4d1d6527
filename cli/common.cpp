// Pieces shared by the commands of `emdb`: statuses, keys, opening, input.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <emdb/duration.hpp>
#include <emdb/exchange.hpp>

#include "cli.hpp"
#include "terminal.hpp"

namespace cli {

int status_of(const emdb::Error& e) {
  switch (e.code()) {
    case emdb::ErrorCode::AlreadyLocked: return kLocked;
    case emdb::ErrorCode::EncryptionError: return kWrongKey;
    case emdb::ErrorCode::MagicMismatch:
    case emdb::ErrorCode::VersionMismatch:
    case emdb::ErrorCode::Corrupted: return kCorrupt;
    case emdb::ErrorCode::InvalidArgument: return kUsage;
    default: return kError;
  }
}

void fail(const emdb::Error& e) { throw Failure{status_of(e), e.message()}; }
void usage(const std::string& message) { throw Failure{kUsage, message + " (see emdb --help)"}; }

namespace {

std::string read_secret(const char* prompt) {
  std::fprintf(stderr, "%s", prompt);
  std::string line = read_line_without_echo();
  std::fprintf(stderr, "\n");
  return line;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Exactly 32 raw bytes, or 64 hex digits with an optional final "\n" or "\r\n".
std::optional<emdb::RawKey> parse_key_file(const std::string& bytes) {
  emdb::RawKey key{};
  if (bytes.size() == 32) {
    std::copy(bytes.begin(), bytes.end(), key.begin());
    return key;
  }
  std::string_view hex = bytes;
  if (hex.ends_with("\r\n"))
    hex.remove_suffix(2);
  else if (hex.ends_with("\n"))
    hex.remove_suffix(1);
  if (hex.size() != 64) return std::nullopt;
  for (std::size_t i = 0; i < 32; ++i) {
    const int hi = hex_digit(hex[2 * i]), lo = hex_digit(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    key[i] = static_cast<std::uint8_t>(hi << 4 | lo);
  }
  return key;
}

}  // namespace

std::optional<emdb::EncryptionInput> key_from(const Args& a, const std::string& prefix, bool prompt) {
  const bool fresh = prefix == "new-";
  if (auto file = a.get("--" + prefix + "key-file")) {
    const std::string bytes = read_input(*file);
    auto key = parse_key_file(bytes);
    if (!key) throw Failure{kUsage, "the key file " + *file + " holds neither exactly 32 bytes nor 64 hex digits"};
    return emdb::EncryptionInput::raw_key(*key);
  }
  auto checked = [&](std::string text) {
    if (fresh && text.empty()) throw Failure{kUsage, "the new passphrase is empty"};
    return emdb::EncryptionInput::passphrase(std::move(text));
  };
  if (auto var = a.get("--" + prefix + "passphrase-env")) {
    const char* v = std::getenv(var->c_str());
    if (!v) throw Failure{kUsage, "the environment variable " + *var + " is not set"};
    return checked(v);
  }
  if (prompt && stdin_is_terminal()) return checked(read_secret(fresh ? "New passphrase: " : "Passphrase: "));
  return std::nullopt;
}

emdb::Database open_database(const Args& a, bool writable, bool ranges) {
  auto builder = [&](std::optional<emdb::EncryptionInput> key) {
    // A file `emdb` wrote opens in the browser without sorting its keys.
    auto b = emdb::Database::builder().path(a.words[0]).read_only(!writable).enable_range_scans(ranges).checkpoint_order(
        writable);
    if (key) {
      if (const auto* raw = key->key())
        b.encryption_key(*raw);
      else
        b.encryption_passphrase(*key->passphrase_text());
    }
    return b;
  };
  if (!writable && !std::filesystem::exists(a.words[0])) throw Failure{kNotFound, "no database at " + a.words[0]};
  auto key = key_from(a, "", false);
  auto db = builder(key).build();
  if (!db && db.error().code() == emdb::ErrorCode::EncryptionError && !key) {
    key = key_from(a, "", true);  // encrypted: ask on the terminal
    if (key) db = builder(key).build();
  }
  return must(std::move(db));
}

void fail_if_damaged(const emdb::Database& db, const std::string& path) {
  const auto st = must(db.stats());
  if (st.first_bad_offset)
    throw Failure{kCorrupt, path + " is damaged at byte " + std::to_string(*st.first_bad_offset) +
                                ": nothing after it was read (emdb check " + path + ")"};
}

emdb::Progress progress_bar(const char* what) {
  if (!stderr_is_terminal()) return {};
  return [what](std::uint64_t done, std::uint64_t total) {
    if (total == 0) {
      std::fprintf(stderr, "\r%s: %llu", what, static_cast<unsigned long long>(done));
    } else {
      const int width = 30, filled = static_cast<int>(width * done / total);
      std::fprintf(stderr, "\r%s [%.*s%*s] %3d%%", what, filled, "##############################", width - filled, "",
                   static_cast<int>(100 * done / total));
      if (done == total) std::fprintf(stderr, "\n");
    }
    return true;
  };
}

std::chrono::milliseconds duration_of(const std::string& option, const std::string& text) {
  auto d = emdb::exchange::parse_duration(text);
  if (!d) usage(option + ": " + d.error());
  return *d;
}

std::string key_arg(const Args& a, std::size_t i) {
  if (a.words.size() <= i) usage("missing the key");
  const std::string& word = a.words[i];
  if (!a.has("--key-hex")) return word;
  std::string_view hex = word;
  if (hex.starts_with("0x")) hex.remove_prefix(2);
  std::string out;
  for (std::size_t k = 0; k < hex.size(); k += 2) {
    const int hi = hex_digit(hex[k]), lo = k + 1 < hex.size() ? hex_digit(hex[k + 1]) : -1;
    if (hi < 0 || lo < 0) usage("--key-hex: \"" + word + "\" is not an even number of hex digits");
    out += static_cast<char>(hi << 4 | lo);
  }
  return out;
}

std::string printable(std::string_view b) {
  bool ok = !b.starts_with("0x");
  for (unsigned char c : b)
    if (c < 0x20 || c == 0x7f) ok = false;
  if (ok && emdb::exchange::is_utf8(b)) return std::string(b);
  static const char* hex = "0123456789abcdef";
  std::string out = "0x";
  for (unsigned char c : b) out += {hex[c >> 4], hex[c & 15]};
  return out;
}

bool input_is_directory() { return stdin_is_directory(); }

std::string read_input(const std::optional<std::string>& path) {
  const std::string name = path ? *path : std::string("standard input");
  std::error_code ec;
  if (path ? std::filesystem::is_directory(*path, ec) : input_is_directory())
    throw Failure{kError, "cannot read " + name + ": it is a directory"};
  std::FILE* f = path ? std::fopen(path->c_str(), "rb") : stdin;
  if (!f) throw Failure{kError, "cannot read " + name + ": " + std::strerror(errno)};
  std::string out;
  char buf[1 << 16];
  for (;;) {
    const std::size_t n = std::fread(buf, 1, sizeof buf, f);
    out.append(buf, n);
    if (n < sizeof buf) break;
  }
  const bool failed = std::ferror(f) != 0;
  const int err = errno;
  if (path) std::fclose(f);
  if (failed) throw Failure{kError, "cannot read " + name + ": " + std::strerror(err)};
  return out;
}


Space open_space(const Args& a, bool writable, bool ranges) {
  if (auto name = a.get("--ns"); name && (name->empty() || !emdb::exchange::is_utf8(*name)))
    usage("--ns: a namespace name is UTF-8 text, not empty");  // refused before anything is opened
  Space s{open_database(a, writable, ranges), std::nullopt};
  if (auto name = a.get("--ns")) {
    const auto names = must(s.db.list_namespaces());
    if (!writable && std::find(names.begin(), names.end(), *name) == names.end()) {
      fail_if_damaged(s.db, a.words[0]);  // it may lie after the damage
      throw Failure{kNotFound, "no namespace named " + printable(*name)};
    }
    s.ns.emplace(must(s.db.open_namespace(*name)));
  }
  return s;
}

const std::string& word(const Args& a, std::size_t i, const char* what) {
  if (a.words.size() <= i) usage(std::string("missing ") + what);
  return a.words[i];
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\')
      out += {'\\', char(c)};
    else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else
      out += char(c);
  }
  return out + "\"";
}

std::string json_text(std::string_view s) { return json_string(emdb::exchange::is_utf8(s) ? s : printable(s)); }

[[noreturn]] void no_record(const emdb::Database& db, const Args& a, const std::string& key) {
  fail_if_damaged(db, a.words[0]);  // the record may lie after the damage
  throw Failure{kNotFound, "no record with the key " + printable(key)};
}


}  // namespace cli
