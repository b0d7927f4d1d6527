// emdb-bench: the workload of performance.md on our engine and its peers
// (LMDB, RocksDB, LevelDB, SQLite), with the same keys, in one run; then the
// engine's own figures (group commit, reopen with and without a checkpoint,
// memory per key, positional access), and the machine's limits.
//
//   emdb-bench [--records N] [--reads N] [--seek-keys N] [--dir DIR] [--json FILE]
//              [--engines emdb,lmdb,rocksdb,leveldb,sqlite]
#include <malloc.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <thread>

#include <emdb/emdb.hpp>

#include "append_paths.hpp"
#include "machine.hpp"
#include "stores.hpp"

namespace fs = std::filesystem;
using clock_type = std::chrono::steady_clock;

namespace bench {

void die(const std::string& what) {
  std::fprintf(stderr, "emdb-bench: %s\n", what.c_str());
  std::exit(1);
}

namespace {

struct Args {
  std::size_t records = 1'000'000;
  std::size_t reads = 1'000'000;
  std::size_t seek_keys = 10'000'000;  // keys of the index the positional seek is timed in
  fs::path dir;
  std::string json;
  std::vector<std::string> engines = {"emdb", "lmdb", "rocksdb", "leveldb", "sqlite"};
};

Args parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) die("missing value after " + arg);
      return argv[++i];
    };
    if (arg == "--records")
      a.records = std::stoull(next());
    else if (arg == "--reads")
      a.reads = std::stoull(next());
    else if (arg == "--seek-keys")
      a.seek_keys = std::stoull(next());
    else if (arg == "--dir")
      a.dir = next();
    else if (arg == "--json")
      a.json = next();
    else if (arg == "--engines") {
      a.engines.clear();
      std::stringstream ss(next());
      for (std::string e; std::getline(ss, e, ',');) a.engines.push_back(e);
    } else if (arg == "--help") {
      std::puts(
          "emdb-bench [--records N] [--reads N] [--seek-keys N] [--dir DIR] [--json FILE] [--engines "
          "emdb,lmdb,rocksdb,leveldb,sqlite]");
      std::exit(0);
    } else {
      die("unknown argument " + arg);
    }
  }
  if (a.dir.empty()) a.dir = fs::temp_directory_path() / "emdb-bench";
  return a;
}

// Random 24-byte keys and 150-byte values, the same for every engine.
std::vector<Kv> make_records(std::size_t n, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<Kv> out(n);
  for (auto& [k, v] : out) {
    k.resize(24);
    v.resize(150);
    for (auto& c : k) c = static_cast<char>(rng());
    for (auto& c : v) c = static_cast<char>(rng());
  }
  return out;
}

double ms_since(clock_type::time_point t) {
  return std::chrono::duration<double, std::milli>(clock_type::now() - t).count();
}

std::uint64_t dir_bytes(const fs::path& dir) {
  std::uint64_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) n += e.file_size();
  return n;
}

// Anonymous resident memory: the indexes, not the journal pages the mapping touched.
long rss_kib() {
  std::ifstream s("/proc/self/status");
  for (std::string line; std::getline(s, line);)
    if (line.starts_with("RssAnon:")) return std::stol(line.substr(8));  // not the mapped journal
  return 0;
}

using Results = std::map<std::string, std::map<std::string, double>>;  // phase -> engine -> value

const std::vector<std::string> kPhases = {"bulk load (ms)",
                                          "individual writes, durable each (ms)",
                                          "batch writes, 100 x 1000 durable (ms)",
                                          "writes without sync, 50000 (ms)",
                                          "random reads, 1 thread (ms)",
                                          "random reads, 2 threads (ms)",
                                          "random reads, 4 threads (ms)",
                                          "random reads, 8 threads (ms)",
                                          "removals (ms)",
                                          "compaction (ms)",
                                          "size before compaction (MiB)",
                                          "size after compaction (MiB)"};

void run_store(Store& s, const Args& a, const std::vector<Kv>& data, const std::vector<Kv>& extra, Results& r) {
  const fs::path dir = a.dir / s.name();
  fs::remove_all(dir);
  fs::create_directories(dir);
  s.open(dir);
  const std::string n = s.name();
  std::fprintf(stderr, "  %s...\n", n.c_str());

  auto t = clock_type::now();
  constexpr std::size_t kChunk = 10000;
  for (std::size_t i = 0; i < data.size(); i += kChunk) {
    const std::size_t len = std::min(kChunk, data.size() - i);
    s.put_batch(std::span(data).subspan(i, len), i + len == data.size());
  }
  r["bulk load (ms)"][n] = ms_since(t);

  std::size_t e = 0;
  t = clock_type::now();
  for (int i = 0; i < 1000; ++i) s.put_batch(std::span(extra).subspan(e++, 1), true);
  r["individual writes, durable each (ms)"][n] = ms_since(t);

  t = clock_type::now();
  for (int b = 0; b < 100; ++b, e += 1000) s.put_batch(std::span(extra).subspan(e, 1000), true);
  r["batch writes, 100 x 1000 durable (ms)"][n] = ms_since(t);

  t = clock_type::now();
  for (int i = 0; i < 50000; ++i) s.put_batch(std::span(extra).subspan(e++, 1), false);
  r["writes without sync, 50000 (ms)"][n] = ms_since(t);

  for (int threads : {1, 2, 4, 8}) {
    std::vector<std::thread> ts;
    std::atomic<std::size_t> missing{0};
    t = clock_type::now();
    for (int th = 0; th < threads; ++th)
      ts.emplace_back([&, th] {
        std::mt19937_64 rng(std::uint64_t(th) + 99);
        std::string out;
        for (std::size_t i = 0; i < a.reads / std::size_t(threads); ++i)
          if (!s.get(data[rng() % data.size()].first, out)) ++missing;
      });
    for (auto& th : ts) th.join();
    r["random reads, " + std::to_string(threads) + (threads == 1 ? " thread (ms)" : " threads (ms)")][n] = ms_since(t);
    if (missing) die(n + ": a read missed a key it has");
  }

  r["size before compaction (MiB)"][n] = double(dir_bytes(dir)) / (1 << 20);
  std::vector<std::string> keys;
  keys.reserve(data.size());
  for (const auto& [k, v] : data) keys.push_back(k);
  t = clock_type::now();
  for (std::size_t i = 0; i < keys.size(); i += kChunk) {
    const std::size_t len = std::min(kChunk, keys.size() - i);
    s.remove_batch(std::span(keys).subspan(i, len), i + len == keys.size());
  }
  r["removals (ms)"][n] = ms_since(t);
  t = clock_type::now();
  if (s.compact()) r["compaction (ms)"][n] = ms_since(t);
  r["size after compaction (MiB)"][n] = double(dir_bytes(dir)) / (1 << 20);
  s.close();
  fs::remove_all(dir);
}

// Figures of our engine alone.
void run_extras(const Args& a, const std::vector<Kv>& data, std::map<std::string, double>& x) {
  const fs::path dir = a.dir / "extras";
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto must = [](auto r, const char* what) {
    if (!r) die(std::string(what) + ": " + r.error().message());
    if constexpr (!std::is_void_v<typename decltype(r)::value_type>) return std::move(*r);
  };

  // Group commit: T threads x 200 writes, flush after each.
  for (auto policy : {emdb::FlushPolicy::OnEachFlush, emdb::FlushPolicy::Group}) {
    for (int threads : {1, 2, 4, 8}) {
      const fs::path p = dir / "group.emdb";
      fs::remove(p);
      auto db = must(emdb::Database::builder().path(p).flush_policy(policy).build(), "open");
      std::vector<std::thread> ts;
      const auto t = clock_type::now();
      for (int th = 0; th < threads; ++th)
        ts.emplace_back([&, th, h = db.clone_handle()]() mutable {
          for (int i = 0; i < 200; ++i) {
            const auto& [k, v] = data[(std::size_t(th) * 200 + std::size_t(i)) % data.size()];
            if (!h.insert(k, v) || !h.flush()) die("group commit write failed");
          }
        });
      for (auto& th : ts) th.join();
      const double secs = ms_since(t) / 1000;
      x[std::string("durable writes/s, ") + (policy == emdb::FlushPolicy::Group ? "Group" : "OnEachFlush") + ", " +
        std::to_string(threads) + " threads"] = threads * 200 / secs;
    }
  }

  // Reopen with and without a checkpoint; memory per key of each index.
  const fs::path p = dir / "open.emdb";
  fs::remove(p);
  {
    // No checkpoint at its close: the first opens below replay the journal.
    auto db = must(emdb::Database::builder().path(p).auto_checkpoint(false).build(), "open");
    std::vector<std::pair<std::string_view, std::string_view>> items;
    for (const auto& [k, v] : data) items.emplace_back(k, v);
    for (std::size_t i = 0; i < items.size(); i += 10000)
      must(db.insert_many(std::span(items).subspan(i, std::min<std::size_t>(10000, items.size() - i))), "load");
    must(db.flush(), "flush");
  }
  auto timed_open = [&](const fs::path& file, bool ranges, const emdb::RawKey* key = nullptr) {
    malloc_trim(0);  // what earlier phases freed goes back first, so the delta is this open's
    const long before = rss_kib();
    const auto t = clock_type::now();
    auto b = emdb::Database::builder().path(file).enable_range_scans(ranges).auto_checkpoint(false);
    if (key) b.encryption_key(*key);
    auto db = must(b.build(), "open");
    const double ms = ms_since(t);
    malloc_trim(0);  // what the open held only while it ran (the hint file, a sort) is not the indexes'
    return std::tuple{ms, rss_kib() - before, std::move(db)};
  };
  {
    auto [ms, kib, db] = timed_open(p, false);
    x["open without checkpoint (ms)"] = ms;
    x["hash index memory per key (bytes)"] = double(kib) * 1024 / double(data.size());
  }
  {
    auto [ms, kib, db] = timed_open(p, true);
    x["open with range scans, without checkpoint (ms)"] = ms;
    must(db.checkpoint(), "checkpoint");  // with the order
  }
  {
    auto [ms, kib, db] = timed_open(p, false);
    x["open with checkpoint (ms)"] = ms;
  }
  {
    auto [ms, kib, db] = timed_open(p, true);
    x["open with checkpoint and range scans (ms)"] = ms;
    x["hash + ordered index memory per key (bytes)"] = double(kib) * 1024 / double(data.size());
    // A positional seek and a page of 100 keys from a cursor.
    std::mt19937_64 rng(5);
    constexpr int kSeeks = 10000;
    auto t = clock_type::now();
    for (int i = 0; i < kSeeks; ++i) must(db.key_at(rng() % data.size()), "key_at");
    x["positional seek (us)"] = ms_since(t) * 1000 / kSeeks;
    const std::string mid = must(db.key_at(data.size() / 2), "key_at").value_or("");
    t = clock_type::now();
    for (int i = 0; i < 1000; ++i) {
      auto it = must(db.iter_from(mid), "iter_from");
      for (int j = 0; j < 100; ++j)
        if (!it.next()) break;
    }
    x["page of 100 keys from a cursor (us)"] = ms_since(t);
  }
  // The same records encrypted (AES-256-GCM, a raw key: no Argon2id in the
  // figures): opens from the sealed checkpoint, then a full replay.
  {
    const fs::path e = dir / "open-encrypted.emdb";
    for (const char* sfx : {"", ".meta"}) fs::copy_file(p.string() + sfx, e.string() + sfx);
    emdb::RawKey key{};
    for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<std::uint8_t>(i * 7 + 1);
    must(emdb::Database::enable_encryption(e, emdb::EncryptionInput::raw_key(key)), "encrypt");
    {
      auto [ms, kib, db] = timed_open(e, true, &key);
      must(db.checkpoint(), "checkpoint");  // sealed, with the order
    }
    auto [ms, kib, db] = timed_open(e, true, &key);
    x["open with checkpoint and range scans, encrypted (ms)"] = ms;
    x["hash + ordered index memory per key, encrypted (bytes)"] = double(kib) * 1024 / double(data.size());
    db = emdb::Database::open_in_memory();
    fs::remove(e.string() + ".hint");
    auto [rms, rkib, rdb] = timed_open(e, true, &key);
    x["open with range scans, encrypted, without checkpoint (ms)"] = rms;
    rdb = emdb::Database::open_in_memory();
    for (const char* sfx : {"", ".meta", ".hint", ".lock", ".lock-meta"}) fs::remove(e.string() + sfx);
  }
  x["open with range scans, without / with checkpoint (x)"] =
      x["open with range scans, without checkpoint (ms)"] / x["open with checkpoint and range scans (ms)"];
  x["open with checkpoint and range scans, encrypted / plain (x)"] =
      x["open with checkpoint and range scans, encrypted (ms)"] / x["open with checkpoint and range scans (ms)"];
  fs::remove(p);

  // A positional seek in a larger ordered index (10,000,000 keys by default;
  // 24-byte random keys, 8-byte values).
  const fs::path sp = dir / "seek.emdb";
  {
    // Written as `emdb load` writes: its checkpoint keeps the key order.
    auto db = must(emdb::Database::builder().path(sp).checkpoint_order(true).build(), "open");
    std::mt19937_64 rng(7);
    std::vector<std::string> keys(10000, std::string(24, '\0'));
    std::vector<std::pair<std::string_view, std::string_view>> items;
    for (std::size_t done = 0; done < a.seek_keys; done += keys.size()) {
      const std::size_t n = std::min(keys.size(), a.seek_keys - done);
      items.clear();
      for (std::size_t i = 0; i < n; ++i) {
        for (auto& c : keys[i]) c = static_cast<char>(rng());
        items.emplace_back(keys[i], "12345678");
      }
      must(db.insert_many(items), "load");
    }
    must(db.flush(), "flush");
    must(db.checkpoint(), "checkpoint");
  }
  {
    const std::string n = std::to_string(a.seek_keys);
    auto t = clock_type::now();
    {
      auto plain = must(emdb::Database::builder().path(sp).auto_checkpoint(false).build(), "open");
      x["open of a " + n + "-key file without range scans (ms)"] = ms_since(t);
    }
    t = clock_type::now();
    auto db = must(emdb::Database::builder().path(sp).enable_range_scans(true).auto_checkpoint(false).build(), "open");
    x["open of a " + n + "-key file with range scans (ms)"] = ms_since(t);
    const std::size_t len = must(db.len(), "len");
    std::mt19937_64 rng(9);
    constexpr int kSeeks = 100000;
    t = clock_type::now();
    for (int i = 0; i < kSeeks; ++i) must(db.key_at(rng() % len), "key_at");
    x["positional seek, " + n + "-key index (us)"] = ms_since(t) * 1000 / kSeeks;
  }
  fs::remove_all(dir);
}

void print(const Args& a, const Results& r, const std::map<std::string, double>& x, const MachineLimits& m,
           const std::map<std::string, double>& paths) {
  std::printf("\nemdb-bench: %zu records (24-byte keys, 150-byte values), %zu reads; %u cores\n", a.records, a.reads,
              std::thread::hardware_concurrency());
  std::printf("machine: sequential write %.0f MB/s, fdatasync median %.0f us, p99 %.0f us\n\n", m.write_mb_per_s,
              m.fdatasync_median_us, m.fdatasync_p99_us);
  std::printf("%-40s", "phase");
  for (const auto& e : a.engines) std::printf("%12s", e.c_str());
  std::printf("   peer / emdb\n");
  for (const auto& phase : kPhases) {
    auto row = r.find(phase);
    if (row == r.end()) continue;
    std::printf("%-40s", phase.c_str());
    for (const auto& e : a.engines) {
      auto v = row->second.find(e);
      if (v == row->second.end())
        std::printf("%12s", "n/a");
      else
        std::printf("%12.1f", v->second);
    }
    const auto ours = row->second.find("emdb");
    std::printf("   ");
    for (const auto& e : a.engines) {
      auto v = row->second.find(e);
      if (e == "emdb" || v == row->second.end() || ours == row->second.end() || ours->second <= 0) continue;
      std::printf(" %s %.2fx", e.c_str(), v->second / ours->second);
    }
    std::printf("\n");
  }
  if (auto bulk = r.find("bulk load (ms)"); bulk != r.end() && bulk->second.contains("emdb")) {
    const double mb = double(a.records) * (24 + 150 + 41) / 1e6;  // frames of 215 bytes
    std::printf("\nbulk load: %.0f MB/s, %.0f%% of the disk's sequential bandwidth\n",
                mb / (bulk->second.at("emdb") / 1000), 100 * mb / (bulk->second.at("emdb") / 1000) / m.write_mb_per_s);
  }
  std::printf("\nemdb alone:\n");
  for (const auto& [k, v] : x) std::printf("  %-50s %12.1f\n", k.c_str(), v);
  if (!paths.empty()) {
    std::printf("\nappending one frame (a 24-byte key, a 150-byte value), us per frame:\n");
    for (const auto& [k, v] : paths) std::printf("  %-50s %12.2f\n", k.c_str(), v);
  }
}

void write_json_object(std::ofstream& out, const std::map<std::string, double>& values) {
  bool first = true;
  for (const auto& [k, v] : values) {
    out << (first ? "\n" : ",\n") << "    \"" << k << "\": " << v;
    first = false;
  }
}

void write_json(const Args& a, const Results& r, const std::map<std::string, double>& x, const MachineLimits& m,
                const std::map<std::string, double>& paths) {
  std::ofstream out(a.json);
  out << "{\n  \"records\": " << a.records << ",\n  \"reads\": " << a.reads
      << ",\n  \"machine\": {\"write_mb_per_s\": " << m.write_mb_per_s
      << ", \"fdatasync_median_us\": " << m.fdatasync_median_us << ", \"fdatasync_p99_us\": " << m.fdatasync_p99_us
      << "},\n  \"phases\": {";
  bool first = true;
  for (const auto& [phase, row] : r) {
    out << (first ? "\n" : ",\n") << "    \"" << phase << "\": {";
    bool f2 = true;
    for (const auto& [e, v] : row) {
      out << (f2 ? "" : ", ") << "\"" << e << "\": " << v;
      f2 = false;
    }
    out << "}";
    first = false;
  }
  out << "\n  },\n  \"emdb\": {";
  write_json_object(out, x);
  out << "\n  },\n  \"append_paths_us\": {";
  write_json_object(out, paths);
  out << "\n  }\n}\n";
}

}  // namespace
}  // namespace bench

int main(int argc, char** argv) {
  using namespace bench;
  const Args a = parse(argc, argv);
  // A fixed mmap threshold: large index tables come from and go back to the OS,
  // so resident-memory deltas measure them.
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
  fs::create_directories(a.dir);
  std::fprintf(stderr, "measuring the machine...\n");
  const MachineLimits m = measure_machine(a.dir);
  const auto paths = measure_append_paths(a.dir);
  const auto data = make_records(a.records, 42);
  const auto extra = make_records(1000 + 100 * 1000 + 50000, 43);
  const std::map<std::string, std::function<std::unique_ptr<Store>()>> makers = {{"emdb", make_emdb},
                                                                                 {"lmdb", make_lmdb},
                                                                                 {"rocksdb", make_rocksdb},
                                                                                 {"leveldb", make_leveldb},
                                                                                 {"sqlite", make_sqlite}};
  Results r;
  std::fprintf(stderr, "running the workload on each engine:\n");
  for (const auto& e : a.engines) {
    auto it = makers.find(e);
    if (it == makers.end()) die("unknown engine " + e);
    auto store = it->second();
    run_store(*store, a, data, extra, r);
  }
  std::map<std::string, double> x;
  if (std::find(a.engines.begin(), a.engines.end(), "emdb") != a.engines.end()) {
    std::fprintf(stderr, "emdb's own figures...\n");
    run_extras(a, data, x);
  }
  print(a, r, x, m, paths);
  if (!a.json.empty()) write_json(a, r, x, m, paths);
  return 0;
}
