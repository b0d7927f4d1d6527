// Power loss, simulated on the journal's bytes. While the database is open,
// the file holds every append (copied into the mapping or written) and the
// space reserved ahead. After a power loss, the disk holds what the last
// acknowledged flush made durable, and of each 4 KiB page written since,
// either its new bytes or its old ones (zeros: reserved space reads as
// zeros). Every such image must open writable with every acknowledged
// record, a prefix of the rest, nothing else, and take new appends; beside
// the checkpoint taken at a flush, if one was (with range scans its order,
// encrypted sealed), and with the ordered index listing the same records.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <random>

#include "engine_test.hpp"

using namespace emdb;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kPage = 4096;

struct Written {
  std::string key, value;
};

}  // namespace

TEST(PowerLoss, acknowledged_records_survive_any_lost_pages) {
  const int trials = 100 * emdbtest::scale();
  std::mt19937_64 rng(2026);
  int opened_beyond_ack = 0, kept_aside = 0;
  emdbtest::EncryptedRows rows;
  int images = 0;  // the trials run: without encryption the encrypted ones are left out
  for (int trial = 0; trial < trials; ++trial) {
    if (rows.skip("encrypted trials", trial % 3 == 2)) continue;
    ++images;
    emdbtest::TempDir dir;
    const auto path = emdbtest::temp_db(dir, "live.emdb");
    std::vector<Written> written;
    std::size_t acked = 0;     // records made durable by the last flush
    std::uint64_t synced = 0;  // the journal's end at that flush
    std::string image, meta;
    std::optional<std::string> hint;  // a checkpoint taken at a flush
    const bool encrypted = trial % 3 == 2, ranges = trial % 2 == 0;
    auto builder = [&](const fs::path& p) {
      auto b = Database::builder().path(p).enable_range_scans(ranges);
      if (encrypted) b.encryption_key(RawKey{1, 2, 3});
      return b;
    };
    {
      auto db = MUST(builder(path).build());
      const int n = 20 + int(rng() % 300);
      for (int i = 0; i < n; ++i) {
        Written w{"k" + std::to_string(trial) + "-" + std::to_string(i), std::string(rng() % 3000, '\0')};
        for (auto& c : w.value) c = static_cast<char>('a' + rng() % 26);
        if (rng() % 4 == 0)  // a batch of one: written with pwrite, between markers
          MUST(db.insert_many(std::vector<std::pair<std::string_view, std::string_view>>{{w.key, w.value}}));
        else  // copied into the mapping
          MUST(db.insert(w.key, w.value));
        written.push_back(std::move(w));
        if (rng() % 6 == 0) {
          MUST(db.flush());
          acked = written.size();
          synced = MUST(db.stats()).logical_size_bytes;
          if (rng() % 3 == 0) {
            MUST(db.checkpoint());
            hint = emdbtest::read_file(path.string() + ".hint");
          }
        }
      }
      image = emdbtest::read_file(path);  // what the page cache holds now, reserve included
      meta = emdbtest::read_file(path.string() + ".meta");
    }
    // Pages after the synced end keep their new bytes or lose them, each at random.
    for (std::size_t page = synced / kPage * kPage; page < image.size(); page += kPage) {
      if (rng() % 2) continue;
      const std::size_t from = std::max<std::size_t>(page, synced);
      const std::size_t to = std::min(image.size(), page + kPage);
      std::fill(image.begin() + std::ptrdiff_t(from), image.begin() + std::ptrdiff_t(to), '\0');
    }
    const auto lost = emdbtest::temp_db(dir, "lost.emdb");
    emdbtest::write_file(lost, image);
    emdbtest::write_file(lost.string() + ".meta", meta);
    if (hint) emdbtest::write_file(lost.string() + ".hint", *hint);
    {
      auto r = builder(lost).build();
      if (!r) FAIL() << "trial " << trial << ": " << r.error().message();
      auto db = std::move(*r);
      // A prefix of what was written, at least everything acknowledged.
      const std::size_t len = MUST(db.len());
      ASSERT_TRUE(len >= acked && len <= written.size());
      for (std::size_t i = 0; i < written.size(); ++i)
        ASSERT_EQ(MUST(db.get(written[i].key)), i < len ? std::optional(written[i].value) : std::nullopt);
      if (len > acked) ++opened_beyond_ack;
      if (ranges) {
        ASSERT_TRUE(std::ranges::equal(MUST(db.range_prefix("")), emdbtest::contents(db)));
      }
      MUST(db.insert("after", "power loss"));
      MUST(db.flush());
    }
    for (const auto& e : fs::directory_iterator(dir.path()))
      if (e.path().filename().string().starts_with("lost.emdb.corrupt-")) ++kept_aside;
    auto again = MUST(builder(lost).build());
    ASSERT_EQ(MUST(again.get("after")), std::optional<std::string>("power loss"));
    if (ranges) {
      ASSERT_TRUE(std::ranges::equal(MUST(again.range_prefix("")), emdbtest::contents(again)));
    }
  }
  std::printf("%d images: %d opened with records beyond the last flush, %d kept cut bytes aside\n", images,
              opened_beyond_ack, kept_aside);
  ASSERT_TRUE(opened_beyond_ack > 0);
  ASSERT_TRUE(kept_aside > 0);
}
