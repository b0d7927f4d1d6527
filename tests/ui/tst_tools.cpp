// The Tools menu and expiry edits end to end, offscreen: each dialog's effect
// on the file, checked by reopening it with the engine, and a screenshot of
// each dialog.
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleFactory>
#include <QTimer>

#include "codec.hpp"
#include "core/pendingedits.hpp"
#include "dialogs/backupdialog.hpp"
#include "dialogs/compactdialog.hpp"
#include "dialogs/encryptiondialog.hpp"
#include "dialogs/exportdialog.hpp"
#include "dialogs/importdialog.hpp"
#include "dialogs/integritydialog.hpp"
#include "dialogs/statisticsdialog.hpp"
#include "dialogs/ttldialog.hpp"
#include "ui_support.hpp"
#include "widgets/barchart.hpp"
#include "window/maintenanceactions.hpp"
#include "window/recordactions.hpp"

using namespace browser;

namespace {

QString qpath(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

// Creates the database `target` in `w`, and opens the import dialog on `file`.
ImportDialog* importInto(MainWindow& w, const std::filesystem::path& target, const QString& file) {
  if (!uitest::openRequestAndWait(w, OpenRequest{qpath(target), false, true, std::nullopt})) return nullptr;
  w.recordActions()->update();
  w.recordActions()->importAction()->trigger();
  auto* d = uitest::waitForDialog<ImportDialog>();
  if (d) d->setSource(file);
  return d;
}

void select(MainWindow& w, const QList<QByteArray>& keys) {
  w.keyTable()->clearSelection();
  for (const QByteArray& k : keys)
    w.keyTable()->selectionModel()->select(w.keyModel()->index(uitest::rowOf(w, k), 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
  w.recordActions()->update();
}

}  // namespace

class TestTools : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    uitest::isolateSettings();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
  }

  void compaction_shrinks_the_file() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    std::map<std::string, std::string> want;
    {
      auto db = MUST(emdb::Database::open(path));
      for (int round = 0; round < 10; ++round)
        for (int i = 0; i < 1000; ++i) {
          const std::string k = "k" + std::to_string(i), v = std::string(100, char('a' + round)) + k;
          MUST(db.insert(k, v));
          want[k] = v;
        }
      MUST(db.flush());
    }
    const auto before = std::filesystem::file_size(path);
    {
      MainWindow w;
      w.show();
      QVERIFY(uitest::openAndWait(w, qpath(path)));
      QVERIFY(w.maintenanceActions()->compact()->isEnabled());
      w.maintenanceActions()->compact()->trigger();
      auto* d = uitest::waitForDialog<CompactDialog>();
      QVERIFY(d);
      auto* figures = d->findChild<QLabel*>(QStringLiteral("compactFigures"));
      QTRY_VERIFY(!figures->text().isEmpty());
      const QString result = uitest::runTask(d);
      QVERIFY2(result.startsWith(QLatin1String("Done")), qPrintable(result));
      uitest::saveScreenshot(d->grab(), QStringLiteral("dialog-compact"));
      d->close();
      // The compaction wrote a checkpoint of the new journal at once.
      QVERIFY(std::filesystem::exists(path.string() + ".hint"));
    }
    const auto after = std::filesystem::file_size(path);
    QVERIFY2(after < before / 5, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    auto db = MUST(emdb::Database::open(path));
    QCOMPARE(testing::contents(db), want);
  }

  void backup_opens_with_the_same_records() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "ns.emdb");
    const QString target = dir.filePath(QStringLiteral("copy.emdb"));
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    w.maintenanceActions()->backup()->trigger();
    auto* d = uitest::waitForDialog<BackupDialog>();
    QVERIFY(d);
    d->setTarget(qpath(path));  // the database itself: refused
    QVERIFY(uitest::runTask(d).contains(QLatin1String("cannot be the database itself")));
    d->setTarget(target);
    const QString result = uitest::runTask(d);
    QVERIFY2(result.contains(QLatin1String("5 record")), qPrintable(result));
    uitest::saveScreenshot(d->grab(), QStringLiteral("dialog-backup"));
    // The database's own files are refused; an existing backup is replaced only when the user says so.
    d->setTarget(qpath(path) + QStringLiteral(".meta"));
    QVERIFY(uitest::runTask(d).contains(QLatin1String("own files")));
    d->setTarget(target);
    const auto stamp = std::filesystem::last_write_time(target.toStdString());
    uitest::answerNextQuestion(QMessageBox::Cancel);
    const QString kept = uitest::runTask(d);
    QVERIFY2(kept.contains(QLatin1String("exists already")), qPrintable(kept));
    QCOMPARE(std::filesystem::last_write_time(target.toStdString()), stamp);
    uitest::answerNextQuestion(QMessageBox::Yes);
    QVERIFY(uitest::runTask(d).contains(QLatin1String("5 record")));
    d->close();
    auto copy = MUST(emdb::Database::builder().path(target.toStdString()).read_only(true).build());
    auto original = MUST(emdb::Database::builder().path(path).read_only(true).build());
    QCOMPARE(testing::contents(copy), testing::contents(original));
    for (const char* ns : {"users", "sessions"})
      QCOMPARE(testing::contents(MUST(copy.open_namespace(ns))), testing::contents(MUST(original.open_namespace(ns))));
  }

  void key_rotation_leaves_only_the_new_key() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "enc-aes-pass.emdb");
    const QString newKey = QStringLiteral("ff").repeated(32);
    {
      MainWindow w;
      w.show();
      QVERIFY(uitest::openRequestAndWait(
          w,
          OpenRequest{qpath(path), false, false, Secret(Passphrase{QStringLiteral("correct horse battery staple")})}));
      QVERIFY(w.maintenanceActions()->changeKey()->isEnabled());
      QVERIFY(!w.maintenanceActions()->encrypt()->isEnabled());
      w.maintenanceActions()->changeKey()->trigger();
      auto* d = uitest::waitForDialog<EncryptionDialog>();
      QVERIFY(d);
      QVERIFY(!d->findChild<QPushButton*>(QStringLiteral("runTask"))->isEnabled());
      QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("newKey")), newKey);
      QVERIFY(d->newSecret());
      auto* cipher = d->findChild<QComboBox*>(QStringLiteral("cipherChoice"));
      cipher->setCurrentIndex(cipher->findText(QStringLiteral("ChaCha20-Poly1305")));
      uitest::saveScreenshot(d->grab(), QStringLiteral("dialog-change-key"));
      QSignalSpy finished(d, &EncryptionDialog::finished);
      const QString result = uitest::runTask(d);
      QVERIFY2(result.startsWith(QLatin1String("Done")), qPrintable(result));
      QCOMPARE(finished.count(), 1);
      // The browser reopened the file with the new key.
      QTRY_VERIFY(w.controller()->isOpen());
      QCOMPARE(w.controller()->info()->cipher, QStringLiteral("ChaCha20-Poly1305"));
      d->close();
    }
    EMDB_VERIFY_ERROR(
        emdb::Database::builder().path(path).encryption_passphrase("correct horse battery staple").build(),
        emdb::ErrorCode::EncryptionError);
    emdb::RawKey key;
    key.fill(0xff);
    auto db = MUST(emdb::Database::builder().path(path).encryption_key(key).build());
    QCOMPARE(testing::contents(db), (std::map<std::string, std::string>{{"a", "1"}, {"b", "2"}}));
  }

  void encrypt_then_decrypt_a_plain_file() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    w.maintenanceActions()->encrypt()->trigger();
    auto* d = uitest::waitForDialog<EncryptionDialog>();
    QVERIFY(d);
    d->findChild<QLineEdit*>(QStringLiteral("newPassphrase"))->setText(QStringLiteral("s3cret pass"));
    d->findChild<QLineEdit*>(QStringLiteral("confirmPassphrase"))->setText(QStringLiteral("s3cret pas"));
    QVERIFY(!d->newSecret());  // the two differ
    d->findChild<QLineEdit*>(QStringLiteral("confirmPassphrase"))->setText(QStringLiteral("s3cret pass"));
    QVERIFY(uitest::runTask(d).startsWith(QLatin1String("Done")));
    d->close();
    QTRY_VERIFY(w.controller()->isOpen());
    QCOMPARE(w.controller()->info()->cipher, QStringLiteral("AES-256-GCM"));
    QCOMPARE(MUST(emdb::Database::encryption_of(path)), std::optional<emdb::Cipher>(emdb::Cipher::Aes256Gcm));
    QTRY_VERIFY(w.maintenanceActions()->decrypt()->isEnabled());
    w.maintenanceActions()->decrypt()->trigger();
    auto* back = uitest::waitForDialog<EncryptionDialog>();
    QVERIFY(back && back->isVisible());
    QVERIFY(uitest::runTask(back).startsWith(QLatin1String("Done")));
    back->close();
    QTRY_VERIFY(w.controller()->isOpen());
    QVERIFY(w.controller()->info()->cipher.isEmpty());
    w.controller()->close();
    QTest::qWait(200);
    auto db = MUST(emdb::Database::builder().path(path).read_only(true).build());
    QCOMPARE(MUST(db.len()), std::size_t(103));
  }

  void integrity_check_finds_the_damage() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    std::string bytes = testing::read_file(path);
    const auto at = bytes.find("alice-60");
    bytes[at] = 'X';
    testing::write_file(path, bytes);
    const auto expected = MUST(emdb::Database::check(path));
    QVERIFY(expected.first_bad_offset);
    MainWindow w;
    w.show();
    QVERIFY(uitest::openRequestAndWait(w, OpenRequest{qpath(path), true, false, std::nullopt}));
    w.maintenanceActions()->integrity()->trigger();
    auto* d = uitest::waitForDialog<IntegrityDialog>();
    QVERIFY(d);
    const QString result = uitest::runTask(d);
    QVERIFY2(result.contains(QLocale().toString(qulonglong(*expected.first_bad_offset))), qPrintable(result));
    QVERIFY(*expected.first_bad_offset <= at);
    QVERIFY(d->findChild<QLabel*>(QStringLiteral("integrityReport"))
                ->text()
                .contains(QLocale().toString(qulonglong(expected.frames))));
    uitest::saveScreenshot(d->grab(), QStringLiteral("dialog-integrity"));
  }

  // A file where emdb bound a name to the default namespace after an earlier
  // version's markers: sound, with a note naming the binding and its byte.
  void integrity_check_shows_notes() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    std::string j;
    emdb::detail::append_plain_frame(j, {emdb::format::Kind::Insert, 0, "k", "v", 0});
    const std::size_t at = j.size();
    emdb::detail::append_plain_frame(j, {emdb::format::Kind::NamespaceName, 0, "fromrust", {}, 0});
    testing::write_file(path, j);
    MainWindow w;
    w.show();
    QVERIFY(uitest::openRequestAndWait(w, OpenRequest{qpath(path), true, false, std::nullopt}));
    w.maintenanceActions()->integrity()->trigger();
    auto* d = uitest::waitForDialog<IntegrityDialog>();
    QVERIFY(d);
    uitest::runTask(d);
    const QString report = d->findChild<QLabel*>(QStringLiteral("integrityReport"))->text();
    QVERIFY2(report.contains(QStringLiteral("fromrust")), qPrintable(report));
    QVERIFY2(report.contains(IntegrityDialog::tr("byte %1: %2").arg(QLocale().toString(qulonglong(at)), QString())),
             qPrintable(report));
  }

  void statistics_draw_where_the_bytes_go() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.emdb"));
    MainWindow w;
    w.show();
    QSignalSpy opened(w.controller(), &DatabaseController::opened);
    w.createSample(path);
    QVERIFY(opened.wait(60000));
    w.maintenanceActions()->statistics()->trigger();
    auto* d = uitest::waitForDialog<StatisticsDialog>();
    QVERIFY(d);
    QTRY_VERIFY_WITH_TIMEOUT(d->scanned(), 30000);
    QCOMPARE(d->findChildren<BarChart*>().size(), 6);
    auto sum = [d](const char* name) {
      double total = 0;
      for (const auto& b : d->findChild<BarChart*>(QLatin1String(name))->bars()) total += b.value;
      return qint64(total);
    };
    const qint64 records = w.controller()->info()->records;
    QCOMPARE(d->findChild<BarChart*>(QStringLiteral("chartRecordsPerNamespace"))->bars().size(), std::size_t(6));
    QCOMPARE(sum("chartRecordsPerNamespace"), records);
    QCOMPARE(sum("chartExpiry"), records);
    const auto expiry = d->findChild<BarChart*>(QStringLiteral("chartExpiry"))->bars();
    QCOMPARE(qint64(expiry.front().value), 16);  // the sample's expired sessions
    QCOMPARE(sum("chartKeySizes"), records - 16);
    QCOMPARE(sum("chartValueSizes"), records - 16);
    QTest::qWait(50);
    uitest::saveScreenshot(d->grab(), QStringLiteral("dialog-statistics"));
    // The charts take the palette's colours: readable in dark mode too.
    QApplication::setPalette(uitest::darkPalette());
    QTest::qWait(50);
    const QImage dark = d->grab().toImage();
    uitest::saveScreenshot(QPixmap::fromImage(dark), QStringLiteral("dialog-statistics-dark"));
    QApplication::setPalette(QPalette());
    const QPoint title = d->findChild<BarChart*>(QStringLiteral("chartBytes"))->mapTo(d, QPoint(2, 2));
    QVERIFY(qGray(dark.pixel(title * dark.devicePixelRatio())) < 100);  // a dark background behind the chart
  }

  // An export re-imported into an empty file gives the same contents, in
  // both formats; a bad line is named and nothing of the file is written.
  void export_then_import_round_trips() {
    QFETCH(bool, csv);
    QTemporaryDir dir;
    const auto source = testing::copy_fixture(dir, "plain.emdb");
    const QString file = dir.filePath(csv ? QStringLiteral("out.csv") : QStringLiteral("out.jsonl"));
    {
      MainWindow w;
      w.show();
      QVERIFY(uitest::openAndWait(w, qpath(source)));
      QVERIFY(uitest::showNamespace(w, {}));
      w.recordActions()->exportAction()->trigger();
      auto* d = uitest::waitForDialog<ExportDialog>();
      QVERIFY(d);
      d->setWhat(ExportDialog::What::Namespace);
      d->setCsv(csv);
      d->setTarget(file);
      const QString result = uitest::runTask(d);
      QVERIFY2(result.contains(QLatin1String("103")), qPrintable(result));
      if (csv) uitest::saveScreenshot(d->grab(), QStringLiteral("dialog-export"));
      d->close();
    }
    const auto target = testing::temp_db(dir, "empty.emdb");
    {
      MainWindow w;
      w.show();
      auto* d = importInto(w, target, file);
      QVERIFY(d);
      QSignalSpy changed(w.controller(), &DatabaseController::recordsChanged);
      // The preview first: every record is new to the empty file.
      QVERIFY(!uitest::runTask(d).isEmpty());
      QVERIFY(d->preview());
      QCOMPARE(d->preview()->fresh, qint64(103));
      QCOMPARE(changed.count(), 0);
      const QString result = uitest::runTask(d);
      QVERIFY2(result.contains(QLatin1String("103")), qPrintable(result));
      QVERIFY(changed.count() || changed.wait(5000));
      QTRY_COMPARE(w.keyModel()->rowCount(), 103);
      if (!csv) uitest::saveScreenshot(d->grab(), QStringLiteral("dialog-import"));
      d->close();
    }
    auto a = MUST(emdb::Database::builder().path(source).read_only(true).build());
    auto b = MUST(emdb::Database::builder().path(target).read_only(true).build());
    QCOMPARE(testing::contents(b), testing::contents(a));
    // The window closed the imported database with a checkpoint of all of it.
    const auto st = MUST(b.stats());
    QCOMPARE(st.checkpoint_bytes, st.logical_size_bytes);
  }
  void export_then_import_round_trips_data() {
    QTest::addColumn<bool>("csv");
    QTest::newRow("jsonl") << false;
    QTest::newRow("csv") << true;
  }

  void import_names_a_bad_line() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.csv"));
    testing::write_file(file.toStdString(),
                        "ns,key,value,expires_at,encoding\n"
                        ",a,\"one, with a comma\",,\n"
                        ",b,\"two\nlines and \"\"quotes\"\"\",,\n"
                        ",c,three,soon,\n");
    const auto target = testing::temp_db(dir, "t.emdb");
    {
      MainWindow w;
      w.show();
      auto* d = importInto(w, target, file);
      QVERIFY(d);
      const QString result = uitest::runTask(d);
      // The record on line 5 (after a value spanning two lines) is named.
      QVERIFY2(result.contains(QLatin1String("line 5")), qPrintable(result));
      QVERIFY(result.contains(QLatin1String("expires_at")));
      // Fix the line: both tricky values arrive intact.
      testing::write_file(file.toStdString(),
                          "ns,key,value,expires_at,encoding\n"
                          ",a,\"one, with a comma\",,\n"
                          ",b,\"two\nlines and \"\"quotes\"\"\",,\n");
      QVERIFY(!uitest::runTask(d).isEmpty());  // the preview
      QVERIFY(d->preview());
      QVERIFY(uitest::runTask(d).contains(QLatin1String("2 record")));
    }
    auto db = MUST(emdb::Database::open(target));
    QCOMPARE(testing::contents(db),
             (std::map<std::string, std::string>{{"a", "one, with a comma"}, {"b", "two\nlines and \"quotes\""}}));
  }

  void expiry_edits_and_sweep() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    {
      auto db = MUST(emdb::Database::open(path));
      MUST(db.insert_with_ttl("stale", "x", emdb::Ttl::at(1000)));
      MUST(db.flush());
    }
    {
      MainWindow w;
      w.show();
      QVERIFY(uitest::openAndWait(w, qpath(path)));
      QVERIFY(uitest::showNamespace(w, {}));
      QCOMPARE(uitest::cell(w, uitest::rowOf(w, "stale"), KeyTableModel::ValueColumn), QStringLiteral("(expired)"));
      QSignalSpy changed(w.controller(), &DatabaseController::recordsChanged);
      select(w, {"user:1", "user:2", "user:3"});
      w.recordActions()->expiryAction()->trigger();
      auto* d = uitest::waitForDialog<TtlDialog>();
      QVERIFY(d);
      QVERIFY(d->findChild<QRadioButton*>(QStringLiteral("ttlNone"))->isChecked());
      QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("ttlDuration")), QStringLiteral("2h"));
      QVERIFY(d->expiresAt() && *d->expiresAt() > 0);
      uitest::saveScreenshot(d->grab(), QStringLiteral("dialog-expiry"));
      d->accept();
      // user:2 loses its expiry again; user:4's is typed in the table.
      select(w, {"user:2"});
      w.recordActions()->persistAction()->trigger();
      const QModelIndex cell = w.keyModel()->index(uitest::rowOf(w, "user:4"), KeyTableModel::ExpiresColumn);
      w.keyTable()->edit(cell);
      auto* editor = w.keyTable()->findChild<QLineEdit*>(QStringLiteral("expiryEditor"));
      QVERIFY(editor);
      editor->setText(QStringLiteral("3h"));
      QTest::keyClick(editor, Qt::Key_Return);
      QTRY_VERIFY(w.pendingEdits()->find({}, "user:4"));
      QCOMPARE(w.pendingEdits()->count(), 4);
      w.writeChangesAction()->trigger();
      QVERIFY(changed.wait(10000));
      // Sweep: the expired record goes.
      QSignalSpy swept(w.controller(), &DatabaseController::swept);
      w.maintenanceActions()->sweep()->trigger();
      QVERIFY(swept.wait(10000));
      QCOMPARE(swept.first().first().toLongLong(), 1);
    }
    auto db = MUST(emdb::Database::open(path));
    const auto now = std::uint64_t(QDateTime::currentMSecsSinceEpoch());
    for (const char* k : {"user:1", "user:3"}) {
      const auto e = MUST(db.expires_at(k));
      QVERIFY(e && *e > now + 7'000'000 && *e < now + 7'300'000);
      QVERIFY(MUST(db.get(k)));
    }
    QCOMPARE(MUST(db.expires_at("user:2")), std::optional<std::uint64_t>());
    const auto four = MUST(db.expires_at("user:4"));
    QVERIFY(four && *four > now + 10'700'000 && *four < now + 10'900'000);
    QCOMPARE(MUST(db.get("user:2")), std::optional<std::string>("alice-2"));
    QVERIFY(!MUST(db.contains_key("stale")));
    QCOMPARE(MUST(db.len()), std::size_t(103));
  }
};

QTEST_MAIN(TestTools)
#include "tst_tools.moc"
