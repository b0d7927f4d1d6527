// Edit > All Shown Records: delete, set and remove the expiry of every
// record the table shows under a filter (not only loaded rows: more than the
// table keeps loaded), with the count asked about before staging, as one
// undo step, written as the file then holds; Cancel stages nothing.
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include "core/pendingedits.hpp"
#include "dialogs/ttldialog.hpp"
#include "window/rangeactions.hpp"
#include "ui_support.hpp"
#include "widgets/rangefilter.hpp"

using namespace browser;

namespace {

QString qpath(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

// Types `pattern` into the filter bar and waits for its scan to finish.
bool filter(MainWindow& w, const QString& pattern) {
  auto* field = w.findChild<RangeFilter*>()->findChild<QLineEdit*>(QStringLiteral("filterPattern"));
  QSignalSpy finished(w.keyModel(), &KeyTableModel::scanFinished);
  field->setText(pattern);
  QMetaObject::invokeMethod(field, "returnPressed");
  return finished.wait(60000);
}

// The question box All Shown Records asks, once it shows.
QMessageBox* question() { return uitest::waitForDialog<QMessageBox>(QStringLiteral("confirmShown"), 60000); }

}  // namespace

class TestBulk : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { uitest::isolateSettings(); }

  void whole_filtered_range_in_one_step() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    // 40,000 records: the table keeps about 32,000 rows loaded at most.
    std::set<std::string> kept, hit;  // what the pattern leaves alone, and what it shows
    {
      auto db = MUST(emdb::Database::open(path));
      std::vector<std::pair<std::string, std::string>> batch;
      for (int i = 0; i < 40000; ++i) {
        const std::string key = (i % 4 == 0 ? "keep:" : "job:") + std::to_string(i);
        (key.starts_with("job:") ? hit : kept).insert(key);
        batch.emplace_back(key, "v" + std::to_string(i));
      }
      std::vector<std::pair<std::string_view, std::string_view>> views(batch.begin(), batch.end());
      MUST(db.insert_many(views));
      MUST(db.insert_with_ttl("job:ttl", "t", emdb::Ttl::after(std::chrono::hours(5))));
      hit.insert("job:ttl");
    }
    {
      MainWindow w;
      w.show();
      QVERIFY(uitest::openAndWait(w, qpath(path)));
      QVERIFY(filter(w, QStringLiteral("job:*")));
      QCOMPARE(w.keyModel()->rowCount(), int(hit.size()));
      // A staged new record the filter shows is one of them too.
      w.pendingEdits()->put({}, "job:new", "n", std::nullopt, QStringLiteral("add"));
      QTRY_COMPARE(w.keyModel()->rowCount(), int(hit.size()) + 1);
      QMenu* menu = w.findChild<QMenu*>(QStringLiteral("shownRecordsMenu"));
      QVERIFY(menu && menu->isEnabled());
      const int stepsBefore = w.pendingEdits()->stack()->count();

      // Cancel: nothing staged.
      w.findChild<QAction*>(QStringLiteral("deleteShown"))->trigger();
      QMessageBox* box = question();
      QVERIFY(box);
      QVERIFY2(box->text().contains(QLocale().toString(qlonglong(hit.size() + 1))) ||
                   box->text().contains(QString::number(hit.size() + 1)),
               qPrintable(box->text()));
      box->button(QMessageBox::Cancel)->click();
      QTest::qWait(50);
      QCOMPARE(w.pendingEdits()->stack()->count(), stepsBefore);

      // Remove expiry of all shown: one step.
      w.findChild<QAction*>(QStringLiteral("persistShown"))->trigger();
      box = question();
      QVERIFY(box);
      box->findChild<QPushButton*>(QStringLiteral("confirmShownButton"))->click();
      QTRY_COMPARE(w.pendingEdits()->stack()->count(), stepsBefore + 1);
      w.pendingEdits()->stack()->undo();

      // Set the expiry of all shown: the dialog says how many.
      w.findChild<QAction*>(QStringLiteral("expireShown"))->trigger();
      auto* ttl = uitest::waitForDialog<TtlDialog>(QString(), 60000);
      QVERIFY(ttl);
      QTest::keyClicks(ttl->findChild<QLineEdit*>(QStringLiteral("ttlDuration")), QStringLiteral("3h"));
      ttl->accept();
      QTRY_COMPARE(w.pendingEdits()->stack()->count(), stepsBefore + 1);
      w.pendingEdits()->stack()->undo();

      // Delete all shown, then write.
      w.findChild<QAction*>(QStringLiteral("deleteShown"))->trigger();
      box = question();
      QVERIFY(box);
      box->findChild<QPushButton*>(QStringLiteral("confirmShownButton"))->click();
      QTRY_COMPARE(w.pendingEdits()->stack()->count(), stepsBefore + 1);
      QCOMPARE(w.pendingEdits()->count(), int(hit.size()) + 1);  // job:new's add became its removal
      QSignalSpy written(w.pendingEdits(), &PendingEdits::written);
      w.writeChangesAction()->trigger();
      QVERIFY(written.wait(60000));
    }
    auto db = MUST(emdb::Database::open(path));
    std::set<std::string> left;
    for (const auto& [k, v] : MUST(db.iter())) left.insert(k);
    QCOMPARE(left, kept);
  }

  void expiry_of_all_shown_is_written() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(emdb::Database::open(path));
      for (int i = 0; i < 500; ++i) MUST(db.insert("a:" + std::to_string(i), "x"));
      MUST(db.insert_with_ttl("b:1", "x", emdb::Ttl::after(std::chrono::hours(1))));
      MUST(db.insert_with_ttl("a:ttl", "x", emdb::Ttl::after(std::chrono::hours(1))));
    }
    {
      MainWindow w;
      w.show();
      QVERIFY(uitest::openAndWait(w, qpath(path)));
      QVERIFY(filter(w, QStringLiteral("a:1*")));
      w.findChild<QAction*>(QStringLiteral("expireShown"))->trigger();
      auto* ttl = uitest::waitForDialog<TtlDialog>(QString(), 60000);
      QVERIFY(ttl);
      QTest::keyClicks(ttl->findChild<QLineEdit*>(QStringLiteral("ttlDuration")), QStringLiteral("2h"));
      ttl->accept();
      QTRY_VERIFY(w.pendingEdits()->count() > 0);
      QVERIFY(filter(w, QStringLiteral("a:ttl")));
      w.findChild<QAction*>(QStringLiteral("persistShown"))->trigger();
      QMessageBox* box = question();
      QVERIFY(box);
      box->findChild<QPushButton*>(QStringLiteral("confirmShownButton"))->click();
      QSignalSpy written(w.pendingEdits(), &PendingEdits::written);
      QTRY_VERIFY(w.pendingEdits()->find({}, "a:ttl"));
      w.writeChangesAction()->trigger();
      QVERIFY(written.wait(60000));
    }
    auto db = MUST(emdb::Database::open(path));
    const auto now = std::uint64_t(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 500; ++i) {
      const std::string k = "a:" + std::to_string(i);
      const auto e = MUST(db.expires_at(k));
      if (k.starts_with("a:1")) {
        QVERIFY2(e && *e > now + 3'500'000 && *e <= now + 7'200'000, k.c_str());
      } else {
        QVERIFY2(!e, k.c_str());
      }
    }
    QVERIFY(!MUST(db.expires_at("a:ttl")));
    QVERIFY(MUST(db.expires_at("b:1")));
  }

  // More records shown than one edit stages: refused, with what to do, and nothing staged.
  void too_many_are_refused() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(emdb::Database::open(path));
      for (int i = 0; i < 300; ++i) MUST(db.insert("k" + std::to_string(i), "x"));
    }
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    auto* actions = w.findChild<RangeActions*>();
    QVERIFY(actions);
    actions->setMostRecords(299);
    w.findChild<QAction*>(QStringLiteral("deleteShown"))->trigger();
    auto* box = uitest::waitForDialog<QMessageBox>(QStringLiteral("shownRecordsProblem"), 60000);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("299")), qPrintable(box->text()));
    box->button(QMessageBox::Close)->click();
    QCOMPARE(w.pendingEdits()->count(), 0);
    actions->setMostRecords(300);  // exactly as many: asked about
    QTRY_VERIFY(w.findChild<QAction*>(QStringLiteral("deleteShown"))->isEnabled());
    w.findChild<QAction*>(QStringLiteral("deleteShown"))->trigger();
    QMessageBox* q = question();
    QVERIFY(q);
    q->button(QMessageBox::Cancel)->click();
  }
};

QTEST_MAIN(TestBulk)
#include "tst_bulk.moc"
