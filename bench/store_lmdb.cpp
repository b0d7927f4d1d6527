#include <lmdb.h>

#include "stores.hpp"

namespace bench {
namespace {

void ok(int rc, const char* what) {
  if (rc != 0) die(std::string("lmdb ") + what + ": " + mdb_strerror(rc));
}

MDB_val val(std::string_view s) { return MDB_val{s.size(), const_cast<char*>(s.data())}; }

class LmdbStore final : public Store {
 public:
  std::string name() const override { return "lmdb"; }
  void open(const std::filesystem::path& dir) override {
    ok(mdb_env_create(&env_), "env_create");
    ok(mdb_env_set_mapsize(env_, std::size_t(64) << 30), "set_mapsize");
    ok(mdb_env_set_maxreaders(env_, 126), "set_maxreaders");
    // NOSYNC: writes become durable at mdb_env_sync, which sync batches call.
    ok(mdb_env_open(env_, dir.c_str(), MDB_NOSYNC | MDB_NOTLS, 0644), "env_open");
    MDB_txn* txn;
    ok(mdb_txn_begin(env_, nullptr, 0, &txn), "txn_begin");
    ok(mdb_dbi_open(txn, nullptr, 0, &dbi_), "dbi_open");
    ok(mdb_txn_commit(txn), "commit");
  }
  void close() override {
    if (env_) mdb_env_close(env_);
    env_ = nullptr;
  }
  void put_batch(std::span<const Kv> items, bool sync) override {
    MDB_txn* txn;
    ok(mdb_txn_begin(env_, nullptr, 0, &txn), "txn_begin");
    for (const auto& [k, v] : items) {
      MDB_val kk = val(k), vv = val(v);
      ok(mdb_put(txn, dbi_, &kk, &vv, 0), "put");
    }
    ok(mdb_txn_commit(txn), "commit");
    if (sync) ok(mdb_env_sync(env_, 1), "sync");
  }
  bool get(std::string_view key, std::string& out) override {
    MDB_txn* txn;
    ok(mdb_txn_begin(env_, nullptr, MDB_RDONLY, &txn), "txn_begin");
    MDB_val kk = val(key), vv;
    const int rc = mdb_get(txn, dbi_, &kk, &vv);
    if (rc == 0) out.assign(static_cast<const char*>(vv.mv_data), vv.mv_size);
    mdb_txn_abort(txn);
    return rc == 0;
  }
  void remove_batch(std::span<const std::string> keys, bool sync) override {
    MDB_txn* txn;
    ok(mdb_txn_begin(env_, nullptr, 0, &txn), "txn_begin");
    for (const auto& k : keys) {
      MDB_val kk = val(k);
      const int rc = mdb_del(txn, dbi_, &kk, nullptr);
      if (rc != 0 && rc != MDB_NOTFOUND) ok(rc, "del");
    }
    ok(mdb_txn_commit(txn), "commit");
    if (sync) ok(mdb_env_sync(env_, 1), "sync");
  }
  bool compact() override { return false; }  // LMDB reuses free pages; its file does not shrink

 private:
  MDB_env* env_ = nullptr;
  MDB_dbi dbi_ = 0;
};

}  // namespace

std::unique_ptr<Store> make_lmdb() { return std::make_unique<LmdbStore>(); }

}  // namespace bench
