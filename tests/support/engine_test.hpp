// What every engine and reliability test includes: GoogleTest, the shared
// helpers (support_core.hpp) and assertions on the engine's Result.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "support_core.hpp"

namespace emdbtest {

struct MustFailed : std::runtime_error {
  using std::runtime_error::runtime_error;
};

template <class T>
T must(emdb::Result<T> r, const char* what, const char* file, int line) {
  if (!r) {
    const std::string msg = std::string(what) + ": " + r.error().message();
    ADD_FAILURE_AT(file, line) << msg;
    throw MustFailed(msg);  // ends the test; GoogleTest reports it with the failure above
  }
  if constexpr (!std::is_void_v<T>) return std::move(*r);
}

}  // namespace emdbtest

// MUST(expr): the value of a Result, or the test fails with the error's message.
#define MUST(expr) ::emdbtest::must((expr), #expr, __FILE__, __LINE__)

// The Result `expr` is an error of code `want`.
#define EMDB_EXPECT_ERROR(expr, want)                                      \
  do {                                                                     \
    auto r_ = (expr);                                                      \
    ASSERT_FALSE(r_) << "expected an error, got success";                  \
    ASSERT_EQ(emdb::to_string(r_.error().code()), emdb::to_string(want)); \
  } while (0)

#ifndef EMDB_TEST_ENCRYPTION
#error "EMDB_TEST_ENCRYPTION (1 or 0) is a compile definition of the emdb_test_main target"
#endif

namespace emdbtest {

// Whether the engine was built with encryption (EMDB_ENCRYPTION). Without it,
// encrypted databases are refused with ErrorCode::EncryptionError: tests of
// encryption are skipped, and data rows of encrypted databases are left out.
constexpr bool kEncryptionBuilt = EMDB_TEST_ENCRYPTION != 0;

// The data rows of one test that are left out because this build has no
// encryption (rows of encrypted databases). When the test ends, one line
// names them: "skipped without encryption: aes-256-gcm, chacha20-poly1305".
class EncryptedRows {
 public:
  EncryptedRows() = default;
  EncryptedRows(const EncryptedRows&) = delete;
  EncryptedRows& operator=(const EncryptedRows&) = delete;
  ~EncryptedRows() {
    if (skipped_.empty()) return;
    std::string line;
    for (const auto& row : skipped_) line += (line.empty() ? "" : ", ") + row;
    std::printf("skipped without encryption: %s\n", line.c_str());
    std::fflush(stdout);
  }

  // Whether the row `row` is left out: it uses encryption (`encrypted`) and
  // this build has none. Each name is listed once.
  bool skip(const std::string& row, bool encrypted) {
    if (!encrypted || kEncryptionBuilt) return false;
    if (std::find(skipped_.begin(), skipped_.end(), row) == skipped_.end()) skipped_.push_back(row);
    return true;
  }

 private:
  std::vector<std::string> skipped_;
};

}  // namespace emdbtest

// Skips the current test (first statement of a test that is all about
// encryption) when the engine was built without encryption.
#define EMDB_SKIP_WITHOUT_ENCRYPTION()                                                                       \
  do {                                                                                                       \
    if (!::emdbtest::kEncryptionBuilt) GTEST_SKIP() << "this build has no encryption (EMDB_ENCRYPTION=OFF)"; \
  } while (0)
