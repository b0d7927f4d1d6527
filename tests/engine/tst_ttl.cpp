// TTL with an injected clock: every Ttl kind, default_ttl, expiry in every
// read path and namespace, sweeping that lasts.
#include <atomic>

#include "support.hpp"
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

class TestTtl : public QObject {
  Q_OBJECT
 private slots:
  void seed_examples() {
    FakeClock clock;
    auto db = MUST(with_clock(Database::builder(), clock).build());
    MUST(db.insert_with_ttl("session", "abc", Ttl::after(60s)));
    MUST(db.insert_with_ttl("permanent", "data", Ttl::use_default()));  // no default: no TTL
    QCOMPARE(MUST(db.expires_at("session")), std::optional<std::uint64_t>(clock.ms() + 60000));
    QCOMPARE(MUST(db.expires_at("permanent")), std::optional<std::uint64_t>());
    QCOMPARE(MUST(db.ttl("session")), std::optional<std::chrono::milliseconds>(60s));
    QCOMPARE(MUST(db.ttl("permanent")), std::optional<std::chrono::milliseconds>());
    QCOMPARE(MUST(db.ttl("missing")), std::optional<std::chrono::milliseconds>());

    MUST(db.insert_with_ttl("k", "v", Ttl::after(1ms)));
    clock.advance(10ms);
    QCOMPARE(MUST(db.sweep_expired()), std::size_t(1));
    QCOMPARE(MUST(db.get("k")), std::optional<std::string>());
  }

  void every_kind_and_the_default() {
    FakeClock clock;
    auto db = MUST(with_clock(Database::builder().default_ttl(10s), clock).build());
    MUST(db.insert("plain", "uses the default"));
    MUST(db.insert_with_ttl("none", "never", Ttl::none()));
    MUST(db.insert_with_ttl("at", "fixed", Ttl::at(clock.ms() + 5000)));
    MUST(db.insert_with_ttl("default", "d", Ttl::use_default()));
    QCOMPARE(MUST(db.expires_at("plain")), std::optional<std::uint64_t>(clock.ms() + 10000));
    QCOMPARE(MUST(db.expires_at("default")), std::optional<std::uint64_t>(clock.ms() + 10000));
    QCOMPARE(MUST(db.expires_at("at")), std::optional<std::uint64_t>(clock.ms() + 5000));
    QCOMPARE(MUST(db.expires_at("none")), std::optional<std::uint64_t>());
    clock.advance(6s);
    QCOMPARE(MUST(db.get("at")), std::optional<std::string>());
    QCOMPARE(MUST(db.get("plain")), std::optional<std::string>("uses the default"));
    QCOMPARE(MUST(db.ttl("at")), std::optional<std::chrono::milliseconds>(0ms));  // expired, not swept
    QCOMPARE(MUST(db.ttl("plain")), std::optional<std::chrono::milliseconds>(4s));
    QVERIFY(MUST(db.persist("plain")));
    QVERIFY(!MUST(db.persist("missing")));
    clock.advance(1h);
    QCOMPARE(MUST(db.get("plain")), std::optional<std::string>("uses the default"));
    QCOMPARE(MUST(db.get("none")), std::optional<std::string>("never"));
    QCOMPARE(MUST(db.get("default")), std::optional<std::string>());
  }

  // Every read path hides expired records; len counts them until a sweep.
  void reads_never_return_expired() {
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
    QVERIFY(!MUST(db.contains_key("g.dead")));
    QCOMPARE(MUST(db.get("t")), std::optional<std::string>());
    QCOMPARE(MUST(db.get_zerocopy("g.dead")).has_value(), false);
    auto it = MUST(db.iter());
    std::vector<std::string> keys;
    for (const auto& e : it) keys.push_back(e.first);
    QCOMPARE(keys, std::vector<std::string>{"g.live"});
    QCOMPARE(MUST(db.range(KeyRange::all())).size(), std::size_t(1));
    QCOMPARE(MUST(db.group("g")).size(), std::size_t(1));
    QCOMPARE(MUST(db.focus("f").iter()).size(), std::size_t(0));
    QCOMPARE(MUST(ns.range_prefix("")).size(), std::size_t(1));
    QVERIFY(!MUST(ns.contains_key("x")));
    MUST(db.transaction([](Transaction& tx) -> Result<void> {
      if (*tx.get("g.dead")) return std::unexpected(Error(ErrorCode::Corrupted, "an expired record was read"));
      return {};
    }));
    // len counts expired records until they are swept.
    QCOMPARE(MUST(db.len()), std::size_t(4));
    const auto st = MUST(db.stats());
    QCOMPARE(st.expired_records, std::size_t(4));
    QCOMPARE(st.namespaces.at("ns").expired_records, std::size_t(1));
    QVERIFY(st.expired_bytes > 0);
    QCOMPARE(MUST(db.sweep_expired()), std::size_t(4));  // every namespace, emdb swept only the default
    QCOMPARE(MUST(db.len()), std::size_t(1));
    QCOMPARE(MUST(ns.len()), std::size_t(1));
    QCOMPARE(MUST(db.stats()).expired_records, std::size_t(0));
  }

  void sweep_is_durable() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    FakeClock clock;
    {
      auto db = MUST(with_clock(Database::builder().path(path), clock).build());
      auto ns = MUST(db.open_namespace("sessions"));
      for (int i = 0; i < 10; ++i) MUST(ns.insert_with_ttl("s" + std::to_string(i), "v", Ttl::after(1s)));
      MUST(ns.insert("keep", "v"));
      clock.advance(5s);
      QCOMPARE(MUST(db.sweep_expired()), std::size_t(10));
    }
    // A clock back in time would revive unswept records: these were removed.
    auto db = MUST(Database::open(path));
    auto ns = MUST(db.open_namespace("sessions"));
    QCOMPARE(MUST(ns.len()), std::size_t(1));
  }

  void ttl_fixture_sweep() {
    QTemporaryDir dir;
    auto db = MUST(Database::open(testing::copy_fixture(dir, "ttl.emdb")));
    QCOMPARE(MUST(db.expires_at("later")), std::optional<std::uint64_t>(4102444800000ull));
    QCOMPARE(MUST(db.sweep_expired()), std::size_t(1));
    QCOMPARE(MUST(db.len()), std::size_t(2));
  }
};

QTEST_GUILESS_MAIN(TestTtl)
#include "tst_ttl.moc"
