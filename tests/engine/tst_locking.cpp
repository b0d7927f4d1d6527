// The writer lock across processes: AlreadyLocked while another process has
// the database open; a SIGKILLed holder never blocks the next open.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support.hpp"

using namespace emdb;

namespace {

// Forks a child that opens `path`, signals readiness on a pipe and waits to die.
pid_t spawn_holder(const std::filesystem::path& path) {
  int fds[2];
  if (::pipe(fds) != 0) qFatal("pipe failed");
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    auto db = Database::open(path);
    const char c = db ? 'r' : 'e';
    if (db) (void)db->insert("child", "was here");
    if (db) (void)db->flush();
    (void)!::write(fds[1], &c, 1);
    for (;;) ::pause();
  }
  ::close(fds[1]);
  char c = 0;
  (void)!::read(fds[0], &c, 1);
  ::close(fds[0]);
  if (c != 'r') qFatal("the child could not open the database");
  return pid;
}

}  // namespace

class TestLocking : public QObject {
  Q_OBJECT
 private slots:
  void second_process_is_locked_out_until_holder_is_killed() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    const pid_t child = spawn_holder(path);

    auto second = Database::open(path);
    QVERIFY(!second);
    QCOMPARE(int(second.error().code()), int(ErrorCode::AlreadyLocked));
    auto holder = MUST(Database::lock_holder(path));
    QVERIFY(holder.has_value());
    QCOMPARE(holder->pid, std::uint32_t(child));
    QVERIFY(Database::lock_is_held(path));

    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    QVERIFY(WIFSIGNALED(status));

    // The dead holder's description is still there, but its OS lock is gone.
    holder = MUST(Database::lock_holder(path));
    QCOMPARE(holder->pid, std::uint32_t(child));
    QVERIFY(!Database::lock_is_held(path));

    auto db = MUST(Database::open(path));
    QCOMPARE(MUST(db.get("child")), std::optional<std::string>("was here"));
    holder = MUST(Database::lock_holder(path));
    QCOMPARE(holder->pid, std::uint32_t(::getpid()));
  }

  void same_process_second_handle_is_locked_out() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    auto first = MUST(Database::open(path));
    EMDB_VERIFY_ERROR(Database::open(path), ErrorCode::AlreadyLocked);
    auto clone = first.clone_handle();  // a clone shares the one lock
    MUST(clone.insert("k", "v"));
  }

  void lock_released_on_close() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    for (int i = 0; i < 20; ++i) {
      auto db = MUST(Database::open(path));
      MUST(db.insert("k", std::to_string(i)));
    }
    QVERIFY(!std::filesystem::exists(path.string() + ".lock"));
    auto db = MUST(Database::open(path));
    QCOMPARE(MUST(db.get("k")), std::optional<std::string>("19"));
  }

  void malformed_holder_file() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    testing::write_file(path.string() + ".lock-meta", "not a lock file");
    EMDB_VERIFY_ERROR(Database::lock_holder(path), ErrorCode::Corrupted);
    testing::write_file(path.string() + ".lock-meta", "emdb-lock v1\nfuture=1\npid=42\n");
    QCOMPARE(MUST(Database::lock_holder(path))->pid, 42u);
  }
};

QTEST_GUILESS_MAIN(TestLocking)
#include "tst_locking.moc"
