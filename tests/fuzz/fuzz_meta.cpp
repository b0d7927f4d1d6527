// libFuzzer: the `.meta` and `.lock-meta` parsers.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lockfile.hpp"
#include "meta.hpp"

using namespace emdb::detail;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  if (auto m = decode_meta(in)) {
    if (encode_meta(*m) != in) __builtin_trap();  // what decodes re-encodes to the same bytes
  }
  (void)parse_lock_meta(in);
  return 0;
}
