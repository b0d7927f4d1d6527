// read_only(true): no lock, no writes at all, works beside a writer, and
// refresh() follows the writer's new frames.
#include "support.hpp"

using namespace emdb;
namespace fs = std::filesystem;

namespace {
Result<Database> open_ro(const fs::path& p) { return Database::builder().path(p).read_only(true).build(); }

std::map<std::string, std::string> listing(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out[e.path().filename().string()] = testing::read_file(e.path());
  return out;
}
}  // namespace

class TestReadOnly : public QObject {
  Q_OBJECT
 private slots:
  void writes_nothing_and_refuses_writes() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "ttl.emdb");
    // A torn tail that a writable open would cut.
    testing::write_file(path, testing::read_file(path) + "FSY\x01\x10");
    const auto before = listing(dir.path().toStdString());
    {
      auto db = MUST(open_ro(path));
      QCOMPARE(MUST(db.get("forever")), std::optional<std::string>("f"));
      EMDB_VERIFY_ERROR(db.insert("k", "v"), ErrorCode::ReadOnly);
      EMDB_VERIFY_ERROR(db.remove("forever"), ErrorCode::ReadOnly);
      EMDB_VERIFY_ERROR(db.clear(), ErrorCode::ReadOnly);
      EMDB_VERIFY_ERROR(db.checkpoint(), ErrorCode::ReadOnly);
      MUST(db.flush());
      QCOMPARE(MUST(Database::lock_holder(path)).has_value(), false);
    }
    QCOMPARE(listing(dir.path().toStdString()), before);
  }

  void opens_beside_a_writer_and_follows_it() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    auto writer = MUST(Database::open(path));
    MUST(writer.insert("a", "1"));
    MUST(writer.flush());
    auto reader = MUST(open_ro(path));
    QCOMPARE(MUST(reader.get("a")), std::optional<std::string>("1"));
    MUST(writer.insert("b", "2"));
    MUST(writer.remove("a"));
    QCOMPARE(MUST(reader.get("b")), std::optional<std::string>());
    QCOMPARE(MUST(reader.refresh()), std::size_t(2));
    QCOMPARE(MUST(reader.get("b")), std::optional<std::string>("2"));
    QCOMPARE(MUST(reader.get("a")), std::optional<std::string>());
    QCOMPARE(MUST(reader.refresh()), std::size_t(0));
    // Many more frames, enough to grow past the first mapping's pages.
    for (int i = 0; i < 5000; ++i) MUST(writer.insert("n" + std::to_string(i), std::string(200, 'x')));
    QCOMPARE(MUST(reader.refresh()), std::size_t(5000));
    QCOMPARE(MUST(reader.len()), std::size_t(5001));
  }

  void missing_file_reads_as_empty() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    auto db = MUST(open_ro(path));
    QCOMPARE(MUST(db.len()), std::size_t(0));
    QVERIFY(!fs::exists(path));
  }
};

QTEST_GUILESS_MAIN(TestReadOnly)
#include "tst_read_only.moc"
