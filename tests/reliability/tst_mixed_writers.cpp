// One file, two writers: this engine and emdb 0.9.7 (modelled by
// EmdbModel, which writes frames the way emdb does, with its namespace id
// rule) take turns on a plain journal: single writes, transactions, write
// batches, insert_many, clears, drops, sweeps, compactions, checkpoints, and
// crashes in the middle of this engine's writes. After every step:
//
// - this engine, read-only on the file, shows exactly the acknowledged state
//   (an oracle updated by each step that returned, rolled back by a crash);
// - after this engine's recovery (a writable open of a copy), both readers
//   show that state: the same records in the default namespace and in every
//   namespace this engine lists (emdb may list, empty, a name this engine
//   dropped: it cannot forget a name).
//
// EMDB_MIXED_RUNS sets the number of interleavings (1,000 by default);
// EMDB_MIXED_ONLY=N runs interleaving N alone, and EMDB_MIXED_TRACE prints
// each of its steps.
#include <cstdio>
#include <cstdlib>
#include <random>
#include <set>

#include "emdb_model.hpp"
#include "engine_test.hpp"

using namespace emdb;
using emdbtest::EmdbModel;
using emdbtest::now_ms;
namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kExpired = 1000;             // long past
constexpr std::uint64_t kFuture = 4102444800000ull;  // year 2100
const char* const kNames[] = {"a", "b", "c", "fromrust"};

// The acknowledged state: records by listed name ("" is the default namespace).
struct Oracle {
  std::map<std::string, std::map<std::string, EmdbModel::Value>> data{{"", {}}};
  std::set<std::string> names;

  EmdbModel::View view(std::uint64_t now) const {
    EmdbModel::View out;
    auto visible = [&](const std::string& n) {
      std::map<std::string, std::string> v;
      auto it = data.find(n);
      if (it != data.end())
        for (const auto& [k, val] : it->second)
          if (val.expires_at == 0 || val.expires_at > now) v[k] = val.value;
      return v;
    };
    out[""] = visible("");
    for (const auto& n : names) out[n] = visible(n);
    return out;
  }
  void sweep(std::uint64_t now) {
    for (auto& [n, recs] : data)
      std::erase_if(recs, [&](const auto& kv) { return kv.second.expires_at != 0 && kv.second.expires_at <= now; });
  }
};

// What this engine shows: the default namespace and every listed one.
// With range scans, the ordered index (sorted at the open, or from a
// checkpoint) lists the same records as the hash index, in key order.
template <class Space>
std::map<std::string, std::string> contents_checked(const Space& s) {
  auto got = emdbtest::contents(s);
  auto ordered = s.range_prefix("");
  if (!ordered) {
    if (ordered.error().code() == ErrorCode::InvalidConfig) return got;
    throw std::runtime_error(ordered.error().message());
  }
  if (!std::ranges::equal(*ordered, got))
    throw std::runtime_error("the ordered index lists other records than the hash index");
  return got;
}

EmdbModel::View engine_view(const Database& db) {
  EmdbModel::View out;
  out[""] = contents_checked(db);
  auto names = db.list_namespaces();
  if (!names) throw std::runtime_error(names.error().message());
  for (const auto& n : *names) {
    auto ns = const_cast<Database&>(db).open_namespace(n);
    if (!ns) throw std::runtime_error(ns.error().message());
    out[n] = contents_checked(*ns);
  }
  return out;
}

std::string describe(const EmdbModel::View& v) {
  std::string s;
  for (const auto& [n, recs] : v) {
    s += "[" + n + "]";
    for (const auto& [k, val] : recs) s += " " + k + "=" + val;
    s += "\n";
  }
  return s;
}

void copy_db(const fs::path& from, const fs::path& to) {
  for (const char* suffix : {"", ".meta", ".hint"}) {
    const fs::path src = from.string() + suffix, dst = to.string() + suffix;
    fs::remove(dst);
    if (fs::exists(src)) fs::copy_file(src, dst);
  }
}

class Interleaving {
 public:
  Interleaving(const fs::path& dir, std::uint64_t seed) : dir_(dir), path_(dir / "shared.emdb"), rng_(seed) {}

  struct Counts {
    int crashes = 0, torn_tails = 0, written_after_torn_batch = 0;
  };
  const Counts& counts() const { return counts_; }

  // Runs `steps` random steps; returns an error description or "".
  std::string run(int steps) {
    for (step_ = 0; step_ < steps; ++step_) {
      const bool ours = must_be_ours_ || pick(2) == 0;
      must_be_ours_ = false;
      std::string what = ours ? engine_step() : emdb_step();
      if (!what.empty()) return "step " + std::to_string(step_) + ": " + what;
      if (std::getenv("EMDB_MIXED_TRACE"))
        std::printf("step %d: %s (hint %s)\n", step_, last_.c_str(),
                    fs::exists(path_.string() + ".hint") ? "yes" : "no");
      if (auto e = check(); !e.empty()) return "step " + std::to_string(step_) + " (" + last_ + "): " + e;
    }
    return {};
  }

 private:
  int pick(int n) { return static_cast<int>(rng_() % static_cast<std::uint64_t>(n)); }
  std::string key() { return "k" + std::to_string(pick(8)); }
  std::string value() { return "v" + std::to_string(step_) + "-" + std::to_string(counter_++); }
  std::uint64_t expiry() {
    const int r = pick(8);
    return r == 0 ? kExpired : r == 1 ? kFuture : 0;
  }
  std::string space_name() { return pick(3) == 0 ? std::string() : kNames[pick(4)]; }

  std::uint64_t file_size() const { return fs::exists(path_) ? fs::file_size(path_) : 0; }

  // One step of this engine: open writable (recovery), one operation, close.
  // Batches may crash: the file is then cut inside the batch's bytes.
  std::string engine_step() {
    torn_batch_at_end_ = false;  // this open cuts it
    // A process that crashes never closes: the checkpoint its close would
    // write never exists. A crash below puts back the one from before.
    const fs::path hint = path_.string() + ".hint";
    std::optional<std::string> hint_before;
    if (fs::exists(hint)) hint_before = emdbtest::read_file(hint);
    // With range scans half the time: checkpoints with and without the order.
    auto built = Database::builder().path(path_).enable_range_scans(pick(2) == 0).build();
    if (!built) return "open: " + built.error().message();
    Database db = std::move(*built);
    Oracle next = oracle_;
    bool batch = false;
    // Names created on the way are durable before a batch starts: a crash keeps them.
    std::set<std::string> created;
    auto ks = [&](const std::string& name) -> Result<Namespace> {
      auto s = db.open_namespace(name);
      if (s) created.insert(name);
      return s;
    };
    std::uint64_t before = 0;  // where the step's last write began
    auto mark = [&] {
      auto st = db.stats();
      before = st ? st->logical_size_bytes : 0;
    };
    const int op = pick(11);
    Result<void> r;
    switch (op) {
      case 0: {  // one insert, in the default namespace or a named one
        const std::string n = space_name(), k = key(), v = value();
        const std::uint64_t e = expiry();
        last_ = "put " + n + "/" + k;
        if (n.empty()) {
          r = db.insert_with_ttl(k, v, e ? Ttl::at(e) : Ttl::none());
        } else {
          auto s = ks(n);
          if (!s) return "namespace: " + s.error().message();
          next.names.insert(n);
          r = s->insert_with_ttl(k, v, e ? Ttl::at(e) : Ttl::none());
        }
        next.data[n][k] = {v, e};
        break;
      }
      case 1: {  // one removal
        const std::string k = key();
        last_ = "remove " + k;
        auto removed = db.remove(k);
        if (!removed) r = std::unexpected(removed.error());
        next.data[""].erase(k);
        break;
      }
      case 2: {  // a transaction on the default namespace
        batch = true;
        last_ = "transaction";
        std::vector<std::pair<std::string, std::optional<std::string>>> writes;
        for (int i = 0, n = 1 + pick(5); i < n; ++i)
          writes.emplace_back(key(), pick(4) ? std::optional(value()) : std::nullopt);
        mark();
        auto t = db.transaction([&](Transaction& tx) -> Result<void> {
          for (const auto& [k, v] : writes) {
            if (v) {
              if (auto i = tx.insert(k, *v); !i) return i;
            } else if (auto x = tx.remove(k); !x) {
              return std::unexpected(x.error());
            }
          }
          return {};
        });
        r = t;
        for (const auto& [k, v] : writes)
          if (v)
            next.data[""][k] = {*v, 0};
          else
            next.data[""].erase(k);
        break;
      }
      case 3: {  // a write batch across namespaces
        batch = true;
        last_ = "write batch";
        WriteBatch wb;
        std::vector<Namespace> handles;
        for (int i = 0, n = 1 + pick(6); i < n; ++i) {
          const std::string name = space_name(), k = key();
          const Keyspace* target = &db;
          if (!name.empty()) {
            auto s = ks(name);
            if (!s) return "namespace: " + s.error().message();
            next.names.insert(name);
            handles.push_back(std::move(*s));
            target = &handles.back();
          }
          if (pick(4)) {
            const std::string v = value();
            const std::uint64_t e = expiry();
            wb.insert(*target, k, v, e ? Ttl::at(e) : Ttl::none());
            next.data[name][k] = {v, e};
          } else {
            wb.remove(*target, k);
            next.data[name].erase(k);
          }
        }
        mark();
        r = db.write(wb);
        break;
      }
      case 4: {  // insert_many in a named namespace
        batch = true;
        const std::string n = kNames[pick(4)];
        last_ = "insert_many " + n;
        auto s = ks(n);
        if (!s) return "namespace: " + s.error().message();
        next.names.insert(n);
        std::vector<std::string> keys, values;
        for (int i = 0, c = 1 + pick(6); i < c; ++i) {
          keys.push_back(key());
          values.push_back(value());
        }
        std::vector<std::pair<std::string_view, std::string_view>> items;
        for (std::size_t i = 0; i < keys.size(); ++i) {
          items.emplace_back(keys[i], values[i]);
          next.data[n][keys[i]] = {values[i], 0};
        }
        mark();
        r = s->insert_many(items);
        break;
      }
      case 5: {  // clear a namespace
        batch = true;
        const std::string n = space_name();
        last_ = "clear " + n;
        if (n.empty()) {
          mark();
          r = db.clear();
        } else {
          auto s = ks(n);
          if (!s) return "namespace: " + s.error().message();
          next.names.insert(n);
          mark();
          r = s->clear();
        }
        next.data[n].clear();
        break;
      }
      case 6: {  // drop a namespace
        batch = true;
        const std::string n = kNames[pick(4)];
        last_ = "drop " + n;
        mark();
        auto d = db.drop_namespace(n);
        if (!d) return "drop: " + d.error().message();
        if (*d != (oracle_.names.count(n) == 1))
          return "drop " + n + " returned " + (*d ? "true" : "false") + " against the oracle";
        next.names.erase(n);
        next.data[n].clear();
        break;
      }
      case 7: {  // sweep
        batch = true;
        last_ = "sweep";
        mark();
        auto s = db.sweep_expired();
        if (!s) r = std::unexpected(s.error());
        next.sweep(now_ms());
        break;
      }
      case 8:
        last_ = "compact";
        r = db.compact();
        next.sweep(now_ms());
        break;
      case 9:
        last_ = "checkpoint";
        r = db.checkpoint();
        break;
      default: {  // a new namespace
        const std::string n = kNames[pick(4)];
        last_ = "namespace " + n;
        auto s = ks(n);
        if (!s) return "namespace: " + s.error().message();
        next.names.insert(n);
        break;
      }
    }
    if (!r) return last_ + ": " + r.error().message();
    if (auto f = db.flush(); !f) return "flush: " + f.error().message();
    db = Database::open_in_memory();  // closes the file
    const std::uint64_t after = file_size();
    if (batch && after > before && pick(4) == 0) {
      // A crash while the batch was written: a prefix of its bytes is left.
      crash(before, after);
      oracle_.names.insert(created.begin(), created.end());
      if (hint_before)
        emdbtest::write_file(hint, *hint_before);
      else
        fs::remove(hint);
      return {};
    }
    oracle_ = std::move(next);
    return {};
  }

  // Cuts the file somewhere inside [before, after): at a frame boundary
  // (another writer may go on) or inside a frame (a torn tail).
  void crash(std::uint64_t before, std::uint64_t after) {
    const std::string bytes = emdbtest::read_file(path_);
    std::vector<std::uint64_t> bounds;
    for (std::uint64_t pos = before; pos < after;) {
      bounds.push_back(pos);
      pos += emdb::format::kFrameOverhead + emdb::detail::load_u32(bytes.data() + pos + 4);
    }
    std::uint64_t at;
    if (pick(3) != 0 && bounds.size() > 1) {
      at = bounds[1 + static_cast<std::size_t>(pick(static_cast<int>(bounds.size()) - 1))];
    } else {
      at = before + 1 + static_cast<std::uint64_t>(pick(static_cast<int>(after - before - 1)));
      must_be_ours_ = std::find(bounds.begin(), bounds.end(), at) == bounds.end();
    }
    ++counts_.crashes;
    if (must_be_ours_) ++counts_.torn_tails;
    torn_batch_at_end_ = !must_be_ours_;
    fs::resize_file(path_, at);
    last_ += " (crashed at " + std::to_string(at) + ")";
  }

  // One step of emdb 0.9.7: open (its sweep of the default namespace), then
  // a few writes, appended after the last frame it reads.
  std::string emdb_step() {
    if (!fs::exists(path_)) return {};
    EmdbModel m = EmdbModel::read_file(path_);
    if (m.refused()) return "emdb refuses the file: " + *m.refused();
    const std::uint64_t at = m.end();
    const std::uint64_t now = now_ms();
    std::string frames = m.open_sweep(now);
    oracle_.data[""];  // sweeping changes nothing visible
    last_ = "emdb";
    for (int i = 0, n = 1 + pick(3); i < n; ++i) {
      const std::string name = space_name(), k = key();
      std::uint32_t id = 0;
      if (!name.empty()) {
        const std::size_t had = frames.size();
        id = m.namespace_id(name, frames);
        if (frames.size() != had) oracle_.names.insert(name);  // a new binding: listed
      }
      if (pick(4)) {
        const std::string v = value();
        const std::uint64_t e = expiry();
        frames += m.insert(id, k, v, e);
        if (!name.empty()) oracle_.names.insert(name);
        oracle_.data[name][k] = {v, e};
        last_ += " insert " + name + "/" + k;
      } else {
        frames += m.remove(id, k);
        if (oracle_.data.count(name)) oracle_.data[name].erase(k);
        last_ += " remove " + name + "/" + k;
      }
    }
    EmdbModel::append_to(path_, at, frames);
    if (torn_batch_at_end_ && !frames.empty()) ++counts_.written_after_torn_batch;
    torn_batch_at_end_ = false;
    return {};
  }

  std::string check() {
    if (!fs::exists(path_)) return {};
    const std::uint64_t now = now_ms();
    const auto want = oracle_.view(now);
    {
      auto db = Database::builder().path(path_).read_only(true).enable_range_scans(true).build();
      if (!db) return "read-only open: " + db.error().message();
      const auto got = engine_view(*db);
      if (got != want) return "this engine read-only:\n" + describe(got) + "oracle:\n" + describe(want);
    }
    const fs::path copy = dir_ / "recovered.emdb";
    copy_db(path_, copy);
    {
      auto db = Database::builder().path(copy).enable_range_scans(true).build();
      if (!db) return "writable open: " + db.error().message();
      const auto got = engine_view(*db);
      if (got != want) return "this engine after recovery:\n" + describe(got) + "oracle:\n" + describe(want);
    }
    const EmdbModel m = EmdbModel::read_file(copy);
    if (m.refused()) return "emdb refuses the recovered file: " + *m.refused();
    const auto theirs = m.view(now);
    for (const auto& [name, recs] : want) {
      auto it = theirs.find(name);
      if (it == theirs.end()) return "emdb does not list " + name;
      if (it->second != recs)
        return "emdb reads [" + name + "] otherwise:\n" + describe(theirs) + "oracle:\n" + describe(want);
    }
    for (const auto& [name, recs] : theirs)
      if (!want.count(name) && !recs.empty()) return "emdb lists " + name + " with records this engine hides";
    return {};
  }

  fs::path dir_, path_;
  std::mt19937_64 rng_;
  Oracle oracle_;
  int step_ = 0;
  int counter_ = 0;
  bool must_be_ours_ = false;
  bool torn_batch_at_end_ = false;
  Counts counts_;
  std::string last_;
};

}  // namespace

TEST(MixedWriters, random_interleavings) {
  const int runs = emdbtest::knob("EMDB_MIXED_RUNS", 1000);
  Interleaving::Counts total;
  const char* only_env = std::getenv("EMDB_MIXED_ONLY");
  const int only = only_env ? std::atoi(only_env) : -1;
  for (int run = 0; run < runs; ++run) {
    if (only >= 0 && run != only) continue;
    emdbtest::TempDir dir;
    ASSERT_TRUE(fs::is_directory(dir.path()));
    Interleaving it(dir.path(), 0x5eed0000u + static_cast<std::uint64_t>(run));
    const std::string err = it.run(14);
    if (!err.empty()) FAIL() << "interleaving " << run << ", " << err;
    total.crashes += it.counts().crashes;
    total.torn_tails += it.counts().torn_tails;
    total.written_after_torn_batch += it.counts().written_after_torn_batch;
  }
  std::printf(
      "%d interleavings of 14 steps: %d crashes in a batch (%d inside a frame), %d times emdb wrote after a "
      "torn batch\n",
      runs, total.crashes, total.torn_tails, total.written_after_torn_batch);
  // The suite covers what it claims.
  ASSERT_TRUE(total.crashes >= runs / 4);
  ASSERT_TRUE(total.written_after_torn_batch >= runs / 20);
}
