// checkpoint(): the hint file makes the next open skip the journal it covers,
// and is ignored whenever it does not match the journal.
#include "codec.hpp"
#include "support.hpp"
#include "test_access.hpp"

using namespace emdb;

namespace {

std::uint64_t replay_start(const Database& db) { return detail::BuilderAccess::engine(db).replay_start(); }

void fill(Database& db, int from, int to) {
  for (int i = from; i < to; ++i) MUST(db.insert("k" + std::to_string(i), "v" + std::to_string(i)));
}

// A database of n records, checkpointed and closed.
void checkpointed(const std::filesystem::path& path, int n) {
  auto db = MUST(Database::open(path));
  fill(db, 0, n);
  MUST(db.checkpoint());
}

}  // namespace

class TestCheckpoint : public QObject {
  Q_OBJECT
 private slots:
  void reopen_starts_after_the_checkpoint() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    std::uint64_t covered = 0;
    {
      auto db = MUST(Database::open(path));
      fill(db, 0, 500);
      MUST(db.remove("k7"));
      MUST(db.checkpoint());
      covered = MUST(db.stats()).logical_size_bytes;
      fill(db, 500, 600);
      MUST(db.remove("k510"));
      MUST(db.insert("k8", "replaced"));
    }
    auto db = MUST(Database::open(path));
    QCOMPARE(replay_start(db), covered);
    QCOMPARE(MUST(db.len()), std::size_t(598));
    QCOMPARE(MUST(db.get("k7")), std::optional<std::string>());
    QCOMPARE(MUST(db.get("k510")), std::optional<std::string>());
    QCOMPARE(MUST(db.get("k8")), std::optional<std::string>("replaced"));
    QCOMPARE(MUST(db.get("k599")), std::optional<std::string>("v599"));
    const auto st = MUST(db.stats());
    QVERIFY(st.dead_bytes > 0);
    QCOMPARE(st.live_bytes + st.dead_bytes, st.logical_size_bytes);
  }

  // Another program (emdb 0.9 in Rust) appended after our checkpoint: the
  // hint still covers the prefix, and the new frames are replayed.
  void frames_appended_by_another_writer() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    checkpointed(path, 50);
    std::string extra;
    detail::append_plain_frame(extra, detail::Record{emdb::format::Kind::Insert, 0, "rust", "wrote this", 0});
    detail::append_plain_frame(extra, detail::Record{emdb::format::Kind::Remove, 0, "k3", {}, 0});
    testing::write_file(path, testing::read_file(path) + extra);
    auto db = MUST(Database::open(path));
    QVERIFY(replay_start(db) > 0);
    QCOMPARE(MUST(db.get("rust")), std::optional<std::string>("wrote this"));
    QCOMPARE(MUST(db.get("k3")), std::optional<std::string>());
    QCOMPARE(MUST(db.len()), std::size_t(50));
  }

  // The journal was rewritten (another program compacted it): the hint no
  // longer matches and the whole journal is replayed.
  void stale_hint_is_ignored() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    checkpointed(path, 100);
    std::string other;
    for (int i = 0; i < 100; ++i)
      detail::append_plain_frame(other, detail::Record{emdb::format::Kind::Insert, 0, "x" + std::to_string(i), "y", 0});
    testing::write_file(path, other);
    auto db = MUST(Database::open(path));
    QCOMPARE(replay_start(db), std::uint64_t(0));
    QCOMPARE(MUST(db.len()), std::size_t(100));
    QCOMPARE(MUST(db.get("k1")), std::optional<std::string>());
    QCOMPARE(MUST(db.get("x1")), std::optional<std::string>("y"));
  }

  void hint_past_a_torn_cut_is_ignored() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    checkpointed(path, 100);
    const std::string bytes = testing::read_file(path);
    testing::write_file(path, bytes.substr(0, bytes.size() - 5));
    auto db = MUST(Database::open(path));
    QCOMPARE(replay_start(db), std::uint64_t(0));
    QCOMPARE(MUST(db.len()), std::size_t(99));
  }

  void damaged_hint_is_ignored() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    checkpointed(path, 100);
    std::string hint = testing::read_file(path.string() + ".hint");
    hint[hint.size() / 2] ^= 1;
    testing::write_file(path.string() + ".hint", hint);
    auto db = MUST(Database::open(path));
    QCOMPARE(replay_start(db), std::uint64_t(0));
    QCOMPARE(MUST(db.len()), std::size_t(100));
  }
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
