// libFuzzer: the frame and payload decoders over an arbitrary journal image.
#include <cstddef>
#include <cstdint>
#include <string>

#include "codec.hpp"

using namespace emdb::detail;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const char* p = reinterpret_cast<const char*>(data);
  std::uint64_t pos = 0;
  for (;;) {
    FrameView f;
    const char* why = nullptr;
    const FrameCheck c = check_frame(p, size, pos, f, &why);
    if (c == FrameCheck::End) break;
    if (c == FrameCheck::Bad) {
      (void)torn_tail_at(p, size, pos);
      break;
    }
    if (auto r = decode_payload(f.payload, f.payload_offset())) {
      // Re-encoding a decoded plaintext record gives back the same frame.
      if (r->kind == emdb::format::Kind::Insert || r->kind == emdb::format::Kind::Remove ||
          r->kind == emdb::format::Kind::NamespaceName) {
        std::string again;
        append_plain_frame(again, *r);
        if (again != std::string_view(p + f.start, f.end() - f.start)) __builtin_trap();
      }
    }
    pos = f.end();
  }
  return 0;
}
