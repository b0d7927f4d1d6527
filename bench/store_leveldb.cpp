#include <leveldb/db.h>
#include <leveldb/write_batch.h>

#include "stores.hpp"

namespace bench {
namespace {

void ok(const leveldb::Status& s, const char* what) {
  if (!s.ok()) die(std::string("leveldb ") + what + ": " + s.ToString());
}

class LevelStore final : public Store {
 public:
  std::string name() const override { return "leveldb"; }
  void open(const std::filesystem::path& dir) override {
    leveldb::Options o;
    o.create_if_missing = true;
    leveldb::DB* db;
    ok(leveldb::DB::Open(o, dir.string(), &db), "open");
    db_.reset(db);
  }
  void close() override { db_.reset(); }
  void put_batch(std::span<const Kv> items, bool sync) override {
    leveldb::WriteBatch b;
    for (const auto& [k, v] : items) b.Put(k, v);
    leveldb::WriteOptions w;
    w.sync = sync;
    ok(db_->Write(w, &b), "write");
  }
  bool get(std::string_view key, std::string& out) override {
    const auto s = db_->Get(leveldb::ReadOptions(), leveldb::Slice(key.data(), key.size()), &out);
    if (s.IsNotFound()) return false;
    ok(s, "get");
    return true;
  }
  void remove_batch(std::span<const std::string> keys, bool sync) override {
    leveldb::WriteBatch b;
    for (const auto& k : keys) b.Delete(k);
    leveldb::WriteOptions w;
    w.sync = sync;
    ok(db_->Write(w, &b), "write");
  }
  bool compact() override {
    db_->CompactRange(nullptr, nullptr);
    return true;
  }

 private:
  std::unique_ptr<leveldb::DB> db_;
};

}  // namespace

std::unique_ptr<Store> make_leveldb() { return std::make_unique<LevelStore>(); }

}  // namespace bench
