// libFuzzer: the command line of `emdb`. The input is split at line breaks
// into words; parsing must never throw or crash, and must either yield a command
// (with its database word) or a usage status with a one-line message.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "arguments.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> words(1);
  for (std::size_t i = 0; i < size && words.size() < 64; ++i) {
    if (data[i] == '\n')
      words.emplace_back();
    else
      words.back() += static_cast<char>(data[i]);
  }
  const cli::Parsed p = cli::parse_arguments(words);
  if (p.args) {
    if (p.args->command.empty() || p.args->words.empty()) std::abort();  // every command names a database
  } else if (p.status != 0) {
    if (p.error.empty() || p.error.find('\n') != std::string::npos) std::abort();
  } else if (p.output.empty()) {
    std::abort();  // help or version, printed
  }
  return 0;
}
