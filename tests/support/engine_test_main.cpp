// main() of the engine and reliability suites: a child process's entry when
// the executable was started as one (child_process.hpp), GoogleTest otherwise.
#include <gtest/gtest.h>

#include "child_process.hpp"

int main(int argc, char** argv) {
  if (const auto code = emdbtest::run_child_if_asked(argc, argv)) return *code;
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
