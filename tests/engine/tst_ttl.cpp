// TTL with an injected clock: every Ttl kind, default_ttl, expiry in every
// read path and namespace, sweeping that lasts.
#include <atomic>

#include "engine_test.hpp"
#include "test_access.hpp"

using namespace emdb;
using namespace std::chrono_literals;

namespace {

// A clock the test moves by hand (Unix milliseconds).
struct FakeClock {
  std::shared_ptr<std::atomic<std::uint64_t>> now = std::make_shared<std::atomic<std::uint64_t>>(1'700'000'000'000);
  void advance(std::chrono::milliseconds d) { *now += static_cast<std::uint64_t>(d.count()); }
  std::uint64_t ms() const { return *now; }
};

Builder with_clock(Builder b, const FakeClock& c) {
  detail::BuilderAccess::set_clock(b, [n = c.now] { return n->load(); });
  return b;
}

}  // namespace

TEST(Ttl, seed_examples) {
  FakeClock clock;
  auto db = MUST(with_clock(Database::builder(), clock).build());
  MUST(db.insert_with_ttl("session", "abc", Ttl::after(60s)));
  MUST(db.insert_with_ttl("permanent", "data", Ttl::use_default()));  // no default: no TTL
  ASSERT_EQ(MUST(db.expires_at("session")), std::optional<std::uint64_t>(clock.ms() + 60000));
  ASSERT_EQ(MUST(db.expires_at("permanent")), std::optional<std::uint64_t>());
  ASSERT_EQ(MUST(db.ttl("session")), std::optional<std::chrono::milliseconds>(60s));
  ASSERT_EQ(MUST(db.ttl("permanent")), std::optional<std::chrono::milliseconds>());
  ASSERT_EQ(MUST(db.ttl("missing")), std::optional<std::chrono::milliseconds>());

  MUST(db.insert_with_ttl("k", "v", Ttl::after(1ms)));
  clock.advance(10ms);
  ASSERT_EQ(MUST(db.sweep_expired()), std::size_t(1));
  ASSERT_EQ(MUST(db.get("k")), std::optional<std::string>());
}

TEST(Ttl, every_kind_and_the_default) {
  FakeClock clock;
  auto db = MUST(with_clock(Database::builder().default_ttl(10s), clock).build());
  MUST(db.insert("plain", "uses the default"));
  MUST(db.insert_with_ttl("none", "never", Ttl::none()));
  MUST(db.insert_with_ttl("at", "fixed", Ttl::at(clock.ms() + 5000)));
  MUST(db.insert_with_ttl("default", "d", Ttl::use_default()));
  ASSERT_EQ(MUST(db.expires_at("plain")), std::optional<std::uint64_t>(clock.ms() + 10000));
  ASSERT_EQ(MUST(db.expires_at("default")), std::optional<std::uint64_t>(clock.ms() + 10000));
  ASSERT_EQ(MUST(db.expires_at("at")), std::optional<std::uint64_t>(clock.ms() + 5000));
  ASSERT_EQ(MUST(db.expires_at("none")), std::optional<std::uint64_t>());
  clock.advance(6s);
  ASSERT_EQ(MUST(db.get("at")), std::optional<std::string>());
  ASSERT_EQ(MUST(db.get("plain")), std::optional<std::string>("uses the default"));
  ASSERT_EQ(MUST(db.ttl("at")), std::optional<std::chrono::milliseconds>(0ms));  // expired, not swept
  ASSERT_EQ(MUST(db.ttl("plain")), std::optional<std::chrono::milliseconds>(4s));
  ASSERT_TRUE(MUST(db.persist("plain")));
  ASSERT_TRUE(!MUST(db.persist("missing")));
  clock.advance(1h);
  ASSERT_EQ(MUST(db.get("plain")), std::optional<std::string>("uses the default"));
  ASSERT_EQ(MUST(db.get("none")), std::optional<std::string>("never"));
  ASSERT_EQ(MUST(db.get("default")), std::optional<std::string>());
}

// Every read path hides expired records; len counts them until a sweep.
TEST(Ttl, reads_never_return_expired) {
  FakeClock clock;
  auto db = MUST(with_clock(Database::builder().enable_range_scans(true), clock).build());
  auto ns = MUST(db.open_namespace("ns"));
  MUST(db.insert("g.live", "1"));
  MUST(db.insert_with_ttl("g.dead", "2", Ttl::after(1s)));
  MUST(ns.insert_with_ttl("x", "3", Ttl::after(1s)));
  MUST(ns.insert("y", "4"));
  MUST(db.focus("f").set_with_ttl("a", "5", Ttl::after(1s)));
  MUST(db.transaction(
      [](Transaction& tx) { return tx.insert_with_ttl("t", "6", Ttl::after(std::chrono::milliseconds(1000))); }));
  clock.advance(2s);
  ASSERT_TRUE(!MUST(db.contains_key("g.dead")));
  ASSERT_EQ(MUST(db.get("t")), std::optional<std::string>());
  ASSERT_EQ(MUST(db.get_zerocopy("g.dead")).has_value(), false);
  auto it = MUST(db.iter());
  std::vector<std::string> keys;
  for (const auto& e : it) keys.push_back(e.first);
  ASSERT_EQ(keys, std::vector<std::string>{"g.live"});
  ASSERT_EQ(MUST(db.range(KeyRange::all())).size(), std::size_t(1));
  ASSERT_EQ(MUST(db.group("g")).size(), std::size_t(1));
  ASSERT_EQ(MUST(db.focus("f").iter()).size(), std::size_t(0));
  ASSERT_EQ(MUST(ns.range_prefix("")).size(), std::size_t(1));
  ASSERT_TRUE(!MUST(ns.contains_key("x")));
  MUST(db.transaction([](Transaction& tx) -> Result<void> {
    if (*tx.get("g.dead")) return std::unexpected(Error(ErrorCode::Corrupted, "an expired record was read"));
    return {};
  }));
  // len counts expired records until they are swept.
  ASSERT_EQ(MUST(db.len()), std::size_t(4));
  const auto st = MUST(db.stats());
  ASSERT_EQ(st.expired_records, std::size_t(4));
  ASSERT_EQ(st.namespaces.at("ns").expired_records, std::size_t(1));
  ASSERT_TRUE(st.expired_bytes > 0);
  ASSERT_EQ(MUST(db.sweep_expired()), std::size_t(4));  // every namespace, emdb swept only the default
  ASSERT_EQ(MUST(db.len()), std::size_t(1));
  ASSERT_EQ(MUST(ns.len()), std::size_t(1));
  ASSERT_EQ(MUST(db.stats()).expired_records, std::size_t(0));
}

TEST(Ttl, sweep_is_durable) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  FakeClock clock;
  {
    auto db = MUST(with_clock(Database::builder().path(path), clock).build());
    auto ns = MUST(db.open_namespace("sessions"));
    for (int i = 0; i < 10; ++i) MUST(ns.insert_with_ttl("s" + std::to_string(i), "v", Ttl::after(1s)));
    MUST(ns.insert("keep", "v"));
    clock.advance(5s);
    ASSERT_EQ(MUST(db.sweep_expired()), std::size_t(10));
  }
  // A clock back in time would revive unswept records: these were removed.
  auto db = MUST(Database::open(path));
  auto ns = MUST(db.open_namespace("sessions"));
  ASSERT_EQ(MUST(ns.len()), std::size_t(1));
}

TEST(Ttl, ttl_fixture_sweep) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(emdbtest::copy_fixture(dir, "ttl.emdb")));
  ASSERT_EQ(MUST(db.expires_at("later")), std::optional<std::uint64_t>(4102444800000ull));
  ASSERT_EQ(MUST(db.sweep_expired()), std::size_t(1));
  ASSERT_EQ(MUST(db.len()), std::size_t(2));
}
