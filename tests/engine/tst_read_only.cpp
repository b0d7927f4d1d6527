// read_only(true): no lock, no writes at all, works beside a writer, and
// refresh() follows the writer's new frames.
#include "engine_test.hpp"

using namespace emdb;
namespace fs = std::filesystem;

namespace {
Result<Database> open_ro(const fs::path& p) { return Database::builder().path(p).read_only(true).build(); }

std::map<std::string, std::string> listing(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out[e.path().filename().string()] = emdbtest::read_file(e.path());
  return out;
}
}  // namespace

TEST(ReadOnly, writes_nothing_and_refuses_writes) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::copy_fixture(dir, "ttl.emdb");
  // A torn tail that a writable open would cut.
  emdbtest::write_file(path, emdbtest::read_file(path) + "FSY\x01\x10");
  const auto before = listing(dir.path());
  {
    auto db = MUST(open_ro(path));
    ASSERT_EQ(MUST(db.get("forever")), std::optional<std::string>("f"));
    EMDB_EXPECT_ERROR(db.insert("k", "v"), ErrorCode::ReadOnly);
    EMDB_EXPECT_ERROR(db.remove("forever"), ErrorCode::ReadOnly);
    EMDB_EXPECT_ERROR(db.clear(), ErrorCode::ReadOnly);
    EMDB_EXPECT_ERROR(db.checkpoint(), ErrorCode::ReadOnly);
    MUST(db.flush());
    ASSERT_EQ(MUST(Database::lock_holder(path)).has_value(), false);
  }
  ASSERT_EQ(listing(dir.path()), before);
}

TEST(ReadOnly, opens_beside_a_writer_and_follows_it) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto writer = MUST(Database::open(path));
  MUST(writer.insert("a", "1"));
  MUST(writer.flush());
  auto reader = MUST(open_ro(path));
  ASSERT_EQ(MUST(reader.get("a")), std::optional<std::string>("1"));
  MUST(writer.insert("b", "2"));
  MUST(writer.remove("a"));
  ASSERT_EQ(MUST(reader.get("b")), std::optional<std::string>());
  ASSERT_EQ(MUST(reader.refresh()), std::size_t(2));
  ASSERT_EQ(MUST(reader.get("b")), std::optional<std::string>("2"));
  ASSERT_EQ(MUST(reader.get("a")), std::optional<std::string>());
  ASSERT_EQ(MUST(reader.refresh()), std::size_t(0));
  // Many more frames, enough to grow past the first mapping's pages.
  for (int i = 0; i < 5000; ++i) MUST(writer.insert("n" + std::to_string(i), std::string(200, 'x')));
  ASSERT_EQ(MUST(reader.refresh()), std::size_t(5000));
  ASSERT_EQ(MUST(reader.len()), std::size_t(5001));
}

TEST(ReadOnly, missing_file_reads_as_empty) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto db = MUST(open_ro(path));
  ASSERT_EQ(MUST(db.len()), std::size_t(0));
  ASSERT_TRUE(!fs::exists(path));
}
