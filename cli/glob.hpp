// Key patterns for `emdb keys --pattern`: shell-style wildcards over bytes.
#pragma once

#include <bitset>
#include <string_view>
#include <vector>

namespace cli {

// A pattern with the syntax of POSIX fnmatch(pattern, text, 0) in the C
// locale, matched against bytes: the text may hold any bytes, NUL included,
// and each byte is one character. All of the text must match.
//   *          any run of bytes, the empty one included ('/' and a leading
//              '.' are not special)
//   ?          any one byte
//   [abc]      one byte of the set; [a-z] a range by byte value (a range whose
//              end is below its start holds nothing); [!x] or [^x] any byte
//              not in the set; ']' first in a set, and '-' first or last,
//              stand for themselves. Inside a set: [:alpha:] and the other
//              POSIX classes (alnum blank cntrl digit graph lower print punct
//              space upper xdigit; ASCII bytes only), [=c=] and [.c.] for the
//              one byte c ([.c.] may also be either end of a range)
//   \c         the byte c itself, in a set too
// A '[' that no ']' closes is an ordinary byte. A pattern that ends in a lone
// '\', names an unknown class, or has a "[." in a set that does not start a
// one-byte collating symbol, matches nothing.
class GlobPattern {
 public:
  explicit GlobPattern(std::string_view pattern);
  bool matches(std::string_view text) const;

 private:
  // One byte of the text (a set of bytes), or any run of bytes.
  struct Element {
    bool star = false;
    std::bitset<256> bytes;
  };
  std::vector<Element> elements_;
  bool valid_ = true;
};

// GlobPattern(pattern).matches(text).
bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace cli
