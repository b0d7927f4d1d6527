// The writer lock across processes: AlreadyLocked while another process has
// the database open; a killed holder never blocks the next open.
#include "child_process.hpp"
#include "engine_test.hpp"

using namespace emdb;

// The holder: opens the database (args: its path), writes a record, reports
// 'r' (or 'e' when it could not open it) and waits to be killed.
EMDB_CHILD(holder) {
  auto db = Database::open(std::filesystem::path(args.at(0)));
  const char c = db ? 'r' : 'e';
  if (db) (void)db->insert("child", "was here");
  if (db) (void)db->flush();
  if (!emdbtest::report(c)) return 4;
  emdbtest::wait_to_be_killed();
}

TEST(Locking, second_process_is_locked_out_until_holder_is_killed) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  emdbtest::ChildProcess child("holder", {path.string()});
  ASSERT_TRUE(child.wait_for_reports(1)) << "the child ended before it reported";
  ASSERT_EQ(child.reports(), "r") << "the child could not open the database";

  auto second = Database::open(path);
  ASSERT_TRUE(!second);
  ASSERT_EQ(int(second.error().code()), int(ErrorCode::AlreadyLocked));
  auto holder = MUST(Database::lock_holder(path));
  ASSERT_TRUE(holder.has_value());
  ASSERT_EQ(holder->pid, child.pid());
  ASSERT_TRUE(Database::lock_is_held(path));

  ASSERT_TRUE(Database::process_running(holder->pid));
  child.kill();
  child.wait();
  ASSERT_TRUE(child.killed());

  // The dead holder's description is still there, but its OS lock is gone,
  // and so is its process.
  holder = MUST(Database::lock_holder(path));
  ASSERT_EQ(holder->pid, child.pid());
  ASSERT_TRUE(!Database::lock_is_held(path));
  ASSERT_FALSE(Database::process_running(holder->pid));
  ASSERT_TRUE(Database::process_running(emdbtest::current_process_id()));
  ASSERT_FALSE(Database::process_running(0));

  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.get("child")), std::optional<std::string>("was here"));
  holder = MUST(Database::lock_holder(path));
  ASSERT_EQ(holder->pid, emdbtest::current_process_id());
}

TEST(Locking, same_process_second_handle_is_locked_out) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto first = MUST(Database::open(path));
  EMDB_EXPECT_ERROR(Database::open(path), ErrorCode::AlreadyLocked);
  auto clone = first.clone_handle();  // a clone shares the one lock
  MUST(clone.insert("k", "v"));
}

TEST(Locking, lock_released_on_close) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  for (int i = 0; i < 20; ++i) {
    auto db = MUST(Database::open(path));
    MUST(db.insert("k", std::to_string(i)));
  }
  ASSERT_TRUE(!std::filesystem::exists(path.string() + ".lock"));
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.get("k")), std::optional<std::string>("19"));
}

TEST(Locking, malformed_holder_file) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  emdbtest::write_file(path.string() + ".lock-meta", "not a lock file");
  EMDB_EXPECT_ERROR(Database::lock_holder(path), ErrorCode::Corrupted);
  emdbtest::write_file(path.string() + ".lock-meta", "emdb-lock v1\nfuture=1\npid=42\n");
  ASSERT_EQ(MUST(Database::lock_holder(path))->pid, 42u);
}
