// emdb: the command-line companion of the browser.
#include <cstdio>
#include <string>
#include <vector>

#include "cli.hpp"
#include "terminal.hpp"

int main(int argc, char** argv) {
  cli::binary_standard_streams();  // values are bytes: no "\r\n" for "\n" on Windows
  const std::vector<std::string> words(argv + (argc > 0 ? 1 : 0), argv + argc);
  const cli::Parsed parsed = cli::parse_arguments(words);
  if (!parsed.args) {
    std::fputs(parsed.output.c_str(), stdout);
    if (!parsed.error.empty()) std::fprintf(stderr, "emdb: %s\n", parsed.error.c_str());
    return parsed.status;
  }
  try {
    return cli::run(*parsed.args);
  } catch (const cli::Failure& f) {
    std::fflush(stdout);
    std::fprintf(stderr, "emdb: %s\n", f.message.c_str());
    return f.status;
  }
}
