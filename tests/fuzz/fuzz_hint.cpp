// libFuzzer: checkpoints that are damaged but still carry a right checksum.
// A database with two namespaces, removals and range scans is checkpointed
// once; each input changes its hint (bytes 0-3: where, little-endian, modulo
// its size; byte 4: a length to cut it to when odd; the rest XORed in from
// there), the checksum is made right again, and the database opened
// read-only and writable with range scans and everything read, in order and
// by position. The open must not crash, read outside the journal or hang.
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <emdb/emdb.hpp>

#include "crc.hpp"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void spill(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

struct Template {
  fs::path dir;
  std::string journal, meta, hint;
};

const Template& made() {
  static const Template t = [] {
    Template m;
    m.dir = fs::temp_directory_path() / ("emdb-fuzz-hint-" + std::to_string(::getpid()));
    fs::create_directories(m.dir);
    const fs::path p = m.dir / "template.emdb";
    {
      auto db = emdb::Database::builder().path(p).enable_range_scans(true).auto_checkpoint(false).build();
      if (!db) std::abort();
      auto ns = db->open_namespace("users");
      if (!ns) std::abort();
      for (int i = 0; i < 300; ++i) {
        (void)db->insert("key" + std::to_string(i * 7 % 301), std::string(std::size_t(i % 40), 'v'));
        (void)ns->insert("u" + std::to_string(i), "x");
        if (i % 5 == 0) (void)db->remove("key" + std::to_string(i));
        if (i % 9 == 0)
          (void)ns->insert_with_ttl("t" + std::to_string(i), "y", emdb::Ttl::after(std::chrono::hours(1)));
      }
      if (!db->checkpoint()) std::abort();
    }
    m.journal = slurp(p);
    m.meta = slurp(p.string() + ".meta");
    m.hint = slurp(p.string() + ".hint");
    return m;
  }();
  return t;
}

void read_everything(emdb::Database& db) {
  auto read_space = [](const auto& s) {
    if (auto it = s.iter())
      for (const auto& e : *it) (void)e;
    if (auto all = s.range(emdb::KeyRange::all())) (void)all->size();
    if (auto n = s.len())
      for (std::size_t i = 0; i < *n; i += 17)
        if (auto k = s.key_at(i); k && *k) (void)s.position_of(**k);
    (void)s.range_prefix("key1");
  };
  read_space(db);
  if (auto names = db.list_namespaces())
    for (const auto& n : *names)
      if (auto ns = db.open_namespace(n)) read_space(*ns);
  (void)db.stats();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Template& t = made();
  std::string hint = t.hint;
  if (size >= 5) {
    std::uint32_t where;
    std::memcpy(&where, data, 4);
    if (data[4] & 1) hint.resize(std::min<std::size_t>(hint.size(), std::size_t(data[4]) * 64 + 12));
    const std::size_t at = hint.size() > 4 ? where % (hint.size() - 4) : 0;
    for (std::size_t i = 5; i < size && at + i - 5 < hint.size(); ++i) hint[at + i - 5] ^= char(data[i]);
  }
  if (hint.size() >= 4) {  // the checksum made right again
    const std::uint32_t crc = emdb::detail::crc32c(0, hint.data(), hint.size() - 4);
    for (int b = 0; b < 4; ++b) hint[hint.size() - 4 + std::size_t(b)] = char(crc >> (8 * b));
  }
  const fs::path p = t.dir / "db.emdb";
  for (const char* sfx : {"", ".meta", ".hint", ".lock", ".lock-meta"}) fs::remove(p.string() + sfx);
  spill(p, t.journal);
  spill(p.string() + ".meta", t.meta);
  spill(p.string() + ".hint", hint);
  if (auto ro = emdb::Database::builder().path(p).read_only(true).enable_range_scans(true).build())
    read_everything(*ro);
  if (auto db = emdb::Database::builder().path(p).enable_range_scans(true).auto_checkpoint(false).build()) {
    read_everything(*db);
    (void)db->insert("key5", "again");
    (void)db->remove("key7");
    read_everything(*db);
  }
  return 0;
}
