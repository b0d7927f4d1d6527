// No file descriptor or mapping leaks across 10,000 open/close cycles.
#include <dirent.h>

#include <fstream>

#include "support.hpp"

using namespace emdb;

namespace {

std::size_t open_fds() {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator("/proc/self/fd")) ++n;
  return n;
}

std::size_t mappings() {
  std::ifstream maps("/proc/self/maps");
  std::size_t n = 0;
  for (std::string line; std::getline(maps, line);) ++n;
  return n;
}

}  // namespace

class TestResources : public QObject {
  Q_OBJECT
 private slots:
  void open_close_cycles_leak_nothing() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    {
      auto warm = MUST(Database::open(path));
    }  // first-use allocations out of the count
    const std::size_t fds = open_fds(), maps = mappings();
    constexpr int kCycles = 10000;
    for (int i = 0; i < kCycles; ++i) {
      auto db = MUST(Database::builder().path(path).read_only(i % 2 == 1).build());
      if (i % 1000 == 0) {
        MUST(db.get("user:1"));
        auto v = MUST(db.get_zerocopy("big"));  // a ValueRef, released before close
        QVERIFY(v.has_value());
      }
    }
    for (int i = 0; i < 100; ++i) {
      auto db = Database::open_in_memory();
      MUST(db.insert("k", "v"));
    }
    qInfo("after %d cycles: %zu -> %zu descriptors, %zu -> %zu mappings", kCycles, fds, open_fds(), maps, mappings());
    QCOMPARE(open_fds(), fds);
    QCOMPARE(mappings(), maps);
  }
};

QTEST_GUILESS_MAIN(TestResources)
#include "tst_resources.moc"
