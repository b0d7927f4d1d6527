#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include "stores.hpp"

namespace bench {
namespace {

void ok(const rocksdb::Status& s, const char* what) {
  if (!s.ok()) die(std::string("rocksdb ") + what + ": " + s.ToString());
}

class RocksStore final : public Store {
 public:
  std::string name() const override { return "rocksdb"; }
  void open(const std::filesystem::path& dir) override {
    rocksdb::Options o;
    o.create_if_missing = true;
    o.IncreaseParallelism(2);
    rocksdb::DB* db;
    ok(rocksdb::DB::Open(o, dir.string(), &db), "open");
    db_.reset(db);
  }
  void close() override { db_.reset(); }
  void put_batch(std::span<const Kv> items, bool sync) override {
    rocksdb::WriteBatch b;
    for (const auto& [k, v] : items) b.Put(k, v);
    rocksdb::WriteOptions w;
    w.sync = sync;
    ok(db_->Write(w, &b), "write");
  }
  bool get(std::string_view key, std::string& out) override {
    const auto s = db_->Get(rocksdb::ReadOptions(), rocksdb::Slice(key.data(), key.size()), &out);
    if (s.IsNotFound()) return false;
    ok(s, "get");
    return true;
  }
  void remove_batch(std::span<const std::string> keys, bool sync) override {
    rocksdb::WriteBatch b;
    for (const auto& k : keys) b.Delete(k);
    rocksdb::WriteOptions w;
    w.sync = sync;
    ok(db_->Write(w, &b), "write");
  }
  bool compact() override {
    ok(db_->CompactRange(rocksdb::CompactRangeOptions(), nullptr, nullptr), "compact");
    return true;
  }

 private:
  std::unique_ptr<rocksdb::DB> db_;
};

}  // namespace

std::unique_ptr<Store> make_rocksdb() { return std::make_unique<RocksStore>(); }

}  // namespace bench
