// Hostile files: each gets a clear Error (or a safe open), never a crash.
#include <random>

#include "codec.hpp"
#include "engine_test.hpp"

using namespace emdb;
namespace fs = std::filesystem;

TEST(BadInput, random_file_is_not_a_database) {
  emdbtest::TempDir dir;
  std::mt19937_64 rng(42);
  for (int trial = 0; trial < 50; ++trial) {
    const auto path = emdbtest::temp_db(dir, "random" + std::to_string(trial));
    std::string bytes(std::size_t(1 + rng() % 5000), '\0');
    for (auto& c : bytes) c = char(rng());
    if (bytes[0] == 'F' || bytes[0] == 0) bytes[0] = 'x';
    emdbtest::write_file(path, bytes);
    auto r = Database::open(path);
    ASSERT_TRUE(!r);
    ASSERT_EQ(int(r.error().code()), int(ErrorCode::MagicMismatch));
    ASSERT_EQ(emdbtest::read_file(path), bytes);  // untouched
    ASSERT_TRUE(!fs::exists(path.string() + ".meta"));
  }
}

TEST(BadInput, empty_file_is_an_empty_database) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  emdbtest::write_file(path, "");
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.len()), std::size_t(0));
  MUST(db.insert("k", "v"));
}

TEST(BadInput, meta_of_the_wrong_size) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::copy_fixture(dir, "plain.emdb");
  const std::string meta = emdbtest::read_file(path.string() + ".meta");
  emdbtest::write_file(path.string() + ".meta", meta.substr(0, 60));
  EMDB_EXPECT_ERROR(Database::open(path), ErrorCode::Corrupted);
  emdbtest::write_file(path.string() + ".meta", meta + std::string(10, 'x'));
  EMDB_EXPECT_ERROR(Database::open(path), ErrorCode::Corrupted);
  emdbtest::write_file(path.string() + ".meta", "garbage that is not a sidecar");
  EMDB_EXPECT_ERROR(Database::open(path), ErrorCode::MagicMismatch);
  std::string v9 = meta;
  v9[16] = 9;
  emdbtest::write_file(path.string() + ".meta", v9);
  EMDB_EXPECT_ERROR(Database::open(path), ErrorCode::VersionMismatch);
  emdbtest::write_file(path.string() + ".meta", "");
  EMDB_EXPECT_ERROR(Database::open(path), ErrorCode::MagicMismatch);
  // The lock was released on every failure: a good sidecar opens.
  emdbtest::write_file(path.string() + ".meta", meta);
  MUST(Database::open(path));
}

TEST(BadInput, huge_frame_length) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::string good;
  detail::append_plain_frame(good, detail::Record{emdb::format::Kind::Insert, 0, "a", "1", 0});
  // A header claiming 4 GiB of payload at the end: a torn tail, cut at open.
  emdbtest::write_file(path, good + std::string("FSY\x01\xff\xff\xff\xff", 8) + "tail");
  {
    auto db = MUST(Database::open(path));
    ASSERT_EQ(MUST(db.len()), std::size_t(1));
  }
  // The same header followed by a good frame: corruption, with its offset.
  emdbtest::write_file(path, good + std::string("FSY\x01\xff\xff\xff\x0f", 8) + good);
  auto r = Database::open(path);
  ASSERT_TRUE(!r);
  ASSERT_EQ(int(r.error().code()), int(ErrorCode::Corrupted));
  ASSERT_EQ(r.error().offset(), std::optional<std::uint64_t>(good.size()));
}

TEST(BadInput, path_is_a_directory) {
  emdbtest::TempDir dir;
  auto r = Database::open(dir.path());
  ASSERT_TRUE(!r);
  ASSERT_EQ(int(r.error().code()), int(ErrorCode::Io));
  ASSERT_TRUE(r.error().io_error());
}

TEST(BadInput, missing_parent_folder) {
  emdbtest::TempDir dir;
  EMDB_EXPECT_ERROR(Database::open(emdbtest::temp_db(dir, "no/such/folder/db.emdb")), ErrorCode::Io);
}

TEST(BadInput, oversized_record_is_refused) {
  auto db = Database::open_in_memory();
  const std::string big(std::size_t(1) << 28, 'x');
  EMDB_EXPECT_ERROR(db.insert("k", big), ErrorCode::InvalidConfig);
  ASSERT_EQ(MUST(db.len()), std::size_t(0));
}
