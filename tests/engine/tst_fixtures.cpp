// Every fixture written by emdb 0.9.7 opens and yields exactly what its
// manifest lists.
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

#include "support.hpp"

using namespace emdb;

namespace {

struct Expected {
  std::string value;
  std::optional<std::uint64_t> expires_at;
};
// namespace -> key -> expected record
using Manifest = std::map<std::string, std::map<std::string, Expected>>;

Manifest read_manifest(const std::string& name) {
  Manifest m;
  QFile f(QString::fromStdString((testing::fixtures_dir() / (name + ".expected.jsonl")).string()));
  if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read the manifest of %s", name.c_str());
  while (!f.atEnd()) {
    const QByteArray line = f.readLine().trimmed();
    if (line.isEmpty()) continue;
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    const QByteArray key = QByteArray::fromHex(o["key_hex"].toString().toLatin1());
    const QByteArray val = QByteArray::fromHex(o["value_hex"].toString().toLatin1());
    Expected e{val.toStdString(), std::nullopt};
    if (!o["expires_at"].isNull()) e.expires_at = static_cast<std::uint64_t>(o["expires_at"].toDouble());
    m[o["ns"].toString().toStdString()][key.toStdString()] = e;
  }
  return m;
}

std::map<std::string, std::string> contents(const Database& db) {
  std::map<std::string, std::string> out;
  auto it = MUST(db.iter());
  for (const auto& [k, v] : it) out[k] = v;
  MUST(it.status());
  return out;
}

}  // namespace

class TestFixtures : public QObject {
  Q_OBJECT
 private slots:
  void plain_fixture() {
    QTemporaryDir dir;
    auto db = MUST(Database::open(testing::copy_fixture(dir, "plain.emdb")));
    const auto want = read_manifest("plain.emdb")[""];
    QCOMPARE(want.size(), std::size_t(103));
    QCOMPARE(MUST(db.len()), std::size_t(103));
    const auto got = contents(db);
    QCOMPARE(got.size(), want.size());
    for (const auto& [k, e] : want) {
      QVERIFY2(got.contains(k), k.c_str());
      QVERIFY(got.at(k) == e.value);
      QCOMPARE(MUST(db.get(k)), std::optional<std::string>(e.value));
    }
    QCOMPARE(MUST(db.get("gone")), std::optional<std::string>());
    QCOMPARE(MUST(db.get("k")), std::optional<std::string>("v2"));
    QCOMPARE(MUST(db.get(std::string("\x00\xff\x01", 3))), std::optional<std::string>("\xde\xad"));
    QCOMPARE(MUST(db.get("big"))->size(), std::size_t(100 * 1024));
    const auto st = MUST(db.stats());
    QCOMPARE(st.logical_size_bytes, std::uint64_t(107395));
    QVERIFY(st.dead_bytes > 0);  // the replaced `k` and the removed `gone` are still in the journal
  }

  void ns_fixture() {
    QTemporaryDir dir;
    auto db = MUST(Database::open(testing::copy_fixture(dir, "ns.emdb")));
    auto want = read_manifest("ns.emdb");
    QCOMPARE(contents(db), (std::map<std::string, std::string>{{"root", "1"}}));
    const auto st = MUST(db.stats());
    QCOMPARE(st.namespace_count, std::size_t(3));  // users, sessions, and temp, whose drop emdb did not write
    for (const char* ns : {"users", "sessions", "temp"}) {
      QVERIFY2(st.namespaces.contains(ns), ns);
      QCOMPARE(st.namespaces.at(ns).live_records, want[ns].size());
    }
  }

  void ttl_fixture() {
    QTemporaryDir dir;
    auto db = MUST(Database::open(testing::copy_fixture(dir, "ttl.emdb")));
    QCOMPARE(MUST(db.get("forever")), std::optional<std::string>("f"));
    QCOMPARE(MUST(db.get("later")), std::optional<std::string>("l"));
    QCOMPARE(MUST(db.get("past")), std::optional<std::string>());  // expired in 1970
    QVERIFY(!MUST(db.contains_key("past")));
    QCOMPARE(contents(db), (std::map<std::string, std::string>{{"forever", "f"}, {"later", "l"}}));
    QCOMPARE(MUST(db.len()), std::size_t(3));  // len counts expired records until they are swept
  }

  void large_fixture() {
    QTemporaryDir dir;
    auto db = MUST(Database::open(testing::copy_fixture(dir, "large.emdb")));
    QCOMPARE(MUST(db.len()), std::size_t(100000));
    std::size_t seen = 0;
    auto it = MUST(db.iter());
    for (const auto& [k, v] : it) {
      QVERIFY(k.starts_with("key-") && k.size() == 10);
      const std::string n = std::to_string(std::stoul(k.substr(4)));
      std::string expect;
      while (expect.size() < 64) expect += n;
      expect.resize(64);
      QVERIFY2(v == expect, k.c_str());
      ++seen;
    }
    QCOMPARE(seen, std::size_t(100000));
    QCOMPARE(MUST(db.stats()).logical_size_bytes, std::uint64_t(10700000));
  }

  void encrypted_fixtures_need_a_key() {
    QTemporaryDir dir;
    for (const char* name : {"enc-aes-pass.emdb", "enc-chacha-key.emdb"}) {
      auto r = Database::open(testing::copy_fixture(dir, name));
      QVERIFY(!r);
      QCOMPARE(int(r.error().code()), int(ErrorCode::EncryptionError));
    }
  }

  // Opening and closing a fixture writes nothing but the lock (removed again).
  void clean_open_changes_nothing() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    const std::string before = testing::read_file(path);
    {
      auto db = MUST(Database::open(path));
    }
    QCOMPARE(testing::read_file(path) == before, true);
    QVERIFY(!std::filesystem::exists(path.string() + ".lock"));
    QVERIFY(!std::filesystem::exists(path.string() + ".lock-meta"));
  }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
