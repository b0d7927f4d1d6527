// Recovery at open: torn tails are cut (and kept aside), zero fill is free
// space, a page that never reached the disk ends the journal, damage in the
// middle of the journal is reported, not hidden.
#include "codec.hpp"
#include "engine_test.hpp"

using namespace emdb;
namespace fs = std::filesystem;

namespace {

// Frame boundaries of a journal image.
std::vector<std::uint64_t> frame_starts(const std::string& bytes) {
  std::vector<std::uint64_t> starts;
  std::uint64_t pos = 0;
  detail::FrameView f;
  while (detail::check_frame(bytes.data(), bytes.size(), pos, f) == detail::FrameCheck::Valid) {
    starts.push_back(pos);
    pos = f.end();
  }
  starts.push_back(pos);  // the end
  return starts;
}

std::string key_of(int i) { return "key-" + std::to_string(i); }
std::string value_of(int i) { return std::string(static_cast<std::size_t>(i % 7 + 1), char('a' + i % 26)); }

// Writes a database of n records (key_of(i), value_of(i)) at `path`, closes
// it, and returns its journal's bytes.
std::string write_records(const fs::path& path, int n) {
  {
    auto db = MUST(Database::open(path));
    for (int i = 0; i < n; ++i) MUST(db.insert(key_of(i), value_of(i)));
  }
  return emdbtest::read_file(path);
}

}  // namespace

// Truncate at every byte inside the last three frames: each reopen keeps
// exactly the complete frames, and appends made then survive the next reopen.
TEST(Recovery, truncate_at_every_offset_of_last_three_frames) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  constexpr int kRecords = 12;
  {
    auto db = MUST(Database::open(path));
    for (int i = 0; i < kRecords; ++i) MUST(db.insert(key_of(i), value_of(i)));
  }
  const std::string full = emdbtest::read_file(path);
  const auto starts = frame_starts(full);
  ASSERT_EQ(starts.size(), std::size_t(kRecords + 1));
  ASSERT_EQ(starts.back(), full.size());
  int cuts = 0;
  for (std::uint64_t cut = starts[kRecords - 3]; cut < full.size(); ++cut) {
    const int complete = int(std::upper_bound(starts.begin(), starts.end(), cut) - starts.begin()) - 1;
    for (const auto& e : fs::directory_iterator(dir.path())) fs::remove(e.path());
    emdbtest::write_file(path, full.substr(0, cut));
    {
      auto db = MUST(Database::open(path));
      ASSERT_EQ(MUST(db.len()), std::size_t(complete));
      for (int i = 0; i < complete; ++i) ASSERT_EQ(MUST(db.get(key_of(i))), std::optional<std::string>(value_of(i)));
      ASSERT_EQ(MUST(db.get(key_of(complete))), std::optional<std::string>());
      const bool torn = cut != starts[complete];
      ASSERT_EQ(fs::exists(path.string() + ".corrupt-" + std::to_string(starts[complete])), torn);
      if (torn) {
        ASSERT_EQ(emdbtest::read_file(path.string() + ".corrupt-" + std::to_string(starts[complete])),
                  full.substr(starts[complete], cut - starts[complete]));
      }
      MUST(db.insert("after", "cut"));
      MUST(db.flush());
    }
    auto db = MUST(Database::open(path));
    ASSERT_EQ(MUST(db.len()), std::size_t(complete + 1));
    ASSERT_EQ(MUST(db.get("after")), std::optional<std::string>("cut"));
    ++cuts;
  }
  ASSERT_TRUE(cuts > 60);
}

// Zero bytes after the last frame (space reserved ahead) are free space: a
// read-only open reports them as preallocated, a writable one cuts them
// without keeping them aside, and appends after the last frame.
TEST(Recovery, zero_fill_is_free_space) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::open(path));
    MUST(db.insert("a", "1"));
  }
  const std::string frames = emdbtest::read_file(path);
  emdbtest::write_file(path, frames + std::string(4096, '\0'));
  {
    auto ro = MUST(Database::builder().path(path).read_only(true).build());
    const auto st = MUST(ro.stats());
    ASSERT_EQ(st.preallocated_bytes, std::uint64_t(4096));
    ASSERT_EQ(st.logical_size_bytes, std::uint64_t(frames.size()));
    ASSERT_EQ(st.first_bad_offset, std::optional<std::uint64_t>());
  }
  {
    auto db = MUST(Database::open(path));
    ASSERT_EQ(MUST(db.get("a")), std::optional<std::string>("1"));
    ASSERT_EQ(emdbtest::read_file(path), frames);
    MUST(db.insert("b", "2"));
    const auto st = MUST(db.stats());
    ASSERT_TRUE(st.preallocated_bytes > 0);  // reserved ahead of the appends
    ASSERT_EQ(st.file_size_bytes, st.logical_size_bytes + st.preallocated_bytes);
  }
  ASSERT_TRUE(!fs::exists(path.string() + ".corrupt-" + std::to_string(frames.size())));
  const std::string closed = emdbtest::read_file(path);
  ASSERT_EQ(closed.substr(0, frames.size()), frames);
  ASSERT_EQ(closed.size(), frame_starts(closed).back());  // the reserve was given back
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.get("b")), std::optional<std::string>("2"));
  ASSERT_EQ(MUST(db.len()), std::size_t(2));
}

// After a power loss, pages written since the last sync may reach the disk
// out of order: a page that never did (zeros to its end) followed by
// frames is a torn tail, not damage. The writable open keeps the bytes
// after it aside and cuts them.
TEST(Recovery, unwritten_page_before_frames_is_a_torn_tail) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  const std::string original = write_records(path, 200);
  std::string bytes = original;
  const auto starts = frame_starts(bytes);
  const std::size_t page = 4096, hole = std::size_t(starts[100]);
  const std::size_t page_end = (hole / page + 1) * page;
  ASSERT_TRUE(page_end < bytes.size());
  std::fill(bytes.begin() + std::ptrdiff_t(hole), bytes.begin() + std::ptrdiff_t(page_end), '\0');
  emdbtest::write_file(path, bytes);
  {
    auto db = MUST(Database::open(path));
    ASSERT_EQ(MUST(db.len()), std::size_t(100));
    MUST(db.insert("after", "power loss"));
  }
  ASSERT_EQ(emdbtest::read_file(path.string() + ".corrupt-" + std::to_string(hole)), bytes.substr(hole));
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.len()), std::size_t(101));
  ASSERT_EQ(MUST(db.get("after")), std::optional<std::string>("power loss"));

  // Zeros that stop short of their sector's end are damage, as before.
  const auto path2 = emdbtest::temp_db(dir, "short.emdb");
  std::string b2 = original;
  std::size_t i = 100;
  while (starts[i] % 512 > 400) ++i;  // the zeros must stop short of the sector's end
  std::fill(b2.begin() + std::ptrdiff_t(starts[i]), b2.begin() + std::ptrdiff_t(starts[i] + 8), '\0');
  emdbtest::write_file(path2, b2);
  auto bad = Database::open(path2);
  ASSERT_TRUE(!bad);
  ASSERT_EQ(int(bad.error().code()), int(ErrorCode::Corrupted));
}

// A damaged frame followed by good ones is corruption: a writable open
// refuses with its offset; a read-only open reads the records before it.
TEST(Recovery, damage_in_the_middle) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::string bytes = write_records(path, 20);
  const auto starts = frame_starts(bytes);
  bytes[starts[5] + 12] ^= 0x40;
  emdbtest::write_file(path, bytes);
  auto w = Database::open(path);
  ASSERT_TRUE(!w);
  ASSERT_EQ(int(w.error().code()), int(ErrorCode::Corrupted));
  ASSERT_EQ(w.error().offset(), std::optional<std::uint64_t>(starts[5]));
  ASSERT_EQ(emdbtest::read_file(path), bytes);  // nothing was cut
  auto ro = MUST(Database::builder().path(path).read_only(true).build());
  ASSERT_EQ(MUST(ro.len()), std::size_t(5));
  ASSERT_EQ(MUST(ro.stats()).first_bad_offset, std::optional<std::uint64_t>(starts[5]));
}

// A frame that passes its checksum but does not decode fails the open, as in emdb.
TEST(Recovery, undecodable_payload_is_corrupted) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::string bytes;
  detail::append_plain_frame(bytes, detail::Record{emdb::format::Kind::Insert, 0, "a", "1", 0});
  detail::append_frame(bytes, std::string("\x09junk", 5));
  emdbtest::write_file(path, bytes);
  auto r = Database::open(path);
  ASSERT_TRUE(!r);
  ASSERT_EQ(int(r.error().code()), int(ErrorCode::Corrupted));
  ASSERT_EQ(r.error().offset(), std::optional<std::uint64_t>(bytes.size() - 4 - 5));
}
