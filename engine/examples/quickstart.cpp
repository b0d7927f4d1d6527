// quickstart: creates (or reopens) a database, writes a few records, reads
// them back and prints the figures of stats().
//
//   emdb-quickstart [PATH]      (default: ./quickstart.emdb)
#include <emdb/emdb.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  const std::string path = argc > 1 ? argv[1] : "quickstart.emdb";
  auto db = emdb::Database::open(path);
  if (!db) {
    std::fprintf(stderr, "cannot open %s: %s\n", path.c_str(), db.error().message().c_str());
    return 1;
  }
  for (int i = 1; i <= 100; ++i) {
    if (auto r = db->insert("user:" + std::to_string(i), "{\"name\": \"user " + std::to_string(i) + "\"}"); !r) {
      std::fprintf(stderr, "insert failed: %s\n", r.error().message().c_str());
      return 1;
    }
  }
  if (auto r = db->flush(); !r) {
    std::fprintf(stderr, "flush failed: %s\n", r.error().message().c_str());
    return 1;
  }
  auto v = db->get("user:42");
  std::printf("user:42 = %s\n", v && *v ? (*v)->c_str() : "(missing)");
  auto st = db->stats();
  if (!st) return 1;
  std::printf("%s: %zu records, %llu bytes of journal, %llu bytes dead\n", path.c_str(), st->live_records,
              static_cast<unsigned long long>(st->logical_size_bytes), static_cast<unsigned long long>(st->dead_bytes));
  return 0;
}
