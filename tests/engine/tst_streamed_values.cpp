// Values written from a stream (WriteBatch::insert_from): the same bytes as
// an insert, plain and encrypted, in one crash-atomic batch with other
// writes; a failing, changing or killed source leaves nothing behind.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

#include "codec.hpp"
#include "crypto.hpp"
#include "streamed_frame.hpp"
#include "support.hpp"

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

class TestStreamedValues : public QObject {
  Q_OBJECT
 private slots:
  // The frame a stream gives is the one an insert of the whole value gives.
  void frame_matches_an_insert() {
    for (std::uint64_t size : {std::uint64_t(0), std::uint64_t(1), std::uint64_t(1) << 20,
                               (std::uint64_t(3) << 20) + 17}) {
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
      QCOMPARE(got.size(), f.frame_bytes());
      QVERIFY(got == want);
      QCOMPARE(crc, detail::frame_crc(got.data()));
      QVERIFY(largest <= detail::StreamedFrame::kPiece);
    }
  }

  // Encrypted: the payload opens with the key to the body of the record.
  void encrypted_frame_opens() {
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
      QVERIFY(first == second);  // one nonce per frame: both passes agree
      QCOMPARE(first.size(), f.frame_bytes());
      const auto payload = std::string_view(first).substr(format::kFrameHeaderSize, f.payload_bytes());
      QCOMPARE(std::uint8_t(payload[0]), std::uint8_t(format::kTagEncrypted));
      const std::string body = MUST(aead.open(payload.substr(1)));
      std::string want;
      detail::encode_body(want, detail::Record{format::Kind::Insert, 0, "k", pattern(size, 5), 99});
      QVERIFY(body == want);
    }
  }

  // In a batch with inserts and removals, across namespaces; read back
  // before and after reopening, and by a read-only handle.
  void batch_with_streamed_values() {
    QTemporaryDir dir;
    const auto p = testing::temp_db(dir);
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
      QCOMPARE(*MUST(ns.get("big")), pattern(big, 1));
      QCOMPARE(*MUST(ns.expires_at("big")), std::uint64_t(4102444800000));
      QCOMPARE(*MUST(db.get("small")), std::string("four"));
      QCOMPARE(*MUST(db.get("empty")), std::string());
      QVERIFY(!MUST(db.get("gone")));
      QCOMPARE(MUST(ns.range_prefix("b")).size(), std::size_t(1));
      MUST(db.flush());
    }
    auto ro = MUST(Database::builder().path(p).read_only(true).build());
    auto ns = MUST(ro.open_namespace("blobs"));
    QCOMPARE(MUST(ns.get_zerocopy("big"))->view(), std::string_view(pattern(big, 1)));
    QCOMPARE(*MUST(ro.get("small")), std::string("four"));
    const auto report = MUST(Database::check(p));
    QVERIFY(report.sound());
  }

  void encrypted_database() {
    QTemporaryDir dir;
    const auto p = testing::temp_db(dir);
    const std::uint64_t size = (std::uint64_t(3) << 20) + 1;
    {
      auto db = open_encrypted(p);
      WriteBatch b;
      b.insert_from(db, "secret", size, pattern_source(4));
      b.insert(db, "other", "o");
      MUST(db.write(b));
      QCOMPARE(*MUST(db.get("secret")), pattern(size, 4));
    }
    auto db = open_encrypted(p);
    QCOMPARE(*MUST(db.get("secret")), pattern(size, 4));
    QCOMPARE(*MUST(db.get("other")), std::string("o"));
    QVERIFY(testing::read_file(p).find(pattern(4096, 4)) == std::string::npos);  // nothing of it in the clear
  }

  // A source that fails, first or second time round: the error comes back,
  // the file ends where it did, and the database goes on.
  void failing_source_leaves_nothing() {
    for (int fail_on_pass : {1, 2}) {
      QTemporaryDir dir;
      const auto p = testing::temp_db(dir);
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
      QVERIFY(!w);
      QCOMPARE(w.error().code(), ErrorCode::Io);
      QVERIFY(w.error().message().find("went away") != std::string::npos);
      QVERIFY(!MUST(db.get("big")));
      QVERIFY(!MUST(db.get("with-it")));
      MUST(db.insert("after", "2"));
      MUST(db.flush());
      db = Database::open_in_memory();
      const auto report = MUST(Database::check(p));
      QVERIFY(report.sound());
      QVERIFY(report.valid_bytes < 1024);  // nothing of the value stayed
      auto again = MUST(Database::open(p));
      QCOMPARE(testing::contents(again), (std::map<std::string, std::string>{{"after", "2"}, {"before", "1"}}));
    }
  }

  // A source that gives other bytes the second time: Corrupted, nothing written.
  void changing_source_is_refused() {
    QTemporaryDir dir;
    const auto p = testing::temp_db(dir);
    auto db = MUST(Database::open(p));
    auto calls = std::make_shared<int>(0);
    ValueSource changing = [calls](std::uint64_t offset, std::span<char> out) -> Result<void> {
      if (offset == 0) ++*calls;
      std::memset(out.data(), *calls == 1 ? 'a' : 'b', out.size());
      return {};
    };
    WriteBatch b;
    b.insert_from(db, "k", 3 << 20, changing);
    EMDB_VERIFY_ERROR(db.write(b), ErrorCode::Corrupted);
    QVERIFY(!MUST(db.get("k")));
    MUST(db.insert("next", "n"));
    db = Database::open_in_memory();
    auto again = MUST(Database::open(p));
    QCOMPARE(testing::contents(again), (std::map<std::string, std::string>{{"next", "n"}}));
  }

  // Past the format's limit: refused before the source is read.
  void too_large_is_refused_unread() {
    auto db = Database::open_in_memory();
    bool read = false;
    WriteBatch b;
    b.insert_from(db, "k", std::uint64_t(1) << 28, [&](std::uint64_t, std::span<char>) -> Result<void> {
      read = true;
      return {};
    });
    EMDB_VERIFY_ERROR(db.write(b), ErrorCode::InvalidConfig);
    QVERIFY(!read);
    auto ro = Database::open_in_memory();
    WriteBatch other;
    other.insert_from(ro, "k", 1, pattern_source(1));
    EMDB_VERIFY_ERROR(db.write(other), ErrorCode::InvalidConfig);  // a write for another database
  }

  // SIGKILL while the value streams in: after reopening, the batch is not
  // there, everything flushed before it is, and the database takes writes.
  void killed_while_streaming() {
    QTemporaryDir dir;
    const auto p = testing::temp_db(dir);
    {
      auto db = MUST(Database::open(p));
      MUST(db.insert("kept", "yes"));
      MUST(db.flush());
    }
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::close(fds[0]);
      auto db = Database::open(p);
      if (!db) _exit(3);
      auto pass = std::make_shared<int>(0);
      const int fd = fds[1];
      WriteBatch b;
      b.insert(*db, "partner", "p");
      b.insert_from(*db, "big", std::uint64_t(32) << 20, [pass, fd](std::uint64_t offset, std::span<char> out) {
        if (offset == 0) ++*pass;
        if (*pass == 2 && offset >= (std::uint64_t(16) << 20)) {
          const char c = 'k';
          (void)::write(fd, &c, 1);
          ::pause();  // the parent kills us here, half of the frame written
        }
        std::memset(out.data(), 'v', out.size());
        return Result<void>{};
      });
      (void)db->write(b);
      _exit(4);
    }
    ::close(fds[1]);
    char c = 0;
    QCOMPARE(::read(fds[0], &c, 1), ssize_t(1));
    ::close(fds[0]);
    QVERIFY(std::filesystem::file_size(p) > (std::uint64_t(16) << 20));  // the half-written frame is in the file
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    QVERIFY(WIFSIGNALED(status));
    auto db = MUST(Database::open(p));
    QCOMPARE(testing::contents(db), (std::map<std::string, std::string>{{"kept", "yes"}}));
    MUST(db.insert("after", "a"));
    MUST(db.flush());
    db = Database::open_in_memory();
    QVERIFY(MUST(Database::check(p)).sound());
    QVERIFY(std::filesystem::file_size(p) < (std::uint64_t(1) << 20));  // the torn tail was cut
  }
};

QTEST_GUILESS_MAIN(TestStreamedValues)
#include "tst_streamed_values.moc"
