// The streaming writers of JSON Lines and CSV give the bytes of the
// whole-string ones (nlohmann's escapes, Base64 of the whole value) for
// every kind of field, and a dump of a large value reads back.
#include <QRandomGenerator>
#include <sstream>

#include <emdb/exchange.hpp>

#include "support.hpp"

using namespace emdb;

namespace {

std::string randomBytes(std::size_t n, quint32 seed) {
  std::string s(n, '\0');
  QRandomGenerator rng(seed);
  for (char& c : s) c = char(rng.bounded(256));
  return s;
}

std::vector<exchange::Item> items() {
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls += char(c);
  controls += "\x7f\"\\/";
  std::string big_text;
  for (int i = 0; i < 40000; ++i) big_text += "line \"" + std::to_string(i) + "\", with, commas\r\n\t→ ü 😀\n";
  return {
      {"", "k", "v", 0},
      {"users", "user:1", "{\"name\": \"Ada\"}", 1767225600000},
      {"", "controls", controls, 0},
      {"", "utf8 ключ", "значение ☃", 5},
      {"", std::string("\xff\xfe", 2), "text", 0},                 // binary key
      {std::string("\xc3\x28", 2), "k", "v", 0},                   // a name another program wrote
      {"", "bin", randomBytes(1000003, 9), 0},                     // Base64 across pieces, with padding
      {"", "bin2", randomBytes(3 * 64 * 1024 * 2, 10), 0},         // pieces end on a multiple of 3
      {"", "text", big_text, 42},
      {"", "quotes,comma", "a \"quoted\" value, with a comma", 0},
      {"", "", "", 0},
  };
}

}  // namespace

class TestExchangeWriters : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void json_lines_match() {
    for (const auto& item : items()) {
      std::ostringstream out;
      exchange::write_json_line(out, exchange::ItemView{item.ns, item.key, item.value, item.expires_at});
      const std::string want = exchange::to_json_line(item);
      QVERIFY2(out.str() == want, qPrintable(QString::fromStdString(want.substr(0, 120))));
      auto back = exchange::from_json_line(out.str());
      QVERIFY(back && back->value == item.value && back->key == item.key && back->expires_at == item.expires_at);
    }
  }

  void csv_rows_match() {
    for (const auto& item : items()) {
      std::ostringstream out;
      exchange::write_csv_row(out, exchange::ItemView{item.ns, item.key, item.value, item.expires_at});
      const std::string want = exchange::to_csv_row(item);
      QVERIFY2(out.str() == want, qPrintable(QString::fromStdString(want.substr(0, 120))));
    }
  }

  // `emdb dump` of a value of 20 MiB loads back into another database.
  void dump_and_load_a_large_value() {
    auto db = Database::open_in_memory();
    const std::string big = randomBytes(20 << 20, 3);
    MUST(db.insert("big", big));
    MUST(db.insert("small", "s"));
    std::stringstream dumped;
    QCOMPARE(MUST(exchange::dump(db, dumped)), std::uint64_t(2));
    auto copy = Database::open_in_memory();
    QCOMPARE(MUST(exchange::load(copy, dumped)).records, std::uint64_t(2));
    QVERIFY(*MUST(copy.get("big")) == big);
  }
};

QTEST_GUILESS_MAIN(TestExchangeWriters)
#include "tst_exchange_writers.moc"
