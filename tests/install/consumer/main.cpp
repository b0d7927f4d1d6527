#include <emdb/emdb.hpp>

int main() {
  auto db = emdb::Database::open_in_memory();
  if (!db.insert("k", "v")) return 1;
  auto v = db.get("k");
  return v && *v && **v == "v" ? 0 : 1;
}
