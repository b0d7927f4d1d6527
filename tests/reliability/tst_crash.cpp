// The crash harness: a child runs a mixed workload (inserts, replacements,
// removes, TTL writes, batches, namespace drops, transactions) under one
// flush policy and reports, through a pipe, each operation before it starts
// and once it is flushed. The parent SIGKILLs it at random moments, reopens
// and checks the database against a model: everything acknowledged is there,
// nothing acknowledged as removed came back, and the one operation in flight
// is either wholly there or wholly absent. Open never fails.
//
// EMDB_CRASH_KILLS sets the kills per policy (CI: a short pass).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <random>
#include <thread>

#include "killed_child.hpp"
#include "support.hpp"

using namespace emdb;
using namespace std::chrono_literals;

namespace {

constexpr int kSpaces = 3;  // "" and "ns1", "ns2"
constexpr int kKeys = 60;

std::string space_name(int i) { return i == 0 ? "" : "ns" + std::to_string(i); }

// Operation n, the same in parent and child: a pure function of n.
struct Step {
  enum Kind { Put, PutTtl, Remove, Batch, Transaction, Drop } kind;
  int space;
  int keys[3];
};

Step step(std::uint64_t n) {
  std::mt19937_64 r(n * 0x9E3779B97F4A7C15ull + 1);
  const auto pick = r() % 100;
  Step s{};
  s.kind = pick < 35   ? Step::Put
           : pick < 45 ? Step::PutTtl
           : pick < 65 ? Step::Remove
           : pick < 80 ? Step::Batch
           : pick < 97 ? Step::Transaction
                       : Step::Drop;
  s.space = static_cast<int>(r() % kSpaces);
  if (s.kind == Step::Transaction) s.space = 0;
  if (s.kind == Step::Drop && s.space == 0) s.space = 1;
  for (int& k : s.keys) k = static_cast<int>(r() % kKeys);
  return s;
}

std::string key(int k) { return "key-" + std::to_string(k); }
std::string value(std::uint64_t n, int i) {
  return "v" + std::to_string(n) + "." + std::to_string(i) + std::string(n % 50, 'x');
}

using Model = std::map<std::string, std::map<std::string, std::string>>;  // space -> key -> value

void apply(Model& m, std::uint64_t n) {
  const Step s = step(n);
  auto& sp = m[space_name(s.space)];
  switch (s.kind) {
    case Step::Put:
    case Step::PutTtl: sp[key(s.keys[0])] = value(n, 0); break;
    case Step::Remove: sp.erase(key(s.keys[0])); break;
    case Step::Batch:
      for (int i = 0; i < 3; ++i) sp[key(s.keys[i])] = value(n, i);
      break;
    case Step::Transaction:
      sp[key(s.keys[0])] = value(n, 0);
      sp.erase(key(s.keys[1]));
      if (s.keys[1] == s.keys[0]) sp.erase(key(s.keys[0]));
      break;
    case Step::Drop: m.erase(space_name(s.space)); break;
  }
}

Result<void> run(Database& db, std::uint64_t n) {
  const Step s = step(n);
  Keyspace* ks = &db;
  std::optional<Namespace> ns;
  if (s.space != 0 && s.kind != Step::Drop) {
    auto o = db.open_namespace(space_name(s.space));
    if (!o) return std::unexpected(o.error());
    ns.emplace(std::move(*o));
    ks = &*ns;
  }
  switch (s.kind) {
    case Step::Put: return ks->insert(key(s.keys[0]), value(n, 0));
    case Step::PutTtl: return ks->insert_with_ttl(key(s.keys[0]), value(n, 0), Ttl::after(24h));
    case Step::Remove: return ks->remove(key(s.keys[0])).transform([](auto&&) {});
    case Step::Batch: {
      const std::string k[3] = {key(s.keys[0]), key(s.keys[1]), key(s.keys[2])};
      const std::string v[3] = {value(n, 0), value(n, 1), value(n, 2)};
      const std::pair<std::string_view, std::string_view> items[3] = {{k[0], v[0]}, {k[1], v[1]}, {k[2], v[2]}};
      return ks->insert_many(items);
    }
    case Step::Transaction:
      return db.transaction([&](Transaction& tx) -> Result<void> {
        if (auto w = tx.insert(key(s.keys[0]), value(n, 0)); !w) return w;
        return tx.remove(key(s.keys[1])).transform([](auto&&) {});
      });
    case Step::Drop: return db.drop_namespace(space_name(s.space)).transform([](bool) {});
  }
  return {};
}

Model read_all(Database& db) {
  Model m;
  for (int i = 0; i < kSpaces; ++i) {
    std::map<std::string, std::string> c;
    if (i == 0) {
      auto it = MUST(db.iter());
      for (const auto& [k, v] : it) c[k] = v;
    } else {
      auto names = MUST(db.list_namespaces());
      if (std::find(names.begin(), names.end(), space_name(i)) == names.end()) continue;
      auto ns = MUST(db.open_namespace(space_name(i)));
      auto it = MUST(ns.iter());
      for (const auto& [k, v] : it) c[k] = v;
    }
    if (!c.empty()) m[space_name(i)] = c;
  }
  return m;
}

void drop_empty(Model& m) {
  std::erase_if(m, [](const auto& e) { return e.second.empty(); });
}

struct Message {
  std::uint64_t n;
  std::uint8_t acked;  // 0: about to run n; 1: n is flushed
};

int kills_per_policy() { return testing::knob("EMDB_CRASH_KILLS", 25); }

}  // namespace

class TestCrash : public QObject {
  Q_OBJECT
 private slots:
  void kills_under_each_policy_data() {
    QTest::addColumn<int>("policy");
    QTest::newRow("OnEachFlush") << int(FlushPolicy::OnEachFlush);
    QTest::newRow("Group") << int(FlushPolicy::Group);
    QTest::newRow("WriteThrough") << int(FlushPolicy::WriteThrough);
  }

  void kills_under_each_policy() {
    QFETCH(int, policy);
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    Model model;
    std::uint64_t next = 1, acked_total = 0;
    std::mt19937 rng(static_cast<unsigned>(policy) + 17);
    const int kills = kills_per_policy();
    for (int k = 0; k < kills; ++k) {
      const auto child = testing::run_and_kill(
          [&](int fd) {
            auto db = Database::builder().path(path).flush_policy(FlushPolicy(policy)).build();
            if (!db) _exit(3);
            for (std::uint64_t n = next;; ++n) {
              Message m{n, 0};
              if (::write(fd, &m, sizeof m) != sizeof m) _exit(4);
              if (!run(*db, n) || !db->flush()) _exit(5);
              m.acked = 1;
              if (::write(fd, &m, sizeof m) != sizeof m) _exit(4);
            }
          },
          std::chrono::microseconds(200 + rng() % 15000));
      QVERIFY2(child.killed, "the child stopped before it was killed");
      std::uint64_t in_flight = 0;  // the operation started but not acknowledged; 0: none (they count from 1)
      for (const Message& m : testing::reports_as<Message>(child.reports)) {
        if (m.acked) {
          apply(model, m.n);
          next = m.n + 1;
          ++acked_total;
          in_flight = 0;
        } else {
          in_flight = m.n;
        }
      }

      auto db = Database::builder().path(path).flush_policy(FlushPolicy(policy)).build();
      QVERIFY2(db.has_value(), db ? "" : db.error().message().c_str());
      Model got = read_all(*db);
      Model without = model;
      drop_empty(without);
      if (got != without) {
        // Only the operation in flight may differ, and then wholly.
        QVERIFY2(in_flight != 0, "an acknowledged operation is missing, or one came back");
        Model with = model;
        apply(with, in_flight);
        drop_empty(with);
        QVERIFY2(got == with, "the operation in flight was applied in part");
        model = with;
        next = in_flight + 1;
      }
    }
    qInfo("%d kills, %llu acknowledged operations", kills, static_cast<unsigned long long>(acked_total));
    QVERIFY(acked_total > 0);
  }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
