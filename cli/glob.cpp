// Shell-style wildcards over bytes (glob.hpp states the syntax).
#include "glob.hpp"

#include <optional>
#include <tuple>
#include <utility>

namespace cli {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_alpha(int c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_graph(int c) { return c > 0x20 && c < 0x7f; }

// The bytes of a POSIX character class in the C locale (ASCII only); nothing
// for an unknown name.
std::optional<std::bitset<256>> class_bytes(std::string_view name) {
  static constexpr std::pair<std::string_view, bool (*)(int)> classes[] = {
      {"alnum", [](int c) { return is_digit(c) || is_alpha(c); }},
      {"alpha", is_alpha},
      {"blank", [](int c) { return c == ' ' || c == '\t'; }},
      {"cntrl", [](int c) { return c < 0x20 || c == 0x7f; }},
      {"digit", is_digit},
      {"graph", is_graph},
      {"lower", [](int c) { return c >= 'a' && c <= 'z'; }},
      {"print", [](int c) { return c == ' ' || is_graph(c); }},
      {"punct", [](int c) { return is_graph(c) && !is_digit(c) && !is_alpha(c); }},
      {"space", [](int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }},
      {"upper", [](int c) { return c >= 'A' && c <= 'Z'; }},
      {"xdigit", [](int c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }},
  };
  for (const auto& [known, test] : classes) {
    if (known != name) continue;
    std::bitset<256> bits;
    for (int c = 0; c < 0x80; ++c)
      if (test(c)) bits.set(std::size_t(c));
    return bits;
  }
  return std::nullopt;
}

// Reads a set that starts after the '[' at p[i - 1]. Returns where the set
// ends (after its ']'), or npos when no ']' closes it; `invalid` when it
// names an unknown class or a collating symbol of more than one byte.
std::size_t read_set(std::string_view p, std::size_t i, std::bitset<256>& bits, bool& invalid) {
  const std::size_t n = p.size();
  bool negated = false;
  if (i < n && (p[i] == '!' || p[i] == '^')) {
    negated = true;
    ++i;
  }
  // "[.c.]" at p[j]: the byte c and the position after it; nothing if p[j] starts none.
  auto collating = [&](std::size_t j) -> std::optional<std::pair<unsigned char, std::size_t>> {
    if (j + 1 >= n || p[j] != '[' || p[j + 1] != '.') return std::nullopt;
    const std::size_t end = p.find(".]", j + 2);
    if (end == npos || end != j + 3) {
      invalid = true;  // unterminated, or a name of more than one byte
      return std::nullopt;
    }
    return std::pair{static_cast<unsigned char>(p[j + 2]), j + 5};
  };
  for (bool first = true;; first = false) {
    if (i >= n) return npos;
    if (p[i] == ']' && !first) {
      if (negated) bits.flip();
      return i + 1;
    }
    if (p[i] == '[' && i + 1 < n && p[i + 1] == ':') {
      std::size_t k = i + 2;
      while (k < n && p[k] >= 'a' && p[k] <= 'z') ++k;
      if (k + 1 < n && p[k] == ':' && p[k + 1] == ']') {
        const auto cls = class_bytes(p.substr(i + 2, k - i - 2));
        if (!cls) invalid = true;
        else bits |= *cls;
        i = k + 2;
        continue;
      }
      // not a class: the '[' stands for itself
    } else if (p[i] == '[' && i + 4 < n && p[i + 1] == '=' && p[i + 3] == '=' && p[i + 4] == ']') {
      bits.set(static_cast<unsigned char>(p[i + 2]));
      i += 5;
      continue;
    }
    // One byte, or the start of a range.
    unsigned char lo = 0;
    if (p[i] == '\\') {
      if (i + 1 >= n) return npos;
      lo = static_cast<unsigned char>(p[i + 1]);
      i += 2;
    } else if (auto c = collating(i)) {
      std::tie(lo, i) = *c;
    } else if (invalid) {
      return npos;
    } else {
      lo = static_cast<unsigned char>(p[i]);
      i += 1;
    }
    if (i + 1 < n && p[i] == '-' && p[i + 1] != ']') {
      unsigned char hi = 0;
      if (p[i + 1] == '\\') {
        if (i + 2 >= n) return npos;
        hi = static_cast<unsigned char>(p[i + 2]);
        i += 3;
      } else if (auto c = collating(i + 1)) {
        std::tie(hi, i) = *c;
      } else if (invalid) {
        return npos;
      } else {
        hi = static_cast<unsigned char>(p[i + 1]);
        i += 2;
      }
      for (unsigned c = lo; c <= hi; ++c) bits.set(c);
    } else {
      bits.set(lo);
    }
  }
}

}  // namespace

GlobPattern::GlobPattern(std::string_view p) {
  for (std::size_t i = 0; i < p.size();) {
    Element e;
    const char c = p[i++];
    if (c == '*') {
      e.star = true;
    } else if (c == '?') {
      e.bytes.set();
    } else if (c == '\\') {
      if (i == p.size()) {
        valid_ = false;  // a lone '\' at the end
        return;
      }
      e.bytes.set(static_cast<unsigned char>(p[i++]));
    } else if (c == '[') {
      bool invalid = false;
      const std::size_t end = read_set(p, i, e.bytes, invalid);
      if (invalid) {
        valid_ = false;
        return;
      }
      if (end == npos)
        e.bytes = std::bitset<256>().set(static_cast<unsigned char>('['));  // no ']' closes it
      else
        i = end;
    } else {
      e.bytes.set(static_cast<unsigned char>(c));
    }
    elements_.push_back(e);
  }
}

bool GlobPattern::matches(std::string_view text) const {
  if (!valid_) return false;
  // Every element but '*' takes exactly one byte, so retrying from the last
  // '*' with it taking one byte more finds a match when there is one.
  std::size_t e = 0, t = 0, star = npos, star_text = 0;
  while (t < text.size()) {
    if (e < elements_.size() && elements_[e].star) {
      star = e++;
      star_text = t;
    } else if (e < elements_.size() && elements_[e].bytes.test(static_cast<unsigned char>(text[t]))) {
      ++e;
      ++t;
    } else if (star != npos) {
      e = star + 1;
      t = ++star_text;
    } else {
      return false;
    }
  }
  while (e < elements_.size() && elements_[e].star) ++e;
  return e == elements_.size();
}

bool glob_match(std::string_view pattern, std::string_view text) { return GlobPattern(pattern).matches(text); }

}  // namespace cli
