// emdb: the command-line companion of the browser.
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>

#include <emdb/exchange.hpp>

#include "cli.hpp"

namespace cli {

namespace {

const char* kHelp = R"(usage: emdb COMMAND DATABASE [ARGUMENTS] [OPTIONS]

Reading:
  info                          statistics (record counts, sizes, dead bytes)
  ns list                       named namespaces (emdb ns list DATABASE)
  keys [--prefix P] [--from K] [--to K] [--pattern GLOB] [--limit N]
  get KEY [--hex | --base64]    the value, raw to standard output
  ttl KEY                       remaining time to live
  dump [--ns NAME]              every record (or one namespace's) as JSON Lines
  check                         integrity scan: frames, live and dead records, first bad offset
  lock                          who holds the database's lock
Writing:
  put KEY [VALUE] [--file F] [--ttl DURATION]   (no VALUE and no --file: standard input)
  del KEY
  ttl KEY --set DURATION | ttl KEY --persist
  sweep                         remove expired records
  ns drop NAME                  (emdb ns drop DATABASE NAME)
  load [FILE]                   JSON Lines from FILE or standard input, in transactions
  compact
  backup TARGET
  encrypt [--cipher aes|chacha] decrypt   rekey      offline encryption changes
  unlock [--force]              remove a stale lock (only when its holder is not running)
Options:
  --ns NAME                     work in a named namespace (default: the default one)
  --read-only                   open without the lock: inspect a database in use elsewhere
  --json                        machine-readable output where output is data
  --key-file FILE               32-byte key (raw, or 64 hex digits) of an encrypted database
  --passphrase-env VAR          its passphrase, from the environment variable VAR
  --new-key-file FILE, --new-passphrase-env VAR   the new key for encrypt and rekey
  (without a key option, an encrypted database asks for its passphrase on the terminal)
Durations: 90s, 15m, 1h30m, 2d, 500ms.
Exit status: 0 success, 1 error, 2 usage, 3 not found, 4 locked, 5 wrong or missing key,
  6 corrupt or not an emdb database.
)";

}  // namespace

int status_of(const emdb::Error& e) {
  switch (e.code()) {
    case emdb::ErrorCode::AlreadyLocked: return kLocked;
    case emdb::ErrorCode::EncryptionError: return kWrongKey;
    case emdb::ErrorCode::MagicMismatch:
    case emdb::ErrorCode::VersionMismatch:
    case emdb::ErrorCode::Corrupted: return kCorrupt;
    case emdb::ErrorCode::KeyNotFound: return kNotFound;
    case emdb::ErrorCode::InvalidArgument: return kUsage;
    default: return kError;
  }
}

void fail(const emdb::Error& e) { throw Failure{status_of(e), e.message()}; }
void usage(const std::string& message) { throw Failure{kUsage, message + " (see emdb --help)"}; }

namespace {

std::string read_secret(const char* prompt) {
  std::fprintf(stderr, "%s", prompt);
  termios old{};
  const bool tty = ::tcgetattr(STDIN_FILENO, &old) == 0;
  if (tty) {
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty) ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
  std::fprintf(stderr, "\n");
  return line;
}

}  // namespace

std::optional<emdb::EncryptionInput> key_from(const Args& a, const std::string& prefix, bool prompt) {
  if (auto file = a.get("--" + prefix + "key-file")) {
    std::ifstream in(*file, std::ios::binary);
    if (!in) throw Failure{kError, "cannot read the key file " + *file};
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    while (!bytes.empty() && (bytes.back() == '\n' || bytes.back() == '\r')) bytes.pop_back();
    emdb::RawKey key{};
    if (bytes.size() == 32) {
      std::copy(bytes.begin(), bytes.end(), key.begin());
    } else if (bytes.size() == 64) {
      for (std::size_t i = 0; i < 32; ++i) {
        const auto hex = bytes.substr(2 * i, 2);
        char* end = nullptr;
        const long v = std::strtol(hex.c_str(), &end, 16);
        if (end != hex.c_str() + 2) throw Failure{kUsage, "the key file is neither 32 bytes nor 64 hex digits"};
        key[i] = static_cast<std::uint8_t>(v);
      }
    } else {
      throw Failure{kUsage, "the key file is neither 32 bytes nor 64 hex digits"};
    }
    return emdb::EncryptionInput::raw_key(key);
  }
  if (auto var = a.get("--" + prefix + "passphrase-env")) {
    const char* v = std::getenv(var->c_str());
    if (!v) throw Failure{kUsage, "the environment variable " + *var + " is not set"};
    return emdb::EncryptionInput::passphrase(v);
  }
  if (prompt && ::isatty(STDIN_FILENO))
    return emdb::EncryptionInput::passphrase(read_secret(prefix.empty() ? "Passphrase: " : "New passphrase: "));
  return std::nullopt;
}

emdb::Database open_database(const Args& a, bool writable, bool ranges) {
  if (a.words.empty()) usage("no database given");
  if (writable && a.has("--read-only")) usage("--read-only does not go with " + a.command);
  auto builder = [&](std::optional<emdb::EncryptionInput> key) {
    auto b = emdb::Database::builder()
                 .path(a.words[0])
                 .read_only(!writable && a.has("--read-only"))
                 .enable_range_scans(ranges);
    if (key) {
      if (const auto* raw = key->key())
        b.encryption_key(*raw);
      else
        b.encryption_passphrase(*key->passphrase_text());
    }
    return b;
  };
  auto key = key_from(a, "", false);
  auto db = builder(key).build();
  if (!db && db.error().code() == emdb::ErrorCode::EncryptionError && !key) {
    key = key_from(a, "", true);  // encrypted: ask on the terminal
    if (key) db = builder(key).build();
  }
  return must(std::move(db));
}

emdb::Progress progress_bar(const char* what) {
  if (!::isatty(STDERR_FILENO)) return {};
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

std::optional<std::chrono::milliseconds> parse_duration(std::string_view t) {
  if (t.empty()) return std::nullopt;
  std::uint64_t total = 0;
  while (!t.empty()) {
    std::size_t i = 0;
    std::uint64_t n = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') n = n * 10 + std::uint64_t(t[i++] - '0');
    if (i == 0) return std::nullopt;
    t.remove_prefix(i);
    std::uint64_t unit;
    if (t.starts_with("ms"))
      unit = 1, t.remove_prefix(2);
    else if (t.starts_with("s"))
      unit = 1000, t.remove_prefix(1);
    else if (t.starts_with("m"))
      unit = 60'000, t.remove_prefix(1);
    else if (t.starts_with("h"))
      unit = 3'600'000, t.remove_prefix(1);
    else if (t.starts_with("d"))
      unit = 86'400'000, t.remove_prefix(1);
    else
      return std::nullopt;
    total += n * unit;
  }
  return std::chrono::milliseconds(total);
}

std::string printable(std::string_view b) {
  bool ok = true;
  for (unsigned char c : b)
    if (c < 0x20 || c == 0x7f) ok = false;
  if (ok && emdb::exchange::is_utf8(b)) return std::string(b);
  static const char* hex = "0123456789abcdef";
  std::string out = "0x";
  for (unsigned char c : b) out += {hex[c >> 4], hex[c & 15]};
  return out;
}

}  // namespace cli

int main(int argc, char** argv) {
  using namespace cli;
  Args a;
  // Options that take a value; every other --option is a flag.
  const std::vector<std::string> valued = {"--prefix",
                                           "--from",
                                           "--to",
                                           "--pattern",
                                           "--limit",
                                           "--file",
                                           "--ttl",
                                           "--set",
                                           "--ns",
                                           "--key-file",
                                           "--passphrase-env",
                                           "--new-key-file",
                                           "--new-passphrase-env",
                                           "--cipher"};
  for (int i = 1; i < argc; ++i) {
    const std::string w = argv[i];
    if (w == "-h" || w == "--help") {
      std::fputs(kHelp, stdout);
      return kOk;
    }
    if (w.starts_with("--")) {
      if (std::find(valued.begin(), valued.end(), w) != valued.end()) {
        if (i + 1 >= argc) {
          std::fprintf(stderr, "emdb: %s needs a value (see emdb --help)\n", w.c_str());
          return kUsage;
        }
        a.options[w] = argv[++i];
      } else {
        a.options[w] = "";
      }
    } else if (a.command.empty()) {
      a.command = w;
    } else {
      a.words.push_back(w);
    }
  }
  if (a.command.empty()) {
    std::fputs(kHelp, stderr);
    return kUsage;
  }
  try {
    return run(a);
  } catch (const Failure& f) {
    std::fprintf(stderr, "emdb: %s\n", f.message.c_str());
    return f.status;
  }
}
