// The command line of `emdb`: every command, its arguments and its options,
// parsed with CLI11. Unknown options, missing or malformed values and stray
// arguments are usage errors that name the problem; `--opt=value` and
// `--opt value` both work.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cli {

// A parsed command line: the command, its positional words, and --options.
struct Args {
  std::string command;                         // "ns" for "ns list" and "ns drop"
  std::vector<std::string> words;              // positionals in order ("list"/"drop" first for ns)
  std::map<std::string, std::string> options;  // "--name" -> value ("" for flags), only those given
  bool has(const std::string& o) const { return options.contains(o); }
  std::optional<std::string> get(const std::string& o) const {
    auto it = options.find(o);
    if (it == options.end()) return std::nullopt;
    return it->second;
  }
};

// What parsing decided: run `args`, or leave at once with `status`, having
// printed `output` (help or version, to standard output) or `error` (one
// line, to standard error).
struct Parsed {
  std::optional<Args> args;
  int status = 0;
  std::string output;
  std::string error;
};

// Parses argv[1..] (`words` excludes the program name). Never throws.
Parsed parse_arguments(std::span<const std::string> words);

}  // namespace cli
