// Transactions: the seed example, staging, and all-or-nothing across SIGKILL.
#include <cstdio>
#include <random>
#include <thread>

#include "child_process.hpp"
#include "codec.hpp"
#include "engine_test.hpp"

using namespace emdb;

namespace {

std::uint64_t to_u64(const std::optional<std::string>& s) { return s ? std::stoull(*s) : 0; }

constexpr int kAccounts = 10;
constexpr std::uint64_t kStart = 1000;

}  // namespace

// The child (args: the database's path, a seed): transfers between accounts
// forever, reporting each flushed transaction's sequence number.
EMDB_CHILD(transfers) {
  auto db = Database::open(std::filesystem::path(args.at(0)));
  if (!db) return 3;
  std::mt19937 rng(unsigned(std::stoul(args.at(1))));
  std::uint64_t seq = to_u64(*db->get("seq"));
  for (;;) {
    const int from = int(rng() % kAccounts), to = int(rng() % kAccounts);
    auto r = db->transaction([&](Transaction& tx) -> Result<void> {
      const auto a = tx.get("acct:" + std::to_string(from));
      const auto b = tx.get("acct:" + std::to_string(to));
      if (!a || !b) return std::unexpected(a ? b.error() : a.error());
      std::uint64_t va = to_u64(*a), vb = to_u64(*b);
      const std::uint64_t amount = va ? rng() % (va + 1) : 0;
      va -= amount;
      if (from == to)
        va += amount;
      else
        vb += amount;
      if (auto w = tx.insert("acct:" + std::to_string(from), std::to_string(va)); !w) return w;
      if (from != to)
        if (auto w = tx.insert("acct:" + std::to_string(to), std::to_string(vb)); !w) return w;
      return tx.insert("seq", std::to_string(seq + 1));
    });
    if (!r || !db->flush()) return 4;
    ++seq;
    if (!emdbtest::report(seq)) return 5;
  }
}

TEST(Transactions, seed_example_transfer) {
  auto db = Database::open_in_memory();
  MUST(db.insert("balance:alice", "100"));
  MUST(db.insert("balance:bob", "50"));
  MUST(db.transaction([](Transaction& tx) -> Result<void> {
    const auto alice = to_u64(*tx.get("balance:alice"));
    const auto bob = to_u64(*tx.get("balance:bob"));
    if (auto r = tx.insert("balance:alice", std::to_string(alice - 30)); !r) return r;
    return tx.insert("balance:bob", std::to_string(bob + 30));
  }));
  ASSERT_EQ(MUST(db.get("balance:alice")), std::optional<std::string>("70"));
  ASSERT_EQ(MUST(db.get("balance:bob")), std::optional<std::string>("80"));
}

TEST(Transactions, staged_reads_and_discard) {
  auto db = Database::open_in_memory();
  MUST(db.insert("k", "old"));
  auto r = db.transaction([&](Transaction& tx) -> Result<int> {
    MUST(tx.insert("k", "new"));
    MUST(tx.insert("n", "1"));
    [&] { ASSERT_EQ(MUST(tx.get("k")), std::optional<std::string>("new")); }();
    [&] { ASSERT_EQ(MUST(tx.remove("n")), std::optional<std::string>("1")); }();
    [&] { ASSERT_TRUE(!MUST(tx.contains_key("n"))); }();
    [&] { ASSERT_EQ(MUST(db.get("k")), std::optional<std::string>("old")); }();  // not yet visible
    return std::unexpected(Error(ErrorCode::Cancelled, "changed my mind"));
  });
  ASSERT_TRUE(!r);
  ASSERT_EQ(MUST(db.get("k")), std::optional<std::string>("old"));
  ASSERT_EQ(MUST(db.len()), std::size_t(1));
  auto v = db.transaction([](Transaction& tx) -> Result<int> {
    if (auto w = tx.insert("x", "1"); !w) return std::unexpected(w.error());
    return 42;
  });
  ASSERT_EQ(MUST(std::move(v)), 42);
  ASSERT_EQ(MUST(db.get("x")), std::optional<std::string>("1"));
}

// A transaction cut short on disk (no end marker) is left out at open, and cut.
TEST(Transactions, torn_transaction_is_dropped) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::open(path));
    MUST(db.insert("a", "1"));
    MUST(db.transaction([](Transaction& tx) -> Result<void> {
      MUST(tx.insert("b", "2"));
      return tx.insert("c", "3");
    }));
  }
  const std::string full = emdbtest::read_file(path);
  std::string cut = full;
  // Drop the end marker (the last frame): the whole transaction must go.
  std::uint64_t pos = 0, last = 0;
  detail::FrameView f;
  while (detail::check_frame(full.data(), full.size(), pos, f) == detail::FrameCheck::Valid) {
    last = pos;
    pos = f.end();
  }
  cut.resize(last);
  emdbtest::write_file(path, cut);
  {
    auto db = MUST(Database::open(path));
    ASSERT_EQ(MUST(db.get("a")), std::optional<std::string>("1"));
    ASSERT_EQ(MUST(db.get("b")), std::optional<std::string>());
    ASSERT_EQ(MUST(db.get("c")), std::optional<std::string>());
    MUST(db.insert("d", "4"));
  }
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.len()), std::size_t(2));
  ASSERT_EQ(MUST(db.get("d")), std::optional<std::string>("4"));
}

// A WriteBatch spans namespaces, keeps TTLs, and is all-or-nothing when its
// end marker is torn away.
TEST(Transactions, write_batch_across_namespaces) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::open(path));
    auto users = MUST(db.open_namespace("users"));
    MUST(db.insert("old", "v"));
    MUST(users.insert("u1", "alice"));
    WriteBatch batch;
    batch.remove(db, "old");
    batch.insert(db, "new", "v");
    batch.insert(users, "u2", "bob", Ttl::at(4102444800000ULL));
    batch.remove(users, "u1");
    batch.remove(users, "absent");
    ASSERT_EQ(batch.size(), std::size_t(5));
    MUST(db.write(batch));
    MUST(db.flush());
    auto other = MUST(Database::open(emdbtest::temp_db(dir, "other.emdb")));
    WriteBatch foreign;
    foreign.insert(other, "k", "v");
    EMDB_EXPECT_ERROR(db.write(foreign), ErrorCode::InvalidConfig);
    ASSERT_EQ(MUST(db.len()), std::size_t(1));
  }
  {
    auto db = MUST(Database::open(path));
    auto users = MUST(db.open_namespace("users"));
    ASSERT_EQ(emdbtest::contents(db), (std::map<std::string, std::string>{{"new", "v"}}));
    ASSERT_EQ(emdbtest::contents(users), (std::map<std::string, std::string>{{"u2", "bob"}}));
    ASSERT_EQ(MUST(users.expires_at("u2")), std::optional<std::uint64_t>(4102444800000ULL));
    WriteBatch batch;
    batch.insert(db, "x", "1");
    batch.insert(users, "u3", "carol");
    MUST(db.write(batch));
  }
  // Cut the last batch's end marker: neither of its writes survives.
  const std::string full = emdbtest::read_file(path);
  std::uint64_t pos = 0, last = 0;
  detail::FrameView f;
  while (detail::check_frame(full.data(), full.size(), pos, f) == detail::FrameCheck::Valid) {
    last = pos;
    pos = f.end();
  }
  emdbtest::write_file(path, full.substr(0, last));
  auto db = MUST(Database::open(path));
  auto users = MUST(db.open_namespace("users"));
  ASSERT_EQ(MUST(db.get("x")), std::optional<std::string>());
  ASSERT_EQ(MUST(users.get("u3")), std::optional<std::string>());
  ASSERT_EQ(MUST(users.get("u2")), std::optional<std::string>("bob"));
}

// Transactions serialise, and concurrent readers never see half of one.
TEST(Transactions, readers_see_all_or_nothing) {
  auto db = Database::open_in_memory();
  MUST(db.insert("x", "0"));
  MUST(db.insert("y", "0"));
  std::atomic<bool> stop{false}, torn{false};
  std::thread reader([&, h = db.clone_handle()]() mutable {
    while (!stop) {
      auto t = h.transaction([&](Transaction& tx) -> Result<void> {
        if (*tx.get("x") != *tx.get("y")) torn = true;
        return {};
      });
      (void)t;
      std::this_thread::sleep_for(std::chrono::microseconds(100));  // leave the writer room
    }
  });
  for (int i = 1; i <= 300; ++i)
    MUST(db.transaction([&](Transaction& tx) -> Result<void> {
      MUST(tx.insert("x", std::to_string(i)));
      return tx.insert("y", std::to_string(i));
    }));
  stop = true;
  reader.join();
  ASSERT_TRUE(!torn);
}

// A child commits transfers in a loop and is SIGKILLed at random moments:
// after every reopen the total is unchanged and every acknowledged
// transaction is there. EMDB_TEST_SCALE=10 gives the full run's 200 kills.
TEST(Transactions, killed_during_transfers) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::open(path));
    for (int i = 0; i < kAccounts; ++i) MUST(db.insert("acct:" + std::to_string(i), std::to_string(kStart)));
    MUST(db.flush());
  }
  const int kills = 20 * emdbtest::scale();
  std::mt19937 rng(11);
  std::uint64_t acked = 0;
  for (int k = 0; k < kills; ++k) {
    const auto child = emdbtest::run_and_kill("transfers", {path.string(), std::to_string(k)},
                                              std::chrono::microseconds(2000 + rng() % 30000));
    ASSERT_TRUE(child.killed) << "the child stopped before it was killed";
    for (const auto seq : emdbtest::reports_as<std::uint64_t>(child.reports)) acked = std::max(acked, seq);
    auto db = MUST(Database::open(path));
    std::uint64_t total = 0;
    for (int i = 0; i < kAccounts; ++i) total += to_u64(MUST(db.get("acct:" + std::to_string(i))));
    ASSERT_EQ(total, kStart * kAccounts);
    ASSERT_TRUE(to_u64(MUST(db.get("seq"))) >= acked) << "an acknowledged transaction was lost";
  }
  std::printf("%d kills, %llu transactions acknowledged\n", kills, static_cast<unsigned long long>(acked));
  ASSERT_TRUE(acked > 0);
}
