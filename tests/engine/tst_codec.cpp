// Frame and payload codecs, checksums and the .meta sidecar, against known
// vectors and the bytes emdb 0.9.7 wrote.
#include "codec.hpp"
#include "crc.hpp"
#include "meta.hpp"
#include "support.hpp"

using namespace emdb;
using namespace emdb::detail;

class TestCodec : public QObject {
  Q_OBJECT
 private slots:
  void crc32c_known_vectors() {
    QCOMPARE(crc32c(0, "123456789", 9), 0xE3069283u);
    QCOMPARE(crc32c(0, "", 0), 0u);
    std::string zeros(32, '\0');
    QCOMPARE(crc32c(0, zeros.data(), zeros.size()), 0x8A9136AAu);  // RFC 3720 B.4
    // Continuing a CRC equals one pass over the concatenation.
    const std::string a = "hello, ", b = "world of frames and journals";
    QCOMPARE(crc32c(crc32c(0, a.data(), a.size()), b.data(), b.size()), crc32c(0, (a + b).data(), (a + b).size()));
  }

  void crc32_ieee_known_vector() { QCOMPARE(crc32_ieee("123456789", 9), 0xCBF43926u); }

  // A record we encode is byte for byte the frame emdb 0.9.7 wrote for it.
  void frame_matches_fixture_bytes() {
    const std::string plain = testing::read_file(testing::fixtures_dir() / "plain.emdb");
    std::string ours;
    append_plain_frame(ours, Record{format::Kind::Insert, 0, "user:1", "alice-1", 0});
    QVERIFY(plain.size() > ours.size());
    QCOMPARE(testing::qb(plain.substr(0, ours.size())).toHex(), testing::qb(ours).toHex());

    const std::string ttl = testing::read_file(testing::fixtures_dir() / "ttl.emdb");
    FrameView f;
    QCOMPARE(int(check_frame(ttl.data(), ttl.size(), 0, f)), int(FrameCheck::Valid));
    QCOMPARE(int(check_frame(ttl.data(), ttl.size(), f.end(), f)), int(FrameCheck::Valid));
    std::string later;
    append_plain_frame(later, Record{format::Kind::Insert, 0, "later", "l", 4102444800000ull});
    QCOMPARE(testing::qb(ttl.substr(f.start, later.size())).toHex(), testing::qb(later).toHex());

    const std::string ns = testing::read_file(testing::fixtures_dir() / "ns.emdb");
    std::string name;
    append_plain_frame(name, Record{format::Kind::NamespaceName, 1, "users", {}, 0});
    QCOMPARE(testing::qb(ns.substr(0, name.size())).toHex(), testing::qb(name).toHex());
  }

  void decode_roundtrip() {
    for (auto kind : {format::Kind::Insert, format::Kind::Remove, format::Kind::NamespaceName}) {
      std::string frame;
      const Record in{kind, 7, std::string_view("k\0ey", 4), "value", 99};
      append_plain_frame(frame, in);
      FrameView f;
      QCOMPARE(int(check_frame(frame.data(), frame.size(), 0, f)), int(FrameCheck::Valid));
      QCOMPARE(f.end(), frame.size());
      auto out = MUST(decode_payload(f.payload, f.payload_offset()));
      QCOMPARE(int(out.kind), int(kind));
      QCOMPARE(out.ns, 7u);
      QCOMPARE(out.key, std::string_view("k\0ey", 4));
      if (kind == format::Kind::Insert) {
        QCOMPARE(out.value, std::string_view("value"));
        QCOMPARE(out.expires_at, 99ull);
      }
    }
  }

  void check_frame_classifies() {
    std::string frame;
    append_plain_frame(frame, Record{format::Kind::Insert, 0, "k", "v", 0});
    FrameView f;
    for (std::size_t cut = 0; cut < frame.size(); ++cut) {
      const auto c = check_frame(frame.data(), cut, 0, f);
      QVERIFY2(c != FrameCheck::Valid, "a cut frame must not pass");
      QCOMPARE(int(c), cut == 0 ? int(FrameCheck::End) : int(FrameCheck::Bad));
    }
    std::string zeros(64, '\0');
    QCOMPARE(int(check_frame(zeros.data(), zeros.size(), 0, f)), int(FrameCheck::End));
    std::string flipped = frame;
    flipped[10] ^= 0x01;
    QCOMPARE(int(check_frame(flipped.data(), flipped.size(), 0, f)), int(FrameCheck::Bad));
    std::string huge = frame;
    huge[4] = huge[5] = huge[6] = huge[7] = '\xff';
    QCOMPARE(int(check_frame(huge.data(), huge.size(), 0, f)), int(FrameCheck::Bad));
  }

  void malformed_bodies_are_corrupted() {
    const std::string bodies[] = {std::string("\x00", 1), std::string("\x00\x00\x00\x00\xff\xff\xff\x7f", 8),
                                  std::string("\x07\x00\x00\x00\x00\x00\x00\x00", 8)};
    for (const auto& b : bodies) {
      auto r = decode_body(format::Kind::Insert, b, 100);
      QVERIFY(!r);
      QCOMPARE(int(r.error().code()), int(ErrorCode::Corrupted));
      QVERIFY(r.error().offset().has_value());
    }
    auto unknown = decode_payload(std::string("\x05\x00\x00\x00\x00\x00\x00\x00\x00", 9), 8);
    QVERIFY(!unknown);
    QCOMPARE(int(unknown.error().code()), int(ErrorCode::Corrupted));
  }

  void meta_roundtrip_and_fixtures() {
    for (const char* name : {"plain.emdb.meta", "ns.emdb.meta", "ttl.emdb.meta", "large.emdb.meta",
                             "enc-aes-pass.emdb.meta", "enc-chacha-key.emdb.meta"}) {
      const std::string bytes = testing::read_file(testing::fixtures_dir() / name);
      auto m = MUST(decode_meta(bytes));
      QCOMPARE(testing::qb(encode_meta(m)).toHex(), testing::qb(bytes).toHex());
    }
    auto aes = MUST(decode_meta(testing::read_file(testing::fixtures_dir() / "enc-aes-pass.emdb.meta")));
    QCOMPARE(aes.flags, 1u);
    auto chacha = MUST(decode_meta(testing::read_file(testing::fixtures_dir() / "enc-chacha-key.emdb.meta")));
    QCOMPARE(chacha.flags, 3u);
  }

  void meta_errors() {
    const std::string good = testing::read_file(testing::fixtures_dir() / "plain.emdb.meta");
    EMDB_VERIFY_ERROR(decode_meta(good.substr(0, 100)), ErrorCode::Corrupted);
    EMDB_VERIFY_ERROR(decode_meta(good + "x"), ErrorCode::Corrupted);
    EMDB_VERIFY_ERROR(decode_meta("NOT-META" + good.substr(8)), ErrorCode::MagicMismatch);
    EMDB_VERIFY_ERROR(decode_meta(""), ErrorCode::MagicMismatch);
    std::string v2 = good;
    v2[16] = 2;
    auto r = decode_meta(v2);
    QVERIFY(!r);
    QCOMPARE(int(r.error().code()), int(ErrorCode::VersionMismatch));
    QCOMPARE(r.error().found(), 2u);
    QCOMPARE(r.error().expected(), 1u);
    std::string flipped = good;
    flipped[40] ^= 4;
    EMDB_VERIFY_ERROR(decode_meta(flipped), ErrorCode::Corrupted);
  }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
