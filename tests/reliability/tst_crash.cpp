// The crash harness: a child runs a mixed workload (inserts, replacements,
// removes, TTL writes, batches, namespace drops, transactions) under one
// flush policy and reports, through a pipe, each operation before it starts
// and once it is flushed. The parent SIGKILLs it at random moments, reopens
// and checks the database against a model: everything acknowledged is there,
// nothing acknowledged as removed came back, and the one operation in flight
// is either wholly there or wholly absent. Open never fails.
//
// EMDB_CRASH_KILLS sets the kills per policy (CI: a short pass);
// EMDB_CRASH_STRETCH multiplies how long each child lives (Wine: 10).
#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <thread>

#include "child_process.hpp"
#include "engine_test.hpp"

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

int kills_per_policy() { return emdbtest::knob("EMDB_CRASH_KILLS", 25); }
// Stretches each child's life (EMDB_CRASH_STRETCH times): where opening and
// flushing is slow (Wine), a child must live long enough to acknowledge some.
int stretch() { return emdbtest::knob("EMDB_CRASH_STRETCH", 1); }

}  // namespace

// The child (args: the database's path, its flush policy as an int, the
// first operation's number): runs operations n, n + 1, ... reporting a
// Message before each and another once it is flushed.
EMDB_CHILD(workload) {
  auto db = Database::builder()
                .path(std::filesystem::path(args.at(0)))
                .flush_policy(FlushPolicy(std::stoi(args.at(1))))
                .build();
  if (!db) return 3;
  for (std::uint64_t n = std::stoull(args.at(2));; ++n) {
    Message m{n, 0};
    if (!emdbtest::report(m)) return 4;
    if (!run(*db, n) || !db->flush()) return 5;
    m.acked = 1;
    if (!emdbtest::report(m)) return 4;
  }
}

namespace {

// One row of kills_under_each_policy.
void kills_under(const char* name, FlushPolicy policy) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  Model model;
  std::uint64_t next = 1, acked_total = 0;
  std::mt19937 rng(static_cast<unsigned>(policy) + 17);
  const int kills = kills_per_policy();
  for (int k = 0; k < kills; ++k) {
    const auto child =
        emdbtest::run_and_kill("workload", {path.string(), std::to_string(int(policy)), std::to_string(next)},
                               std::chrono::microseconds((200 + rng() % 15000) * unsigned(stretch())));
    ASSERT_TRUE(child.killed) << "the child stopped before it was killed";
    std::uint64_t in_flight = 0;  // the operation started but not acknowledged; 0: none (they count from 1)
    for (const Message& m : emdbtest::reports_as<Message>(child.reports)) {
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
    ASSERT_TRUE(db.has_value()) << (db ? std::string() : db.error().message());
    Model got = read_all(*db);
    Model without = model;
    drop_empty(without);
    if (got != without) {
      // Only the operation in flight may differ, and then wholly.
      ASSERT_TRUE(in_flight != 0) << "an acknowledged operation is missing, or one came back";
      Model with = model;
      apply(with, in_flight);
      drop_empty(with);
      ASSERT_TRUE(got == with) << "the operation in flight was applied in part";
      model = with;
      next = in_flight + 1;
    }
  }
  std::printf("%s: %d kills, %llu acknowledged operations\n", name, kills,
              static_cast<unsigned long long>(acked_total));
  ASSERT_TRUE(acked_total > 0);
}

}  // namespace

TEST(Crash, kills_under_each_policy) {
  const std::pair<const char*, FlushPolicy> rows[] = {{"OnEachFlush", FlushPolicy::OnEachFlush},
                                                      {"Group", FlushPolicy::Group},
                                                      {"WriteThrough", FlushPolicy::WriteThrough}};
  for (const auto& [name, policy] : rows) {
    SCOPED_TRACE(name);
    kills_under(name, policy);
  }
}
