// Helpers shared by the engine tests: temporary folders, fixtures, assertions.
#pragma once

#include <QtTest>

#include <emdb/emdb.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>

namespace testing {

namespace fs = std::filesystem;

inline fs::path fixtures_dir() { return fs::path(EMDB_FIXTURES_DIR); }

// Copies fixture `name` (and its .meta) into `dir`; returns the copy's path.
// Fixtures are read-only where tests run, so the copy is made writable.
inline fs::path copy_fixture(const QTemporaryDir& dir, const std::string& name) {
  const fs::path to = fs::path(dir.path().toStdString()) / name;
  for (const std::string suffix : {"", ".meta"}) {
    const auto src = fixtures_dir() / (name + suffix);
    if (!fs::exists(src)) continue;
    fs::copy_file(src, to.string() + suffix, fs::copy_options::overwrite_existing);
    fs::permissions(to.string() + suffix, fs::perms::owner_read | fs::perms::owner_write);
  }
  return to;
}

inline fs::path temp_db(const QTemporaryDir& dir, const std::string& name = "test.emdb") {
  return fs::path(dir.path().toStdString()) / name;
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

// An integer knob from the environment, or `fallback` when unset.
inline int knob(const char* name, int fallback) {
  const int v = qEnvironmentVariableIntValue(name);
  return v > 0 ? v : fallback;
}
// EMDB_TEST_SCALE multiplies the kill counts of the crash tests (1 in CI).
inline int scale() { return knob("EMDB_TEST_SCALE", 1); }

inline QByteArray qb(const std::string& s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); }

}  // namespace testing

// MUST(expr): the value of a Result, or the test fails with the error's message.
namespace testing {
struct MustFailed : std::runtime_error {
  using std::runtime_error::runtime_error;
};
template <class T>
T must(emdb::Result<T> r, const char* what, const char* file, int line) {
  if (!r) {
    const std::string msg = std::string(what) + ": " + r.error().message();
    QTest::qFail(msg.c_str(), file, line);
    throw MustFailed(msg);
  }
  if constexpr (!std::is_void_v<T>) return std::move(*r);
}
}  // namespace testing
#define MUST(expr) ::testing::must((expr), #expr, __FILE__, __LINE__)

#define EMDB_VERIFY_ERROR(expr, want)                                    \
  do {                                                                   \
    auto r_ = (expr);                                                    \
    QVERIFY2(!r_, "expected an error, got success");                     \
    QCOMPARE(emdb::to_string(r_.error().code()), emdb::to_string(want)); \
  } while (0)
