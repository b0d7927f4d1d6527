// Recovery at open: torn tails are cut (and kept aside), zero fill is free
// space, damage in the middle of the journal is reported, not hidden.
#include "codec.hpp"
#include "support.hpp"

using namespace emdb;
namespace fs = std::filesystem;

namespace {

// Frame boundaries of a journal image.
std::vector<std::uint64_t> frame_starts(const std::string& bytes) {
  std::vector<std::uint64_t> starts;
  std::uint64_t pos = 0;
  detail::FrameView f;
  while (detail::check_frame(bytes.data(), bytes.size(), pos, f) == detail::FrameCheck::Valid) {
    starts.push_back(pos);
    pos = f.end();
  }
  starts.push_back(pos);  // the end
  return starts;
}

std::string key_of(int i) { return "key-" + std::to_string(i); }
std::string value_of(int i) { return std::string(static_cast<std::size_t>(i % 7 + 1), char('a' + i % 26)); }

}  // namespace

class TestRecovery : public QObject {
  Q_OBJECT
 private slots:
  // Truncate at every byte inside the last three frames: each reopen keeps
  // exactly the complete frames, and appends made then survive the next reopen.
  void truncate_at_every_offset_of_last_three_frames() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    constexpr int kRecords = 12;
    {
      auto db = MUST(Database::open(path));
      for (int i = 0; i < kRecords; ++i) MUST(db.insert(key_of(i), value_of(i)));
    }
    const std::string full = testing::read_file(path);
    const auto starts = frame_starts(full);
    QCOMPARE(starts.size(), std::size_t(kRecords + 1));
    QCOMPARE(starts.back(), full.size());
    int cuts = 0;
    for (std::uint64_t cut = starts[kRecords - 3]; cut < full.size(); ++cut) {
      const int complete = int(std::upper_bound(starts.begin(), starts.end(), cut) - starts.begin()) - 1;
      for (const auto& e : fs::directory_iterator(dir.path().toStdString())) fs::remove(e.path());
      testing::write_file(path, full.substr(0, cut));
      {
        auto db = MUST(Database::open(path));
        QCOMPARE(MUST(db.len()), std::size_t(complete));
        for (int i = 0; i < complete; ++i) QCOMPARE(MUST(db.get(key_of(i))), std::optional<std::string>(value_of(i)));
        QCOMPARE(MUST(db.get(key_of(complete))), std::optional<std::string>());
        const bool torn = cut != starts[complete];
        QCOMPARE(fs::exists(path.string() + ".corrupt-" + std::to_string(starts[complete])), torn);
        if (torn)
          QCOMPARE(testing::read_file(path.string() + ".corrupt-" + std::to_string(starts[complete])),
                   full.substr(starts[complete], cut - starts[complete]));
        MUST(db.insert("after", "cut"));
        MUST(db.flush());
      }
      auto db = MUST(Database::open(path));
      QCOMPARE(MUST(db.len()), std::size_t(complete + 1));
      QCOMPARE(MUST(db.get("after")), std::optional<std::string>("cut"));
      ++cuts;
    }
    QVERIFY(cuts > 60);
  }

  // Zero bytes after the last frame (preallocation) are free space.
  void zero_fill_is_free_space() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(Database::open(path));
      MUST(db.insert("a", "1"));
    }
    const std::string frames = testing::read_file(path);
    testing::write_file(path, frames + std::string(4096, '\0'));
    {
      auto db = MUST(Database::open(path));
      QCOMPARE(MUST(db.get("a")), std::optional<std::string>("1"));
      const auto st = MUST(db.stats());
      QCOMPARE(st.preallocated_bytes, std::uint64_t(4096));
      QCOMPARE(st.logical_size_bytes, std::uint64_t(frames.size()));
      MUST(db.insert("b", "2"));
    }
    QVERIFY(!fs::exists(path.string() + ".corrupt-" + std::to_string(frames.size())));
    auto db = MUST(Database::open(path));
    QCOMPARE(MUST(db.get("b")), std::optional<std::string>("2"));
    QCOMPARE(MUST(db.len()), std::size_t(2));
  }

  // A damaged frame followed by good ones is corruption: a writable open
  // refuses with its offset; a read-only open reads the records before it.
  void damage_in_the_middle() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(Database::open(path));
      for (int i = 0; i < 20; ++i) MUST(db.insert(key_of(i), value_of(i)));
    }
    std::string bytes = testing::read_file(path);
    const auto starts = frame_starts(bytes);
    bytes[starts[5] + 12] ^= 0x40;
    testing::write_file(path, bytes);
    auto w = Database::open(path);
    QVERIFY(!w);
    QCOMPARE(int(w.error().code()), int(ErrorCode::Corrupted));
    QCOMPARE(w.error().offset(), std::optional<std::uint64_t>(starts[5]));
    QCOMPARE(testing::read_file(path), bytes);  // nothing was cut
    auto ro = MUST(Database::builder().path(path).read_only(true).build());
    QCOMPARE(MUST(ro.len()), std::size_t(5));
    QCOMPARE(MUST(ro.stats()).first_bad_offset, std::optional<std::uint64_t>(starts[5]));
  }

  // A frame that passes its checksum but does not decode fails the open, as in emdb.
  void undecodable_payload_is_corrupted() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    std::string bytes;
    detail::append_plain_frame(bytes, detail::Record{emdb::format::Kind::Insert, 0, "a", "1", 0});
    detail::append_frame(bytes, std::string("\x09junk", 5));
    testing::write_file(path, bytes);
    auto r = Database::open(path);
    QVERIFY(!r);
    QCOMPARE(int(r.error().code()), int(ErrorCode::Corrupted));
    QCOMPARE(r.error().offset(), std::optional<std::uint64_t>(bytes.size() - 4 - 5));
  }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
