// Holds a database open (and so its lock) until its standard input closes.
// Used by the browser tests as "another process".
#include <cstdio>
#include <emdb/emdb.hpp>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  auto db = emdb::Database::open(argv[1]);
  if (!db) {
    std::fprintf(stderr, "%s\n", db.error().message().c_str());
    return 1;
  }
  std::printf("locked\n");
  std::fflush(stdout);
  while (std::getchar() != EOF) {
  }
  return 0;
}
