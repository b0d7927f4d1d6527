// Files shared with emdb 0.9.7 programs: what this engine writes never
// misleads emdb (its markers are invisible to it and do not move its
// namespace allocator), what emdb appends after a crash of ours is kept, and
// files with structures only emdb or a crafted file makes are read the way
// emdb reads them, reported by check(), and never crash.
#include "codec.hpp"
#include "emdb_model.hpp"
#include "engine_test.hpp"
#include "format.hpp"

using namespace emdb;
using namespace emdb::detail;
using emdbtest::EmdbModel;
using emdbtest::now_ms;
namespace fs = std::filesystem;

namespace {

std::string frame(format::Kind kind, std::uint32_t ns, std::string_view key, std::string_view value = {},
                  std::uint64_t expires = 0) {
  std::string out;
  append_plain_frame(out, Record{kind, ns, key, value, expires});
  return out;
}
std::string insert(std::uint32_t ns, std::string_view k, std::string_view v) {
  return frame(format::Kind::Insert, ns, k, v);
}
std::string name_record(std::uint32_t ns, std::string_view name) {
  return frame(format::Kind::NamespaceName, ns, name);
}

std::string u64(std::uint64_t v) {
  std::string s;
  put_u64(s, v);
  return s;
}
std::string u32(std::uint32_t v) {
  std::string s;
  put_u32(s, v);
  return s;
}

// An earlier version's batch: markers in namespace 0xFFFFFFFF around `records`.
std::string legacy_batch(std::uint64_t txid, const std::vector<std::string>& records) {
  std::string out = insert(format::kLegacyMarkerNamespace, "txn-begin", u64(txid) + u32(std::uint32_t(records.size())));
  for (const auto& r : records) out += r;
  return out + insert(format::kLegacyMarkerNamespace, "txn-end", u64(txid));
}

std::map<std::string, std::string> ns_contents(Database& db, const std::string& name) {
  auto ns = db.open_namespace(name);
  if (!ns) throw std::runtime_error(ns.error().message());
  return emdbtest::contents(*ns);
}

bool notes_mention(const IntegrityReport& r, const std::string& text) {
  for (const auto& n : r.notes)
    if (n.what.find(text) != std::string::npos) return true;
  return false;
}

// Every frame of a journal, decoded.
std::vector<std::pair<std::uint64_t, Record>> frames_of(const std::string& bytes) {
  std::vector<std::pair<std::uint64_t, Record>> out;
  for (std::uint64_t pos = 0;;) {
    FrameView f;
    if (check_frame(bytes.data(), bytes.size(), pos, f) != FrameCheck::Valid) break;
    out.emplace_back(pos, *decode_payload(f.payload, f.payload_offset()));
    pos = f.end();
  }
  return out;
}

}  // namespace

// Reproduction 1: after a load, a namespace emdb creates gets a new id, not 0.
TEST(SharedFiles, emdb_namespace_after_our_batches) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::open(path));
    MUST(db.insert("k1", "v1"));
    auto users = MUST(db.open_namespace("users"));
    MUST(users.insert("u1", "alice"));
    WriteBatch load;
    for (int i = 0; i < 50; ++i) load.insert(db, "line" + std::to_string(i), "x");
    MUST(db.write(load));
    MUST(db.transaction([&](Transaction& tx) -> Result<void> { return tx.insert("t", "1"); }));
    MUST(db.clear());
    MUST(db.insert("k1", "v1"));
    MUST(db.flush());
  }
  // emdb 0.9.7: db.namespace("fromrust")?.insert("r1", "rust")
  EmdbModel m = EmdbModel::read_file(path);
  ASSERT_TRUE(!m.refused());
  std::string frames = m.open_sweep(now_ms());
  const std::uint32_t id = m.namespace_id("fromrust", frames);
  ASSERT_EQ(id, 2u);  // after users (1): the markers did not move the allocator
  frames += m.insert(id, "r1", "rust");
  EmdbModel::append_to(path, m.end(), frames);

  const auto theirs = EmdbModel::read_file(path).view(now_ms());
  ASSERT_EQ(theirs.at("fromrust"), (std::map<std::string, std::string>{{"r1", "rust"}}));
  ASSERT_EQ(theirs.at(""), (std::map<std::string, std::string>{{"k1", "v1"}}));
  ASSERT_EQ(theirs.at("users"), (std::map<std::string, std::string>{{"u1", "alice"}}));

  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.list_namespaces()), (std::vector<std::string>{"fromrust", "users"}));
  ASSERT_EQ(ns_contents(db, "fromrust"), (std::map<std::string, std::string>{{"r1", "rust"}}));
  ASSERT_EQ(emdbtest::contents(db), (std::map<std::string, std::string>{{"k1", "v1"}}));
}

// emdb reads none of our markers: its len, iter and list match ours.
TEST(SharedFiles, markers_are_invisible_to_emdb) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::open(path));
    auto a = MUST(db.open_namespace("a"));
    auto b = MUST(db.open_namespace("b"));
    std::vector<std::pair<std::string_view, std::string_view>> items{{"x", "1"}, {"y", "2"}};
    MUST(a.insert_many(items));
    MUST(b.insert_many(items));
    MUST(db.drop_namespace("b"));
    MUST(db.insert_with_ttl("old", "o", Ttl::at(1000)));
    MUST(db.sweep_expired());
    MUST(db.flush());
  }
  const std::string bytes = emdbtest::read_file(path);
  int markers = 0;
  for (const auto& [pos, r] : frames_of(bytes)) {
    ASSERT_TRUE(r.ns != format::kLegacyMarkerNamespace) << "no record in the old marker namespace";
    if (r.kind == format::Kind::Remove && has_marker_magic(r.key)) {
      ASSERT_EQ(r.ns, 0u);
      ++markers;
    }
  }
  ASSERT_EQ(markers, 5);  // four batches (two loads, the drop, the sweep) and the drop marker
  const auto m = EmdbModel::read(bytes);
  ASSERT_TRUE(m.space(0).empty());  // the markers are removals of absent keys
  const auto theirs = m.view(now_ms());
  ASSERT_EQ(theirs.at("a"), (std::map<std::string, std::string>{{"x", "1"}, {"y", "2"}}));
  ASSERT_TRUE(theirs.at("b").empty());  // emdb keeps the dropped name, empty
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.list_namespaces()), (std::vector<std::string>{"a"}));
  ASSERT_EQ(MUST(db.len()), std::size_t(0));
}

// Reproduction 2: a batch torn at a frame boundary, then emdb's three
// records: they are kept, the torn batch alone is left out.
TEST(SharedFiles, torn_batch_then_other_writer) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::vector<std::uint64_t> batch_starts;
  {
    auto db = MUST(Database::open(path));
    for (int b = 0; b < 3; ++b) {
      batch_starts.push_back(MUST(db.stats()).logical_size_bytes);
      WriteBatch wb;
      for (int i = 0; i < 1000; ++i) wb.insert(db, "line" + std::to_string(b * 1000 + i), "value");
      MUST(db.write(wb));
    }
    MUST(db.flush());
  }
  std::string bytes = emdbtest::read_file(path);
  // Cut at a frame boundary inside the third batch (after 400 of its records).
  std::uint64_t cut = batch_starts[2];
  for (int i = 0; i < 401; ++i) cut += format::kFrameOverhead + load_u32(bytes.data() + cut + 4);
  fs::resize_file(path, cut);
  EmdbModel m = EmdbModel::read_file(path);
  std::string frames = m.insert(0, "e1", "emdb") + m.insert(0, "e2", "emdb") + m.insert(0, "e3", "emdb");
  EmdbModel::append_to(path, m.end(), frames);

  auto report = MUST(Database::check(path));
  ASSERT_TRUE(report.sound());
  ASSERT_EQ(report.notes.size(), std::size_t(1));
  ASSERT_EQ(report.notes[0].offset, batch_starts[2]);
  ASSERT_TRUE(notes_mention(report, "stops after 400 of them"));
  {
    auto ro = MUST(Database::builder().path(path).read_only(true).build());
    ASSERT_EQ(MUST(ro.len()), std::size_t(2003));
  }
  {
    auto db = MUST(Database::open(path));
    ASSERT_EQ(MUST(db.len()), std::size_t(2003));
    for (const char* k : {"e1", "e2", "e3"}) ASSERT_EQ(MUST(db.get(k)), std::optional<std::string>("emdb"));
    ASSERT_EQ(MUST(db.get("line2000")), std::nullopt);
    ASSERT_EQ(MUST(db.get("line1999")), std::optional<std::string>("value"));
  }
  for (const auto& e : fs::directory_iterator(dir.path()))
    ASSERT_TRUE(e.path().string().find(".corrupt-") == std::string::npos) << "nothing is cut aside";
  // After the writable open, emdb reads what this engine reads: the torn
  // batch's 400 records were removed again for it.
  const auto theirs = EmdbModel::read_file(path).view(now_ms());
  ASSERT_EQ(theirs.at("").size(), std::size_t(2003));
  ASSERT_TRUE(!theirs.at("").count("line2000"));
}

// A torn batch that replaced values: the writable open writes this
// engine's values back, so emdb reads them too.
TEST(SharedFiles, torn_batch_values_restored_for_emdb) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::uint64_t start = 0;
  {
    auto db = MUST(Database::open(path));
    MUST(db.insert("a", "old-a"));
    MUST(db.insert("b", "old-b"));
    start = MUST(db.stats()).logical_size_bytes;
    WriteBatch wb;
    wb.insert(db, "a", "new-a");
    wb.remove(db, "b");
    wb.insert(db, "c", "new-c");
    MUST(db.write(wb));
    MUST(db.flush());
  }
  std::string bytes = emdbtest::read_file(path);
  std::uint64_t cut = start;
  for (int i = 0; i < 3; ++i) cut += format::kFrameOverhead + load_u32(bytes.data() + cut + 4);  // marker, a, b
  fs::resize_file(path, cut);
  EmdbModel m = EmdbModel::read_file(path);
  ASSERT_EQ(m.view(now_ms()).at(""), (std::map<std::string, std::string>{{"a", "new-a"}}));
  EmdbModel::append_to(path, m.end(), m.insert(0, "z", "emdb"));
  {
    auto db = MUST(Database::open(path));
    ASSERT_EQ(emdbtest::contents(db),
              (std::map<std::string, std::string>{{"a", "old-a"}, {"b", "old-b"}, {"z", "emdb"}}));
  }
  ASSERT_EQ(EmdbModel::read_file(path).view(now_ms()).at(""),
            (std::map<std::string, std::string>{{"a", "old-a"}, {"b", "old-b"}, {"z", "emdb"}}));
  // Once is enough: the next open finds nothing to restore.
  const auto size = fs::file_size(path);
  {
    auto db = MUST(Database::open(path));
  }
  ASSERT_EQ(fs::file_size(path), size);
}

// Reproduction 3: names that are not UTF-8 (or empty) are refused.
TEST(SharedFiles, namespace_names_must_be_utf8) {
  auto db = Database::open_in_memory();
  for (const std::string& bad : {std::string("\xff"), std::string("a\xc0\xaf"), std::string("\xed\xa0\x80"),
                                 std::string("\xf4\x90\x80\x80"), std::string("cut\xe2\x82"), std::string()}) {
    auto ns = db.open_namespace(bad);
    ASSERT_TRUE(!ns);
    ASSERT_EQ(ns.error().code(), ErrorCode::InvalidArgument);
  }
  ASSERT_TRUE(db.open_namespace("ünïcødé ✓ 名前").has_value());
  ASSERT_EQ(MUST(db.list_namespaces()).size(), std::size_t(1));
}

TEST(SharedFiles, reserved_marker_keys_refused) {
  auto db = Database::open_in_memory();
  const std::string k = std::string(format::kMarkerMagic, format::kMarkerMagicSize) + "x";
  auto r = db.insert(k, "v");
  ASSERT_TRUE(!r);
  ASSERT_EQ(r.error().code(), ErrorCode::InvalidArgument);
  WriteBatch wb;
  wb.insert(db, k, "v");
  ASSERT_EQ(db.write(wb).error().code(), ErrorCode::InvalidArgument);
  // The same bytes are an ordinary key in a named namespace.
  auto ns = MUST(db.open_namespace("n"));
  MUST(ns.insert(k, "v"));
}

// Files of earlier versions (markers in 0xFFFFFFFF) open as before, and
// compaction writes none of those markers.
TEST(SharedFiles, legacy_markers_read_as_before) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::string j = insert(0, "plain", "p") + name_record(1, "gone") + insert(1, "g", "1");
  j += legacy_batch(1, {insert(0, "t1", "a"), insert(0, "t2", "b")});
  j += legacy_batch(2, {frame(format::Kind::Remove, 1, "g"), insert(format::kLegacyMarkerNamespace, "drop", u32(1))});
  // A legacy batch whose end marker never came, in the middle: left out.
  j += insert(format::kLegacyMarkerNamespace, "txn-begin", u64(3) + u32(1)) + insert(0, "lost", "x");
  j += insert(0, "after", "y");
  emdbtest::write_file(path, j);
  {
    auto db = MUST(Database::open(path));
    ASSERT_EQ(emdbtest::contents(db),
              (std::map<std::string, std::string>{{"after", "y"}, {"plain", "p"}, {"t1", "a"}, {"t2", "b"}}));
    ASSERT_TRUE(MUST(db.list_namespaces()).empty());
    MUST(db.compact());
  }
  for (const auto& [pos, r] : frames_of(emdbtest::read_file(path)))
    ASSERT_TRUE(r.ns != format::kLegacyMarkerNamespace) << "compaction writes no old marker";
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.len()), std::size_t(4));
  ASSERT_TRUE(MUST(db.list_namespaces()).empty());
  // emdb reads the compacted file the same way.
  const auto theirs = EmdbModel::read_file(path).view(now_ms());
  ASSERT_EQ(theirs.size(), std::size_t(1));
  ASSERT_EQ(theirs.at("").size(), std::size_t(4));
}

// After an earlier version's markers emdb binds its next name to id 0: both
// readers then show the default namespace's records under that name.
TEST(SharedFiles, name_bound_to_default_namespace) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::string j = insert(0, "k1", "v1") + name_record(1, "users") + insert(1, "u1", "alice");
  j += legacy_batch(7, {insert(0, "l1", "x")});
  emdbtest::write_file(path, j);
  EmdbModel m = EmdbModel::read(j);
  std::string frames;
  const std::uint32_t id = m.namespace_id("fromrust", frames);
  ASSERT_EQ(id, 0u);  // emdb 0.9.7's allocator wrapped past 0xFFFFFFFF
  frames += m.insert(id, "r1", "rust");
  EmdbModel::append_to(path, m.end(), frames);

  const auto theirs = EmdbModel::read_file(path).view(now_ms());
  auto report = MUST(Database::check(path));
  ASSERT_TRUE(report.sound());
  ASSERT_TRUE(notes_mention(report, "bound to the default namespace"));
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.list_namespaces()), (std::vector<std::string>{"fromrust", "users"}));
  ASSERT_EQ(ns_contents(db, "fromrust"), theirs.at("fromrust"));
  ASSERT_EQ(emdbtest::contents(db), theirs.at(""));
  ASSERT_EQ(ns_contents(db, "fromrust"), emdbtest::contents(db));
  const auto st = MUST(db.stats());
  ASSERT_EQ(st.namespace_count, std::size_t(2));
  ASSERT_EQ(st.total_live_records, std::size_t(4));  // k1, l1, r1 and u1, each counted once
  // A name bound to the default namespace is not dropped with it.
  ASSERT_EQ(MUST(db.drop_namespace("fromrust")), false);
}

// Crafted structures: read as emdb reads them, reported, never a crash.
TEST(SharedFiles, crafted_structures_reported) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  std::string j = insert(0, "d", "0");
  j += name_record(3, "") + insert(3, "e", "1");                             // an empty name
  j += name_record(4, "one") + name_record(4, "two") + insert(4, "x", "2");  // two names, one id
  const std::string magic(format::kMarkerMagic, format::kMarkerMagicSize);
  j += frame(format::Kind::Remove, 0, magic + "D" + u32(4));  // a drop marker outside a batch
  // A batch whose drop marker names the default namespace.
  const std::string drop0 = frame(format::Kind::Remove, 0, magic + "D" + u32(0));
  const std::string begin = magic + "B" + u64(9) + u32(1) + u32(frame_crc(drop0.data()));
  j += frame(format::Kind::Remove, 0, begin) + drop0;
  j += frame(format::Kind::Remove, 0, magic + "B" + u64(10) + u32(5));  // a begin marker of the wrong size
  j += frame(format::Kind::Remove, 0, magic);                           // the magic alone
  j += name_record(format::kLegacyMarkerNamespace, "markers");          // a name for the old marker id
  emdbtest::write_file(path, j);

  auto report = MUST(Database::check(path));
  ASSERT_TRUE(report.sound());
  ASSERT_TRUE(notes_mention(report, "empty namespace name"));
  ASSERT_TRUE(notes_mention(report, "has two names"));
  ASSERT_TRUE(notes_mention(report, "drop marker outside a batch"));
  ASSERT_TRUE(notes_mention(report, "drop marker for the default namespace"));
  ASSERT_TRUE(notes_mention(report, "marker namespace of earlier versions"));
  for (const auto& n : report.notes) ASSERT_TRUE(n.offset < j.size());

  const auto theirs = EmdbModel::read(j).view(now_ms());
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.list_namespaces()), (std::vector<std::string>{"one", "two"}));
  ASSERT_EQ(ns_contents(db, "one"), theirs.at("one"));
  ASSERT_EQ(ns_contents(db, "two"), theirs.at("two"));
  ASSERT_EQ(emdbtest::contents(db), theirs.at(""));
  // Checkpointed and reopened from the hint: the same.
  MUST(db.checkpoint());
  db = Database::open_in_memory();
  auto again = MUST(Database::open(path));
  ASSERT_EQ(MUST(again.list_namespaces()), (std::vector<std::string>{"one", "two"}));
  ASSERT_EQ(ns_contents(again, "two"), theirs.at("two"));
}

// A non-UTF-8 name written by another program: emdb refuses the file; this
// engine reads it and check() says so.
TEST(SharedFiles, non_utf8_name_in_file) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  const std::string j = name_record(1, "\xff\xfe") + insert(1, "k", "v") + insert(0, "d", "1");
  emdbtest::write_file(path, j);
  ASSERT_TRUE(EmdbModel::read(j).refused().has_value());
  auto report = MUST(Database::check(path));
  ASSERT_TRUE(notes_mention(report, "not UTF-8"));
  auto db = MUST(Database::builder().path(path).read_only(true).build());
  ASSERT_EQ(MUST(db.list_namespaces()), (std::vector<std::string>{"\xff\xfe"}));
}

// A namespace this engine dropped that emdb writes to again is listed again
// (emdb still binds the name); one this engine opens again keeps its id.
TEST(SharedFiles, dropped_namespace_written_by_emdb) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::open(path));
    auto t = MUST(db.open_namespace("temp"));
    MUST(t.insert("x", "1"));
    ASSERT_TRUE(MUST(db.drop_namespace("temp")));
    ASSERT_TRUE(MUST(db.list_namespaces()).empty());
    ASSERT_TRUE(!MUST(db.drop_namespace("temp")));
  }
  EmdbModel m = EmdbModel::read_file(path);
  std::string frames;
  const std::uint32_t id = m.namespace_id("temp", frames);
  ASSERT_EQ(id, 1u);
  ASSERT_TRUE(frames.empty());  // the name is still bound for emdb
  frames += m.insert(id, "y", "2");
  EmdbModel::append_to(path, m.end(), frames);
  {
    auto db = MUST(Database::open(path));
    ASSERT_EQ(MUST(db.list_namespaces()), (std::vector<std::string>{"temp"}));
    ASSERT_EQ(ns_contents(db, "temp"), (std::map<std::string, std::string>{{"y", "2"}}));
    ASSERT_TRUE(MUST(db.drop_namespace("temp")));
    auto again = MUST(db.open_namespace("temp"));  // re-created: the same id
    MUST(again.insert("z", "3"));
  }
  EmdbModel after = EmdbModel::read_file(path);
  ASSERT_EQ(*after.id_of("temp"), 1u);
  ASSERT_EQ(after.view(now_ms()).at("temp"), (std::map<std::string, std::string>{{"z", "3"}}));
}
