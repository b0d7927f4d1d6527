#include "session.hpp"

namespace browser {

std::optional<QByteArray> prefixSuccessor(const QByteArray& prefix) {
  QByteArray s = prefix;
  while (!s.isEmpty() && static_cast<unsigned char>(s.back()) == 0xFF) s.chop(1);
  if (s.isEmpty()) return std::nullopt;
  s.back() = static_cast<char>(static_cast<unsigned char>(s.back()) + 1);
  return s;
}

}  // namespace browser
