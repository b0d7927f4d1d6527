// checkpoint(): the hint file makes the next open skip the journal it covers,
// and is ignored whenever it does not match the journal. The engine writes
// one by itself on close, after compaction and in long write sessions, when
// it pays; a kill during one never makes an open wrong.
#include <random>
#include <thread>

#include "child_process.hpp"
#include "codec.hpp"
#include "crc.hpp"
#include "emdb_model.hpp"
#include "engine_test.hpp"
#include "test_access.hpp"

using namespace emdb;

namespace {

std::uint64_t replay_start(const Database& db) { return detail::BuilderAccess::engine(db).replay_start(); }
std::size_t sorted_at_open(const Database& db) { return detail::BuilderAccess::engine(db).sorted_at_open(); }

// The ordered index lists exactly the hash index's records, in key order.
template <class Space>
void expect_ordered(const Space& s) {
  const auto contents = emdbtest::contents(s);
  const auto all = MUST(s.range_prefix(""));
  ASSERT_TRUE(std::ranges::equal(all, contents));
  const std::size_t n = contents.size();
  for (std::size_t i : {std::size_t(0), n / 3, n / 2, n - 1})
    if (i < n) {
      const std::string k = *MUST(s.key_at(i));
      ASSERT_EQ(k, std::next(contents.begin(), std::ptrdiff_t(i))->first);
      ASSERT_EQ(MUST(s.position_of(k)), i);
    }
}

void fill(Database& db, int from, int to) {
  for (int i = from; i < to; ++i) MUST(db.insert("k" + std::to_string(i), "v" + std::to_string(i)));
}

// A database of n records, checkpointed and closed.
void checkpointed(const std::filesystem::path& path, int n) {
  auto db = MUST(Database::open(path));
  fill(db, 0, n);
  MUST(db.checkpoint());
}

// Every record of every namespace, as a full replay reads it: the database
// copied without its hint and opened read-only.
std::map<std::string, std::string> replayed(const emdbtest::TempDir& dir, const std::filesystem::path& path,
                                            const char* passphrase = nullptr) {
  const auto copy = emdbtest::temp_db(dir, "replayed.emdb");
  for (const char* s : {"", ".meta"}) {
    std::filesystem::remove(copy.string() + s);
    std::filesystem::copy_file(path.string() + s, copy.string() + s);
  }
  auto b = Database::builder().path(copy).read_only(true);
  if (passphrase) b.encryption_passphrase(passphrase);
  auto db = MUST(b.build());
  if (replay_start(db) != 0) throw std::runtime_error("the copy used a hint");
  return emdbtest::contents(db);
}

}  // namespace

TEST(Checkpoint, reopen_starts_after_the_checkpoint) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::uint64_t covered = 0;
  {
    auto db = MUST(Database::builder().path(path).auto_checkpoint(false).build());
    fill(db, 0, 500);
    MUST(db.remove("k7"));
    MUST(db.checkpoint());
    covered = MUST(db.stats()).logical_size_bytes;
    fill(db, 500, 600);
    MUST(db.remove("k510"));
    MUST(db.insert("k8", "replaced"));
  }
  auto db = MUST(Database::open(path));
  ASSERT_EQ(replay_start(db), covered);
  ASSERT_EQ(MUST(db.len()), std::size_t(598));
  ASSERT_EQ(MUST(db.get("k7")), std::optional<std::string>());
  ASSERT_EQ(MUST(db.get("k510")), std::optional<std::string>());
  ASSERT_EQ(MUST(db.get("k8")), std::optional<std::string>("replaced"));
  ASSERT_EQ(MUST(db.get("k599")), std::optional<std::string>("v599"));
  const auto st = MUST(db.stats());
  ASSERT_TRUE(st.dead_bytes > 0);
  ASSERT_EQ(st.live_bytes + st.dead_bytes, st.logical_size_bytes);
}

// Another program (emdb 0.9 in Rust) appended after our checkpoint: the
// hint still covers the prefix, and the new frames are replayed.
TEST(Checkpoint, frames_appended_by_another_writer) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  checkpointed(path, 50);
  std::string extra;
  detail::append_plain_frame(extra, detail::Record{emdb::format::Kind::Insert, 0, "rust", "wrote this", 0});
  detail::append_plain_frame(extra, detail::Record{emdb::format::Kind::Remove, 0, "k3", {}, 0});
  emdbtest::write_file(path, emdbtest::read_file(path) + extra);
  auto db = MUST(Database::open(path));
  ASSERT_TRUE(replay_start(db) > 0);
  ASSERT_EQ(MUST(db.get("rust")), std::optional<std::string>("wrote this"));
  ASSERT_EQ(MUST(db.get("k3")), std::optional<std::string>());
  ASSERT_EQ(MUST(db.len()), std::size_t(50));
}

// The journal was rewritten (another program compacted it): the hint no
// longer matches and the whole journal is replayed.
TEST(Checkpoint, stale_hint_is_ignored) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  checkpointed(path, 100);
  std::string other;
  for (int i = 0; i < 100; ++i)
    detail::append_plain_frame(other, detail::Record{emdb::format::Kind::Insert, 0, "x" + std::to_string(i), "y", 0});
  emdbtest::write_file(path, other);
  auto db = MUST(Database::open(path));
  ASSERT_EQ(replay_start(db), std::uint64_t(0));
  ASSERT_EQ(MUST(db.len()), std::size_t(100));
  ASSERT_EQ(MUST(db.get("k1")), std::optional<std::string>());
  ASSERT_EQ(MUST(db.get("x1")), std::optional<std::string>("y"));
}

TEST(Checkpoint, hint_past_a_torn_cut_is_ignored) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  checkpointed(path, 100);
  const std::string bytes = emdbtest::read_file(path);
  emdbtest::write_file(path, bytes.substr(0, bytes.size() - 5));
  auto db = MUST(Database::open(path));
  ASSERT_EQ(replay_start(db), std::uint64_t(0));
  ASSERT_EQ(MUST(db.len()), std::size_t(99));
}

TEST(Checkpoint, damaged_hint_is_ignored) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  checkpointed(path, 100);
  std::string hint = emdbtest::read_file(path.string() + ".hint");
  hint[hint.size() / 2] ^= 1;
  emdbtest::write_file(path.string() + ".hint", hint);
  auto db = MUST(Database::open(path));
  ASSERT_EQ(replay_start(db), std::uint64_t(0));
  ASSERT_EQ(MUST(db.len()), std::size_t(100));
}

// Closing a database whose journal grew writes a checkpoint that covers it
// all, and the next open reads from it what a replay reads.
TEST(Checkpoint, written_on_close) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::open(path));
    fill(db, 0, 300);
    MUST(db.remove("k5"));
    auto ns = MUST(db.open_namespace("users"));
    MUST(ns.insert("u", "1"));
    ASSERT_EQ(MUST(db.stats()).checkpoint_bytes, std::uint64_t(0));
  }
  ASSERT_TRUE(std::filesystem::exists(path.string() + ".hint"));
  auto db = MUST(Database::open(path));
  const auto st = MUST(db.stats());
  ASSERT_EQ(st.checkpoint_bytes, st.logical_size_bytes);
  ASSERT_EQ(replay_start(db), st.logical_size_bytes);
  ASSERT_EQ(emdbtest::contents(db), replayed(dir, path));
  ASSERT_EQ(emdbtest::contents(MUST(db.open_namespace("users"))).size(), std::size_t(1));
}

TEST(Checkpoint, not_when_turned_off_or_read_only) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::builder().path(path).auto_checkpoint(false).build());
    fill(db, 0, 100);
    MUST(db.compact());
  }
  ASSERT_TRUE(!std::filesystem::exists(path.string() + ".hint"));
  {
    auto ro = MUST(Database::builder().path(path).read_only(true).build());
    ASSERT_EQ(MUST(ro.len()), std::size_t(100));
  }
  ASSERT_TRUE(!std::filesystem::exists(path.string() + ".hint"));
}

TEST(Checkpoint, written_after_compaction) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto db = MUST(Database::open(path));
  fill(db, 0, 400);
  for (int i = 0; i < 400; i += 2) MUST(db.remove("k" + std::to_string(i)));
  MUST(db.compact());
  const auto st = MUST(db.stats());
  ASSERT_EQ(st.checkpoint_bytes, st.logical_size_bytes);
  ASSERT_TRUE(std::filesystem::exists(path.string() + ".hint"));
  db = Database::open_in_memory();
  auto again = MUST(Database::open(path));
  ASSERT_EQ(replay_start(again), st.logical_size_bytes);
  ASSERT_EQ(MUST(again.len()), std::size_t(200));
  ASSERT_EQ(emdbtest::contents(again), replayed(dir, path));
}

// A large index: a close after a few writes does not rewrite it; a close
// after enough new bytes (half the hint's size) does.
TEST(Checkpoint, large_ones_only_when_they_pay) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::uint64_t covered = 0;
  {
    auto db = MUST(Database::open(path));
    std::vector<std::string> keys;
    for (int i = 0; i < 600'000; ++i) keys.push_back("key-" + std::to_string(i));
    std::vector<std::pair<std::string_view, std::string_view>> items;
    for (const auto& k : keys) items.emplace_back(k, "v");
    MUST(db.insert_many(items));
    MUST(db.checkpoint());
    covered = MUST(db.stats()).checkpoint_bytes;
    fill(db, 0, 10);
  }
  const auto hint_size = std::filesystem::file_size(path.string() + ".hint");
  ASSERT_TRUE(hint_size > 4u << 20) << "the hint is large enough for the rule to matter";
  {
    auto db = MUST(Database::open(path));
    ASSERT_EQ(replay_start(db), covered);  // not rewritten for ten records
    const std::string big(1000, 'x');
    for (std::uint64_t i = 0; i * 1000 < hint_size / 2 + 1000; ++i) MUST(db.insert("big" + std::to_string(i), big));
  }
  auto db = MUST(Database::open(path));
  ASSERT_TRUE(replay_start(db) > covered);
  ASSERT_EQ(replay_start(db), MUST(db.stats()).logical_size_bytes);
}

// A long write session: the background checkpointer writes one while the
// database stays open (its threshold lowered for the test).
TEST(Checkpoint, written_in_the_background) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto b = Database::builder().path(path);
  detail::BuilderAccess::set_background_checkpoint_min(b, 64 << 10);
  auto db = MUST(b.build());
  const std::string value(500, 'v');
  for (int i = 0; i < 2000; ++i) MUST(db.insert("k" + std::to_string(i), value));
  for (int waited = 0; MUST(db.stats()).checkpoint_bytes == 0 && waited < 10000; waited += 50)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ASSERT_TRUE(MUST(db.stats()).checkpoint_bytes > 0);
  ASSERT_TRUE(std::filesystem::exists(path.string() + ".hint"));
  MUST(db.insert("after", "1"));
}

namespace {

// The database of killed_during_a_checkpoint: range scans or not, sealed
// with `passphrase` or plain (empty).
emdb::Builder kill_builder(const std::filesystem::path& path, bool ranges, const std::string& passphrase) {
  auto b = Database::builder().path(path).enable_range_scans(ranges);
  if (!passphrase.empty()) b.encryption_passphrase(passphrase);
  return b;
}

}  // namespace

// The child of killed_during_a_checkpoint (args: the database's path, "1"
// for range scans or "0", the passphrase or "" for none, the first round):
// round after round, opens the database, writes 200 records of round r (and
// removes one of them every third round), flushes, reports r (an int) and
// closes it, which writes the automatic checkpoint.
EMDB_CHILD(checkpointer) {
  const std::filesystem::path path(args.at(0));
  const bool ranges = args.at(1) == "1";
  const std::string& passphrase = args.at(2);
  for (int r = std::stoi(args.at(3));; ++r) {
    auto db = kill_builder(path, ranges, passphrase).build();
    if (!db) return 3;
    for (int i = 0; i < 200; ++i)
      if (!db->insert("r" + std::to_string(r) + "-" + std::to_string(i), std::string(100, 'x'))) return 4;
    if (r % 3 == 0 && !db->remove("r" + std::to_string(r) + "-7")) return 6;
    if (!db->flush()) return 5;
    (void)emdbtest::report(r);
    *db = Database::open_in_memory();  // closes: the automatic checkpoint
  }
}

namespace {

// One row of killed_during_a_checkpoint.
void killed_during_a_checkpoint_row(bool ranges, bool encrypted) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  const char* passphrase = encrypted ? "kill" : nullptr;
  auto builder = [&] { return kill_builder(path, ranges, encrypted ? passphrase : ""); };
  std::mt19937 rng(99);
  int round = 0;
  for (int kill = 0; kill < (encrypted ? 6 : 12) * emdbtest::scale(); ++kill) {
    const auto child = emdbtest::run_and_kill(
        "checkpointer", {path.string(), ranges ? "1" : "0", encrypted ? passphrase : "", std::to_string(round)},
        std::chrono::microseconds((encrypted ? 150'000 : 20'000) + rng() % 80'000));
    ASSERT_TRUE(child.exit_status == 0) << "the child failed on its own";
    const auto done = emdbtest::reports_as<int>(child.reports);
    if (!done.empty()) round = done.back() + 1;
    auto db = MUST(builder().build());
    for (int r : done)
      ASSERT_EQ(MUST(db.get("r" + std::to_string(r) + "-199")), std::optional<std::string>(std::string(100, 'x')));
    const auto contents = emdbtest::contents(db);
    if (ranges) expect_ordered(db);
    db = Database::open_in_memory();
    ASSERT_EQ(contents, replayed(dir, path, passphrase));
    ++round;
  }
  ASSERT_TRUE(round > (encrypted ? 6 : 12));
}

}  // namespace

// Killed while closing (and so during its checkpoint) at random moments:
// every open afterwards reads exactly what a replay reads, and every
// acknowledged record; with range scans the order too, plain or sealed.
TEST(Checkpoint, killed_during_a_checkpoint) {
  const struct {
    const char* name;
    bool ranges, encrypted;
  } rows[] = {{"plain", false, false}, {"plain, ordered", true, false}, {"encrypted, ordered", true, true}};
  emdbtest::EncryptedRows left_out;
  for (const auto& row : rows) {
    if (left_out.skip(row.name, row.encrypted)) continue;
    SCOPED_TRACE(row.name);
    killed_during_a_checkpoint_row(row.ranges, row.encrypted);
  }
}

// With range scans the checkpoint keeps the order: the next open sorts
// nothing, and frames after the checkpoint move it on (new keys, removed
// keys, and keys written again, whose entries follow their new records).
TEST(Checkpoint, ordered_index_from_the_checkpoint) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::mt19937 rng(17);
  auto random_key = [&] { return "u" + std::to_string(rng() % 3000); };
  {
    auto db = MUST(Database::builder().path(path).enable_range_scans(true).auto_checkpoint(false).build());
    auto ns = MUST(db.open_namespace("second"));
    for (int i = 0; i < 4000; ++i) {
      MUST(db.insert(random_key(), std::to_string(i)));
      MUST(ns.insert(random_key(), "n" + std::to_string(i)));
      if (i % 5 == 0) (void)MUST(db.remove(random_key()));
    }
    MUST(db.checkpoint());
  }
  std::uint64_t covered = 0;
  {
    auto db = MUST(Database::builder().path(path).enable_range_scans(true).auto_checkpoint(false).build());
    covered = replay_start(db);
    ASSERT_TRUE(covered > 0);
    ASSERT_EQ(sorted_at_open(db), std::size_t(0));
    expect_ordered(db);
    expect_ordered(MUST(db.open_namespace("second")));
    // Past the checkpoint: written again, new, removed, a new namespace.
    auto ns = MUST(db.open_namespace("second"));
    auto third = MUST(db.open_namespace("third"));
    for (int i = 0; i < 3000; ++i) {
      MUST(db.insert(random_key(), "again" + std::to_string(i)));
      MUST(db.insert("new" + std::to_string(i), "x"));
      if (i % 4 == 0) (void)MUST(ns.remove(random_key()));
      MUST(third.insert(random_key(), "t"));
    }
  }
  auto db = MUST(Database::builder().path(path).enable_range_scans(true).build());
  ASSERT_EQ(replay_start(db), covered);
  ASSERT_EQ(sorted_at_open(db), std::size_t(0));
  const auto contents = emdbtest::contents(db);
  expect_ordered(db);
  expect_ordered(MUST(db.open_namespace("second")));
  expect_ordered(MUST(db.open_namespace("third")));
  // Compacted with range scans: the entries move with their records.
  MUST(db.compact());
  expect_ordered(db);
  ASSERT_EQ(emdbtest::contents(db), contents);
  db = Database::open_in_memory();
  ASSERT_EQ(contents, replayed(dir, path));
  // Opened without range scans, the order is not read; a checkpoint made
  // that way has none, and the next open with range scans sorts.
  {
    auto plain = MUST(Database::builder().path(path).build());
    ASSERT_TRUE(replay_start(plain) > 0);
    MUST(plain.insert("one more", "v"));
  }
  auto again = MUST(Database::builder().path(path).enable_range_scans(true).build());
  ASSERT_TRUE(replay_start(again) > 0);
  ASSERT_TRUE(sorted_at_open(again) > 0);
  expect_ordered(again);
}

// A tool that writes without range scans can keep the order in its
// checkpoints (sorted when written); a hint without the order is followed,
// at the close of an open with range scans, by one with it, even when
// nothing was written.
TEST(Checkpoint, order_kept_for_the_next_open) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::builder().path(path).checkpoint_order(true).build());
    auto ns = MUST(db.open_namespace("other"));
    for (int i = 0; i < 2000; ++i) {
      MUST(db.insert("k" + std::to_string(i * 7919 % 2003), "v"));
      MUST(ns.insert("n" + std::to_string(i % 300), "w"));
    }
  }
  {
    auto db = MUST(Database::builder().path(path).enable_range_scans(true).build());
    ASSERT_TRUE(replay_start(db) > 0);
    ASSERT_EQ(sorted_at_open(db), std::size_t(0));
    expect_ordered(db);
    expect_ordered(MUST(db.open_namespace("other")));
  }
  // Without the option: no order; the open with range scans sorts, and its
  // close writes the order though nothing changed.
  const auto plain = emdbtest::temp_db(dir, "plain.emdb");
  {
    auto db = MUST(Database::open(plain));
    fill(db, 0, 3000);
  }
  {
    auto db = MUST(Database::builder().path(plain).enable_range_scans(true).build());
    ASSERT_TRUE(replay_start(db) > 0);
    ASSERT_EQ(sorted_at_open(db), std::size_t(1));
  }
  auto db = MUST(Database::builder().path(plain).enable_range_scans(true).build());
  ASSERT_EQ(sorted_at_open(db), std::size_t(0));
  expect_ordered(db);
}

namespace {

// One row of encrypted_checkpoint.
void encrypted_checkpoint_row(Cipher cipher) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  const std::string hint = path.string() + ".hint";
  auto builder = [&](const char* pass = "secret") {
    return Database::builder().path(path).encryption_passphrase(pass).cipher(cipher).enable_range_scans(true);
  };
  {
    auto db = MUST(builder().build());
    for (int i = 0; i < 3000; ++i)
      MUST(db.insert("clear-key-" + std::to_string(i), "clear-value-" + std::to_string(i)));
    MUST(db.insert_with_ttl("expiring", "soon", Ttl::after(std::chrono::hours(1))));
    (void)MUST(db.remove("clear-key-5"));
  }
  ASSERT_TRUE(std::filesystem::exists(hint));
  const std::string sealed = emdbtest::read_file(hint);
  ASSERT_TRUE(sealed.find("clear-key") == std::string::npos);
  ASSERT_TRUE(sealed.find("clear-value") == std::string::npos);
  std::map<std::string, std::string> contents;
  {
    auto db = MUST(builder().build());
    ASSERT_TRUE(replay_start(db) > 0);
    ASSERT_EQ(sorted_at_open(db), std::size_t(0));
    contents = emdbtest::contents(db);
    ASSERT_EQ(contents.size(), std::size_t(3000));
    ASSERT_TRUE(MUST(db.expires_at("expiring")).has_value());
    expect_ordered(db);
    MUST(db.insert("after", "the checkpoint"));
    contents["after"] = "the checkpoint";
    MUST(db.checkpoint());
  }
  const std::string resealed = emdbtest::read_file(hint);
  ASSERT_TRUE(resealed.substr(16, 12) != sealed.substr(16, 12));  // another nonce
  ASSERT_EQ(replayed(dir, path, "secret"), contents);

  // A changed byte (with the file's own checksum made right): replayed.
  std::string tampered = resealed;
  tampered[tampered.size() / 2] ^= 0x20;
  const std::size_t body = tampered.size() - 4;
  std::string crc;
  detail::put_u32(crc, detail::crc32c(0, tampered.data(), body));
  tampered.replace(body, 4, crc);
  emdbtest::write_file(hint, tampered);
  {
    auto db = MUST(builder().build());
    ASSERT_EQ(replay_start(db), std::uint64_t(0));
    ASSERT_EQ(emdbtest::contents(db), contents);
    expect_ordered(db);
  }
  // The checkpoint of another database under another key: replayed.
  const auto other = emdbtest::temp_db(dir, "other.emdb");
  {
    auto db = MUST(Database::builder().path(other).encryption_passphrase("other").cipher(cipher).build());
    MUST(db.insert("k", "v"));
  }
  std::filesystem::copy_file(other.string() + ".hint", hint, std::filesystem::copy_options::overwrite_existing);
  {
    auto db = MUST(builder().build());
    ASSERT_EQ(replay_start(db), std::uint64_t(0));
    ASSERT_EQ(emdbtest::contents(db), contents);
  }
  // A new key: the checkpoint is sealed with it; no key: a plain one.
  MUST(Database::rotate_encryption_key(path, EncryptionInput::passphrase("secret"),
                                       EncryptionInput::passphrase("rotated")));
  ASSERT_TRUE(std::filesystem::exists(hint));
  {
    auto db = MUST(builder("rotated").build());
    ASSERT_TRUE(replay_start(db) > 0);
    ASSERT_EQ(emdbtest::contents(db), contents);
    expect_ordered(db);
  }
  MUST(Database::disable_encryption(path, EncryptionInput::passphrase("rotated")));
  ASSERT_TRUE(std::filesystem::exists(hint));
  auto db = MUST(Database::builder().path(path).enable_range_scans(true).build());
  ASSERT_TRUE(replay_start(db) > 0);
  ASSERT_EQ(emdbtest::contents(db), contents);
}

}  // namespace

// Encrypted databases keep a checkpoint sealed with their key: it holds no
// key or value in the clear, a fresh nonce each time; the next open uses
// it, and one that was changed, or sealed with another key, is not used.
TEST(Checkpoint, encrypted_checkpoint) {
  EMDB_SKIP_WITHOUT_ENCRYPTION();
  const std::pair<const char*, Cipher> rows[] = {{"AES-256-GCM", Cipher::Aes256Gcm},
                                                 {"ChaCha20-Poly1305", Cipher::ChaCha20Poly1305}};
  for (const auto& [name, cipher] : rows) {
    SCOPED_TRACE(name);
    encrypted_checkpoint_row(cipher);
  }
}

// emdb 0.9.7 compacted the journal after our checkpoint, and its frames
// happen to keep the first and last frames where they were: the frames the
// hint samples differ, so it is not trusted.
TEST(Checkpoint, journal_rewritten_with_the_same_ends) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  auto rec = [](format::Kind kind, std::string_view key, std::string_view value = {}) {
    std::string f;
    detail::append_plain_frame(f, detail::Record{kind, 0, key, value, 0});
    return f;
  };
  // Records of one size: A B C D, then a removal of B.
  const std::string a = rec(format::Kind::Insert, "kA", "v1"), b = rec(format::Kind::Insert, "kB", "v2"),
                    c = rec(format::Kind::Insert, "kC", "v3"), d = rec(format::Kind::Insert, "kD", "v4"),
                    x = rec(format::Kind::Insert, "kX", "v5"), remove_b = rec(format::Kind::Remove, "kB");
  emdbtest::write_file(path, a + b + c + d + remove_b);
  {
    auto db = MUST(Database::builder().path(path).auto_checkpoint(false).build());
    MUST(db.checkpoint());
  }
  // Compacted (A C D), then a new record X and the same removal appended.
  emdbtest::write_file(path, a + c + d + x + remove_b);
  auto db = MUST(Database::open(path));
  ASSERT_EQ(replay_start(db), std::uint64_t(0));
  const auto want = emdbtest::EmdbModel::read_file(path).view(0).at("");
  ASSERT_EQ(emdbtest::contents(db), want);
  ASSERT_EQ(MUST(db.get("kD")), std::optional<std::string>("v4"));
}
