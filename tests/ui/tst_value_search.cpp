// Searching values from the filter bar: text (ASCII letters in either case),
// regular expressions and hex bytes, alone and with the key filters, against
// a reference search of every record made here; matches across the pieces a
// large value is read in; staged values; wrong input.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <algorithm>

#include "core/pendingedits.hpp"
#include "models/keytablemodel.hpp"
#include "ui_support.hpp"
#include "widgets/rangefilter.hpp"

using namespace browser;

namespace {

QString qpath(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

// The reference: what each kind of query finds in one whole value.
bool refMatches(const std::string& value, const QString& query, KeyScope::ValueSyntax syntax) {
  switch (syntax) {
    case KeyScope::ValueSyntax::Text: {
      std::string v = value, q = query.toStdString();
      for (std::string* s : {&v, &q})
        std::transform(s->begin(), s->end(), s->begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; });
      return v.find(q) != std::string::npos;
    }
    case KeyScope::ValueSyntax::Hex: {
      const QByteArray bytes = QByteArray::fromHex(query.toLatin1());
      return value.find(bytes.toStdString()) != std::string::npos;
    }
    case KeyScope::ValueSyntax::Regex:
      return QRegularExpression(query)
          .match(QString::fromUtf8(value.data(), qsizetype(std::min<std::size_t>(value.size(), 4 << 20))))
          .hasMatch();
  }
  return false;
}

// Types the query into the bar as a user would, presses Enter, and waits
// for the scan to finish; returns the keys the table then shows.
QList<QByteArray> search(MainWindow& w, const QString& query, KeyScope::ValueSyntax syntax,
                         const QString& prefix = {}) {
  auto* bar = w.findChild<RangeFilter*>();
  auto* syntaxBox = bar->findChild<QComboBox*>(QStringLiteral("valueSyntax"));
  syntaxBox->setCurrentIndex(syntaxBox->findData(int(syntax)));
  bar->findChild<QLineEdit*>(QStringLiteral("filterPrefix"))->setText(prefix);
  auto* value = bar->findChild<QLineEdit*>(QStringLiteral("filterValue"));
  value->setText(query);
  QSignalSpy finished(w.keyModel(), &KeyTableModel::scanFinished);
  QMetaObject::invokeMethod(value, "returnPressed");
  if (!finished.wait(60000)) return {{"(the scan did not finish)"}};
  (void)uitest::allRowsLoaded(w);
  return uitest::tableKeys(w);
}

}  // namespace

class TestValueSearch : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::filesystem::path path_;
  std::map<std::string, std::string> records_;  // the default namespace

  QList<QByteArray> expected(const QString& query, KeyScope::ValueSyntax syntax, const std::string& prefix = {}) {
    QList<QByteArray> out;
    for (const auto& [k, v] : records_)
      if (k.starts_with(prefix) && refMatches(v, query, syntax)) out << QByteArray::fromStdString(k);
    return out;
  }

 private Q_SLOTS:
  void initTestCase() {
    uitest::isolateSettings();
    path_ = testing::temp_db(dir_);
    auto db = MUST(emdb::Database::open(path_));
    const char* words[] = {"alpha", "Needle", "beta", "NEEDLE in caps", "gamma", "needless", "{\"x\": 1}"};
    for (int i = 0; i < 3000; ++i) {
      char key[32];
      std::snprintf(key, sizeof key, "rec:%04d", i);
      std::string v = std::string(words[i % 7]) + " #" + std::to_string(i);
      if (i % 11 == 0) v += std::string("\xde\xad\xbe\xef", 4);
      records_[key] = v;
    }
    // Large values: the text straddles the first 1 MiB piece; another lies
    // past the first 4 MiB (found by text, not by a regular expression).
    std::string straddle(3 << 20, 'z');
    straddle.replace((1 << 20) - 3, 6, "NeEdLe");
    records_["big:straddle"] = straddle;
    std::string late(5 << 20, 'y');
    late.replace((4 << 20) + 100, 9, "late-word");
    records_["big:late"] = late;
    for (const auto& [k, v] : records_) MUST(db.insert(k, v));
    auto other = MUST(db.open_namespace("other"));
    MUST(other.insert("o1", "needle in another namespace"));
  }

  void text_regex_and_hex_as_the_reference_finds() {
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path_)));
    using S = KeyScope::ValueSyntax;
    const std::vector<std::pair<QString, S>> queries = {
        {QStringLiteral("needle"), S::Text},     {QStringLiteral("NEEDLE in"), S::Text},
        {QStringLiteral("late-word"), S::Text},  {QStringLiteral("^beta #1\\d$"), S::Regex},
        {QStringLiteral("late-word"), S::Regex}, {QStringLiteral("deadbeef"), S::Hex},
        {QStringLiteral("7a7a4e"), S::Hex},      {QStringLiteral("no such text"), S::Text},
        {QStringLiteral("\"x\": 1"), S::Text}};
    for (const auto& [query, syntax] : queries) {
      const auto want = expected(query, syntax);
      const auto got = search(w, query, syntax);
      QVERIFY2(got == want,
               qPrintable(QStringLiteral("%1: %2 found, %3 expected").arg(query).arg(got.size()).arg(want.size())));
    }
    // The two large values: across the piece boundary yes; past the regex window only as text.
    QVERIFY(search(w, QStringLiteral("needle"), S::Text).contains("big:straddle"));
    QVERIFY(!search(w, QStringLiteral("late-word"), S::Regex).contains("big:late"));
    QVERIFY(search(w, QStringLiteral("late-word"), S::Text).contains("big:late"));
    // With a key prefix: the search stays in the range.
    QCOMPARE(search(w, QStringLiteral("needle"), S::Text, QStringLiteral("rec:1")),
             expected(QStringLiteral("needle"), S::Text, "rec:1"));
    // The filter bar counts what it found.
    const QString status = w.findChild<QLabel*>(QStringLiteral("filterStatus"))->text();
    QVERIFY2(status.contains(QString::number(expected(QStringLiteral("needle"), S::Text, "rec:1").size())),
             qPrintable(status));
  }

  void staged_values_are_searched_too() {
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path_)));
    w.pendingEdits()->put({}, "new:match", "a staged needle", std::nullopt, QStringLiteral("add"));
    w.pendingEdits()->put({}, "new:other", "nothing here", std::nullopt, QStringLiteral("add"));
    const auto got = search(w, QStringLiteral("staged NEEDLE"), KeyScope::ValueSyntax::Text);
    QCOMPARE(got, QList<QByteArray>{"new:match"});
    w.pendingEdits()->revert();
  }

  void wrong_input_is_refused() {
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path_)));
    auto* bar = w.findChild<RangeFilter*>();
    auto* problem = bar->findChild<QLabel*>(QStringLiteral("filterProblem"));
    QSignalSpy invalid(bar, &RangeFilter::invalid);
    for (const auto& [query, syntax] : std::vector<std::pair<QString, KeyScope::ValueSyntax>>{
             {QStringLiteral("zz"), KeyScope::ValueSyntax::Hex},
             {QStringLiteral("abc"), KeyScope::ValueSyntax::Hex},
             {QStringLiteral("(unclosed"), KeyScope::ValueSyntax::Regex}}) {
      auto* syntaxBox = bar->findChild<QComboBox*>(QStringLiteral("valueSyntax"));
      syntaxBox->setCurrentIndex(syntaxBox->findData(int(syntax)));
      auto* value = bar->findChild<QLineEdit*>(QStringLiteral("filterValue"));
      value->setText(query);
      const int before = int(invalid.count());
      QMetaObject::invokeMethod(value, "returnPressed");
      QCOMPARE(int(invalid.count()), before + 1);
      QVERIFY(problem->isVisible());
    }
    // Hex with spaces, colons and 0x is whole bytes.
    QCOMPARE(search(w, QStringLiteral("0xDE:AD be ef"), KeyScope::ValueSyntax::Hex),
             expected(QStringLiteral("deadbeef"), KeyScope::ValueSyntax::Hex));
    QVERIFY(!problem->isVisible());
  }
};

QTEST_MAIN(TestValueSearch)
#include "tst_value_search.moc"
