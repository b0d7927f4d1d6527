// Namespaces, nested groups and zero-copy reads: the seed examples, and
// durability across reopen.
#include "support.hpp"

using namespace emdb;

class TestNamespaces : public QObject {
  Q_OBJECT
 private slots:
  void seed_example_namespaces() {
    auto db = Database::open_in_memory();
    auto users = MUST(db.open_namespace("users"));
    auto sessions = MUST(db.open_namespace("sessions"));
    MUST(users.insert("u1", "alice"));
    MUST(sessions.insert("u1", "abc-123"));
    QCOMPARE(MUST(users.get("u1")), std::optional<std::string>("alice"));
    QCOMPARE(MUST(sessions.get("u1")), std::optional<std::string>("abc-123"));
    QCOMPARE(MUST(db.get("u1")), std::optional<std::string>());
    QCOMPARE(users.name(), std::string("users"));
    QCOMPARE(MUST(db.list_namespaces()), (std::vector<std::string>{"sessions", "users"}));
    QVERIFY(MUST(db.drop_namespace("sessions")));
    QVERIFY(!MUST(db.drop_namespace("sessions")));
    QCOMPARE(MUST(db.list_namespaces()), (std::vector<std::string>{"users"}));
  }

  void fixture_namespaces() {
    QTemporaryDir dir;
    auto db = MUST(Database::open(testing::copy_fixture(dir, "ns.emdb")));
    QCOMPARE(MUST(db.list_namespaces()), (std::vector<std::string>{"sessions", "temp", "users"}));
    auto users = MUST(db.open_namespace("users"));
    QCOMPARE(MUST(users.get("u2")), std::optional<std::string>("bob"));
    auto temp = MUST(db.open_namespace("temp"));
    QCOMPARE(MUST(temp.get("x")), std::optional<std::string>("y"));
    auto fresh = MUST(db.open_namespace("fresh"));  // the next free id after 3
    MUST(fresh.insert("k", "v"));
  }

  void namespaces_and_drops_survive_reopen() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(Database::open(path));
      auto a = MUST(db.open_namespace("a"));
      auto b = MUST(db.open_namespace("b"));
      for (int i = 0; i < 50; ++i) {
        MUST(a.insert("k" + std::to_string(i), "a"));
        MUST(b.insert("k" + std::to_string(i), "b"));
      }
      QVERIFY(MUST(db.drop_namespace("b")));
      MUST(a.clear());
      MUST(a.insert("kept", "1"));
      MUST(db.flush());
    }
    auto db = MUST(Database::open(path));
    QCOMPARE(MUST(db.list_namespaces()), (std::vector<std::string>{"a"}));
    auto a = MUST(db.open_namespace("a"));
    QCOMPARE(MUST(a.len()), std::size_t(1));
    auto b = MUST(db.open_namespace("b"));  // a new, empty namespace
    QCOMPARE(MUST(b.len()), std::size_t(0));
  }

  void focus_and_groups() {
    auto db = Database::open_in_memory();
    auto alice = db.focus("users.alice");
    MUST(alice.set("name", "Alice"));
    MUST(alice.set("email", "alice@example.com"));
    QCOMPARE(MUST(db.get("users.alice.name")), std::optional<std::string>("Alice"));
    auto deeper = db.focus("users").focus("alice");
    QCOMPARE(MUST(deeper.get("email")), std::optional<std::string>("alice@example.com"));
    QVERIFY(MUST(deeper.contains_key("name")));
    MUST(db.insert("users.bob.name", "Bob"));
    MUST(db.insert("usersX", "not in the group"));
    QCOMPARE(MUST(db.group("users")).size(), std::size_t(3));
    auto rel = MUST(alice.iter());
    std::map<std::string, std::string> m(rel.begin(), rel.end());
    QCOMPARE(m, (std::map<std::string, std::string>{{"email", "alice@example.com"}, {"name", "Alice"}}));
    QCOMPARE(MUST(alice.remove("email")), std::optional<std::string>("alice@example.com"));
    QCOMPARE(MUST(db.delete_group("users")), std::size_t(2));
    QCOMPARE(MUST(db.len()), std::size_t(1));
  }

  void zerocopy_survives_writes_and_growth() {
    QTemporaryDir dir;
    auto db = MUST(Database::open(testing::temp_db(dir)));
    MUST(db.insert("greeting", "hello world"));
    auto v = MUST(db.get_zerocopy("greeting"));
    QVERIFY(v.has_value());
    QVERIFY(*v == "hello world");
    MUST(db.insert("other", "data"));
    MUST(db.insert("greeting", "replaced"));
    for (int i = 0; i < 20000; ++i) MUST(db.insert("fill" + std::to_string(i), std::string(100, 'x')));
    QCOMPARE(v->view(), std::string_view("hello world"));
    QCOMPARE(v->size(), std::size_t(11));
    QCOMPARE(v->to_string(), std::string("hello world"));
  }
};

QTEST_GUILESS_MAIN(TestNamespaces)
#include "tst_namespaces.moc"
