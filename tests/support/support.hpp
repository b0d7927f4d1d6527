// Helpers for the Qt Test suites (the browser's): support_core.hpp with
// QTemporaryDir, QByteArray and assertions through Qt Test.
#pragma once

#include <QtTest>

#include <emdb/emdb.hpp>

#include "support_core.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>

namespace testing {

using namespace emdbtest;

inline fs::path copy_fixture(const QTemporaryDir& dir, const std::string& name) {
  return emdbtest::copy_fixture(fs::path(dir.path().toStdString()), name);
}

inline fs::path temp_db(const QTemporaryDir& dir, const std::string& name = "test.emdb") {
  return fs::path(dir.path().toStdString()) / name;
}

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
