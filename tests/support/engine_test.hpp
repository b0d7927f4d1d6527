// What every engine and reliability test includes: GoogleTest, the shared
// helpers (support_core.hpp) and assertions on the engine's Result.
#pragma once

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <type_traits>

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
