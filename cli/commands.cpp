// The commands of `emdb`.
#include <fnmatch.h>
#include <signal.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include <emdb/exchange.hpp>

#include "cli.hpp"

namespace cli {
namespace {

using emdb::Database;

// The namespace --ns names (the default one without it).
struct Space {
  Database db;
  std::optional<emdb::Namespace> ns;
  emdb::Keyspace& ks() { return ns ? static_cast<emdb::Keyspace&>(*ns) : db; }
};

Space open_space(const Args& a, bool writable, bool ranges = false) {
  Space s{open_database(a, writable, ranges), std::nullopt};
  if (auto name = a.get("--ns")) {
    const auto names = must(s.db.list_namespaces());
    if (!writable && std::find(names.begin(), names.end(), *name) == names.end())
      throw Failure{kNotFound, "no namespace named " + *name};
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

int cmd_info(const Args& a) {
  auto db = open_database(a, false);
  const auto s = must(db.stats());
  if (a.has("--json")) {
    std::printf(
        "{\"path\": %s, \"live_records\": %zu, \"total_live_records\": %zu, \"namespace_count\": %zu, "
        "\"logical_size_bytes\": %llu, \"file_size_bytes\": %llu, \"preallocated_bytes\": %llu, "
        "\"live_bytes\": %llu, \"dead_bytes\": %llu, \"expired_records\": %zu, \"encrypted\": %s, "
        "\"namespaces\": {",
        json_string(a.words[0]).c_str(), s.live_records, s.total_live_records, s.namespace_count,
        (unsigned long long)s.logical_size_bytes, (unsigned long long)s.file_size_bytes,
        (unsigned long long)s.preallocated_bytes, (unsigned long long)s.live_bytes, (unsigned long long)s.dead_bytes,
        s.expired_records, s.encrypted ? "true" : "false");
    bool first = true;
    for (const auto& [name, n] : s.namespaces) {
      std::printf("%s%s: {\"records\": %zu, \"bytes\": %llu, \"expired\": %zu}", first ? "" : ", ",
                  json_string(name).c_str(), n.live_records, (unsigned long long)n.live_bytes, n.expired_records);
      first = false;
    }
    std::printf("}}\n");
    return kOk;
  }
  std::printf("path:          %s\nencrypted:     %s\nrecords:       %zu (%zu in the default namespace)\n",
              a.words[0].c_str(), s.encrypted ? "yes" : "no", s.total_live_records, s.live_records);
  std::printf(
      "namespaces:    %zu\nfile size:     %llu bytes\nlive bytes:    %llu\ndead bytes:    %llu (compact reclaims "
      "them)\n",
      s.namespace_count, (unsigned long long)s.file_size_bytes, (unsigned long long)s.live_bytes,
      (unsigned long long)s.dead_bytes);
  for (const auto& [name, n] : s.namespaces)
    std::printf("  %-20s %10zu records %12llu bytes%s\n", name.empty() ? "(default)" : name.c_str(), n.live_records,
                (unsigned long long)n.live_bytes,
                n.expired_records ? (" " + std::to_string(n.expired_records) + " expired").c_str() : "");
  return kOk;
}

int cmd_ns(const Args& command) {
  // "emdb ns list DB" and "emdb ns drop DB NAME": the subcommand comes first.
  const std::string sub = word(command, 0, "ns list or ns drop");
  Args a = command;
  a.words.erase(a.words.begin());
  if (sub == "list") {
    auto db = open_database(a, false);
    const auto names = must(db.list_namespaces());
    if (a.has("--json")) {
      std::printf("[");
      for (std::size_t i = 0; i < names.size(); ++i) std::printf("%s%s", i ? ", " : "", json_string(names[i]).c_str());
      std::printf("]\n");
    } else {
      for (const auto& n : names) std::printf("%s\n", n.c_str());
    }
    return kOk;
  }
  if (sub == "drop") {
    const std::string& name = word(a, 1, "the namespace to drop");
    auto db = open_database(a, true);
    if (!must(db.drop_namespace(name))) throw Failure{kNotFound, "no namespace named " + name};
    must(db.flush());
    return kOk;
  }
  usage("ns takes list or drop");
}

int cmd_keys(const Args& a) {
  auto s = open_space(a, false, true);
  emdb::KeyRange range = emdb::KeyRange::all();
  if (auto p = a.get("--prefix")) {
    range.lower = emdb::Bound::included(*p);
    std::string end = *p;
    while (!end.empty() && static_cast<unsigned char>(end.back()) == 0xff) end.pop_back();
    if (!end.empty()) {
      end.back() = static_cast<char>(end.back() + 1);
      range.upper = emdb::Bound::excluded(end);
    }
  }
  if (auto f = a.get("--from")) range.lower = emdb::Bound::included(*f);
  if (auto t = a.get("--to")) range.upper = emdb::Bound::excluded(*t);
  const auto pattern = a.get("--pattern");
  std::size_t limit = SIZE_MAX;
  if (auto l = a.get("--limit")) {
    try {
      limit = std::stoull(*l);
    } catch (...) {
      usage("--limit takes a number");
    }
  }
  auto it = must(s.ks().range_iter(range));
  std::size_t n = 0;
  const bool json = a.has("--json");
  if (json) std::printf("[");
  for (const auto& [k, v] : it) {
    if (n >= limit) break;
    if (pattern && fnmatch(pattern->c_str(), k.c_str(), 0) != 0) continue;
    if (json)
      std::printf("%s%s", n ? ", " : "", json_string(printable(k)).c_str());
    else
      std::printf("%s\n", printable(k).c_str());
    ++n;
  }
  if (json) std::printf("]\n");
  must(it.status());
  return kOk;
}

int cmd_get(const Args& a) {
  auto s = open_space(a, false);
  const std::string& key = word(a, 1, "the key");
  auto v = must(s.ks().get(key));
  if (!v) throw Failure{kNotFound, "no record with the key " + printable(key)};
  if (a.has("--base64"))
    std::printf("%s\n", emdb::exchange::base64_encode(*v).c_str());
  else if (a.has("--hex")) {
    for (unsigned char c : *v) std::printf("%02x", c);
    std::printf("\n");
  } else
    std::fwrite(v->data(), 1, v->size(), stdout);
  return kOk;
}

int cmd_put(const Args& a) {
  const std::string& key = word(a, 1, "the key");
  std::string value;
  if (a.words.size() > 2)
    value = a.words[2];
  else if (auto f = a.get("--file")) {
    std::ifstream in(*f, std::ios::binary);
    if (!in) throw Failure{kError, "cannot read " + *f};
    value.assign(std::istreambuf_iterator<char>(in), {});
  } else {
    value.assign(std::istreambuf_iterator<char>(std::cin), {});
  }
  emdb::Ttl ttl = emdb::Ttl::none();
  if (auto t = a.get("--ttl")) {
    auto d = parse_duration(*t);
    if (!d) usage("--ttl takes a duration such as 90s or 1h30m");
    ttl = emdb::Ttl::after(*d);
  }
  auto s = open_space(a, true);
  must(s.ks().insert_with_ttl(key, value, ttl));
  must(s.db.flush());
  return kOk;
}

int cmd_del(const Args& a) {
  const std::string& key = word(a, 1, "the key");
  auto s = open_space(a, true);
  if (!must(s.ks().remove(key))) throw Failure{kNotFound, "no record with the key " + printable(key)};
  must(s.db.flush());
  return kOk;
}

int cmd_ttl(const Args& a) {
  const std::string& key = word(a, 1, "the key");
  const bool change = a.has("--set") || a.has("--persist");
  auto s = open_space(a, change);
  if (!must(s.ks().contains_key(key))) throw Failure{kNotFound, "no record with the key " + printable(key)};
  if (a.has("--persist")) {
    must(s.ks().persist(key));
  } else if (auto set = a.get("--set")) {
    auto d = parse_duration(*set);
    if (!d) usage("--set takes a duration such as 90s or 1h30m");
    auto v = must(s.ks().get(key));
    must(s.ks().insert_with_ttl(key, *v, emdb::Ttl::after(*d)));
  }
  if (change) {
    must(s.db.flush());
    return kOk;
  }
  const auto left = must(s.ks().ttl(key));
  const auto at = must(s.ks().expires_at(key));
  if (a.has("--json"))
    std::printf("{\"ttl_ms\": %s, \"expires_at\": %s}\n", left ? std::to_string(left->count()).c_str() : "null",
                at ? std::to_string(*at).c_str() : "null");
  else if (!left)
    std::printf("no expiry\n");
  else
    std::printf("%lld ms (expires at %llu)\n", (long long)left->count(), (unsigned long long)at.value_or(0));
  return kOk;
}

int cmd_sweep(const Args& a) {
  auto db = open_database(a, true);
  const auto n = must(db.sweep_expired());
  must(db.flush());
  if (a.has("--json"))
    std::printf("{\"removed\": %zu}\n", n);
  else
    std::printf("%zu expired records removed\n", n);
  return kOk;
}

int cmd_dump(const Args& a) {
  auto db = open_database(a, false);
  must(emdb::exchange::dump(db, std::cout, a.get("--ns")));
  std::cout.flush();
  return kOk;
}

int cmd_load(const Args& a) {
  auto db = open_database(a, true);
  std::ifstream file;
  if (a.words.size() > 1) {
    file.open(a.words[1], std::ios::binary);
    if (!file) throw Failure{kError, "cannot read " + a.words[1]};
  }
  auto r = emdb::exchange::load(db, a.words.size() > 1 ? static_cast<std::istream&>(file) : std::cin, 1000,
                                progress_bar("loading"));
  if (!r) {
    if (r.error().code() == emdb::ErrorCode::InvalidConfig) throw Failure{kUsage, r.error().message()};
    fail(r.error());
  }
  std::fprintf(stderr, "%llu records loaded\n", (unsigned long long)r->records);
  return kOk;
}

int cmd_check(const Args& a) {
  if (a.words.empty()) usage("no database given");
  auto key = key_from(a, "", false);
  auto r = Database::check(a.words[0], key, progress_bar("checking"));
  if (!r && r.error().code() == emdb::ErrorCode::EncryptionError && !key)
    if ((key = key_from(a, "", true))) r = Database::check(a.words[0], key, progress_bar("checking"));
  const auto report = must(std::move(r));
  if (a.has("--json")) {
    std::printf(
        "{\"sound\": %s, \"file_size\": %llu, \"frames\": %llu, \"records\": %llu, \"live_records\": %zu, "
        "\"dead_records\": %llu, \"valid_bytes\": %llu, \"first_bad_offset\": %s, \"reason\": %s, \"notes\": [",
        report.sound() ? "true" : "false", (unsigned long long)report.file_size, (unsigned long long)report.frames,
        (unsigned long long)report.records, report.live_records, (unsigned long long)report.dead_records,
        (unsigned long long)report.valid_bytes,
        report.first_bad_offset ? std::to_string(*report.first_bad_offset).c_str() : "null",
        json_string(report.reason).c_str());
    for (std::size_t i = 0; i < report.notes.size(); ++i)
      std::printf("%s{\"offset\": %llu, \"note\": %s}", i ? ", " : "", (unsigned long long)report.notes[i].offset,
                  json_string(report.notes[i].what).c_str());
    std::printf("]}\n");
  } else {
    std::printf("frames:        %llu\nrecords:       %llu (%zu live, %llu dead)\nvalid bytes:   %llu of %llu\n",
                (unsigned long long)report.frames, (unsigned long long)report.records, report.live_records,
                (unsigned long long)report.dead_records, (unsigned long long)report.valid_bytes,
                (unsigned long long)report.file_size);
    for (const auto& n : report.notes)
      std::printf("note at offset %llu: %s\n", (unsigned long long)n.offset, n.what.c_str());
    if (report.sound())
      std::printf("sound\n");
    else
      std::printf("damaged at offset %llu: %s%s\n", (unsigned long long)*report.first_bad_offset, report.reason.c_str(),
                  report.torn_tail ? " (a torn tail: the next writable open cuts it)" : "");
  }
  if (!report.sound())
    std::fprintf(stderr, "emdb: damaged at offset %llu: %s\n", (unsigned long long)*report.first_bad_offset,
                 report.reason.c_str());
  return report.sound() ? kOk : kCorrupt;
}

int cmd_compact(const Args& a) {
  auto db = open_database(a, true);
  const auto before = must(db.stats()).file_size_bytes;
  must(db.compact(progress_bar("compacting")));
  const auto after = must(db.stats()).file_size_bytes;
  std::fprintf(stderr, "%llu -> %llu bytes\n", (unsigned long long)before, (unsigned long long)after);
  return kOk;
}

int cmd_backup(const Args& a) {
  const std::string& target = word(a, 1, "the backup's path");
  auto db = open_database(a, false);
  must(db.backup_to(target, progress_bar("backing up")));
  return kOk;
}

int cmd_encryption(const Args& a) {
  if (a.words.empty()) usage("no database given");
  const auto& path = a.words[0];
  emdb::Cipher cipher = emdb::Cipher::Aes256Gcm;
  if (auto c = a.get("--cipher")) {
    if (*c == "chacha")
      cipher = emdb::Cipher::ChaCha20Poly1305;
    else if (*c != "aes")
      usage("--cipher takes aes or chacha");
  }
  auto need = [](std::optional<emdb::EncryptionInput> k, const char* what) {
    if (!k) usage(std::string("no ") + what + " (--" + what + "-file, --" + what + "-passphrase-env or a terminal)");
    return std::move(*k);
  };
  if (a.command == "encrypt") {
    must(Database::enable_encryption(path, need(key_from(a, "new-", true), "new-key"), progress_bar("encrypting"),
                                     cipher));
  } else if (a.command == "decrypt") {
    must(Database::disable_encryption(path, need(key_from(a, "", true), "key"), progress_bar("decrypting")));
  } else {
    auto current = need(key_from(a, "", true), "key");
    auto next = need(key_from(a, "new-", true), "new-key");
    std::optional<emdb::Cipher> c;
    if (a.has("--cipher")) c = cipher;
    must(Database::rotate_encryption_key(path, std::move(current), std::move(next), progress_bar("re-encrypting"), c));
  }
  return kOk;
}

int cmd_lock(const Args& a) {
  if (a.words.empty()) usage("no database given");
  const auto holder = must(Database::lock_holder(a.words[0]));
  const bool held = Database::lock_is_held(a.words[0]);
  if (a.has("--json")) {
    if (!holder)
      std::printf("{\"locked\": false}\n");
    else
      std::printf("{\"locked\": %s, \"pid\": %u, \"acquired_at\": %llu, \"crate_version\": %s}\n",
                  held ? "true" : "false", holder->pid, (unsigned long long)holder->acquired_at_ms,
                  json_string(holder->crate_version).c_str());
  } else if (!holder) {
    std::printf("not locked\n");
  } else {
    std::printf("pid %u, since %llu (Unix ms), emdb %s%s\n", holder->pid, (unsigned long long)holder->acquired_at_ms,
                holder->crate_version.c_str(), held ? "" : " (stale: no process holds the lock)");
  }
  return kOk;
}

int cmd_unlock(const Args& a) {
  if (a.words.empty()) usage("no database given");
  const auto holder = must(Database::lock_holder(a.words[0]));
  if (!holder && !Database::lock_is_held(a.words[0])) return kOk;
  const bool running = Database::lock_is_held(a.words[0]) || (holder && ::kill(pid_t(holder->pid), 0) == 0);
  if (running && !a.has("--force"))
    throw Failure{kLocked, "the holder (pid " + std::to_string(holder ? holder->pid : 0) +
                               ") is still running; stop it, or use --force"};
  must(Database::break_lock(a.words[0]));
  return kOk;
}

}  // namespace

int run(const Args& a) {
  const std::map<std::string, int (*)(const Args&)> commands = {{"info", cmd_info},
                                                                {"ns", cmd_ns},
                                                                {"keys", cmd_keys},
                                                                {"get", cmd_get},
                                                                {"put", cmd_put},
                                                                {"del", cmd_del},
                                                                {"ttl", cmd_ttl},
                                                                {"sweep", cmd_sweep},
                                                                {"dump", cmd_dump},
                                                                {"load", cmd_load},
                                                                {"check", cmd_check},
                                                                {"compact", cmd_compact},
                                                                {"backup", cmd_backup},
                                                                {"encrypt", cmd_encryption},
                                                                {"decrypt", cmd_encryption},
                                                                {"rekey", cmd_encryption},
                                                                {"lock", cmd_lock},
                                                                {"unlock", cmd_unlock}};
  auto it = commands.find(a.command);
  if (it == commands.end()) usage("unknown command " + a.command);
  return it->second(a);
}

}  // namespace cli
