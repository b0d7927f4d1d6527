// The journal's past and comparisons in the browser, offscreen, against the
// engine's own answers: the History, Removed Records and Compare dialogs,
// what they stage (one undo step), what Write Changes then leaves in the
// file, wrong input, and a screenshot of each.
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableWidget>
#include <QUndoStack>
#include <emdb/diff.hpp>

#include "core/pendingedits.hpp"
#include "core/translations.hpp"
#include "dialogs/comparedialog.hpp"
#include "dialogs/historydialog.hpp"
#include "dialogs/removeddialog.hpp"
#include "ui_support.hpp"
#include "widgets/versionview.hpp"
#include "window/pastactions.hpp"

using namespace browser;

namespace {

QString qpath(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

// Waits for a task dialog's result line (its task started by itself or by `run`).
QString resultOf(QDialog* d, bool run = false, int ms = 60000) {
  auto* result = d->findChild<QLabel*>(QStringLiteral("taskResult"));
  if (run) {
    result->hide();
    d->findChild<QPushButton*>(QStringLiteral("runTask"))->click();
  }
  (void)QTest::qWaitFor([&] { return result->isVisible(); }, ms);
  return result->isVisible() ? result->text() : QString();
}

void selectRows(QTableWidget* t, const QList<int>& rows) {
  t->clearSelection();
  for (int r : rows)
    t->selectionModel()->select(t->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void selectKey(MainWindow& w, const QByteArray& key) {
  w.keyTable()->clearSelection();
  w.keyTable()->selectRow(uitest::rowOf(w, key));
  w.pastActions()->update();
}

}  // namespace

class TestPast : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    uitest::isolateSettings();
    installTranslations(QStringLiteral("en"));  // English plurals, as the application installs them
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
  }

  void history_shows_compares_and_restores_versions() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
    {
      auto db = MUST(emdb::Database::open(path));
      MUST(db.insert("config", "{\n  \"mode\": \"fast\",\n  \"retries\": 3\n}"));
      MUST(db.insert_with_ttl("config", "{\n  \"mode\": \"safe\",\n  \"retries\": 3\n}", emdb::Ttl::at(later)));
      MUST(db.remove("config"));
      MUST(db.insert("config", "{\n  \"mode\": \"off\"\n}"));
      MUST(db.insert("other", "x"));
    }
    {
      MainWindow w;
      w.resize(1000, 700);
      w.show();
      QVERIFY(uitest::openAndWait(w, qpath(path)));
      QVERIFY(uitest::allRowsLoaded(w));
      QVERIFY(!w.pastActions()->historyAction()->isEnabled());  // nothing selected
      selectKey(w, "config");
      QVERIFY(w.pastActions()->historyAction()->isEnabled());
      w.pastActions()->historyAction()->trigger();
      auto* d = uitest::waitForDialog<HistoryDialog>();
      QVERIFY(d);
      QCOMPARE(resultOf(d), QStringLiteral("4 versions in the file."));
      auto* table = d->findChild<QTableWidget*>(QStringLiteral("historyTable"));
      QCOMPARE(table->rowCount(), 4);
      QCOMPARE(table->item(0, 1)->text(), QStringLiteral("written"));
      QCOMPARE(table->item(1, 1)->text(), QStringLiteral("written"));
      QCOMPARE(table->item(2, 1)->text(), QStringLiteral("removed"));
      QCOMPARE(table->item(3, 1)->text(), QStringLiteral("written (current)"));
      QVERIFY(table->item(1, 3)->text().endsWith(QLatin1String("UTC")));
      QVERIFY(table->item(0, 3)->text().isEmpty());
      auto* view = d->findChild<VersionView*>();
      // The current version is selected and shown first.
      QTRY_VERIFY(view->leftText().contains(QLatin1String("\"off\"")));
      selectRows(table, {0});
      QTRY_VERIFY(view->leftText().contains(QLatin1String("\"fast\"")));
      selectRows(table, {2});
      QTRY_VERIFY(view->summary().contains(QLatin1String("removal")));
      selectRows(table, {0, 1});
      QTRY_VERIFY(!view->rightText().isEmpty());
      QVERIFY(view->leftText().contains(QLatin1String("fast")));
      QVERIFY(view->rightText().contains(QLatin1String("safe")));
      QVERIFY2(view->summary().contains(QLatin1String("first differ at byte 13")), qPrintable(view->summary()));
      uitest::saveScreenshot(d->grab(), QStringLiteral("history-compare"));

      // Restore version 2: one staged edit with its value and its expiry (still ahead).
      selectRows(table, {1});
      auto* restore = d->findChild<QPushButton*>(QStringLiteral("restoreVersion"));
      QTRY_VERIFY(restore->isEnabled());
      const int steps = w.pendingEdits()->stack()->count();
      restore->click();
      QTRY_COMPARE(w.pendingEdits()->stack()->count(), steps + 1);
      const PendingChange* staged = w.pendingEdits()->find({}, "config");
      QVERIFY(staged && staged->value);
      QCOMPARE(*staged->value, QByteArray("{\n  \"mode\": \"safe\",\n  \"retries\": 3\n}"));
      QCOMPARE(staged->expiresAt, std::optional<qint64>(later));
      d->close();
      QSignalSpy written(w.pendingEdits(), &PendingEdits::written);
      w.writeChangesAction()->trigger();
      QVERIFY(written.wait(10000));
    }  // the window closes the database
    auto db = MUST(emdb::Database::open(path));
    QCOMPARE(MUST(db.get("config")), std::optional<std::string>("{\n  \"mode\": \"safe\",\n  \"retries\": 3\n}"));
    QCOMPARE(MUST(db.expires_at("config")), std::optional<std::uint64_t>(std::uint64_t(later)));
    QCOMPARE(MUST(db.history("config")).size(), std::size_t(5));
  }

  void removed_records_restore_as_one_step() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    const qint64 past = QDateTime::currentMSecsSinceEpoch() - 1000;
    {
      auto db = MUST(emdb::Database::open(path));
      auto ns = MUST(db.open_namespace("jobs"));
      for (const char* k : {"a", "b", "c", "d"}) MUST(ns.insert(k, std::string("value of ") + k));
      MUST(ns.insert_with_ttl("e", "expired", emdb::Ttl::at(std::uint64_t(past))));
      for (const char* k : {"a", "b", "c"}) MUST(ns.remove(k));
      MUST(ns.insert("b", "back again"));  // not removed any more
      MUST(db.sweep_expired());            // e is removed by the sweep
      MUST(db.insert("a", "the default namespace's a"));
      MUST(db.remove("a"));
    }
    {
      MainWindow w;
      w.resize(1000, 700);
      w.show();
      QVERIFY(uitest::openAndWait(w, qpath(path)));
      QVERIFY(uitest::showNamespace(w, "jobs"));
      w.pastActions()->removedAction()->trigger();
      auto* d = uitest::waitForDialog<RemovedDialog>();
      QVERIFY(d);
      QCOMPARE(resultOf(d), QStringLiteral("3 removed records can be restored."));
      auto* table = d->findChild<QTableWidget*>(QStringLiteral("removedTable"));
      QCOMPARE(table->rowCount(), 3);
      QCOMPARE(table->item(0, 0)->text(), QStringLiteral("a"));
      QCOMPARE(table->item(1, 0)->text(), QStringLiteral("c"));
      QCOMPARE(table->item(2, 0)->text(), QStringLiteral("e"));
      QVERIFY(table->item(2, 2)->text().startsWith(QLatin1String("expired")));
      selectRows(table, {1});
      auto* view = d->findChild<VersionView*>();
      QTRY_COMPARE(view->leftText(), QStringLiteral("value of c"));
      uitest::saveScreenshot(d->grab(), QStringLiteral("removed-records"));
      selectRows(table, {0, 2});
      const int steps = w.pendingEdits()->stack()->count();
      d->findChild<QPushButton*>(QStringLiteral("restoreSelected"))->click();
      QTRY_COMPARE(w.pendingEdits()->stack()->count(), steps + 1);
      QCOMPARE(w.pendingEdits()->count(), 2);
      QCOMPARE(*w.pendingEdits()->find("jobs", "a")->value, QByteArray("value of a"));
      QCOMPARE(w.pendingEdits()->find("jobs", "a")->expiresAt, std::optional<qint64>(0));
      QCOMPARE(w.pendingEdits()->find("jobs", "e")->expiresAt, std::optional<qint64>(0));  // its expiry had passed
      QVERIFY(!w.pendingEdits()->find("jobs", "c"));
      w.pendingEdits()->stack()->undo();  // one step takes both back
      QCOMPARE(w.pendingEdits()->count(), 0);
      w.pendingEdits()->stack()->redo();
      QCOMPARE(w.pendingEdits()->count(), 2);
      d->close();
      QSignalSpy written(w.pendingEdits(), &PendingEdits::written);
      w.writeChangesAction()->trigger();
      QVERIFY(written.wait(10000));
    }  // the window closes the database
    auto db = MUST(emdb::Database::open(path));
    auto ns = MUST(db.open_namespace("jobs"));
    QCOMPARE(testing::contents(ns),
             (std::map<std::string, std::string>{
                 {"a", "value of a"}, {"b", "back again"}, {"d", "value of d"}, {"e", "expired"}}));
    QCOMPARE(MUST(ns.removed_keys()).size(), std::size_t(1));  // c
  }

  // A large version shows its first bytes only, so showing it never holds up the window.
  void large_versions_show_their_first_bytes() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(emdb::Database::open(path));
      MUST(db.insert("big", std::string(1 << 20, 'a')));
      MUST(db.insert("big", "small now"));
    }
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    QVERIFY(uitest::allRowsLoaded(w));
    selectKey(w, "big");
    w.pastActions()->historyAction()->trigger();
    auto* d = uitest::waitForDialog<HistoryDialog>();
    QVERIFY(d);
    QCOMPARE(resultOf(d), QStringLiteral("2 versions in the file."));
    selectRows(d->findChild<QTableWidget*>(QStringLiteral("historyTable")), {0});
    auto* view = d->findChild<VersionView*>();
    QTRY_COMPARE(view->leftText().size(), qsizetype(HistoryDialog::kShownBytes));
    d->close();
  }

  void read_only_databases_show_but_do_not_restore() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(emdb::Database::open(path));
      MUST(db.insert("k", "v"));
      MUST(db.remove("k"));
    }
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path), true));
    w.pastActions()->removedAction()->trigger();
    auto* d = uitest::waitForDialog<RemovedDialog>();
    QVERIFY(d);
    QCOMPARE(resultOf(d), QStringLiteral("1 removed record can be restored."));
    selectRows(d->findChild<QTableWidget*>(QStringLiteral("removedTable")), {0});
    QVERIFY(!d->findChild<QPushButton*>(QStringLiteral("restoreSelected"))->isEnabled());
    QVERIFY(!d->findChild<QPushButton*>(QStringLiteral("restoreAll"))->isEnabled());
    d->close();
  }

  void compare_lists_what_the_engine_finds() {
    QTemporaryDir dir;
    const auto a = testing::temp_db(dir, "a.emdb");
    const std::filesystem::path b = dir.filePath(QStringLiteral("b.emdb")).toStdString();
    {
      auto db = MUST(emdb::Database::open(a));
      for (int i = 0; i < 300; ++i) MUST(db.insert("user:" + std::to_string(i), "name " + std::to_string(i)));
      auto jobs = MUST(db.open_namespace("jobs"));
      MUST(jobs.insert("j1", "queued"));
      MUST(db.backup_to(b));
      MUST(db.insert("user:7", "renamed"));
      MUST(db.remove("user:8"));
      MUST(jobs.insert("j2", "new"));
      MUST(db.insert(std::string("\xff\x01", 2), "binary key"));
    }
    MainWindow w;
    w.resize(1000, 700);
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(a)));
    w.pastActions()->compareAction()->trigger();
    auto* d = uitest::waitForDialog<CompareDialog>();
    QVERIFY(d);
    // Wrong input first: nothing, a missing file, the database itself, a file that is no database.
    QCOMPARE(resultOf(d, true), QStringLiteral("Choose the database to compare with."));
    d->setOtherPath(dir.filePath(QStringLiteral("missing.emdb")));
    QVERIFY(resultOf(d, true).contains(QLatin1String("is not a file")));
    d->setOtherPath(qpath(a));
    QVERIFY(resultOf(d, true).contains(QLatin1String("That is this database")));
    QFile junk(dir.filePath(QStringLiteral("junk.emdb")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'j'));
    junk.close();
    d->setOtherPath(junk.fileName());
    QVERIFY(!resultOf(d, true).isEmpty());
    QVERIFY(d->differences().empty());

    d->setOtherPath(qpath(b));
    QCOMPARE(resultOf(d, true), QStringLiteral("1 only in the other, 2 only in this one, 1 changed."));
    // The same as the engine's own comparison, in its order.
    std::vector<std::string> want;
    {
      auto ra = MUST(emdb::Database::builder().path(a).read_only(true).enable_range_scans(true).build());
      auto rb = MUST(emdb::Database::builder().path(b).read_only(true).enable_range_scans(true).build());
      MUST(emdb::exchange::compare(ra, rb, std::nullopt, [&](const emdb::exchange::Difference& x) {
        want.push_back(emdb::exchange::to_json_line(x));
        return true;
      }));
    }
    QCOMPARE(int(d->differences().size()), int(want.size()));
    const QString exported = dir.filePath(QStringLiteral("diff.jsonl"));
    uitest::answerNextFileDialog(exported);
    d->findChild<QPushButton*>(QStringLiteral("exportDifferences"))->click();
    QTRY_VERIFY(QFile::exists(exported));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString joined;
    for (const auto& line : want) joined += QString::fromStdString(line) + QLatin1Char('\n');
    QCOMPARE(QString::fromUtf8(f.readAll()), joined);

    auto* table = d->findChild<QTableWidget*>(QStringLiteral("compareTable"));
    int changed = -1;
    for (int r = 0; r < table->rowCount(); ++r)
      if (table->item(r, 2)->text() == QLatin1String("changed")) changed = r;
    QVERIFY(changed >= 0);
    QCOMPARE(table->item(changed, 1)->text(), QStringLiteral("user:7"));
    selectRows(table, {changed});
    auto* view = d->findChild<VersionView*>();
    QTRY_COMPARE(view->leftText(), QStringLiteral("renamed"));
    QCOMPARE(view->rightText(), QStringLiteral("name 7"));
    uitest::saveScreenshot(d->grab(), QStringLiteral("compare"));
    d->close();
    // Comparing only read the other file.
    auto rb = MUST(emdb::Database::open(b));
    QCOMPARE(MUST(rb.get("user:7")), std::optional<std::string>("name 7"));
  }
};

QTEST_MAIN(TestPast)
#include "tst_past.moc"
