// No file descriptor or mapping leaks across 10,000 open/close cycles.
#include <dirent.h>

#include <cstdio>
#include <fstream>

#include "engine_test.hpp"

using namespace emdb;

namespace {

std::size_t open_fds() {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator("/proc/self/fd")) ++n;
  return n;
}

// Mappings of database files (and of in-memory databases' buffers): the
// allocator's own mappings come and go, and sanitizers add theirs.
std::size_t mappings(const std::string& dir) {
  std::ifstream maps("/proc/self/maps");
  std::size_t n = 0;
  for (std::string line; std::getline(maps, line);)
    if (line.find(dir) != std::string::npos || line.find("emdb-in-memory") != std::string::npos) ++n;
  return n;
}

}  // namespace

TEST(Resources, open_close_cycles_leak_nothing) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::copy_fixture(dir, "plain.emdb");
  const std::string folder = dir.path().string();
  {
    auto warm = MUST(Database::open(path));
  }  // first-use allocations out of the count
  const std::size_t fds = open_fds(), maps = mappings(folder);
  ASSERT_EQ(maps, std::size_t(0));
  constexpr int kCycles = 10000;
  for (int i = 0; i < kCycles; ++i) {
    auto db = MUST(Database::builder().path(path).read_only(i % 2 == 1).build());
    if (i % 1000 == 0) {
      MUST(db.get("user:1"));
      auto v = MUST(db.get_zerocopy("big"));  // a ValueRef, released before close
      ASSERT_TRUE(v.has_value());
    }
  }
  for (int i = 0; i < 100; ++i) {
    auto db = Database::open_in_memory();
    MUST(db.insert("k", "v"));
  }
  {
    auto open = MUST(Database::open(path));  // the count sees a database's mapping
    ASSERT_EQ(mappings(folder), std::size_t(1));
  }
  std::printf("after %d cycles: %zu -> %zu descriptors, %zu -> %zu mappings of database files\n", kCycles, fds,
              open_fds(), maps, mappings(folder));
  ASSERT_EQ(open_fds(), fds);
  ASSERT_EQ(mappings(folder), maps);
}
