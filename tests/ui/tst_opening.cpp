// Opening and the words around it: an empty file is made a database only
// when the user says so; the passphrase dialogs compare, reveal and keep
// what was typed; counts read as English ("1 record", "1 byte"); Open Recent
// tells two files of one name apart; a closed window keeps no stale count;
// --help needs no display.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>

#include "core/translations.hpp"
#include "core/valueformat.hpp"
#include "dialogs/encryptiondialog.hpp"
#include "dialogs/keydialog.hpp"
#include "ui_support.hpp"
#include "widgets/rangefilter.hpp"

using namespace browser;

namespace {

QString qpath(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

QMessageBox* waitForBox(const QString& name) { return uitest::waitForDialog<QMessageBox>(name); }

}  // namespace

class TestOpening : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    uitest::isolateSettings();
    installTranslations(QStringLiteral("en"));
  }
  void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

  // An empty file: the window asks, writes nothing while it asks or after
  // Cancel, and makes it a database on request.
  void empty_file_asks_first() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.emdb"));
    QFile(path).open(QIODevice::WriteOnly);
    MainWindow w;
    w.show();
    w.openFile(path);
    QMessageBox* box = waitForBox(QStringLiteral("emptyFileDialog"));
    QVERIFY(box);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".meta")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(100);
    QVERIFY(!w.controller()->isOpen());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("empty.emdb")});

    QSignalSpy opened(w.controller(), &DatabaseController::opened);
    w.openFile(path);
    box = waitForBox(QStringLiteral("emptyFileDialog"));
    QVERIFY(box);
    box->findChild<QAbstractButton*>(QStringLiteral("makeDatabase"))->click();
    QVERIFY(opened.wait(10000));
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".meta")));

    // Read-only: nothing to make, nothing written.
    const QString other = dir.filePath(QStringLiteral("other.emdb"));
    QFile(other).open(QIODevice::WriteOnly);
    w.openFile(other, true);
    box = waitForBox(QStringLiteral("emptyFileDialog"));
    QVERIFY(box);
    QVERIFY(!box->findChild<QAbstractButton*>(QStringLiteral("makeDatabase")));
    box->button(QMessageBox::Close)->click();
    QVERIFY(!QFileInfo::exists(other + QStringLiteral(".meta")));
  }

  // New passphrases are compared as they are typed; a key can be shown.
  void encryption_dialog_says_what_is_wrong() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    MainWindow w;
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    EncryptionDialog d(EncryptionDialog::Mode::Enable, w.controller(), &w);
    d.show();
    auto* pass = d.findChild<QLineEdit*>(QStringLiteral("newPassphrase"));
    auto* again = d.findChild<QLineEdit*>(QStringLiteral("confirmPassphrase"));
    auto* key = d.findChild<QLineEdit*>(QStringLiteral("newKey"));
    auto* problem = d.findChild<QLabel*>(QStringLiteral("secretProblem"));
    auto* run = d.findChild<QPushButton*>(QStringLiteral("runTask"));
    QTest::keyClicks(pass, QStringLiteral("correct horse"));
    QVERIFY(!problem->isVisible());  // nothing typed again yet
    QTest::keyClicks(again, QStringLiteral("correct hose"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("differ")));
    QVERIFY(!run->isEnabled());
    again->clear();
    QTest::keyClicks(again, QStringLiteral("correct horse"));
    QVERIFY(!problem->isVisible());
    QVERIFY(run->isEnabled());

    QTest::keyClicks(key, QStringLiteral("00ff"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("64 hex digits")));
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    d.findChild<QToolButton*>(QStringLiteral("newKeyShow"))->click();
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    d.findChild<QToolButton*>(QStringLiteral("newKeyShow"))->click();
    QCOMPARE(key->echoMode(), QLineEdit::Password);
  }

  // A wrong key brings the dialog back with the same choice and text.
  void wrong_key_keeps_what_was_typed() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "enc-chacha-key.emdb");
    MainWindow w;
    w.show();
    QSignalSpy opened(w.controller(), &DatabaseController::opened);
    w.openFile(qpath(path));
    KeyDialog* d = uitest::waitForDialog<KeyDialog>();
    QVERIFY(d);
    const QString wrong = QStringLiteral("00").repeated(32);
    QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("rawKey")), wrong);
    d->accept();
    QTRY_VERIFY(uitest::waitForDialog<KeyDialog>() && uitest::waitForDialog<KeyDialog>() != d);
    d = uitest::waitForDialog<KeyDialog>();
    QCOMPARE(d->entry().kind, KeyDialog::Entry::Kind::Key);
    QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("rawKey"))->text(), wrong);
    QVERIFY(d->findChild<QLabel*>(QStringLiteral("keyProblem"))->isVisible());
    auto* field = d->findChild<QLineEdit*>(QStringLiteral("rawKey"));
    field->setText(QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
    d->accept();
    QVERIFY(opened.wait(10000));
  }

  // Counts and sizes read as English; the German state says what it means.
  void counts_read_as_english() {
    QCOMPARE(sizeDisplay(1), QStringLiteral("1 byte"));
    QCOMPARE(sizeDisplay(2), QStringLiteral("2 bytes"));
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(emdb::Database::builder().path(path).build());
      MUST(db.insert("only", "1"));
      MUST(db.flush());
    }
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    QTRY_COMPARE(w.findChild<QLabel*>(QStringLiteral("recordsLabel"))->text(), QStringLiteral("1 record"));
    auto* status = w.rangeFilter()->findChild<QLabel*>(QStringLiteral("filterStatus"));
    QTRY_COMPARE(status->text(), QStringLiteral("1 key"));
    QCOMPARE(w.findChild<QLabel*>(QStringLiteral("stateLabel"))->text(),
             QStringLiteral("Not encrypted · Writable; other writers are locked out"));
    // Closed: no count of the file that was open.
    QSignalSpy closed(w.controller(), &DatabaseController::closed);
    w.controller()->close();
    QVERIFY(closed.count() || closed.wait(10000));
    QCOMPARE(status->text(), QString());
  }

  void counts_read_as_english_in_german() {
    QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    MainWindow w;
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    const QString state = w.findChild<QLabel*>(QStringLiteral("stateLabel"))->text();
    QVERIFY2(state.contains(QLatin1String("Beschreibbar")) && !state.contains(QLatin1String("Zum Schreiben gesperrt")), qPrintable(state));
    installTranslations(QStringLiteral("en"));
  }

  // Two files of one name in Open Recent say where each is.
  void open_recent_names_folders() {
    QTemporaryDir a, b;
    const auto first = testing::copy_fixture(a, "plain.emdb");
    const auto second = testing::copy_fixture(b, "plain.emdb");
    MainWindow w;
    QVERIFY(uitest::openAndWait(w, qpath(first)));
    QVERIFY(uitest::openAndWait(w, qpath(second)));
    auto* menu = w.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    QStringList labels;
    for (QAction* act : menu->actions())
      if (!act->isSeparator()) labels << act->text();
    QVERIFY2(labels.size() >= 3, qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY(labels[0].contains(QDir::toNativeSeparators(b.path())));
    QVERIFY(labels[1].contains(QDir::toNativeSeparators(a.path())));
    QVERIFY(labels[0] != labels[1]);
  }

  // --help and --version print and exit 0 with no display at all.
  void help_needs_no_display() {
    for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("--version")}) {
      QProcess p;
      QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
      env.remove(QStringLiteral("DISPLAY"));
      env.remove(QStringLiteral("WAYLAND_DISPLAY"));
      env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
      p.setProcessEnvironment(env);
      p.start(QStringLiteral(EMDB_BROWSER_BIN), {flag});
      QVERIFY(p.waitForFinished(30000));
      const QString out = QString::fromUtf8(p.readAllStandardOutput());
      QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
               qPrintable(QString::fromUtf8(p.readAllStandardError())));
      QVERIFY2(flag == QLatin1String("--version") ? out.contains(QLatin1String("emdb")) : out.contains(QLatin1String("--read-only")),
               qPrintable(out));
    }
  }
};

QTEST_MAIN(TestOpening)
#include "tst_opening.moc"
