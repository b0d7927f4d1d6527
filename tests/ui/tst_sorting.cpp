// Sorting the key table: by key, size and expiry, ascending and descending,
// in natural key order, chosen by clicking the headers and from View > Sort
// By; with the filter bar's pattern; added records where they will sort;
// the order built anew after Write Changes. Each order is checked against a
// reference sort of the records made here.
#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QRandomGenerator>
#include <algorithm>

#include "core/keyorder.hpp"
#include "core/pendingedits.hpp"
#include "ui_support.hpp"
#include "widgets/rangefilter.hpp"

using namespace browser;

namespace {

QString qpath(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

struct Rec {
  std::string key;
  qint64 size = 0;
  qint64 expiresAt = 0;  // 0: none; 1: expired (not swept)
};

// The reference natural order, for keys of letters, ':' and '_' and digits:
// a key as a list of runs, digit runs compared as numbers (then by their
// leading zeros, fewer first), letter runs byte by byte.
struct Run {
  bool digits;
  std::string text;
  unsigned long long number = 0;
};
std::vector<Run> runsOf(const std::string& key) {
  std::vector<Run> out;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 0; i < key.size();) {
    std::size_t j = i;
    while (j < key.size() && digit(key[j]) == digit(key[i])) ++j;
    const std::string t = key.substr(i, j - i);
    out.push_back({digit(t[0]), t, digit(t[0]) ? std::stoull(t) : 0});
    i = j;
  }
  return out;
}
bool refNatural(const std::string& a, const std::string& b) {
  const auto ra = runsOf(a), rb = runsOf(b);
  int zeros = 0;
  for (std::size_t i = 0; i < std::min(ra.size(), rb.size()); ++i) {
    const Run &x = ra[i], &y = rb[i];
    if (x.digits && y.digits) {
      if (x.number != y.number) return x.number < y.number;
      if (zeros == 0 && x.text.size() != y.text.size()) zeros = x.text.size() < y.text.size() ? -1 : 1;
      continue;
    }
    if (x.text != y.text) return x.text < y.text;
  }
  if (ra.size() != rb.size()) return ra.size() < rb.size();
  return zeros < 0;
}

QList<QByteArray> keysOf(const std::vector<Rec>& recs) {
  QList<QByteArray> out;
  for (const Rec& r : recs) out << QByteArray::fromStdString(r.key);
  return out;
}

// The reference order of `recs` for `sort` (ties of size and expiry by key bytes).
QList<QByteArray> reference(std::vector<Rec> recs, const KeySort& sort) {
  auto value = [&](const Rec& r) -> qint64 {
    if (sort.by == KeySort::By::Size) return r.expiresAt == 1 ? -1 : r.size;
    return r.expiresAt == 1 ? 0 : r.expiresAt == 0 ? std::numeric_limits<qint64>::max() : r.expiresAt;
  };
  std::sort(recs.begin(), recs.end(), [&](const Rec& a, const Rec& b) {
    if (sort.by != KeySort::By::Key && value(a) != value(b)) return value(a) < value(b);
    if (sort.by == KeySort::By::Key && sort.natural) return refNatural(a.key, b.key);
    return a.key < b.key;
  });
  if (sort.descending) std::reverse(recs.begin(), recs.end());
  return keysOf(recs);
}

QHeaderView* header(MainWindow& w) { return w.findChild<QTableView*>(QStringLiteral("keyTable"))->horizontalHeader(); }

// Clicks the header of `column` as a user does.
void clickHeader(MainWindow& w, int column) {
  QHeaderView* h = header(w);
  const QPoint at(h->sectionViewportPosition(column) + h->sectionSize(column) / 2, h->height() / 2);
  QTest::mouseClick(h->viewport(), Qt::LeftButton, {}, at);
}

// Does `action` and waits for its rows: the count or the order ready, a
// scan or sort finished, every row loaded afresh; returns the keys shown.
template <class F>
QList<QByteArray> after(MainWindow& w, F action) {
  KeyTableModel* m = w.keyModel();
  QSignalSpy ready(m, &KeyTableModel::scopeReady);
  action();
  if (!QTest::qWaitFor([&] { return ready.count() > 0 && !m->isSorting() && !m->isScanning(); }, 60000))
    return {{"(the rows were not ready)"}};
  for (int round = 0; round < 400; ++round) {
    bool all = true;
    for (int r = 0; r < m->rowCount(); ++r)
      if (!m->isLoaded(r)) {
        (void)m->data(m->index(r, 0), Qt::DisplayRole);  // asks for its page, as a view does
        all = false;
      }
    if (all) return uitest::tableKeys(w);
    QTest::qWait(25);
  }
  return {{"(rows did not load)"}};
}

}  // namespace

class TestSorting : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::filesystem::path path_;
  std::vector<Rec> recs_;

 private Q_SLOTS:
  void initTestCase() {
    uitest::isolateSettings();
    path_ = testing::temp_db(dir_);
    auto db = MUST(emdb::Database::open(path_));
    QRandomGenerator rng(20261202);
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 86'400'000;
    std::set<std::string> used;
    const char* families[] = {"user:", "user:", "item_", "a", "Zed:"};
    for (int i = 0; i < 2500; ++i) {
      std::string key = families[rng.bounded(5)] + std::to_string(rng.bounded(100000));
      if (i % 9 == 0) key = "user:" + std::string(rng.bounded(3), '0') + std::to_string(rng.bounded(40));
      if (i % 13 == 0) key += ":name" + std::to_string(rng.bounded(12));
      if (!used.insert(key).second) continue;
      Rec r{key, qint64(rng.bounded(40)), 0};  // many ties of size
      if (i % 3 == 0) r.expiresAt = later + rng.bounded(100) * 1000;  // ties of expiry too
      if (i % 17 == 0) r.expiresAt = 1;
      const std::string value(std::size_t(r.size), 'v');
      if (r.expiresAt)
        MUST(db.insert_with_ttl(key, value, emdb::Ttl::at(std::uint64_t(r.expiresAt))));
      else
        MUST(db.insert(key, value));
      recs_.push_back(r);
    }
  }

  void natural_compare() {
    QVERIFY(naturalLess("user:2", "user:19"));
    QVERIFY(!naturalLess("user:19", "user:2"));
    QVERIFY(naturalLess("a", "a1"));
    QVERIFY(naturalLess("a1", "a01"));
    QVERIFY(!naturalLess("a01", "a1"));
    QVERIFY(naturalLess("x9y", "x10"));
    QVERIFY(naturalLess("a9", "b"));
    QVERIFY(naturalLess("v1.2.9", "v1.2.10"));
    QVERIFY(naturalLess("n99999999999999999999998", "n99999999999999999999999"));  // past 64 bits
    QVERIFY(!naturalLess("same7", "same7"));
    QVERIFY(naturalLess(std::string_view("\x00", 1), std::string_view("\xff", 1)));
  }

  void header_clicks_sort_as_the_reference() {
    MainWindow w;
    w.show();
    QCOMPARE(after(w, [&] { QVERIFY(uitest::openAndWait(w, qpath(path_))); }), reference(recs_, {}));
    struct Step {
      int column;
      KeySort want;
    };
    using B = KeySort::By;
    const std::vector<Step> steps = {
        {KeyTableModel::SizeColumn, {B::Size, false, false}},     {KeyTableModel::SizeColumn, {B::Size, true, false}},
        {KeyTableModel::ExpiresColumn, {B::Expiry, false, false}}, {KeyTableModel::ExpiresColumn, {B::Expiry, true, false}},
        {KeyTableModel::KeyColumn, {B::Key, false, false}},       {KeyTableModel::KeyColumn, {B::Key, true, false}},
    };
    for (const Step& s : steps) {
      const auto got = after(w, [&] { clickHeader(w, s.column); });
      QCOMPARE(w.keyModel()->sort(), s.want);
      QVERIFY2(got == reference(recs_, s.want),
               qPrintable(QStringLiteral("column %1, descending %2").arg(s.column).arg(s.want.descending)));
      QCOMPARE(header(w)->sortIndicatorSection(), s.column);
      QCOMPARE(header(w)->sortIndicatorOrder(), s.want.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    // A new order shows from its first row.
    QTableView* table = w.findChild<QTableView*>(QStringLiteral("keyTable"));
    table->scrollToBottom();
    QVERIFY(table->rowAt(0) > 0);
    QCOMPARE(after(w, [&] { clickHeader(w, KeyTableModel::SizeColumn); }), reference(recs_, {B::Size, false, false}));
    QCOMPARE(table->rowAt(0), 0);
    QCOMPARE(after(w, [&] { clickHeader(w, KeyTableModel::KeyColumn); }), reference(recs_, {}));
    QCOMPARE(after(w, [&] { clickHeader(w, KeyTableModel::KeyColumn); }), reference(recs_, {B::Key, true, false}));
    // The Value column does not sort: nothing changes, the indicator stays.
    clickHeader(w, KeyTableModel::ValueColumn);
    QCOMPARE(w.keyModel()->sort(), (KeySort{B::Key, true, false}));
    QCOMPARE(header(w)->sortIndicatorSection(), int(KeyTableModel::KeyColumn));
    // Natural key order from the menu, both ways, and remembered.
    auto* natural = w.findChild<QAction*>(QStringLiteral("naturalKeyOrder"));
    QCOMPARE(after(w, [&] { natural->trigger(); }), reference(recs_, {B::Key, true, true}));
    QCOMPARE(after(w, [&] { w.findChild<QAction*>(QStringLiteral("sortDescending"))->trigger(); }),
             reference(recs_, {B::Key, false, true}));
    QVERIFY(QSettings().value(QStringLiteral("view/naturalKeyOrder")).toBool());
    // Size ties go by key bytes whatever the key order.
    QCOMPARE(after(w, [&] { w.findChild<QAction*>(QStringLiteral("sortBySize"))->trigger(); }),
             reference(recs_, {B::Size, false, true}));
    QCOMPARE(header(w)->sortIndicatorSection(), int(KeyTableModel::SizeColumn));
    natural->trigger();
    QCOMPARE(after(w, [&] { w.findChild<QAction*>(QStringLiteral("sortByKey"))->trigger(); }), reference(recs_, {}));
    QVERIFY(!QSettings().value(QStringLiteral("view/naturalKeyOrder")).toBool());
  }

  void sorts_keep_the_filter() {
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path_)));
    auto* pattern = w.findChild<RangeFilter*>()->findChild<QLineEdit*>(QStringLiteral("filterPattern"));
    QVERIFY(pattern);
    std::vector<Rec> users;
    for (const Rec& r : recs_)
      if (r.key.starts_with("user:")) users.push_back(r);
    QCOMPARE(after(w,
                   [&] {
                     pattern->setText(QStringLiteral("user:*"));
                     QMetaObject::invokeMethod(pattern, "returnPressed");
                   }),
             reference(users, {}));
    clickHeader(w, KeyTableModel::SizeColumn);
    QCOMPARE(after(w, [&] { clickHeader(w, KeyTableModel::SizeColumn); }),
             reference(users, {KeySort::By::Size, true, false}));
    // A new filter keeps the order.
    std::vector<Rec> items;
    for (const Rec& r : recs_)
      if (r.key.starts_with("item_")) items.push_back(r);
    QCOMPARE(after(w,
                   [&] {
                     pattern->setText(QStringLiteral("item_*"));
                     QMetaObject::invokeMethod(pattern, "returnPressed");
                   }),
             reference(items, {KeySort::By::Size, true, false}));
  }

  // Refreshes while an order is being built (as Follow Changes sends them)
  // do not restart it: it shows, then one more build shows what changed.
  void refreshes_while_building_wait_for_it() {
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path_)));
    KeyTableModel* m = w.keyModel();
    QSignalSpy shown(m, &KeyTableModel::scopeReady);
    clickHeader(w, KeyTableModel::ExpiresColumn);
    QVERIFY(m->isSorting());
    for (int i = 0; i < 5; ++i) m->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 30000);
    QVERIFY(!m->isSorting());
    QTest::qWait(200);
    QCOMPARE(shown.count(), 2);  // once more, not once a refresh
    QCOMPARE(after(w, [&] { m->refresh(); }), reference(recs_, {KeySort::By::Expiry, false, false}));
  }

  // A record that edits add shows where it will sort by its staged size, and
  // after Write Changes the order is built again with it stored.
  void added_records_sort_into_place() {
    std::vector<Rec> recs = recs_;
    {
      MainWindow w;
      w.show();
      QVERIFY(uitest::openAndWait(w, qpath(path_)));
      QCOMPARE(after(w, [&] { clickHeader(w, KeyTableModel::SizeColumn); }),
               reference(recs, {KeySort::By::Size, false, false}));
      const std::vector<std::pair<std::string, int>> adds{{"user:500000", 17}, {"new", 0}, {"zzz", 39}, {"mid", 20}};
      for (const auto& [key, size] : adds) {
        w.pendingEdits()->put({}, QByteArray::fromStdString(key), QByteArray(size, 'n'), std::nullopt,
                              QStringLiteral("add"));
        recs.push_back({key, size, 0});
      }
      QTRY_COMPARE_WITH_TIMEOUT(w.keyModel()->rowCount(), int(recs.size()), 10000);
      QCOMPARE(uitest::tableKeys(w), reference(recs, {KeySort::By::Size, false, false}));
      // Descending: they move with it.
      QCOMPARE(after(w, [&] { clickHeader(w, KeyTableModel::SizeColumn); }),
               reference(recs, {KeySort::By::Size, true, false}));
      for (const auto& [key, size] : adds) QVERIFY(w.keyModel()->isAdded(uitest::rowOf(w, QByteArray::fromStdString(key))));
      QSignalSpy written(w.pendingEdits(), &PendingEdits::written);
      QCOMPARE(after(w,
                     [&] {
                       w.writeChangesAction()->trigger();
                       QVERIFY(written.wait(30000));
                     }),
               reference(recs, {KeySort::By::Size, true, false}));
      for (int r = 0; r < w.keyModel()->rowCount(); ++r)
        QVERIFY(!w.keyModel()->isAdded(r));  // stored now, in the rebuilt order
    }
    recs_ = recs;  // the records stay for the tests after this one
  }
};

QTEST_MAIN(TestSorting)
#include "tst_sorting.moc"
