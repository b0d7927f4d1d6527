// Hostile files: each gets a clear Error (or a safe open), never a crash.
#include <random>

#include "codec.hpp"
#include "support.hpp"

using namespace emdb;
namespace fs = std::filesystem;

class TestBadInput : public QObject {
  Q_OBJECT
 private slots:
  void random_file_is_not_a_database() {
    QTemporaryDir dir;
    std::mt19937_64 rng(42);
    for (int trial = 0; trial < 50; ++trial) {
      const auto path = testing::temp_db(dir, "random" + std::to_string(trial));
      std::string bytes(std::size_t(1 + rng() % 5000), '\0');
      for (auto& c : bytes) c = char(rng());
      if (bytes[0] == 'F' || bytes[0] == 0) bytes[0] = 'x';
      testing::write_file(path, bytes);
      auto r = Database::open(path);
      QVERIFY(!r);
      QCOMPARE(int(r.error().code()), int(ErrorCode::MagicMismatch));
      QCOMPARE(testing::read_file(path), bytes);  // untouched
      QVERIFY(!fs::exists(path.string() + ".meta"));
    }
  }

  void empty_file_is_an_empty_database() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    testing::write_file(path, "");
    auto db = MUST(Database::open(path));
    QCOMPARE(MUST(db.len()), std::size_t(0));
    MUST(db.insert("k", "v"));
  }

  void meta_of_the_wrong_size() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    const std::string meta = testing::read_file(path.string() + ".meta");
    testing::write_file(path.string() + ".meta", meta.substr(0, 60));
    EMDB_VERIFY_ERROR(Database::open(path), ErrorCode::Corrupted);
    testing::write_file(path.string() + ".meta", meta + std::string(10, 'x'));
    EMDB_VERIFY_ERROR(Database::open(path), ErrorCode::Corrupted);
    testing::write_file(path.string() + ".meta", "garbage that is not a sidecar");
    EMDB_VERIFY_ERROR(Database::open(path), ErrorCode::MagicMismatch);
    std::string v9 = meta;
    v9[16] = 9;
    testing::write_file(path.string() + ".meta", v9);
    EMDB_VERIFY_ERROR(Database::open(path), ErrorCode::VersionMismatch);
    testing::write_file(path.string() + ".meta", "");
    EMDB_VERIFY_ERROR(Database::open(path), ErrorCode::MagicMismatch);
    // The lock was released on every failure: a good sidecar opens.
    testing::write_file(path.string() + ".meta", meta);
    MUST(Database::open(path));
  }

  void huge_frame_length() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    std::string good;
    detail::append_plain_frame(good, detail::Record{emdb::format::Kind::Insert, 0, "a", "1", 0});
    // A header claiming 4 GiB of payload at the end: a torn tail, cut at open.
    testing::write_file(path, good + std::string("FSY\x01\xff\xff\xff\xff", 8) + "tail");
    {
      auto db = MUST(Database::open(path));
      QCOMPARE(MUST(db.len()), std::size_t(1));
    }
    // The same header followed by a good frame: corruption, with its offset.
    testing::write_file(path, good + std::string("FSY\x01\xff\xff\xff\x0f", 8) + good);
    auto r = Database::open(path);
    QVERIFY(!r);
    QCOMPARE(int(r.error().code()), int(ErrorCode::Corrupted));
    QCOMPARE(r.error().offset(), std::optional<std::uint64_t>(good.size()));
  }

  void path_is_a_directory() {
    QTemporaryDir dir;
    auto r = Database::open(dir.path().toStdString());
    QVERIFY(!r);
    QCOMPARE(int(r.error().code()), int(ErrorCode::Io));
    QVERIFY(r.error().io_error());
  }

  void missing_parent_folder() {
    QTemporaryDir dir;
    EMDB_VERIFY_ERROR(Database::open(testing::temp_db(dir, "no/such/folder/db.emdb")), ErrorCode::Io);
  }

  void oversized_record_is_refused() {
    auto db = Database::open_in_memory();
    const std::string big(std::size_t(1) << 28, 'x');
    EMDB_VERIFY_ERROR(db.insert("k", big), ErrorCode::InvalidConfig);
    QCOMPARE(MUST(db.len()), std::size_t(0));
  }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
