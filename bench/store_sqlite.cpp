#include <sqlite3.h>

#include <atomic>
#include <mutex>

#include "stores.hpp"

namespace bench {
namespace {

class SqliteStore final : public Store {
 public:
  std::string name() const override { return "sqlite"; }
  void open(const std::filesystem::path& dir) override {
    path_ = (dir / "data.sqlite").string();
    writer_ = connect();
    exec(writer_, "PRAGMA journal_mode=WAL");
    exec(writer_, "PRAGMA synchronous=NORMAL");  // WAL: durable at an explicit checkpoint-free fsync below
    exec(writer_, "CREATE TABLE IF NOT EXISTS kv (k BLOB PRIMARY KEY, v BLOB) WITHOUT ROWID");
  }
  void close() override {
    for (auto [c, st] : readers_) {
      sqlite3_finalize(st);
      sqlite3_close(c);
    }
    readers_.clear();
    if (writer_) sqlite3_close(writer_);
    writer_ = nullptr;
    generation_ = ++generations;
  }
  void put_batch(std::span<const Kv> items, bool sync) override {
    exec(writer_, sync ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    exec(writer_, "BEGIN");
    sqlite3_stmt* st = prepare(writer_, "INSERT OR REPLACE INTO kv (k, v) VALUES (?, ?)");
    for (const auto& [k, v] : items) {
      sqlite3_bind_blob(st, 1, k.data(), int(k.size()), SQLITE_STATIC);
      sqlite3_bind_blob(st, 2, v.data(), int(v.size()), SQLITE_STATIC);
      if (sqlite3_step(st) != SQLITE_DONE) die(std::string("sqlite insert: ") + sqlite3_errmsg(writer_));
      sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    exec(writer_, "COMMIT");
  }
  bool get(std::string_view key, std::string& out) override {
    // One connection per reading thread, as SQLite wants.
    thread_local sqlite3_stmt* st = nullptr;
    thread_local std::uint64_t owner = 0;
    if (owner != generation_) {
      sqlite3* conn = connect();
      st = prepare(conn, "SELECT v FROM kv WHERE k = ?");
      owner = generation_;
      std::lock_guard lk(mu_);
      readers_.emplace_back(conn, st);
    }
    sqlite3_bind_blob(st, 1, key.data(), int(key.size()), SQLITE_STATIC);
    const bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found)
      out.assign(static_cast<const char*>(sqlite3_column_blob(st, 0)), std::size_t(sqlite3_column_bytes(st, 0)));
    sqlite3_reset(st);
    return found;
  }
  void remove_batch(std::span<const std::string> keys, bool sync) override {
    exec(writer_, sync ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    exec(writer_, "BEGIN");
    sqlite3_stmt* st = prepare(writer_, "DELETE FROM kv WHERE k = ?");
    for (const auto& k : keys) {
      sqlite3_bind_blob(st, 1, k.data(), int(k.size()), SQLITE_STATIC);
      sqlite3_step(st);
      sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    exec(writer_, "COMMIT");
  }
  bool compact() override {
    exec(writer_, "PRAGMA wal_checkpoint(TRUNCATE)");
    exec(writer_, "VACUUM");
    return true;
  }

 private:
  sqlite3* connect() {
    sqlite3* c;
    if (sqlite3_open_v2(path_.c_str(), &c, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK)
      die("sqlite open failed");
    sqlite3_busy_timeout(c, 10000);
    return c;
  }
  static void exec(sqlite3* c, const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(c, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string e = err ? err : "?";
      sqlite3_free(err);
      die(std::string("sqlite ") + sql + ": " + e);
    }
  }
  static sqlite3_stmt* prepare(sqlite3* c, const char* sql) {
    sqlite3_stmt* st;
    if (sqlite3_prepare_v2(c, sql, -1, &st, nullptr) != SQLITE_OK)
      die(std::string("sqlite prepare: ") + sqlite3_errmsg(c));
    return st;
  }
  std::string path_;
  sqlite3* writer_ = nullptr;
  static inline std::atomic<std::uint64_t> generations{1};
  std::uint64_t generation_ = ++generations;
  std::mutex mu_;
  std::vector<std::pair<sqlite3*, sqlite3_stmt*>> readers_;  // guarded by mu_
};

}  // namespace

std::unique_ptr<Store> make_sqlite() { return std::make_unique<SqliteStore>(); }

}  // namespace bench
