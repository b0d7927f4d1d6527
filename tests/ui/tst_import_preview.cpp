// File > Import's preview, offscreen: a database and a record file made here
// with a known mix across namespaces (new records, other values, other
// expiries, identical ones, expired ones), the preview's counts and listed
// conflicts against a model of the database, then what Import writes with
// the conflicts skipped or overwritten, and that closing after the preview
// writes nothing; both formats.
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleFactory>
#include <QTableWidget>
#include <algorithm>
#include <chrono>
#include <emdb/exchange.hpp>
#include <map>
#include <utility>
#include <vector>

#include "core/pendingedits.hpp"
#include "dialogs/importdialog.hpp"
#include "ui_support.hpp"
#include "window/recordactions.hpp"

using namespace browser;

namespace {

QString qpath(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

std::uint64_t nowMs() {
  return std::uint64_t(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

struct Stored {
  std::string value;
  std::uint64_t expiresAt = 0;  // 0: none
  bool operator==(const Stored&) const = default;
};
using Key = std::pair<std::string, std::string>;  // namespace, key
using Contents = std::map<Key, Stored>;

// What the import should find and do, worked out from the database's
// records (unexpired ones) and the file's, one record at a time.
struct Expected {
  qint64 fresh = 0, conflicts = 0, identical = 0, expired = 0;
  Contents skip, overwrite;  // the database afterwards
};
Expected expectedImport(const Contents& db, const std::vector<emdb::exchange::Item>& file, std::uint64_t now) {
  Expected e;
  e.skip = e.overwrite = db;
  for (const auto& it : file) {
    if (it.expires_at && it.expires_at <= now) {
      ++e.expired;
      continue;
    }
    const Key k{it.ns, it.key};
    const Stored incoming{it.value, it.expires_at};
    const auto found = db.find(k);
    if (found == db.end()) {
      ++e.fresh;
      e.skip[k] = e.overwrite[k] = incoming;
    } else if (found->second == incoming) {
      ++e.identical;
    } else {
      ++e.conflicts;
      e.overwrite[k] = incoming;
    }
  }
  return e;
}

// Every unexpired record of the database at `path`, every namespace.
Contents readBack(const std::filesystem::path& path) {
  Contents out;
  auto db = MUST(emdb::Database::builder().path(path).read_only(true).build());
  auto read = [&](const std::string& ns, const emdb::Keyspace& ks) {
    for (const auto& [k, v] : testing::contents(ks)) {
      const auto e = MUST(ks.expires_at(k));
      out[{ns, k}] = Stored{v, e.value_or(0)};
    }
  };
  read({}, db);
  for (const std::string& ns : MUST(db.list_namespaces())) {
    auto space = MUST(db.open_namespace(ns));
    read(ns, space);
  }
  return out;
}

// A database and a record file with a known mix, written to `dir`.
struct Case {
  std::filesystem::path db;
  QString file;
  Contents stored;  // the database's unexpired records
  std::vector<emdb::exchange::Item> records;
};
Case makeCase(const QTemporaryDir& dir, bool csv, std::uint64_t now) {
  Case c;
  c.db = testing::temp_db(dir, "target.emdb");
  const std::uint64_t day = 86'400'000;
  const std::string binary("\xff\x00\x01\xfe", 4);
  {
    auto db = MUST(emdb::Database::open(c.db));
    auto users = MUST(db.open_namespace("users"));
    for (const std::string ns : {"", "users"}) {
      emdb::Keyspace& ks = ns.empty() ? static_cast<emdb::Keyspace&>(db) : users;
      for (int i = 0; i < 240; ++i) {
        const std::string key = "k" + std::to_string(i);
        // Values of every fourth record run past the preview's first bytes.
        std::string value = ns + "-value-" + std::to_string(i) + (i % 4 == 0 ? std::string(300, 'x') : "");
        if (i % 10 == 0) value += binary;
        const std::uint64_t expires = i % 3 == 0 ? now + day + std::uint64_t(i) * 1000 : 0;
        MUST(ks.insert_with_ttl(key, value, expires ? emdb::Ttl::at(expires) : emdb::Ttl::none()));
        c.stored[{ns, key}] = Stored{value, expires};
        // What the file holds for this key, by i % 8.
        emdb::exchange::Item item{ns, key, value, expires};
        switch (i % 8) {
          case 0: break;                                                   // identical
          case 1: item.value += "!"; break;                                // another value
          case 2: item.value.back() = char(item.value.back() ^ 1); break;  // another value of the same size
          case 3: item.expires_at = now + 2 * day; break;                  // another expiry
          case 4: item.expires_at = 0; break;                              // none (identical when it had none)
          case 5:
            item.value = "changed";
            item.expires_at = now + 3 * day;
            break;
          case 6: item.value.insert(item.value.size() - 1, "y"); break;  // differs past the preview's bytes
          case 7: continue;                                              // not in the file
        }
        c.records.push_back(item);
      }
      // Keys the database does not hold, some with an expiry.
      for (int i = 0; i < 40; ++i)
        c.records.push_back({ns, "new" + std::to_string(i), "fresh " + std::to_string(i), i % 2 ? now + day : 0});
    }
    // A record that expired in the database: the file's one is new.
    MUST(db.insert_with_ttl("stale", "old", emdb::Ttl::at(1000)));
    c.records.push_back({"", "stale", "renewed", 0});
    // Expired records in the file are never imported.
    c.records.push_back({"users", "k1", "expired", 2000});
    c.records.push_back({"", "gone", "expired", now - 1000});
    // A namespace the database does not have.
    for (int i = 0; i < 5; ++i) c.records.push_back({"orders", "o" + std::to_string(i), std::to_string(i), 0});
    MUST(db.flush());
  }
  std::string text = csv ? emdb::exchange::csv_header() + "\n" : std::string();
  for (const auto& it : c.records)
    text += (csv ? emdb::exchange::to_csv_row(it) : emdb::exchange::to_json_line(it)) + "\n";
  c.file = dir.filePath(csv ? QStringLiteral("in.csv") : QStringLiteral("in.jsonl"));
  testing::write_file(c.file.toStdString(), text);
  return c;
}

ImportDialog* openImport(MainWindow& w, const Case& c) {
  if (!uitest::openAndWait(w, qpath(c.db))) return nullptr;
  w.recordActions()->update();
  w.recordActions()->importAction()->trigger();
  auto* d = uitest::waitForDialog<ImportDialog>();
  if (d) d->setSource(c.file);
  return d;
}

}  // namespace

class TestImportPreview : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    uitest::isolateSettings();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
  }

  // The preview counts each record as the model does and lists the first
  // conflicts as they are; Import writes what the choice says, Close nothing.
  void preview_then_import() {
    QFETCH(bool, csv);
    QFETCH(QString, choice);
    QTemporaryDir dir;
    const std::uint64_t now = nowMs();
    const Case c = makeCase(dir, csv, now);
    const Expected want = expectedImport(c.stored, c.records, now);
    // The mix holds every kind, in both namespaces.
    QVERIFY(want.fresh > 0 && want.identical > 0 && want.expired > 0);
    QVERIFY(want.conflicts > ImportDialog::kListedConflicts);
    {
      MainWindow w;
      w.show();
      auto* d = openImport(w, c);
      QVERIFY(d);
      auto* run = d->findChild<QPushButton*>(QStringLiteral("runTask"));
      QCOMPARE(run->text(), QStringLiteral("Preview"));
      const QString shown = uitest::runTask(d);
      QVERIFY2(d->preview().has_value(), qPrintable(shown));
      const ImportPreview& p = *d->preview();
      QCOMPARE(p.fresh, want.fresh);
      QCOMPARE(p.conflicts, want.conflicts);
      QCOMPARE(p.identical, want.identical);
      QCOMPARE(p.expired, want.expired);
      // Listed: the first conflicts, each one as the database and the file hold it.
      QCOMPARE(qint64(p.listed.size()), qint64(ImportDialog::kListedConflicts));
      for (const ImportConflict& l : p.listed) {
        const Key k{l.ns.toStdString(), l.key.toStdString()};
        QVERIFY(c.stored.contains(k));
        const Stored& cur = c.stored.at(k);
        const Stored& inc = want.overwrite.at(k);
        QVERIFY(!(cur == inc));
        QCOMPARE(l.currentSize, qint64(cur.value.size()));
        QCOMPARE(l.incomingSize, qint64(inc.value.size()));
        QCOMPARE(l.currentExpiresAt, qint64(cur.expiresAt));
        QCOMPARE(l.incomingExpiresAt, qint64(inc.expiresAt));
        QCOMPARE(l.valueDiffers, cur.value != inc.value);
        QVERIFY(testing::qb(cur.value).startsWith(l.currentHead));
        QVERIFY(testing::qb(inc.value).startsWith(l.incomingHead));
      }
      auto* table = d->findChild<QTableWidget*>(QStringLiteral("importConflicts"));
      QCOMPARE(table->rowCount(), ImportDialog::kListedConflicts);
      auto* listed = d->findChild<QLabel*>(QStringLiteral("importListed"));
      QVERIFY(listed->isVisible());
      QVERIFY2(listed->text().contains(QLocale().toString(want.conflicts)), qPrintable(listed->text()));
      auto* counts = d->findChild<QLabel*>(QStringLiteral("importCounts"));
      QVERIFY2(counts->text().contains(QLocale().toString(want.fresh) + QLatin1String(" new")),
               qPrintable(counts->text()));
      QCOMPARE(run->text(), QStringLiteral("Import"));
      if (!csv && choice == QLatin1String("skip"))
        uitest::saveScreenshot(d->grab(), QStringLiteral("dialog-import-preview"));

      if (choice == QLatin1String("close")) {
        d->close();
      } else {
        QSignalSpy changed(w.controller(), &DatabaseController::recordsChanged);
        d->findChild<QRadioButton*>(choice == QLatin1String("skip") ? QStringLiteral("importSkip")
                                                                    : QStringLiteral("importOverwrite"))
            ->click();
        const qint64 written = want.fresh + (choice == QLatin1String("skip") ? 0 : want.conflicts);
        const QString result = uitest::runTask(d);
        QVERIFY2(result.contains(QStringLiteral("Imported %1 record").arg(written)), qPrintable(result));
        QVERIFY(changed.count() || changed.wait(5000));
        // Imported: the preview is gone and a new one is asked for.
        QVERIFY(!d->preview());
        QCOMPARE(run->text(), QStringLiteral("Preview"));
        d->close();
      }
    }
    const Contents after = readBack(c.db);
    if (choice == QLatin1String("close"))
      QCOMPARE(after, c.stored);
    else
      QCOMPARE(after, choice == QLatin1String("skip") ? want.skip : want.overwrite);
  }
  void preview_then_import_data() {
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QString>("choice");
    for (bool csv : {false, true})
      for (const char* choice : {"skip", "overwrite", "close"})
        QTest::addRow("%s-%s", csv ? "csv" : "jsonl", choice) << csv << QString::fromLatin1(choice);
  }

  // Records whose key has an edit staged in the window are counted; the
  // import writes under those edits, which stay pending as they were.
  void staged_edits_are_counted_and_stay() {
    QTemporaryDir dir;
    const std::uint64_t now = nowMs();
    const Case c = makeCase(dir, false, now);
    const std::vector<Key> staged{{"", "k1"}, {"users", "k2"}, {"users", "new3"}, {"", "gone"}, {"", "not-in-file"}};
    qint64 want = 0;
    for (const auto& it : c.records)
      if (!(it.expires_at && it.expires_at <= now) && std::ranges::find(staged, Key{it.ns, it.key}) != staged.end())
        ++want;
    QVERIFY(want > 0);
    MainWindow w;
    w.show();
    auto* d = openImport(w, c);
    QVERIFY(d);
    for (const auto& [ns, key] : staged)
      w.pendingEdits()->put(testing::qb(ns), testing::qb(key), QByteArrayLiteral("staged"), std::nullopt,
                            QStringLiteral("stage"));
    const auto before = w.pendingEdits()->changes();
    QVERIFY(!uitest::runTask(d).isEmpty());
    QVERIFY(d->preview());
    QCOMPARE(d->preview()->staged, want);
    QVERIFY(d->findChild<QLabel*>(QStringLiteral("importStaged"))->isVisible());
    QVERIFY(uitest::runTask(d).contains(QLatin1String("Imported")));
    QCOMPARE(w.pendingEdits()->changes(), before);
  }

  // Another file asks for a new preview, also one chosen while a preview
  // runs; a bad line is named by the preview and nothing is written; a file
  // that is not there is refused.
  void bad_input_and_a_new_file() {
    QTemporaryDir dir;
    const std::uint64_t now = nowMs();
    const Case c = makeCase(dir, false, now);
    const QString bad = dir.filePath(QStringLiteral("bad.jsonl"));
    testing::write_file(bad.toStdString(),
                        "{\"ns\": \"\", \"key\": \"a\", \"value\": \"1\", \"expires_at\": null}\n"
                        "{\"ns\": \"\", \"key\": \"b\", \"value\": 2}\n");
    {
      MainWindow w;
      w.show();
      auto* d = openImport(w, c);
      QVERIFY(d);
      auto* run = d->findChild<QPushButton*>(QStringLiteral("runTask"));
      QVERIFY(!uitest::runTask(d).isEmpty());
      QVERIFY(d->preview());
      d->setSource(bad);
      QVERIFY(!d->preview());
      QCOMPARE(run->text(), QStringLiteral("Preview"));
      const QString result = uitest::runTask(d);
      QVERIFY2(result.contains(QLatin1String("line 2")), qPrintable(result));
      QVERIFY(!d->preview());
      // Another file chosen while a preview runs: that preview is not shown.
      d->setSource(c.file);
      auto* line = d->findChild<QLabel*>(QStringLiteral("taskResult"));
      line->hide();
      run->click();
      d->setSource(bad);
      QTRY_VERIFY_WITH_TIMEOUT(line->isVisible(), 60000);
      QVERIFY2(line->text().contains(QLatin1String("preview again")), qPrintable(line->text()));
      QVERIFY(!d->preview());
      QCOMPARE(run->text(), QStringLiteral("Preview"));
      d->setSource(dir.filePath(QStringLiteral("missing.jsonl")));
      QVERIFY(!uitest::runTask(d).isEmpty());
      QVERIFY(!d->preview());
      d->close();
    }
    QCOMPARE(readBack(c.db), c.stored);
  }
};

QTEST_MAIN(TestImportPreview)
#include "tst_import_preview.moc"
