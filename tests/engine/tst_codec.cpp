// Frame and payload codecs, checksums and the .meta sidecar, against known
// vectors and the bytes emdb 0.9.7 wrote.
#include "codec.hpp"
#include "crc.hpp"
#include "engine_test.hpp"
#include "meta.hpp"

using namespace emdb;
using namespace emdb::detail;

namespace {

// The bytes in hex, so that a mismatch shows where two encodings differ.
std::string hex(std::string_view bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    out += digits[b >> 4];
    out += digits[b & 0xf];
  }
  return out;
}

}  // namespace

TEST(Codec, crc32c_known_vectors) {
  ASSERT_EQ(crc32c(0, "123456789", 9), 0xE3069283u);
  ASSERT_EQ(crc32c(0, "", 0), 0u);
  std::string zeros(32, '\0');
  ASSERT_EQ(crc32c(0, zeros.data(), zeros.size()), 0x8A9136AAu);  // RFC 3720 B.4
  // Continuing a CRC equals one pass over the concatenation.
  const std::string a = "hello, ", b = "world of frames and journals";
  ASSERT_EQ(crc32c(crc32c(0, a.data(), a.size()), b.data(), b.size()), crc32c(0, (a + b).data(), (a + b).size()));
}

TEST(Codec, crc32_ieee_known_vector) { ASSERT_EQ(crc32_ieee("123456789", 9), 0xCBF43926u); }

// A record we encode is byte for byte the frame emdb 0.9.7 wrote for it.
TEST(Codec, frame_matches_fixture_bytes) {
  const std::string plain = emdbtest::read_file(emdbtest::fixtures_dir() / "plain.emdb");
  std::string ours;
  append_plain_frame(ours, Record{format::Kind::Insert, 0, "user:1", "alice-1", 0});
  ASSERT_TRUE(plain.size() > ours.size());
  ASSERT_EQ(hex(plain.substr(0, ours.size())), hex(ours));

  const std::string ttl = emdbtest::read_file(emdbtest::fixtures_dir() / "ttl.emdb");
  FrameView f;
  ASSERT_EQ(int(check_frame(ttl.data(), ttl.size(), 0, f)), int(FrameCheck::Valid));
  ASSERT_EQ(int(check_frame(ttl.data(), ttl.size(), f.end(), f)), int(FrameCheck::Valid));
  std::string later;
  append_plain_frame(later, Record{format::Kind::Insert, 0, "later", "l", 4102444800000ull});
  ASSERT_EQ(hex(ttl.substr(f.start, later.size())), hex(later));

  const std::string ns = emdbtest::read_file(emdbtest::fixtures_dir() / "ns.emdb");
  std::string name;
  append_plain_frame(name, Record{format::Kind::NamespaceName, 1, "users", {}, 0});
  ASSERT_EQ(hex(ns.substr(0, name.size())), hex(name));
}

TEST(Codec, decode_roundtrip) {
  for (auto kind : {format::Kind::Insert, format::Kind::Remove, format::Kind::NamespaceName}) {
    std::string frame;
    const Record in{kind, 7, std::string_view("k\0ey", 4), "value", 99};
    append_plain_frame(frame, in);
    FrameView f;
    ASSERT_EQ(int(check_frame(frame.data(), frame.size(), 0, f)), int(FrameCheck::Valid));
    ASSERT_EQ(f.end(), frame.size());
    auto out = MUST(decode_payload(f.payload, f.payload_offset()));
    ASSERT_EQ(int(out.kind), int(kind));
    ASSERT_EQ(out.ns, 7u);
    ASSERT_EQ(out.key, std::string_view("k\0ey", 4));
    if (kind == format::Kind::Insert) {
      ASSERT_EQ(out.value, std::string_view("value"));
      ASSERT_EQ(out.expires_at, 99ull);
    }
  }
}

TEST(Codec, check_frame_classifies) {
  std::string frame;
  append_plain_frame(frame, Record{format::Kind::Insert, 0, "k", "v", 0});
  FrameView f;
  for (std::size_t cut = 0; cut < frame.size(); ++cut) {
    const auto c = check_frame(frame.data(), cut, 0, f);
    ASSERT_TRUE(c != FrameCheck::Valid) << "a cut frame must not pass";
    ASSERT_EQ(int(c), cut == 0 ? int(FrameCheck::End) : int(FrameCheck::Bad));
  }
  std::string zeros(64, '\0');
  ASSERT_EQ(int(check_frame(zeros.data(), zeros.size(), 0, f)), int(FrameCheck::End));
  std::string flipped = frame;
  flipped[10] ^= 0x01;
  ASSERT_EQ(int(check_frame(flipped.data(), flipped.size(), 0, f)), int(FrameCheck::Bad));
  std::string huge = frame;
  huge[4] = huge[5] = huge[6] = huge[7] = '\xff';
  ASSERT_EQ(int(check_frame(huge.data(), huge.size(), 0, f)), int(FrameCheck::Bad));
}

TEST(Codec, malformed_bodies_are_corrupted) {
  const std::string bodies[] = {std::string("\x00", 1), std::string("\x00\x00\x00\x00\xff\xff\xff\x7f", 8),
                                std::string("\x07\x00\x00\x00\x00\x00\x00\x00", 8)};
  for (const auto& b : bodies) {
    auto r = decode_body(format::Kind::Insert, b, 100);
    ASSERT_TRUE(!r);
    ASSERT_EQ(int(r.error().code()), int(ErrorCode::Corrupted));
    ASSERT_TRUE(r.error().offset().has_value());
  }
  auto unknown = decode_payload(std::string("\x05\x00\x00\x00\x00\x00\x00\x00\x00", 9), 8);
  ASSERT_TRUE(!unknown);
  ASSERT_EQ(int(unknown.error().code()), int(ErrorCode::Corrupted));
}

TEST(Codec, meta_roundtrip_and_fixtures) {
  for (const char* name : {"plain.emdb.meta", "ns.emdb.meta", "ttl.emdb.meta", "large.emdb.meta",
                           "enc-aes-pass.emdb.meta", "enc-chacha-key.emdb.meta"}) {
    const std::string bytes = emdbtest::read_file(emdbtest::fixtures_dir() / name);
    auto m = MUST(decode_meta(bytes));
    ASSERT_EQ(hex(encode_meta(m)), hex(bytes));
  }
  auto aes = MUST(decode_meta(emdbtest::read_file(emdbtest::fixtures_dir() / "enc-aes-pass.emdb.meta")));
  ASSERT_EQ(aes.flags, 1u);
  auto chacha = MUST(decode_meta(emdbtest::read_file(emdbtest::fixtures_dir() / "enc-chacha-key.emdb.meta")));
  ASSERT_EQ(chacha.flags, 3u);
}

TEST(Codec, meta_errors) {
  const std::string good = emdbtest::read_file(emdbtest::fixtures_dir() / "plain.emdb.meta");
  EMDB_EXPECT_ERROR(decode_meta(good.substr(0, 100)), ErrorCode::Corrupted);
  EMDB_EXPECT_ERROR(decode_meta(good + "x"), ErrorCode::Corrupted);
  EMDB_EXPECT_ERROR(decode_meta("NOT-META" + good.substr(8)), ErrorCode::MagicMismatch);
  EMDB_EXPECT_ERROR(decode_meta(""), ErrorCode::MagicMismatch);
  std::string v2 = good;
  v2[16] = 2;
  auto r = decode_meta(v2);
  ASSERT_TRUE(!r);
  ASSERT_EQ(int(r.error().code()), int(ErrorCode::VersionMismatch));
  ASSERT_EQ(r.error().found(), 2u);
  ASSERT_EQ(r.error().expected(), 1u);
  std::string flipped = good;
  flipped[40] ^= 4;
  EMDB_EXPECT_ERROR(decode_meta(flipped), ErrorCode::Corrupted);
}
