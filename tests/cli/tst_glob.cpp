// The key patterns of `emdb keys --pattern` (cli/glob.hpp): fnmatch's syntax
// over bytes. Where the C library has fnmatch, well-formed patterns must match
// exactly what fnmatch(pattern, text, 0) matches.
#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <string>
#include <string_view>

#include "glob.hpp"

#if __has_include(<fnmatch.h>)
#include <fnmatch.h>
#define EMDB_HAVE_FNMATCH 1
#endif

using namespace std::string_literals;

namespace {

struct Case {
  std::string pattern, text;
  bool match;
  bool like_fnmatch = true;  // false where fnmatch cannot see the text (NUL) or differs on a malformed pattern
};

std::string shown(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7f) {
      out += char(c);
    } else {
      static const char* hex = "0123456789abcdef";
      out += {'\\', 'x', hex[c >> 4], hex[c & 15]};
    }
  }
  return out;
}

const Case kCases[] = {
    // Literal bytes, '?' and '*'.
    {"", "", true},
    {"", "a", false},
    {"abc", "abc", true},
    {"abc", "abcd", false},
    {"abc", "ab", false},
    {"a?c", "abc", true},
    {"a?c", "ac", false},
    {"?", "\xff", true},
    {"*", "", true},
    {"*", "anything/at.all", true},
    {"*", ".hidden", true},
    {"a*", "a", true},
    {"*a", "ba", true},
    {"*a", "ab", false},
    {"*?", "", false},
    {"*a*b*c*", "xxaxxbxxcxx", true},
    {"*a*b*c", "xxaxxbxxcxx", false},
    {"*ab*ab", "abababab", true},
    {"user:?5", "user:15", true},
    {"user:?5", "user:5", false},
    {"b*", "big", true},
    // Keys with NUL bytes: every byte counts (fnmatch stopped at the first NUL).
    {"a?b", "a\0b"s, true, false},
    {"a*", "a\0\0"s, true, false},
    {"a", "a\0"s, false, false},
    {"", "\0"s, false, false},
    {"*b", "\0b"s, true, false},
    {"[!a]", "\0"s, true, false},
    {"\\\0"s, "\0"s, true, false},
    {"[\0]"s, "\0"s, true, false},
    {"*", "\0\xff\x01"s, true, false},
    // Escapes.
    {"\\*", "*", true},
    {"\\*", "a", false},
    {"\\a", "a", true},
    {"\\[a]", "[a]", true},
    {"\\?", "?", true},
    {"\\\\", "\\", true},
    {"abc\\", "abc\\", false},  // a lone '\' at the end matches nothing
    {"abc\\", "abc", false},
    {"*\\", "x\\", false},
    // Sets.
    {"[abc]", "b", true},
    {"[abc]", "d", false},
    {"[abc]", "", false},
    {"[a-c]x", "bx", true},
    {"[a-c]x", "dx", false},
    {"[!a]", "b", true},
    {"[!a]", "a", false},
    {"[^a]", "b", true},
    {"[^a]", "a", false},
    {"[]a]", "]", true},
    {"[]a]", "a", true},
    {"[!]a]", "]", false},
    {"[!]a]", "b", true},
    {"[a-]", "-", true},
    {"[-a]", "-", true},
    {"[a-c-e]", "-", true},
    {"[z-a]", "m", false},
    {"[z-a]", "z", false},
    {"[\\]]", "]", true},
    {"[\\!a]", "!", true},
    {"[\\!a]", "b", false},
    {"[a\\-c]", "-", true},
    {"[a\\-c]", "b", false},
    {"[\\a-c]", "b", true},
    {"[a-\\c]", "b", true},
    {"[[]", "[", true},
    {"[\x80-\xff]", "\xc3", true},
    {"[\x80-\xff]", "\x7f", false},
    {"[!\x01-\xff]", "\0"s, true, false},
    // Classes, equivalence classes and collating symbols.
    {"[[:digit:]]x", "5x", true},
    {"[[:digit:]]x", "ax", false},
    {"[[:alpha:][:digit:]]", "Q", true},
    {"[[:alpha:][:digit:]]", "_", false},
    {"[![:space:]]", "\t", false},
    {"[[:upper:]]", "\xc3", false},
    {"[[:punct:]]", "~", true},
    {"[[:xdigit:]]", "F", true},
    {"[[:xdigit:]]", "g", false},
    {"[[:cntrl:]]", "\x7f", true},
    {"[[:blank:]]", " ", true},
    {"[[:print:]]", " ", true},
    {"[[:graph:]]", " ", false},
    {"[[:lower:]]", "a", true},
    {"[[:alnum:]]", "-", false},
    {"[[:digit:]-z]", "-", true},
    {"[[:digit:]-z]", "m", false},
    {"[[:foo:]]", "f", false},
    {"[[:foo:]]", "[", false},
    {"[[:]", ":", true},
    {"[[=a=]]", "a", true},
    {"[[=a=]]", "=", false},
    {"[[.a.]]", "a", true},
    {"[[.a.]-c]", "b", true},
    {"[a-[.c.]]", "b", true},
    {"[[.-.]]", "-", true},
    {"[[.ab.]]", "a", false},
    // A '[' that no ']' closes stands for itself.
    {"[abc", "[abc", true},
    {"[abc", "a", false},
    {"[", "[", true},
    {"[!", "[!", true},
    {"[]", "[]", true},
    {"[\\]", "[]", true},
    {"a[", "a[", true},
    {"[[", "[[", true, false},  // fnmatch: "[[" matches nothing
};

TEST(Glob, cases) {
  for (const auto& c : kCases) {
    SCOPED_TRACE("pattern \"" + shown(c.pattern) + "\", text \"" + shown(c.text) + "\"");
    EXPECT_EQ(cli::glob_match(c.pattern, c.text), c.match);
    EXPECT_EQ(cli::GlobPattern(c.pattern).matches(c.text), c.match);
  }
}

TEST(Glob, one_pattern_many_texts) {
  const cli::GlobPattern p("k[0-9]*");
  EXPECT_TRUE(p.matches("k1"));
  EXPECT_TRUE(p.matches("k9\0z"s));
  EXPECT_FALSE(p.matches("k"));
  EXPECT_FALSE(p.matches("x1"));
  EXPECT_TRUE(p.matches("k0"));
}

#ifdef EMDB_HAVE_FNMATCH

bool fnmatches(const std::string& pattern, const std::string& text) {
  return ::fnmatch(pattern.c_str(), text.c_str(), 0) == 0;
}

TEST(Glob, cases_agree_with_fnmatch) {
  for (const auto& c : kCases) {
    if (!c.like_fnmatch) continue;
    SCOPED_TRACE("pattern \"" + shown(c.pattern) + "\", text \"" + shown(c.text) + "\"");
    EXPECT_EQ(fnmatches(c.pattern, c.text), c.match);
  }
}

// Random well-formed patterns and random texts over a small alphabet rich in
// the special characters.
TEST(Glob, random_patterns_agree_with_fnmatch) {
  const bool caret = std::getenv("POSIXLY_CORRECT") == nullptr;  // '^' negates unless POSIXLY_CORRECT is set
  std::mt19937 rng(20240607);
  auto pick = [&](std::string_view from) { return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)]; };
  auto chance = [&](int percent) { return std::uniform_int_distribution<int>(0, 99)(rng) < percent; };
  const std::string_view text_bytes = "abc0A-]![^\\*?:./\x80\xff";
  const std::string_view plain = "abc0A-:./!^]\x80\xff";  // outside a set, none of these is special
  const std::string_view in_set = "abc0A:./!^\x80\xff-";  // a set's members (']' only first)
  const char* classes[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph",
                           "lower", "print", "punct", "space", "upper", "xdigit"};
  auto range_end = [&]() -> std::string {
    if (chance(15)) return std::string("\\") + pick(text_bytes);
    if (chance(10)) return std::string("[.") + pick("abc0") + ".]";
    return std::string(1, pick("abcA0\x80\xff"));
  };
  auto member = [&](bool first) -> std::string {
    const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
    if (first && kind == 0) return "]";
    if (kind == 1) return std::string("\\") + pick(text_bytes);
    if (kind == 2) return std::string("[:") + classes[std::uniform_int_distribution<std::size_t>(0, 11)(rng)] + ":]";
    if (kind == 3) return std::string("[=") + pick("abc0-") + "=]";
    if (kind == 4) return range_end() + "-" + range_end();
    std::string m(1, pick(in_set));
    if (!first && (m == "!" || m == "^")) return m;
    if (first && !caret && m == "^") return "a";
    return m;
  };
  std::size_t compared = 0, matched = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string pattern;
    const int elements = std::uniform_int_distribution<int>(0, 5)(rng);
    for (int e = 0; e < elements; ++e) {
      const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
      if (kind < 4) {
        pattern += pick(plain);
      } else if (kind == 4) {
        pattern += '?';
      } else if (kind == 5) {
        pattern += '*';
      } else if (kind == 6) {
        pattern += '\\';
        pattern += pick(text_bytes);
      } else {
        pattern += '[';
        if (chance(30)) pattern += caret && chance(50) ? '^' : '!';
        const int members = std::uniform_int_distribution<int>(1, 3)(rng);
        for (int m = 0; m < members; ++m) pattern += member(m == 0);
        pattern += ']';
      }
    }
    for (int t = 0; t < 20; ++t) {
      std::string text;
      const int length = std::uniform_int_distribution<int>(0, 6)(rng);
      for (int i = 0; i < length; ++i) text += pick(text_bytes);
      const bool want = fnmatches(pattern, text);
      const bool got = cli::glob_match(pattern, text);
      ++compared;
      matched += want;
      if (got != want) {
        ADD_FAILURE() << "pattern \"" << shown(pattern) << "\", text \"" << shown(text) << "\": fnmatch says "
                      << want << ", glob_match " << got;
        return;
      }
    }
  }
  std::printf("%zu pattern/text pairs compared with fnmatch, %zu of them matching\n", compared, matched);
}

#endif

}  // namespace
