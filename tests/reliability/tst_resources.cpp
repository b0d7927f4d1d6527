// No file descriptor or mapping leaks across 10,000 open/close cycles.
#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
// psapi.h needs the types of windows.h
#include <psapi.h>

#include <set>
#else
#include <dirent.h>
#endif

#include <cstdint>
#include <cstdio>
#include <fstream>

#include "engine_test.hpp"

using namespace emdb;

namespace {

#ifdef _WIN32

// The handles this process holds (files, sections, threads, events...), as
// GetProcessHandleCount tells. Wine's is a stub that says 0: then each handle
// value (a multiple of 4) below 2^18 that names a handle is counted.
std::size_t open_fds() {
  DWORD n = 0;
  if (!::GetProcessHandleCount(::GetCurrentProcess(), &n)) {
    ADD_FAILURE() << "GetProcessHandleCount failed: " << ::GetLastError();
    return 0;
  }
  if (n > 0) return n;
  std::size_t probed = 0;
  for (std::uintptr_t h = 4; h < (std::uintptr_t(1) << 18); h += 4) {
    DWORD flags = 0;
    if (::GetHandleInformation(reinterpret_cast<HANDLE>(h), &flags)) ++probed;
  }
  return probed;
}

// Views of database files under `dir` (and of in-memory databases' buffers,
// temporary files named emdb-memory-*): the address space's MEM_MAPPED
// regions, one per view (its AllocationBase), whose file is one of those.
std::size_t mappings(const std::string& dir) {
  const std::string leaf = std::filesystem::path(dir).filename().string();
  std::set<const void*> views;
  std::uintptr_t at = 0;
  MEMORY_BASIC_INFORMATION info{};
  while (::VirtualQuery(reinterpret_cast<const void*>(at), &info, sizeof info) == sizeof info) {
    if (info.Type == MEM_MAPPED && !views.contains(info.AllocationBase)) {
      char name[MAX_PATH * 2] = {};
      const DWORD len = ::GetMappedFileNameA(::GetCurrentProcess(), info.AllocationBase, name, sizeof name);
      const std::string file(name, len);
      if (file.find(leaf) != std::string::npos || file.find("emdb-memory-") != std::string::npos)
        views.insert(info.AllocationBase);
    }
    const std::uintptr_t next = reinterpret_cast<std::uintptr_t>(info.BaseAddress) + info.RegionSize;
    if (next <= at) break;  // past the top of the address space
    at = next;
  }
  return views.size();
}

#else

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

#endif

}  // namespace

TEST(Resources, open_close_cycles_leak_nothing) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::copy_fixture(dir, "plain.emdb");
  const std::string folder = dir.path().string();
  {
    auto warm = MUST(Database::open(path));
    MUST(warm.get_zerocopy("big"));
  }  // first-use allocations out of the count: each kind of open once
  {
    auto warm = MUST(Database::builder().path(path).read_only(true).build());
    auto memory = Database::open_in_memory();
    MUST(memory.insert("k", "v"));
  }
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
