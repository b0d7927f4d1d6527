// The commands of `emdb`. Reading commands open the database read-only and
// never write a byte; writing commands take the writer lock.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <span>

#include <emdb/exchange.hpp>

#include "cli.hpp"
#include "glob.hpp"

namespace cli {
namespace {

using emdb::Database;
namespace fs = std::filesystem;

int cmd_info(const Args& a) {
  auto db = open_database(a, false);
  const auto s = must(db.stats());
  if (a.has("--json")) {
    std::printf(
        "{\"path\": %s, \"live_records\": %zu, \"total_live_records\": %zu, \"namespace_count\": %zu, "
        "\"logical_size_bytes\": %llu, \"file_size_bytes\": %llu, \"preallocated_bytes\": %llu, "
        "\"live_bytes\": %llu, \"dead_bytes\": %llu, \"expired_records\": %zu, \"encrypted\": %s, "
        "\"first_bad_offset\": %s, \"checkpoint_bytes\": %llu, \"namespaces\": {",
        json_text(a.words[0]).c_str(), s.live_records, s.total_live_records, s.namespace_count,
        (unsigned long long)s.logical_size_bytes, (unsigned long long)s.file_size_bytes,
        (unsigned long long)s.preallocated_bytes, (unsigned long long)s.live_bytes, (unsigned long long)s.dead_bytes,
        s.expired_records, s.encrypted ? "true" : "false",
        s.first_bad_offset ? std::to_string(*s.first_bad_offset).c_str() : "null",
        (unsigned long long)s.checkpoint_bytes);
    bool first = true;
    for (const auto& [name, n] : s.namespaces) {
      std::printf("%s%s: {\"records\": %zu, \"bytes\": %llu, \"expired\": %zu}", first ? "" : ", ",
                  json_text(name).c_str(), n.live_records, (unsigned long long)n.live_bytes, n.expired_records);
      first = false;
    }
    std::printf("}}\n");
  } else {
    std::printf("path:          %s\nencrypted:     %s\nrecords:       %zu (%zu in the default namespace)\n",
                a.words[0].c_str(), s.encrypted ? "yes" : "no", s.total_live_records, s.live_records);
    std::printf(
        "namespaces:    %zu\nfile size:     %llu bytes\nlive bytes:    %llu\ndead bytes:    %llu (compact reclaims "
        "them)\n",
        s.namespace_count, (unsigned long long)s.file_size_bytes, (unsigned long long)s.live_bytes,
        (unsigned long long)s.dead_bytes);
    if (s.checkpoint_bytes == 0)
      std::printf("checkpoint:    none (the next open replays the whole journal)\n");
    else
      std::printf("checkpoint:    covers %llu of %llu journal bytes (%.0f%%)\n", (unsigned long long)s.checkpoint_bytes,
                  (unsigned long long)s.logical_size_bytes,
                  s.logical_size_bytes ? 100.0 * double(s.checkpoint_bytes) / double(s.logical_size_bytes) : 100.0);
    if (s.first_bad_offset)
      std::printf("damaged:       at byte %llu (the records after it are not counted)\n",
                  (unsigned long long)*s.first_bad_offset);
    for (const auto& [name, n] : s.namespaces)
      std::printf("  %-20s %10zu records %12llu bytes%s\n", name.empty() ? "(default)" : printable(name).c_str(),
                  n.live_records, (unsigned long long)n.live_bytes,
                  n.expired_records ? (" " + std::to_string(n.expired_records) + " expired").c_str() : "");
  }
  fail_if_damaged(db, a.words[0]);
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
      for (std::size_t i = 0; i < names.size(); ++i) std::printf("%s%s", i ? ", " : "", json_text(names[i]).c_str());
      std::printf("]\n");
    } else {
      for (const auto& n : names) std::printf("%s\n", printable(n).c_str());
    }
    fail_if_damaged(db, a.words[0]);
    return kOk;
  }
  const std::string& name = word(a, 1, "the namespace to drop");
  auto db = open_database(a, true);
  if (!must(db.drop_namespace(name))) throw Failure{kNotFound, "no namespace named " + printable(name)};
  must(db.flush());
  return kOk;
}

// A whole number for --limit: digits only.
std::size_t limit_of(const std::string& text) {
  std::size_t n = 0;
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
    usage("--limit: \"" + text + "\" is not a whole number");
  for (char c : text) n = n * 10 + std::size_t(c - '0');
  return n;
}

int cmd_keys(const Args& a) {
  std::size_t limit = SIZE_MAX;
  if (auto l = a.get("--limit")) limit = limit_of(*l);
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
  std::optional<GlobPattern> pattern;
  if (auto p = a.get("--pattern")) pattern.emplace(*p);
  auto it = must(s.ks().range_iter(range));
  std::size_t n = 0;
  const bool json = a.has("--json");
  if (json) std::printf("[");
  for (const auto& [k, v] : it) {
    if (n >= limit) break;
    if (pattern && !pattern->matches(k)) continue;
    if (json)
      std::printf("%s%s", n ? ", " : "", json_string(printable(k)).c_str());
    else
      std::printf("%s\n", printable(k).c_str());
    ++n;
  }
  if (json) std::printf("]\n");
  must(it.status());
  fail_if_damaged(s.db, a.words[0]);
  return kOk;
}

int cmd_get(const Args& a) {
  const std::string key = key_arg(a, 1);
  auto s = open_space(a, false);
  auto v = must(s.ks().get(key));
  if (!v) no_record(s.db, a, key);
  if (a.has("--base64"))
    std::printf("%s\n", emdb::exchange::base64_encode(*v).c_str());
  else if (a.has("--hex")) {
    for (unsigned char c : *v) std::printf("%02x", c);
    std::printf("\n");
  } else
    std::fwrite(v->data(), 1, v->size(), stdout);
  return kOk;
}

// A regular file's first `size` bytes, read as a write asks for them; an
// error when the file shrinks meanwhile.
emdb::ValueSource file_source(std::shared_ptr<std::ifstream> f, std::string name) {
  return [f = std::move(f), name = std::move(name)](std::uint64_t offset, std::span<char> out) -> emdb::Result<void> {
    f->clear();
    f->seekg(std::streamoff(offset));
    f->read(out.data(), std::streamsize(out.size()));
    if (std::size_t(f->gcount()) != out.size()) {
      const bool shrank = f->eof();
      const int err = errno;
      return std::unexpected(
          emdb::Error(emdb::ErrorCode::Io, "cannot read " + name + ": " + (shrank ? "it shrank" : std::strerror(err))));
    }
    return {};
  };
}

int cmd_put(const Args& a) {
  const std::string key = key_arg(a, 1);
  emdb::Ttl ttl = emdb::Ttl::none();
  if (auto t = a.get("--ttl")) ttl = emdb::Ttl::after(duration_of("--ttl", *t));
  // A regular file streams into the database: its bytes are never held in memory.
  std::shared_ptr<std::ifstream> file;
  std::uint64_t file_size = 0;
  if (auto path = a.get("--file"); path && !fs::is_directory(*path)) {
    file = std::make_shared<std::ifstream>(*path, std::ios::binary);
    if (!*file) throw Failure{kError, "cannot read " + *path + ": " + std::strerror(errno)};
    // Checked once the file is open, and the size taken from the open file;
    // anything but a regular file that can seek (a pipe, a device) is read
    // whole instead.
    std::error_code ec;
    const bool regular = fs::is_regular_file(*path, ec);
    if (regular && file->seekg(0, std::ios::end)) {
      file_size = std::uint64_t(std::streamoff(file->tellg()));
    } else {
      file.reset();
    }
  }
  std::string value;
  if (a.words.size() > 2)
    value = a.words[2];
  else if (!file)
    value = read_input(a.get("--file"));  // standard input, or a file that is not a regular one
  auto s = open_space(a, true);
  if (file) {
    emdb::WriteBatch batch;
    batch.insert_from(s.ks(), key, file_size, file_source(file, *a.get("--file")), ttl);
    must(s.db.write(batch));
  } else {
    must(s.ks().insert_with_ttl(key, value, ttl));
  }
  must(s.db.flush());
  return kOk;
}

int cmd_del(const Args& a) {
  const std::string key = key_arg(a, 1);
  auto s = open_space(a, true);
  if (!must(s.ks().remove(key))) throw Failure{kNotFound, "no record with the key " + printable(key)};
  must(s.db.flush());
  return kOk;
}

int cmd_ttl(const Args& a) {
  const std::string key = key_arg(a, 1);
  const bool change = a.has("--set") || a.has("--persist");
  std::optional<std::chrono::milliseconds> set;
  if (auto t = a.get("--set")) set = duration_of("--set", *t);
  auto s = open_space(a, change);
  if (!must(s.ks().contains_key(key))) no_record(s.db, a, key);
  if (change) {
    if (set) {
      auto v = must(s.ks().get(key));
      if (!v) no_record(s.db, a, key);  // expired meanwhile
      must(s.ks().insert_with_ttl(key, *v, emdb::Ttl::after(*set)));
    } else {
      must(s.ks().persist(key));
    }
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
  auto s = open_space(a, false);
  must(emdb::exchange::dump(s.db, std::cout, a.get("--ns")));
  std::cout.flush();
  fail_if_damaged(s.db, a.words[0]);
  return kOk;
}

int cmd_load(const Args& a) {
  // Refused before the database is opened: an input that cannot be read.
  std::ifstream file;
  if (a.words.size() > 1) {
    const std::string& name = a.words[1];
    std::error_code ec;
    if (fs::is_directory(name, ec)) throw Failure{kError, "cannot read " + name + ": it is a directory"};
    file.open(name, std::ios::binary);
    if (!file) throw Failure{kError, "cannot read " + name + ": " + std::strerror(errno)};
  } else if (input_is_directory()) {
    throw Failure{kError, "cannot read standard input: it is a directory"};
  }
  std::istream& in = a.words.size() > 1 ? static_cast<std::istream&>(file) : std::cin;
  auto db = open_database(a, true);
  auto r = emdb::exchange::load(db, in, 1000, progress_bar("loading"));
  if (!r) {
    if (r.error().code() == emdb::ErrorCode::InvalidConfig) throw Failure{kUsage, r.error().message()};
    fail(r.error());
  }
  if (in.bad()) throw Failure{kError, "reading the input failed after " + std::to_string(r->records) + " records"};
  std::fprintf(stderr, "%llu records loaded\n", (unsigned long long)r->records);
  return kOk;
}

int cmd_check(const Args& a) {
  if (!fs::exists(a.words[0])) throw Failure{kNotFound, "no database at " + a.words[0]};
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
                  json_text(report.notes[i].what).c_str());
    std::printf("]}\n");
  } else {
    std::printf("frames:        %llu\nrecords:       %llu (%zu live, %llu dead)\nvalid bytes:   %llu of %llu\n",
                (unsigned long long)report.frames, (unsigned long long)report.records, report.live_records,
                (unsigned long long)report.dead_records, (unsigned long long)report.valid_bytes,
                (unsigned long long)report.file_size);
    for (const auto& n : report.notes)
      std::printf("note at byte %llu: %s\n", (unsigned long long)n.offset, n.what.c_str());
    if (report.sound())
      std::printf("sound\n");
    else
      std::printf("damaged at byte %llu: %s%s\n", (unsigned long long)*report.first_bad_offset, report.reason.c_str(),
                  report.torn_tail ? " (a torn tail: the next writable open cuts it)" : "");
  }
  if (!report.sound())
    throw Failure{kCorrupt, "damaged at byte " + std::to_string(*report.first_bad_offset) + ": " + report.reason};
  return kOk;
}

int cmd_compact(const Args& a) {
  auto db = open_database(a, true);
  const auto before = must(db.stats()).file_size_bytes;
  must(db.compact(progress_bar("compacting")));
  const auto after = must(db.stats()).file_size_bytes;
  std::fprintf(stderr, "%llu -> %llu bytes\n", (unsigned long long)before, (unsigned long long)after);
  return kOk;
}

int cmd_checkpoint(const Args& a) {
  auto db = open_database(a, true);
  must(db.checkpoint());
  return kOk;
}

int cmd_backup(const Args& a) {
  const std::string& target = word(a, 1, "the backup's path");
  std::error_code ec;
  if (fs::is_directory(target, ec))
    throw Failure{kError, target + " is a directory: name the backup's file (for example " +
                              (fs::path(target) / fs::path(a.words[0]).filename()).string() + ")"};
  auto db = open_database(a, false);  // a snapshot; nothing written to the source
  if (const auto st = must(db.stats()); st.first_bad_offset && !a.has("--allow-damaged"))
    throw Failure{kCorrupt, a.words[0] + " is damaged at byte " + std::to_string(*st.first_bad_offset) +
                                ": a backup would hold only the records before it (--allow-damaged makes it anyway)"};
  if (fs::exists(fs::symlink_status(target, ec)) && !a.has("--force")) {
    // Refuse the database's own files first: --force does not allow those.
    must(Database::check_backup_target(a.words[0], target));
    throw Failure{kError, target + " exists already (--force replaces it)"};
  }
  must(db.backup_to(target, progress_bar("backing up")));
  return kOk;
}

int cmd_encryption(const Args& a) {
  const auto& path = a.words[0];
  emdb::Cipher cipher = emdb::Cipher::Aes256Gcm;
  if (auto c = a.get("--cipher")) cipher = *c == "chacha" ? emdb::Cipher::ChaCha20Poly1305 : emdb::Cipher::Aes256Gcm;
  auto need = [](std::optional<emdb::EncryptionInput> k, const char* options) {
    if (!k) usage(std::string("no key given: use ") + options + ", or run it on a terminal to be asked");
    return std::move(*k);
  };
  const char* current = "--key-file or --passphrase-env";
  const char* fresh = "--new-key-file or --new-passphrase-env";
  if (a.command == "encrypt") {
    must(Database::enable_encryption(path, need(key_from(a, "new-", true), fresh), progress_bar("encrypting"), cipher));
  } else if (a.command == "decrypt") {
    must(Database::disable_encryption(path, need(key_from(a, "", true), current), progress_bar("decrypting")));
  } else {
    auto old_key = need(key_from(a, "", true), current);
    auto new_key = need(key_from(a, "new-", true), fresh);
    std::optional<emdb::Cipher> c;
    if (a.has("--cipher")) c = cipher;
    must(Database::rotate_encryption_key(path, std::move(old_key), std::move(new_key), progress_bar("re-encrypting"),
                                         c));
  }
  return kOk;
}

int cmd_lock(const Args& a) {
  const bool held = Database::lock_is_held(a.words[0]);
  const auto holder = must(Database::lock_holder(a.words[0]));
  if (a.has("--json")) {
    if (!holder)
      std::printf("{\"locked\": %s}\n", held ? "true" : "false");
    else
      std::printf("{\"locked\": %s, \"pid\": %u, \"acquired_at\": %llu, \"crate_version\": %s}\n",
                  held ? "true" : "false", holder->pid, (unsigned long long)holder->acquired_at_ms,
                  json_text(holder->crate_version).c_str());
  } else if (!holder) {
    std::printf(held ? "locked (the holder left no description)\n" : "not locked\n");
  } else {
    std::printf("pid %u, since %llu (Unix ms), emdb %s%s\n", holder->pid, (unsigned long long)holder->acquired_at_ms,
                holder->crate_version.c_str(), held ? "" : " (stale: no process holds the lock)");
  }
  return kOk;
}

int cmd_unlock(const Args& a) {
  const auto& path = a.words[0];
  // The OS lock is the truth: while it is held, the holder runs.
  if (Database::lock_is_held(path)) {
    auto holder = Database::lock_holder(path);
    const std::string who = holder && *holder ? "pid " + std::to_string((*holder)->pid) : "a running process";
    throw Failure{kLocked, "the lock is held by " + who + ", which is still running: stop it first"};
  }
  auto holder = Database::lock_holder(path);
  if (!holder && !a.has("--force"))
    throw Failure{kCorrupt,
                  "the lock's description cannot be read (" + holder.error().message() + "); --force removes it"};
  must(Database::break_lock(path));
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
                                                                {"unlock", cmd_unlock},
                                                                {"checkpoint", cmd_checkpoint},
                                                                {"history", run_past},
                                                                {"undelete", run_past},
                                                                {"diff", run_past}};
  auto it = commands.find(a.command);
  if (it == commands.end()) usage("unknown command " + a.command);
  return it->second(a);
}

}  // namespace cli
