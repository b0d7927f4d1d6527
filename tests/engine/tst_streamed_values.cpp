// Values written from a stream (WriteBatch::insert_from): the same bytes as
// an insert, plain and encrypted, in one crash-atomic batch with other
// writes; a failing, changing or killed source leaves nothing behind.
#include <cstring>

#include "child_process.hpp"
#include "codec.hpp"
#include "crypto.hpp"
#include "engine_test.hpp"
#include "streamed_frame.hpp"

using namespace emdb;

namespace {

// A value of `size` bytes whose every byte depends on its offset and `seed`.
char byte_at(std::uint64_t i, unsigned seed) { return char((i * 2654435761u + seed) >> 7); }
std::string pattern(std::uint64_t size, unsigned seed) {
  std::string s(size, '\0');
  for (std::uint64_t i = 0; i < size; ++i) s[i] = byte_at(i, seed);
  return s;
}
ValueSource pattern_source(unsigned seed) {
  return [seed](std::uint64_t offset, std::span<char> out) -> Result<void> {
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = byte_at(offset + i, seed);
    return {};
  };
}
ValueSource string_source(std::string bytes) {
  return [b = std::make_shared<const std::string>(std::move(bytes))](std::uint64_t offset,
                                                                     std::span<char> out) -> Result<void> {
    if (offset + out.size() > b->size()) return std::unexpected(Error(ErrorCode::InvalidArgument, "past the end"));
    std::memcpy(out.data(), b->data() + offset, out.size());
    return {};
  };
}

Database open_encrypted(const std::filesystem::path& p) {
  RawKey key{};
  key.fill(7);
  return MUST(Database::builder().path(p).encryption_key(key).build());
}

}  // namespace

// The frame a stream gives is the one an insert of the whole value gives.
TEST(StreamedValues, frame_matches_an_insert) {
  for (std::uint64_t size :
       {std::uint64_t(0), std::uint64_t(1), std::uint64_t(1) << 20, (std::uint64_t(3) << 20) + 17}) {
    const std::string value = pattern(size, 3);
    std::string want;
    MUST(detail::append_record(want, detail::Record{format::Kind::Insert, 4, "the-key", value, 1234567}, nullptr));
    detail::StreamedFrame f(4, "the-key", 1234567, size, std::make_shared<const ValueSource>(pattern_source(3)),
                            nullptr);
    std::string got;
    std::size_t largest = 0;
    const detail::StreamedFrame::Sink sink = [&](std::string_view piece) -> Result<void> {
      largest = std::max(largest, piece.size());
      got.append(piece);
      return {};
    };
    const std::uint32_t crc = MUST(f.stream(sink));
    ASSERT_EQ(got.size(), f.frame_bytes());
    ASSERT_TRUE(got == want);
    ASSERT_EQ(crc, detail::frame_crc(got.data()));
    ASSERT_TRUE(largest <= detail::StreamedFrame::kPiece);
  }
}

// Encrypted: the payload opens with the key to the body of the record.
TEST(StreamedValues, encrypted_frame_opens) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  RawKey raw{};
  raw.fill(9);
  for (Cipher c : {Cipher::Aes256Gcm, Cipher::ChaCha20Poly1305}) {
    const detail::Aead aead(c, detail::SecretKey(raw));
    const std::uint64_t size = (std::uint64_t(2) << 20) + 5;
    detail::StreamedFrame f(0, "k", 99, size, std::make_shared<const ValueSource>(pattern_source(5)), &aead);
    std::string first, second;
    auto into = [](std::string& s) -> detail::StreamedFrame::Sink {
      return [&s](std::string_view piece) -> Result<void> {
        s.append(piece);
        return {};
      };
    };
    MUST(f.stream(into(first)));
    MUST(f.stream(into(second)));
    ASSERT_TRUE(first == second);  // one nonce per frame: both passes agree
    ASSERT_EQ(first.size(), f.frame_bytes());
    const auto payload = std::string_view(first).substr(format::kFrameHeaderSize, f.payload_bytes());
    ASSERT_EQ(std::uint8_t(payload[0]), std::uint8_t(format::kTagEncrypted));
    const std::string body = MUST(aead.open(payload.substr(1)));
    std::string want;
    detail::encode_body(want, detail::Record{format::Kind::Insert, 0, "k", pattern(size, 5), 99});
    ASSERT_TRUE(body == want);
  }
}

// In a batch with inserts and removals, across namespaces; read back
// before and after reopening, and by a read-only handle.
TEST(StreamedValues, batch_with_streamed_values) {
  emdbtest::TempDir dir;
  const auto p = emdbtest::temp_db(dir);
  const std::uint64_t big = (std::uint64_t(5) << 20) + 3;
  {
    auto db = MUST(Database::builder().path(p).enable_range_scans(true).build());
    MUST(db.insert("gone", "x"));
    auto ns = MUST(db.open_namespace("blobs"));
    WriteBatch b;
    b.insert(db, "small", "value");
    b.insert_from(ns, "big", big, pattern_source(1), Ttl::at(4102444800000));
    b.remove(db, "gone");
    b.insert_from(db, "empty", 0, pattern_source(2));
    b.insert_from(db, "small", 4, string_source("four"));  // later writes win
    MUST(db.write(b));
    ASSERT_EQ(*MUST(ns.get("big")), pattern(big, 1));
    ASSERT_EQ(*MUST(ns.expires_at("big")), std::uint64_t(4102444800000));
    ASSERT_EQ(*MUST(db.get("small")), std::string("four"));
    ASSERT_EQ(*MUST(db.get("empty")), std::string());
    ASSERT_TRUE(!MUST(db.get("gone")));
    ASSERT_EQ(MUST(ns.range_prefix("b")).size(), std::size_t(1));
    MUST(db.flush());
  }
  auto ro = MUST(Database::builder().path(p).read_only(true).build());
  auto ns = MUST(ro.open_namespace("blobs"));
  ASSERT_EQ(MUST(ns.get_zerocopy("big"))->view(), std::string_view(pattern(big, 1)));
  ASSERT_EQ(*MUST(ro.get("small")), std::string("four"));
  const auto report = MUST(Database::check(p));
  ASSERT_TRUE(report.sound());
}

TEST(StreamedValues, encrypted_database) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  emdbtest::TempDir dir;
  const auto p = emdbtest::temp_db(dir);
  const std::uint64_t size = (std::uint64_t(3) << 20) + 1;
  {
    auto db = open_encrypted(p);
    WriteBatch b;
    b.insert_from(db, "secret", size, pattern_source(4));
    b.insert(db, "other", "o");
    MUST(db.write(b));
    ASSERT_EQ(*MUST(db.get("secret")), pattern(size, 4));
  }
  auto db = open_encrypted(p);
  ASSERT_EQ(*MUST(db.get("secret")), pattern(size, 4));
  ASSERT_EQ(*MUST(db.get("other")), std::string("o"));
  ASSERT_TRUE(emdbtest::read_file(p).find(pattern(4096, 4)) == std::string::npos);  // nothing of it in the clear
}

// A source that fails, first or second time round: the error comes back,
// the file ends where it did, and the database goes on.
TEST(StreamedValues, failing_source_leaves_nothing) {
  for (int fail_on_pass : {1, 2}) {
    emdbtest::TempDir dir;
    const auto p = emdbtest::temp_db(dir);
    auto db = MUST(Database::open(p));
    MUST(db.insert("before", "1"));
    MUST(db.flush());
    const std::uint64_t size = std::uint64_t(4) << 20;
    auto pass = std::make_shared<int>(0);
    ValueSource failing = [pass, fail_on_pass](std::uint64_t offset, std::span<char> out) -> Result<void> {
      if (offset == 0) ++*pass;
      if (*pass == fail_on_pass && offset >= (std::uint64_t(2) << 20))
        return std::unexpected(Error(ErrorCode::Io, "the disk holding the source went away"));
      std::memset(out.data(), 'z', out.size());
      return {};
    };
    WriteBatch b;
    b.insert(db, "with-it", "x");
    b.insert_from(db, "big", size, failing);
    auto w = db.write(b);
    ASSERT_TRUE(!w);
    ASSERT_EQ(w.error().code(), ErrorCode::Io);
    ASSERT_TRUE(w.error().message().find("went away") != std::string::npos);
    ASSERT_TRUE(!MUST(db.get("big")));
    ASSERT_TRUE(!MUST(db.get("with-it")));
    MUST(db.insert("after", "2"));
    MUST(db.flush());
    db = Database::open_in_memory();
    const auto report = MUST(Database::check(p));
    ASSERT_TRUE(report.sound());
    ASSERT_TRUE(report.valid_bytes < 1024);  // nothing of the value stayed
    auto again = MUST(Database::open(p));
    ASSERT_EQ(emdbtest::contents(again), (std::map<std::string, std::string>{{"after", "2"}, {"before", "1"}}));
  }
}

// A source that gives other bytes the second time: Corrupted, nothing written.
TEST(StreamedValues, changing_source_is_refused) {
  emdbtest::TempDir dir;
  const auto p = emdbtest::temp_db(dir);
  auto db = MUST(Database::open(p));
  auto calls = std::make_shared<int>(0);
  ValueSource changing = [calls](std::uint64_t offset, std::span<char> out) -> Result<void> {
    if (offset == 0) ++*calls;
    std::memset(out.data(), *calls == 1 ? 'a' : 'b', out.size());
    return {};
  };
  WriteBatch b;
  b.insert_from(db, "k", 3 << 20, changing);
  EMDB_EXPECT_ERROR(db.write(b), ErrorCode::Corrupted);
  ASSERT_TRUE(!MUST(db.get("k")));
  MUST(db.insert("next", "n"));
  db = Database::open_in_memory();
  auto again = MUST(Database::open(p));
  ASSERT_EQ(emdbtest::contents(again), (std::map<std::string, std::string>{{"next", "n"}}));
}

// Past the format's limit: refused before the source is read.
TEST(StreamedValues, too_large_is_refused_unread) {
  auto db = Database::open_in_memory();
  bool read = false;
  WriteBatch b;
  b.insert_from(db, "k", std::uint64_t(1) << 28, [&](std::uint64_t, std::span<char>) -> Result<void> {
    read = true;
    return {};
  });
  EMDB_EXPECT_ERROR(db.write(b), ErrorCode::InvalidConfig);
  ASSERT_TRUE(!read);
  auto ro = Database::open_in_memory();
  WriteBatch other;
  other.insert_from(ro, "k", 1, pattern_source(1));
  EMDB_EXPECT_ERROR(db.write(other), ErrorCode::InvalidConfig);  // a write for another database
}

// The child of killed_while_streaming (args: the database's path): writes a
// batch with a 32 MiB streamed value, and half way through the value's second
// pass (the one that writes it) reports 'k' and waits to be killed.
EMDB_CHILD(streaming_writer) {
  auto db = Database::open(std::filesystem::path(args.at(0)));
  if (!db) return 3;
  auto pass = std::make_shared<int>(0);
  WriteBatch b;
  b.insert(*db, "partner", "p");
  b.insert_from(*db, "big", std::uint64_t(32) << 20, [pass](std::uint64_t offset, std::span<char> out) {
    if (offset == 0) ++*pass;
    if (*pass == 2 && offset >= (std::uint64_t(16) << 20)) {
      (void)emdbtest::report('k');
      emdbtest::wait_to_be_killed();  // the parent kills us here, half of the frame written
    }
    std::memset(out.data(), 'v', out.size());
    return Result<void>{};
  });
  (void)db->write(b);
  return 4;
}

// SIGKILL while the value streams in: after reopening, the batch is not
// there, everything flushed before it is, and the database takes writes.
TEST(StreamedValues, killed_while_streaming) {
  emdbtest::TempDir dir;
  const auto p = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::open(p));
    MUST(db.insert("kept", "yes"));
    MUST(db.flush());
  }
  emdbtest::ChildProcess child("streaming_writer", {p.string()});
  ASSERT_TRUE(child.wait_for_reports(1)) << "the child ended before it was half way";
  ASSERT_EQ(child.reports(), "k");
  ASSERT_TRUE(std::filesystem::file_size(p) > (std::uint64_t(16) << 20));  // the half-written frame is in the file
  child.kill();
  child.wait();
  ASSERT_TRUE(child.killed());
  auto db = MUST(Database::open(p));
  ASSERT_EQ(emdbtest::contents(db), (std::map<std::string, std::string>{{"kept", "yes"}}));
  MUST(db.insert("after", "a"));
  MUST(db.flush());
  db = Database::open_in_memory();
  ASSERT_TRUE(MUST(Database::check(p)).sound());
  ASSERT_TRUE(std::filesystem::file_size(p) < (std::uint64_t(1) << 20));  // the torn tail was cut
}
