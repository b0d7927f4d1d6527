#include <emdb/emdb.hpp>

#include "stores.hpp"

namespace bench {
namespace {

template <class T>
T check(emdb::Result<T> r, const char* what) {
  if (!r) die(std::string("emdb ") + what + ": " + r.error().message());
  if constexpr (!std::is_void_v<T>) return std::move(*r);
}

class EmdbStore final : public Store {
 public:
  std::string name() const override { return "emdb"; }
  void open(const std::filesystem::path& dir) override {
    db_.emplace(check(emdb::Database::builder().path(dir / "data.emdb").build(), "open"));
  }
  void close() override { db_.reset(); }
  void put_batch(std::span<const Kv> items, bool sync) override {
    std::vector<std::pair<std::string_view, std::string_view>> v;
    v.reserve(items.size());
    for (const auto& [k, val] : items) v.emplace_back(k, val);
    if (v.size() == 1)
      check(db_->insert(v[0].first, v[0].second), "insert");
    else
      check(db_->insert_many(v), "insert_many");
    if (sync) check(db_->flush(), "flush");
  }
  bool get(std::string_view key, std::string& out) override {
    auto v = check(db_->get_zerocopy(key), "get");
    if (!v) return false;
    out.assign(v->view());
    return true;
  }
  void remove_batch(std::span<const std::string> keys, bool sync) override {
    for (const auto& k : keys) check(db_->remove(k), "remove");
    if (sync) check(db_->flush(), "flush");
  }
  bool compact() override {
    check(db_->compact(), "compact");
    return true;
  }

 private:
  std::optional<emdb::Database> db_;
};

}  // namespace

std::unique_ptr<Store> make_emdb() { return std::make_unique<EmdbStore>(); }

}  // namespace bench
