// Holds a database open (and so its lock) until its standard input closes;
// each line "put KEY VALUE" on the way writes and flushes a record, then
// answers "ok". Used by the browser tests as "another process".
#include <cstdio>
#include <emdb/emdb.hpp>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  auto db = emdb::Database::open(argv[1]);
  if (!db) {
    std::fprintf(stderr, "%s\n", db.error().message().c_str());
    return 1;
  }
  std::printf("locked\n");
  std::fflush(stdout);
  for (std::string line; std::getline(std::cin, line);) {
    std::istringstream words(line);
    std::string verb, key, value;
    words >> verb >> key >> value;
    if (verb != "put") continue;
    if (!db->insert(key, value) || !db->flush()) return 1;
    std::printf("ok\n");
    std::fflush(stdout);
  }
  return 0;
}
