// The browser end to end, offscreen: fixtures shown as their manifests list
// them, edits made through the window reaching the file, the passphrase, lock
// and damage dialogs, and screenshots of the window.
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStyleFactory>
#include <QTimer>
#include <QToolButton>

#include "core/pendingedits.hpp"
#include "core/valueformat.hpp"
#include "dialogs/addrecorddialog.hpp"
#include "dialogs/compactdialog.hpp"
#include "dialogs/keydialog.hpp"
#include "dialogs/lockdialog.hpp"
#include "ui_support.hpp"
#include "widgets/keyedit.hpp"
#include "widgets/valuepanel.hpp"
#include "window/maintenanceactions.hpp"
#include "window/recordactions.hpp"

using namespace browser;
using uitest::cell;

namespace {

QString qpath(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

QByteArray fileBytes(const std::filesystem::path& p) {
  QFile f(qpath(p));
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void select(MainWindow& w, const QByteArray& key) {
  w.keyTable()->clearSelection();
  w.keyTable()->selectRow(uitest::rowOf(w, key));
  w.recordActions()->update();
}

void selectRow(MainWindow& w, int row) {
  w.keyTable()->setCurrentIndex(w.keyModel()->index(row, 0));
  w.keyTable()->selectRow(row);
}

bool waitForValue(MainWindow& w, const QByteArray& key) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < 10000) {
    if (w.valuePanel()->hasRecord() && w.valuePanel()->key() == key) return true;
    QTest::qWait(20);
  }
  return false;
}

QString editorText(MainWindow& w) {
  return w.valuePanel()->findChild<QPlainTextEdit*>(QStringLiteral("valueEditor"))->toPlainText();
}

}  // namespace

class TestBrowser : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { uitest::isolateSettings(); }

  void fixtures_show_their_manifest_data() {
    QFETCH(QString, fixture);
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, fixture.toStdString());
    const auto expected = uitest::expectedRecords(fixture);
    QVERIFY(!expected.empty());
    std::map<QByteArray, std::vector<uitest::Expected>> byNs;
    for (const auto& e : expected) byNs[e.ns].push_back(e);

    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    // The tree: the default namespace, then every named one, with counts.
    auto* tree = w.namespaceModel();
    QCOMPARE(tree->data(tree->index(0, 0), Qt::DisplayRole).toString(), QStringLiteral("(default)"));
    std::set<QByteArray> shown;
    for (int i = 0; i < tree->rowCount(); ++i) shown.insert(tree->scopeOf(tree->index(i, 0)).ns);
    for (const auto& [ns, records] : byNs) {
      QVERIFY2(shown.count(ns), ns.constData());
      const QModelIndex at = tree->indexOfNamespace(ns);
      QCOMPARE(tree->data(tree->index(at.row(), NamespaceModel::CountColumn), Qt::DisplayRole).toString(),
               QLocale().toString(qint64(records.size())));
      QVERIFY(uitest::showNamespace(w, ns));
      // The table: every key in byte order, binary ones in hex.
      QList<QByteArray> want;
      for (const auto& e : records) want << e.key;
      std::sort(want.begin(), want.end());
      QCOMPARE(uitest::tableKeys(w), want);
      for (const auto& e : records) {
        const int row = uitest::rowOf(w, e.key);
        QCOMPARE(cell(w, row, KeyTableModel::KeyColumn),
                 isPrintableText(e.key) ? QString::fromUtf8(e.key) : toHex(e.key));
        const bool expired = e.expiresAt > 0 && e.expiresAt <= QDateTime::currentMSecsSinceEpoch();
        if (expired) {
          QCOMPARE(cell(w, row, KeyTableModel::ValueColumn), QStringLiteral("(expired)"));
        } else {
          QCOMPARE(cell(w, row, KeyTableModel::ValueColumn), valuePreview(e.value.left(256), e.value.size()));
          QCOMPARE(w.keyModel()->data(w.keyModel()->index(row, 0), KeyTableModel::ExpiresAtRole).toLongLong(),
                   e.expiresAt);
        }
      }
    }
    if (fixture == QLatin1String("plain.emdb")) {
      // The binary key and the 100 KiB value reach the value panel intact.
      QVERIFY(uitest::showNamespace(w, {}));
      const QByteArray binary("\x00\xff\x01", 3);
      selectRow(w, uitest::rowOf(w, binary));
      QVERIFY(waitForValue(w, binary));
      QCOMPARE(w.valuePanel()->effectiveMode(), ValuePanel::Mode::Hex);
      QCOMPARE(*w.valuePanel()->editedValue(), QByteArray("\xde\xad", 2));
      selectRow(w, uitest::rowOf(w, "big"));
      QVERIFY(waitForValue(w, "big"));
      QByteArray big;
      for (const auto& e : byNs[{}])
        if (e.key == "big") big = e.value;
      QCOMPARE(big.size(), 100 * 1024);
      QCOMPARE(*w.valuePanel()->editedValue(), big);
    }
  }
  void fixtures_show_their_manifest_data_data() {
    QTest::addColumn<QString>("fixture");
    for (const char* f : {"plain.emdb", "ns.emdb", "ttl.emdb"}) QTest::newRow(f) << QString::fromLatin1(f);
  }

  // 100,000 records: the first rows show at once and any row loads on demand.
  void large_fixture_pages_on_demand() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "large.emdb");
    MainWindow w;
    w.resize(1200, 700);
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    QSignalSpy ready(w.keyModel(), &KeyTableModel::scopeReady);
    QTRY_COMPARE(w.keyModel()->rowCount(), 100000);
    QTRY_VERIFY(w.keyModel()->isLoaded(0));
    QCOMPARE(cell(w, 0, 0), QStringLiteral("key-000000"));
    // Far rows are not loaded until the view looks at them.
    QVERIFY(!w.keyModel()->isLoaded(73456));
    w.keyTable()->scrollTo(w.keyModel()->index(73456, 0), QAbstractItemView::PositionAtCenter);
    QTRY_VERIFY(w.keyModel()->isLoaded(73456));
    QCOMPARE(cell(w, 73456, 0), QStringLiteral("key-073456"));
    QCOMPARE(cell(w, 73456, 1), QStringLiteral("73456").repeated(13).left(64));
    w.keyTable()->scrollToBottom();
    QTRY_VERIFY(w.keyModel()->isLoaded(99999));
    QCOMPARE(cell(w, 99999, 0), QStringLiteral("key-099999"));
  }

  // Edits are staged (marked in the table, undoable), then Write Changes
  // writes them as one batch; Revert drops them.
  void edits_reach_the_file() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    const QByteArray before = fileBytes(path);
    {
      MainWindow w;
      w.show();
      QVERIFY(uitest::openAndWait(w, qpath(path)));
      QVERIFY(uitest::showNamespace(w, {}));
      PendingEdits* pending = w.pendingEdits();
      QVERIFY(!w.writeChangesAction()->isEnabled());

      // Edit a value in the value panel and apply it.
      selectRow(w, uitest::rowOf(w, "k"));
      QVERIFY(waitForValue(w, "k"));
      QCOMPARE(editorText(w), QStringLiteral("v2"));
      auto* editor = w.valuePanel()->findChild<QPlainTextEdit*>(QStringLiteral("valueEditor"));
      editor->selectAll();
      QTest::keyClicks(editor, QStringLiteral("edited value"));
      QVERIFY(w.valuePanel()->isModified());
      QTest::mouseClick(w.valuePanel()->findChild<QPushButton*>(QStringLiteral("saveValue")), Qt::LeftButton);
      QVERIFY(pending->find({}, "k"));
      QVERIFY(w.writeChangesAction()->isEnabled());
      const int kRow = uitest::rowOf(w, "k");
      QVERIFY(w.keyModel()->data(w.keyModel()->index(kRow, 0), KeyTableModel::PendingRole).toBool());
      QCOMPARE(cell(w, kRow, KeyTableModel::ValueColumn), QStringLiteral("edited value"));

      // Add a record with a TTL through the dialog.
      w.recordActions()->addAction()->trigger();
      auto* add = uitest::waitForDialog<AddRecordDialog>();
      QVERIFY(add);
      add->findChild<KeyEdit*>()->lineEdit()->setText(QStringLiteral("added"));
      add->findChild<QPlainTextEdit*>(QStringLiteral("recordValue"))->setPlainText(QStringLiteral("{\"a\": 1}"));
      add->findChild<QLineEdit*>(QStringLiteral("recordTtl"))->setText(QStringLiteral("2h"));
      QVERIFY(add->record());
      add->accept();
      QTRY_VERIFY(pending->find({}, "added"));

      // Adding a key that exists is refused.
      w.recordActions()->addAction()->trigger();
      auto* again = uitest::waitForDialog<AddRecordDialog>();
      // A new dialog (the first one is hidden and deleted; its address may be reused).
      QVERIFY(again && again->findChild<KeyEdit*>()->lineEdit()->text().isEmpty());
      again->findChild<KeyEdit*>()->lineEdit()->setText(QStringLiteral("user:5"));
      again->accept();
      auto* refused = uitest::waitForDialog<QMessageBox>(QStringLiteral("editError"));
      QVERIFY(refused);
      refused->close();

      // Rename user:1 to user:001.
      selectRow(w, uitest::rowOf(w, "user:1"));
      w.recordActions()->update();
      QVERIFY(w.recordActions()->renameAction()->isEnabled());
      w.recordActions()->renameAction()->trigger();
      auto* rename = uitest::waitForDialog<QDialog>(QStringLiteral("renameDialog"));
      QVERIFY(rename);
      rename->findChild<KeyEdit*>()->lineEdit()->setText(QStringLiteral("user:001"));
      rename->accept();
      QTRY_VERIFY(pending->find({}, "user:001"));
      QVERIFY(pending->find({}, "user:1")->remove);

      // Delete user:2 and user:3, confirmed.
      w.keyTable()->clearSelection();
      const int a = uitest::rowOf(w, "user:2"), b = uitest::rowOf(w, "user:3");
      w.keyTable()->selectionModel()->select(w.keyModel()->index(a, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
      w.keyTable()->selectionModel()->select(w.keyModel()->index(b, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
      w.recordActions()->update();
      w.recordActions()->deleteAction()->trigger();
      auto* confirm = uitest::waitForDialog<QMessageBox>(QStringLiteral("confirmDelete"));
      QVERIFY(confirm);
      QVERIFY(confirm->text().contains(QLatin1String("2")));
      confirm->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"))->click();
      QTRY_VERIFY(pending->find({}, "user:2") && pending->find({}, "user:2")->remove);
      QVERIFY(w.keyModel()->data(w.keyModel()->index(a, 1), Qt::FontRole).value<QFont>().strikeOut());

      // Undo takes the deletion back, redo stages it again.
      QCOMPARE(pending->stack()->count(), 4);
      pending->stack()->undo();
      QVERIFY(!pending->find({}, "user:2"));
      pending->stack()->redo();
      QVERIFY(pending->find({}, "user:2"));
      uitest::saveScreenshot(w.grab(), QStringLiteral("main-pending-edits"));

      // Nothing reached the file yet.
      QCOMPARE(fileBytes(path), before);

      QSignalSpy written(pending, &PendingEdits::written);
      w.writeChangesAction()->trigger();
      QVERIFY(written.wait(10000));
      QVERIFY(pending->isEmpty());
      QTRY_VERIFY(uitest::allRowsLoaded(w) && uitest::rowOf(w, "user:001") >= 0 && uitest::rowOf(w, "user:2") < 0);

      // Revert drops what is staged after that.
      select(w, "user:4");
      w.recordActions()->deleteAction()->trigger();
      auto* confirm2 = uitest::waitForDialog<QMessageBox>(QStringLiteral("confirmDelete"));
      QVERIFY(confirm2 && confirm2->isVisible());
      confirm2->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"))->click();
      QTRY_VERIFY(!pending->isEmpty());
      w.revertChangesAction()->trigger();
      QVERIFY(pending->isEmpty());
    }
    // Closing wrote a checkpoint that covers the whole journal.
    QVERIFY(std::filesystem::exists(path.string() + ".hint"));
    // The engine sees every written change after the window closed.
    auto db = MUST(emdb::Database::open(path));
    const auto st = MUST(db.stats());
    QCOMPARE(st.checkpoint_bytes, st.logical_size_bytes);
    QCOMPARE(MUST(db.get("k")), std::optional<std::string>("edited value"));
    QCOMPARE(MUST(db.get("added")), std::optional<std::string>("{\"a\": 1}"));
    const auto expiry = MUST(db.expires_at("added"));
    QVERIFY(expiry && *expiry > std::uint64_t(QDateTime::currentMSecsSinceEpoch() + 3'500'000));
    QCOMPARE(MUST(db.get("user:1")), std::optional<std::string>());
    QCOMPARE(MUST(db.get("user:001")), std::optional<std::string>("alice-1"));
    QCOMPARE(MUST(db.get("user:2")), std::optional<std::string>());
    QCOMPARE(MUST(db.get("user:3")), std::optional<std::string>());
    QCOMPARE(MUST(db.get("user:4")), std::optional<std::string>("alice-4"));
    QCOMPARE(MUST(db.len()), std::size_t(103 + 1 - 2));
  }

  // Close Database (Ctrl+W), New and Create Sample Database ask before
  // dropping staged edits; Cancel keeps them and the database open.
  void closing_asks_about_pending_edits() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    QVERIFY(uitest::showNamespace(w, {}));
    w.pendingEdits()->remove({}, {"k"});
    QVERIFY(!w.pendingEdits()->isEmpty());
    // File > Close Database, the action Ctrl+W triggers.
    QAction* close = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
      if (a->shortcut() == QKeySequence(QKeySequence::Close)) close = a;
    QVERIFY(close);
    uitest::answerNextQuestion(QMessageBox::Cancel);
    close->trigger();
    QVERIFY(w.controller()->info().has_value());
    QVERIFY(w.pendingEdits()->find({}, "k"));
    uitest::answerNextQuestion(QMessageBox::Cancel);
    w.createSample(dir.filePath(QStringLiteral("sample.emdb")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("sample.emdb"))));
    QVERIFY(w.pendingEdits()->find({}, "k"));
    QSignalSpy closed(w.controller(), &DatabaseController::closed);
    uitest::answerNextQuestion(QMessageBox::Discard);
    close->trigger();
    QVERIFY(closed.count() || closed.wait(10000));
    QVERIFY(w.pendingEdits()->isEmpty());
    auto db = MUST(emdb::Database::builder().path(path).read_only(true).build());
    QCOMPARE(MUST(db.get("k")), std::optional<std::string>("v2"));  // the deletion was never written
  }

  // An edit staged while Write Changes runs stays staged; only what was
  // written leaves the list.
  void edits_staged_while_writing_stay() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    {
      MainWindow w;
      w.show();
      QVERIFY(uitest::openAndWait(w, qpath(path)));
      PendingEdits* pending = w.pendingEdits();
      pending->put({}, "first", "1", std::nullopt, QStringLiteral("first"));
      QSignalSpy written(pending, &PendingEdits::written);
      w.writeChangesAction()->trigger();
      QVERIFY(pending->isWriting());
      QVERIFY(!w.writeChangesAction()->isEnabled());
      pending->put({}, "second", "2", std::nullopt, QStringLiteral("second"));  // while the write runs
      QVERIFY(written.wait(10000));
      QVERIFY(!pending->find({}, "first"));
      QVERIFY(pending->find({}, "second"));
      QCOMPARE(pending->stack()->count(), 1);
      QVERIFY(w.writeChangesAction()->isEnabled());
      {
        auto ro = MUST(emdb::Database::builder().path(path).read_only(true).build());
        QCOMPARE(MUST(ro.get("first")), std::optional<std::string>("1"));
        QCOMPARE(MUST(ro.get("second")), std::optional<std::string>());
      }
      w.writeChangesAction()->trigger();
      QVERIFY(written.wait(10000));
      QVERIFY(pending->isEmpty());
    }
    auto db = MUST(emdb::Database::builder().path(path).read_only(true).build());
    QCOMPARE(MUST(db.get("second")), std::optional<std::string>("2"));
  }

  // The undo step of an expiry change counts the records it changes.
  void expiry_step_counts_its_records() {
    PendingEdits pending(nullptr);
    pending.setExpiry({}, {"a", "b", "c"}, 4102444800000);
    QVERIFY2(pending.stack()->text(0).contains(QLatin1String("3")), qPrintable(pending.stack()->text(0)));
    pending.setExpiry({}, {"a", "b"}, 0);
    QVERIFY2(pending.stack()->text(1).contains(QLatin1String("2")), qPrintable(pending.stack()->text(1)));
  }

  // Quitting while a compaction runs cancels it: the worker stops at once
  // and the file is as it was.
  void quitting_cancels_a_compaction() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(emdb::Database::builder().path(path).auto_checkpoint(false).build());
      std::vector<std::string> keys;
      for (int i = 0; i < 300'000; ++i) keys.push_back("key-" + std::to_string(i));
      std::vector<std::pair<std::string_view, std::string_view>> items;
      for (const auto& k : keys) items.emplace_back(k, "old value");
      MUST(db.insert_many(items));
      for (auto& [k, v] : items) v = "new value";
      MUST(db.insert_many(items));
    }
    const auto before = std::filesystem::file_size(path);
    {
      MainWindow w;
      w.show();
      QVERIFY(uitest::openAndWait(w, qpath(path)));
      w.maintenanceActions()->compact()->trigger();
      auto* d = uitest::waitForDialog<CompactDialog>();
      QVERIFY(d);
      QTRY_VERIFY(!d->findChild<QLabel*>(QStringLiteral("compactFigures"))->text().isEmpty());  // its own scan done
      QSignalSpy started(w.controller()->worker(), &DatabaseWorker::taskStarted);
      d->findChild<QPushButton*>(QStringLiteral("runTask"))->click();
      QVERIFY(started.count() || started.wait(10000));
      // The dialog leaves the window free, so Quit reaches it while the task runs.
      QCOMPARE(d->windowModality(), Qt::NonModal);
      QVERIFY(w.isEnabled() && !QApplication::activeModalWidget());
      QVERIFY(w.close());
    }  // the window goes: its worker cancels the compaction
    QCOMPARE(std::filesystem::file_size(path), before);
    QVERIFY(!std::filesystem::exists(path.string() + ".compact.tmp"));
    auto db = MUST(emdb::Database::builder().path(path).read_only(true).build());
    QCOMPARE(MUST(db.len()), std::size_t(300'000));
  }

  // Recent files, the separator and the value view survive a restart.
  void settings_survive_a_restart() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "ns.emdb");
    {
      MainWindow w;
      w.show();
      QVERIFY(uitest::openAndWait(w, qpath(path)));
      for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QLatin1String(".") && a->isCheckable()) a->trigger();
      w.valuePanel()->setMode(ValuePanel::Mode::Hex);
      w.close();  // saves the settings
    }
    QVERIFY(QSettings().value(QStringLiteral("recentFiles")).toStringList().contains(qpath(path)));
    MainWindow again;
    QCOMPARE(again.namespaceModel()->separator(), '.');
    QCOMPARE(again.valuePanel()->mode(), ValuePanel::Mode::Hex);
    QList<QAction*> recent;
    for (QAction* a : again.findChildren<QAction*>())
      if (a->statusTip() == qpath(path)) recent << a;
    QCOMPARE(recent.size(), 1);
    QSignalSpy opened(again.controller(), &DatabaseController::opened);
    recent.first()->trigger();
    QVERIFY(opened.wait(30000));
    again.valuePanel()->setMode(ValuePanel::Mode::Auto);
    for (QAction* a : again.findChildren<QAction*>())
      if (a->text() == QLatin1String(":") && a->isCheckable()) a->trigger();
    again.close();
    QCOMPARE(QSettings().value(QStringLiteral("view/separator")).toString(), QStringLiteral(":"));
  }

  // Copy a key or a value as text, hex or Base64; open a file dropped on the window.
  void copy_and_drop() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    MainWindow w;
    w.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(qpath(path))});
    QDragEnterEvent drag(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drag);
    QVERIFY(drag.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QSignalSpy opened(w.controller(), &DatabaseController::opened);
    QApplication::sendEvent(&w, &drop);
    QVERIFY(opened.wait(30000));
    QCOMPARE(w.controller()->info()->path, qpath(path));
    QTRY_VERIFY(w.namespaceModel()->rowCount() > 0);
    QVERIFY(uitest::showNamespace(w, {}));
    select(w, QByteArray("\x00\xff\x01", 3));
    const auto copy = [](QMenu* menu, int which) { menu->actions().at(which)->trigger(); };
    copy(w.recordActions()->copyKeyMenu(), 1);  // as hex
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("00 ff 01"));
    copy(w.recordActions()->copyKeyMenu(), 2);  // as Base64
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("AP8B"));
    QGuiApplication::clipboard()->clear();
    copy(w.recordActions()->copyValueMenu(), 1);  // the value (de ad) as hex, read on the worker
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("de ad"));
    select(w, "user:7");
    copy(w.recordActions()->copyValueMenu(), 0);  // as text
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("alice-7"));
  }

  void filter_bar_narrows_the_table() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    QVERIFY(uitest::showNamespace(w, {}));
    QCOMPARE(w.keyModel()->rowCount(), 103);
    auto* bar = w.findChild<QWidget*>(QStringLiteral("rangeFilter"));
    QVERIFY(bar);
    auto* prefix = bar->findChild<QLineEdit*>(QStringLiteral("filterPrefix"));
    QTest::keyClicks(prefix, QStringLiteral("user:1"));
    QTest::keyClick(prefix, Qt::Key_Return);
    // user:1, user:10..19, user:100
    QTRY_COMPARE(w.keyModel()->rowCount(), 12);
    QVERIFY(uitest::allRowsLoaded(w));
    for (const QByteArray& k : uitest::tableKeys(w)) QVERIFY(k.startsWith("user:1"));
    auto* pattern = bar->findChild<QLineEdit*>(QStringLiteral("filterPattern"));
    QTest::keyClicks(pattern, QStringLiteral("*5"));
    QTest::keyClick(pattern, Qt::Key_Return);
    QTRY_COMPARE(w.keyModel()->rowCount(), 1);  // user:15
    QTRY_VERIFY(bar->findChild<QLabel*>(QStringLiteral("filterStatus"))->text().contains(QLatin1String("1")));
    bar->findChild<QToolButton*>(QStringLiteral("clearFilter"))->click();
    QTRY_COMPARE(w.keyModel()->rowCount(), 103);
  }

  void wrong_then_right_passphrase() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "enc-aes-pass.emdb");
    const QByteArray before = fileBytes(path);
    MainWindow w;
    w.show();
    QSignalSpy opened(w.controller(), &DatabaseController::opened);
    w.openFile(qpath(path));
    auto* first = uitest::waitForDialog<KeyDialog>();
    QVERIFY(first);
    QVERIFY(first->findChild<QLabel*>(QStringLiteral("keyProblem"))->isHidden());
    QVERIFY(first->findChildren<QLabel*>().first()->text().contains(QLatin1String("AES-256-GCM")));
    uitest::saveScreenshot(first->grab(), QStringLiteral("dialog-passphrase"));
    first->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("wrong horse"));
    first->accept();
    // Asked again, saying the last one was wrong.
    KeyDialog* second = nullptr;
    // Asked again: a new dialog saying the last try was wrong (the first one is
    // deleted, and its address may be reused, so it is told apart by its text).
    QTRY_VERIFY((second = uitest::waitForDialog<KeyDialog>()) &&
                second->findChild<QLabel*>(QStringLiteral("keyProblem"))->isVisible());
    QVERIFY(second->findChild<QLabel*>(QStringLiteral("keyProblem"))->isVisible());
    QCOMPARE(opened.count(), 0);
    QCOMPARE(fileBytes(path), before);
    second->findChild<QLineEdit*>(QStringLiteral("passphrase"))
        ->setText(QStringLiteral("correct horse battery staple"));
    second->accept();
    QVERIFY(opened.wait(30000));
    QCOMPARE(w.controller()->info()->cipher, QStringLiteral("AES-256-GCM"));
    QTRY_VERIFY(uitest::showNamespace(w, {}));
    QCOMPARE(uitest::tableKeys(w), (QList<QByteArray>{"a", "b"}));
  }

  void raw_key_opens_the_chacha_fixture() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "enc-chacha-key.emdb");
    MainWindow w;
    w.show();
    QSignalSpy opened(w.controller(), &DatabaseController::opened);
    w.openFile(qpath(path));
    auto* dialog = uitest::waitForDialog<KeyDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->findChildren<QLabel*>().first()->text().contains(QLatin1String("ChaCha20-Poly1305")));
    auto* key = dialog->findChild<QLineEdit*>(QStringLiteral("rawKey"));
    QTest::keyClicks(key, QStringLiteral("0001"));  // too short: Open stays disabled
    QVERIFY(!dialog->secret());
    key->clear();
    QTest::keyClicks(key, QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
    QVERIFY(dialog->secret());
    dialog->accept();
    QVERIFY(opened.wait(30000));
    QTRY_VERIFY(uitest::showNamespace(w, {}));
    QCOMPARE(uitest::tableKeys(w), (QList<QByteArray>{"a", "b"}));
  }

  void lock_held_by_another_process() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    QProcess holder;
    holder.start(QStringLiteral(EMDB_LOCK_HOLDER), {qpath(path)});
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
    const QByteArray before = fileBytes(path);
    {
      MainWindow w;
      w.show();
      QSignalSpy opened(w.controller(), &DatabaseController::opened);
      w.openFile(qpath(path));
      auto* dialog = uitest::waitForDialog<LockDialog>();
      QVERIFY(dialog);
      const QString text = dialog->findChild<QLabel*>(QStringLiteral("lockText"))->text();
      QVERIFY2(text.contains(QString::number(holder.processId())), qPrintable(text));
      // The holder runs: its lock cannot be broken from here.
      QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("breakLock"))->isEnabled());
      uitest::saveScreenshot(dialog->grab(), QStringLiteral("dialog-lock"));
      dialog->findChild<QPushButton*>(QStringLiteral("openReadOnly"))->click();
      QVERIFY(opened.wait(30000));
      QVERIFY(w.controller()->isReadOnly());
      QTRY_COMPARE(w.keyModel()->rowCount(), 103);
      QVERIFY(!w.recordActions()->addAction()->isEnabled());
    }
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);
    QCOMPARE(fileBytes(path), before);
    auto db = MUST(emdb::Database::open(path));
    QCOMPARE(MUST(db.len()), std::size_t(103));
  }

  // A read-only view follows what another process writes.
  void followed_view_shows_another_process_writes() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    QProcess writer;
    writer.start(QStringLiteral(EMDB_LOCK_HOLDER), {qpath(path)});
    QVERIFY(writer.waitForReadyRead(10000));
    QCOMPARE(writer.readLine().trimmed(), QByteArray("locked"));
    MainWindow w;
    w.show();
    QVERIFY(uitest::openRequestAndWait(w, OpenRequest{qpath(path), true, false, std::nullopt}));
    QTRY_COMPARE(w.keyModel()->rowCount(), 103);
    QVERIFY(w.followAction()->isEnabled());
    w.followAction()->setChecked(true);
    QVERIFY(w.controller()->isFollowing());
    for (int i = 0; i < 5; ++i) {
      writer.write(QStringLiteral("put live:%1 v%1\n").arg(i).toUtf8());
      QVERIFY(writer.waitForReadyRead(10000));
      QCOMPARE(writer.readLine().trimmed(), QByteArray("ok"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(w.keyModel()->rowCount(), 108, 10000);
    QVERIFY(uitest::allRowsLoaded(w));
    QVERIFY(uitest::rowOf(w, "live:4") >= 0);
    QTRY_COMPARE(w.controller()->info()->records, qint64(108));
    writer.closeWriteChannel();
    QVERIFY(writer.waitForFinished(10000));
  }

  void corrupt_file_offers_a_read_only_look() {
    QTemporaryDir dir;
    const auto path = testing::copy_fixture(dir, "plain.emdb");
    QByteArray bytes = fileBytes(path);
    const qsizetype at = bytes.indexOf("alice-50");
    QVERIFY(at > 0);
    bytes[at] = 'X';
    testing::write_file(path, bytes.toStdString());
    MainWindow w;
    w.show();
    QSignalSpy opened(w.controller(), &DatabaseController::opened);
    w.openFile(qpath(path));
    auto* box = uitest::waitForDialog<QMessageBox>(QStringLiteral("corruptDialog"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("byte")), qPrintable(box->text()));
    uitest::saveScreenshot(box->grab(), QStringLiteral("dialog-damaged"));
    box->findChild<QPushButton*>(QStringLiteral("openReadOnly"))->click();
    QVERIFY(opened.wait(30000));
    QVERIFY(w.controller()->isReadOnly());
    QVERIFY(w.controller()->info()->firstBadOffset.has_value());
    QVERIFY(*w.controller()->info()->firstBadOffset < at);
    QTRY_VERIFY(w.keyModel()->rowCount() > 0);
    QVERIFY(w.keyModel()->rowCount() < 103);
    QCOMPARE(fileBytes(path), bytes);  // nothing written, nothing cut
  }

  void screenshots_light_and_dark() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.emdb"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    MainWindow w;
    w.resize(1360, 820);
    w.show();
    QSignalSpy opened(w.controller(), &DatabaseController::opened);
    w.createSample(path);
    QVERIFY(opened.wait(60000));
    QTRY_VERIFY(w.namespaceModel()->rowCount() == 6);
    QVERIFY(uitest::showNamespace(w, "users"));
    const QModelIndex users = w.namespaceModel()->indexOfNamespace("users");
    w.namespaceTree()->expand(users);
    QTRY_VERIFY(w.namespaceModel()->rowCount(users) > 0);
    QVERIFY(uitest::showNamespace(w, "config") && uitest::showNamespace(w, "users"));
    selectRow(w, uitest::rowOf(w, "user:00002:profile"));
    QVERIFY(waitForValue(w, "user:00002:profile"));
    QCOMPARE(w.valuePanel()->effectiveMode(), ValuePanel::Mode::Json);
    QCOMPARE(w.valuePanel()->syntaxName(), QStringLiteral("JSON"));
    QTest::qWait(100);
    const QString light = uitest::saveScreenshot(w.grab(), QStringLiteral("main-light"));
    QVERIFY(QFileInfo(light).size() > 10000);

    QApplication::setPalette(uitest::darkPalette());
    QTest::qWait(100);
    const QString darkShot = uitest::saveScreenshot(w.grab(), QStringLiteral("main-dark"));
    QVERIFY(QFileInfo(darkShot).size() > 10000);
    qInfo("screenshots: %s %s", qPrintable(light), qPrintable(darkShot));
    QApplication::setPalette(QPalette());
  }
};

QTEST_MAIN(TestBrowser)
#include "tst_browser.moc"
