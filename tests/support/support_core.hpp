// Helpers shared by every test, with no test framework: temporary folders,
// fixtures, files, a keyspace's contents and the knobs the environment sets.
#pragma once

#include <emdb/emdb.hpp>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <stdexcept>
#include <string>

namespace emdbtest {

namespace fs = std::filesystem;

// A folder of its own under the system's temporary folder, removed with
// everything in it when the object dies.
class TempDir {
 public:
  TempDir() {
    static std::atomic<unsigned> counter{0};
    std::random_device rd;
    const auto base = fs::temp_directory_path();
    for (int attempt = 0;; ++attempt) {
      const auto name = "emdb-test-" + std::to_string(rd()) + "-" + std::to_string(counter++);
      std::error_code ec;
      if (fs::create_directory(base / name, ec)) {
        path_ = base / name;
        return;
      }
      if (attempt > 100) throw std::runtime_error("cannot create a temporary folder in " + base.string());
    }
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const noexcept { return path_; }

 private:
  fs::path path_;
};

inline fs::path fixtures_dir() { return fs::path(EMDB_FIXTURES_DIR); }

// Copies fixture `name` (and its .meta) into `dir`; returns the copy's path.
// Fixtures are read-only where tests run, so the copy is made writable.
inline fs::path copy_fixture(const fs::path& dir, const std::string& name) {
  const fs::path to = dir / name;
  for (const std::string suffix : {"", ".meta"}) {
    const auto src = fixtures_dir() / (name + suffix);
    if (!fs::exists(src)) continue;
    fs::copy_file(src, to.string() + suffix, fs::copy_options::overwrite_existing);
    fs::permissions(to.string() + suffix, fs::perms::owner_read | fs::perms::owner_write);
  }
  return to;
}
inline fs::path copy_fixture(const TempDir& dir, const std::string& name) { return copy_fixture(dir.path(), name); }

inline fs::path temp_db(const TempDir& dir, const std::string& name = "test.emdb") { return dir.path() / name; }

// Makes `link` a symbolic link to `target`; false where the system (or Wine)
// cannot make one, so a test can say it skipped that case.
inline bool make_symlink(const fs::path& target, const fs::path& link) {
  std::error_code ec;
  fs::create_symlink(target, link, ec);
  return !ec;
}

inline std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void write_file(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Every (key, value) a keyspace's iterator yields.
inline std::map<std::string, std::string> contents(const emdb::Keyspace& ks) {
  std::map<std::string, std::string> out;
  auto it = ks.iter();
  if (!it) throw std::runtime_error(it.error().message());
  for (const auto& [k, v] : *it) out[k] = v;
  if (auto st = it->status(); !st) throw std::runtime_error(st.error().message());
  return out;
}

// A positive integer knob from the environment, or `fallback` when unset.
inline int knob(const char* name, int fallback) {
  const char* v = std::getenv(name);
  if (!v) return fallback;
  const int n = std::atoi(v);
  return n > 0 ? n : fallback;
}
// EMDB_TEST_SCALE multiplies the kill counts of the crash tests (1 in CI).
inline int scale() { return knob("EMDB_TEST_SCALE", 1); }

inline std::uint64_t now_ms() {
  return std::uint64_t(std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count());
}

}  // namespace emdbtest
