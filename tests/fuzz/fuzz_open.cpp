// libFuzzer: whole-file open and recovery. The input is a journal; it is
// opened read-only, then writable (cutting a torn tail), then reopened, and
// every record read.
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>

#include <emdb/emdb.hpp>

namespace fs = std::filesystem;

namespace {

const fs::path& work_dir() {
  static const fs::path dir = [] {
    auto d = fs::temp_directory_path() / ("emdb-fuzz-open-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

void read_everything(emdb::Database& db) {
  if (auto it = db.iter())
    for (const auto& e : *it) (void)e;
  if (auto names = db.list_namespaces())
    for (const auto& n : *names)
      if (auto ns = db.open_namespace(n))
        if (auto it = ns->iter())
          for (const auto& e : *it) (void)e;
  (void)db.stats();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  for (const auto& e : fs::directory_iterator(work_dir())) fs::remove(e.path());
  const fs::path path = work_dir() / "db.emdb";
  {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  if (auto ro = emdb::Database::builder().path(path).read_only(true).build()) read_everything(*ro);
  if (auto db = emdb::Database::open(path)) {
    read_everything(*db);
    (void)db->insert("fuzz", "appended");
  }
  if (auto again = emdb::Database::open(path)) read_everything(*again);
  return 0;
}
