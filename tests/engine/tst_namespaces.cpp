// Namespaces, nested groups and zero-copy reads: the seed examples, and
// durability across reopen.
#include "engine_test.hpp"

using namespace emdb;

TEST(Namespaces, seed_example_namespaces) {
  auto db = Database::open_in_memory();
  auto users = MUST(db.open_namespace("users"));
  auto sessions = MUST(db.open_namespace("sessions"));
  MUST(users.insert("u1", "alice"));
  MUST(sessions.insert("u1", "abc-123"));
  ASSERT_EQ(MUST(users.get("u1")), std::optional<std::string>("alice"));
  ASSERT_EQ(MUST(sessions.get("u1")), std::optional<std::string>("abc-123"));
  ASSERT_EQ(MUST(db.get("u1")), std::optional<std::string>());
  ASSERT_EQ(users.name(), std::string("users"));
  ASSERT_EQ(MUST(db.list_namespaces()), (std::vector<std::string>{"sessions", "users"}));
  ASSERT_TRUE(MUST(db.drop_namespace("sessions")));
  ASSERT_TRUE(!MUST(db.drop_namespace("sessions")));
  ASSERT_EQ(MUST(db.list_namespaces()), (std::vector<std::string>{"users"}));
}

TEST(Namespaces, fixture_namespaces) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(emdbtest::copy_fixture(dir, "ns.emdb")));
  ASSERT_EQ(MUST(db.list_namespaces()), (std::vector<std::string>{"sessions", "temp", "users"}));
  auto users = MUST(db.open_namespace("users"));
  ASSERT_EQ(MUST(users.get("u2")), std::optional<std::string>("bob"));
  auto temp = MUST(db.open_namespace("temp"));
  ASSERT_EQ(MUST(temp.get("x")), std::optional<std::string>("y"));
  auto fresh = MUST(db.open_namespace("fresh"));  // the next free id after 3
  MUST(fresh.insert("k", "v"));
}

TEST(Namespaces, namespaces_and_drops_survive_reopen) {
  emdbtest::TempDir dir;
  const auto path = emdbtest::temp_db(dir);
  {
    auto db = MUST(Database::open(path));
    auto a = MUST(db.open_namespace("a"));
    auto b = MUST(db.open_namespace("b"));
    for (int i = 0; i < 50; ++i) {
      MUST(a.insert("k" + std::to_string(i), "a"));
      MUST(b.insert("k" + std::to_string(i), "b"));
    }
    ASSERT_TRUE(MUST(db.drop_namespace("b")));
    MUST(a.clear());
    MUST(a.insert("kept", "1"));
    MUST(db.flush());
  }
  auto db = MUST(Database::open(path));
  ASSERT_EQ(MUST(db.list_namespaces()), (std::vector<std::string>{"a"}));
  auto a = MUST(db.open_namespace("a"));
  ASSERT_EQ(MUST(a.len()), std::size_t(1));
  auto b = MUST(db.open_namespace("b"));  // a new, empty namespace
  ASSERT_EQ(MUST(b.len()), std::size_t(0));
}

TEST(Namespaces, focus_and_groups) {
  auto db = Database::open_in_memory();
  auto alice = db.focus("users.alice");
  MUST(alice.set("name", "Alice"));
  MUST(alice.set("email", "alice@example.com"));
  ASSERT_EQ(MUST(db.get("users.alice.name")), std::optional<std::string>("Alice"));
  auto deeper = db.focus("users").focus("alice");
  ASSERT_EQ(MUST(deeper.get("email")), std::optional<std::string>("alice@example.com"));
  ASSERT_TRUE(MUST(deeper.contains_key("name")));
  MUST(db.insert("users.bob.name", "Bob"));
  MUST(db.insert("usersX", "not in the group"));
  ASSERT_EQ(MUST(db.group("users")).size(), std::size_t(3));
  auto rel = MUST(alice.iter());
  std::map<std::string, std::string> m(rel.begin(), rel.end());
  ASSERT_EQ(m, (std::map<std::string, std::string>{{"email", "alice@example.com"}, {"name", "Alice"}}));
  ASSERT_EQ(MUST(alice.remove("email")), std::optional<std::string>("alice@example.com"));
  ASSERT_EQ(MUST(db.delete_group("users")), std::size_t(2));
  ASSERT_EQ(MUST(db.len()), std::size_t(1));
}

TEST(Namespaces, zerocopy_survives_writes_and_growth) {
  emdbtest::TempDir dir;
  auto db = MUST(Database::open(emdbtest::temp_db(dir)));
  MUST(db.insert("greeting", "hello world"));
  auto v = MUST(db.get_zerocopy("greeting"));
  ASSERT_TRUE(v.has_value());
  ASSERT_TRUE(*v == "hello world");
  MUST(db.insert("other", "data"));
  MUST(db.insert("greeting", "replaced"));
  for (int i = 0; i < 20000; ++i) MUST(db.insert("fill" + std::to_string(i), std::string(100, 'x')));
  ASSERT_EQ(v->view(), std::string_view("hello world"));
  ASSERT_EQ(v->size(), std::size_t(11));
  ASSERT_EQ(v->to_string(), std::string("hello world"));
}
