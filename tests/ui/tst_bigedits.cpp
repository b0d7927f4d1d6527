// Editing values too large to hold: bytes typed over in the paged hex view
// and Replace from File are staged as streamed values, shown as staged (the
// view keeps its place), undone like any edit, and written as streams: the
// file then holds exactly the expected bytes and the process's own memory
// does not grow with the value. A base that changed size is refused.
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>

#include "core/pendingedits.hpp"
#include "core/valueformat.hpp"
#include "core/translations.hpp"
#include "ui_support.hpp"
#include "widgets/valuepanel.hpp"
#include "widgets/valueview.hpp"

using namespace browser;

namespace {

constexpr qint64 kSize = 24 << 20;

QString qpath(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

QByteArray randomBytes(qint64 size, quint32 seed) {
  QByteArray v(size, Qt::Uninitialized);
  QRandomGenerator rng(seed);
  rng.fillRange(reinterpret_cast<quint32*>(v.data()), size / 4);
  return v;
}

std::string stored(const std::filesystem::path& path, const std::string& key) {
  auto db = MUST(emdb::Database::builder().path(path).read_only(true).build());
  auto v = MUST(db.get(key));
  return v ? *v : std::string("<absent>");
}

}  // namespace

class TestBigEdits : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

  std::filesystem::path makeDatabase(const char* name) {
    const auto path = testing::temp_db(dir_, name);
    auto db = MUST(emdb::Database::builder().path(path).build());
    MUST(db.insert("blob", randomBytes(kSize, 1).toStdString()));
    MUST(db.insert("small", "fits"));
    MUST(db.flush());
    return path;
  }

  static ValuePanel* selectPaged(MainWindow& w, const QByteArray& key) {
    w.keyTable()->setCurrentIndex(w.keyModel()->index(uitest::rowOf(w, key), 0));
    ValuePanel* panel = w.valuePanel();
    if (!QTest::qWaitFor([&] { return panel->isPaged() && panel->key() == key; }, 20000)) return nullptr;
    return panel;
  }

  static bool writeChanges(MainWindow& w) {
    QSignalSpy written(w.pendingEdits(), &PendingEdits::written);
    w.writeChangesAction()->trigger();
    return written.wait(30000);
  }

 private Q_SLOTS:
  void initTestCase() {
    uitest::isolateSettings();
    installTranslations(QStringLiteral("en"));
  }

  // Typed over in hex, applied, shown staged where it was, undone and
  // redone, written: the file holds the value with those bytes changed.
  void hex_overwrite_in_place() {
    const auto path = makeDatabase("hex.emdb");
    QByteArray expected = randomBytes(kSize, 1);
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    QVERIFY(uitest::showNamespace(w, {}));
    ValuePanel* panel = selectPaged(w, "blob");
    QVERIFY(panel);
    ValueView* view = panel->pagedView();
    QCOMPARE(view->mode(), ValueView::Mode::Hex);
    QVERIFY(view->isEditable());

    const qint64 at = (5 << 20) + 7;  // mid-row, far into the value
    view->goToOffset(at);
    view->setCursorOffset(at);
    view->setFocus();
    QTRY_VERIFY(view->isComplete());
    QTest::keyClicks(view, QStringLiteral("a5"));  // one byte
    QTest::keyClick(view, Qt::Key_Right);           // skip one
    QTest::keyClicks(view, QStringLiteral("0F3"));  // a byte and the high digit of the next
    QTest::keyClick(view, Qt::Key_G);               // not a hex digit: nothing
    expected[at] = char(0xa5);
    expected[at + 2] = char(0x0f);
    expected[at + 3] = char((0x3 << 4) | (static_cast<unsigned char>(expected[at + 3]) & 0x0f));
    QCOMPARE(int(view->patches().size()), expected[at + 3] == randomBytes(kSize, 1)[at + 3] ? 2 : 3);
    QVERIFY(panel->isModified());
    const QString row = view->visibleRows().first();
    QVERIFY2(row.contains(QStringLiteral("a5")) && row.contains(QStringLiteral("0f")), qPrintable(row));

    // Apply (Ctrl+Return): staged, shown from the staged bytes, same place.
    const qint64 top = view->topOffset();
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel->isModified());
    QCOMPARE(w.pendingEdits()->count(), 1);
    const PendingChange* staged = w.pendingEdits()->find({}, "blob");
    QVERIFY(staged && staged->streamed && staged->streamed->file.isEmpty());
    QTRY_VERIFY(panel->pagedView()->isComplete() && panel->pagedView()->topOffset() == top);
    QTRY_COMPARE(panel->pagedView()->visibleRows().value(0), row);
    QTRY_VERIFY(uitest::cell(w, uitest::rowOf(w, "blob"), KeyTableModel::ValueColumn).contains(QStringLiteral("typed over")));

    // A second edit, then undo of it: the first stays.
    const std::size_t first = staged->streamed->patches.size();
    const bool zero = randomBytes(16, 1)[0] == 0;
    view->setCursorOffset(0);
    QTest::keyClicks(view, zero ? QStringLiteral("01") : QStringLiteral("00"));
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(w.pendingEdits()->find({}, "blob")->streamed->patches.size(), first + 1);
    QCOMPARE(w.pendingEdits()->stack()->count(), 2);
    w.pendingEdits()->stack()->undo();
    QTRY_COMPARE(w.pendingEdits()->find({}, "blob")->streamed->patches.size(), first);

    const qint64 before = uitest::anonymousKiB();
    QVERIFY(writeChanges(w));
    const qint64 after = uitest::anonymousKiB();
    QVERIFY(w.pendingEdits()->isEmpty());
    w.closeDatabase();
    QVERIFY(stored(path, "blob") == expected.toStdString());
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    QVERIFY2(after - before < 16 * 1024, qPrintable(QStringLiteral("RssAnon grew by %1 KiB").arg(after - before)));
#else
    Q_UNUSED(before);
    Q_UNUSED(after);
#endif
  }

  // Replace from File: the file's bytes are shown before they are written,
  // a record of any size takes them, and the file is read only when written.
  void replace_from_file() {
    const auto path = makeDatabase("replace.emdb");
    const QByteArray content = randomBytes(9 << 20, 7);
    const QString file = dir_.filePath(QStringLiteral("new-value.bin"));
    {
      QFile f(file);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(content);
    }
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    QVERIFY(uitest::showNamespace(w, {}));
    w.keyTable()->setCurrentIndex(w.keyModel()->index(uitest::rowOf(w, "small"), 0));
    ValuePanel* panel = w.valuePanel();
    QTRY_VERIFY(panel->hasRecord() && panel->key() == "small");
    auto* replace = panel->findChild<QPushButton*>(QStringLiteral("replaceValueFromFile"));
    QVERIFY(replace && replace->isVisible() && replace->isEnabled());

    uitest::answerNextFileDialog(QString());  // Cancel: nothing staged
    replace->click();
    QVERIFY(w.pendingEdits()->isEmpty());

    uitest::answerNextFileDialog(file);
    replace->click();
    QTRY_COMPARE(w.pendingEdits()->count(), 1);
    QTRY_VERIFY(panel->isPaged() && panel->pagedView()->size() == content.size());
    QTRY_VERIFY(panel->pagedView()->isComplete());
    QVERIFY(panel->pagedView()->visibleRows().first().startsWith(QStringLiteral("00000000  %1")
                                                                     .arg(static_cast<unsigned char>(content[0]), 2, 16,
                                                                          QLatin1Char('0'))));
    QTRY_VERIFY(uitest::cell(w, uitest::rowOf(w, "small"), KeyTableModel::ValueColumn).contains(QStringLiteral("new-value.bin")));
    QTRY_COMPARE(uitest::cell(w, uitest::rowOf(w, "small"), KeyTableModel::SizeColumn), sizeDisplay(content.size()));

    // Typed over on top of the file, then written: the file with that byte.
    ValueView* view = panel->pagedView();
    view->setFocus();
    view->setCursorOffset(100);
    QTest::keyClicks(view, static_cast<unsigned char>(content[100]) == 0x42 ? QStringLiteral("43") : QStringLiteral("42"));
    QVERIFY(panel->isModified());
    panel->findChild<QPushButton*>(QStringLiteral("saveValue"))->click();  // Apply
    QTRY_VERIFY(w.pendingEdits()->find({}, "small")->streamed->patches.size() == 1);
    QCOMPARE(w.pendingEdits()->find({}, "small")->streamed->file, QFileInfo(file).absoluteFilePath());
    QByteArray expected = content;
    expected[100] = static_cast<unsigned char>(content[100]) == 0x42 ? char(0x43) : char(0x42);
    QVERIFY(writeChanges(w));
    w.closeDatabase();
    QVERIFY(stored(path, "small") == expected.toStdString());
    QVERIFY(stored(path, "blob") == randomBytes(kSize, 1).toStdString());
  }

  // A base that changed size since it was staged: the write is refused
  // with a message, nothing is written, and the edit stays pending.
  void changed_base_is_refused() {
    const auto path = makeDatabase("changed.emdb");
    const QString file = dir_.filePath(QStringLiteral("shrinks.bin"));
    {
      QFile f(file);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(randomBytes(1 << 20, 3));
    }
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    w.pendingEdits()->putStreamed({}, "small", StreamedValue{file, 1 << 20, {}}, QStringLiteral("replace"));
    QVERIFY(QFile::resize(file, 1000));
    QSignalSpy failed(w.controller(), &DatabaseController::writeFailed);
    w.writeChangesAction()->trigger();
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("changed since it was chosen")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(w.pendingEdits()->count(), 1);
    w.pendingEdits()->revert();
    w.closeDatabase();
    QCOMPARE(stored(path, "small"), std::string("fits"));
  }

  // An encrypted value pages (parts decrypted alone), takes bytes typed
  // over, and is written sealed as a stream.
  void encrypted_value_pages_and_edits() {
    const auto path = testing::temp_db(dir_, "sealed.emdb");
    const QString passphrase = QStringLiteral("paged and sealed");
    QByteArray expected = randomBytes(6 << 20, 11);
    {
      auto db = MUST(emdb::Database::builder().path(path).encryption_passphrase(passphrase.toStdString()).build());
      MUST(db.insert("secret", expected.toStdString()));
      MUST(db.flush());
    }
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(uitest::openRequestAndWait(w, OpenRequest{qpath(path), false, false, Secret(Passphrase{passphrase})}));
    QTRY_VERIFY(w.namespaceModel()->indexOfNamespace({}).isValid());
    QVERIFY(uitest::showNamespace(w, {}));
    ValuePanel* panel = selectPaged(w, "secret");
    QVERIFY(panel);
    ValueView* view = panel->pagedView();
    for (qint64 at : {qint64(0), qint64(3 << 20) + 5, qint64(6 << 20) - 1, qint64(65536 * 40 + 17)}) {
      view->goToOffset(at);
      QTRY_VERIFY(view->isComplete());
      const QString row = view->visibleRows().first();
      const qint64 top = view->topOffset();
      QCOMPARE(row.mid(10, 2), QStringLiteral("%1").arg(static_cast<unsigned char>(expected[top]), 2, 16, QLatin1Char('0')));
    }
    view->setFocus();
    view->setCursorOffset(1 << 20);
    QTRY_VERIFY(view->isComplete());
    const char typed = expected[1 << 20] == char(0x77) ? char(0x78) : char(0x77);
    QTest::keyClicks(view, QString::fromLatin1(QByteArray(1, typed).toHex()));
    panel->findChild<QPushButton*>(QStringLiteral("saveValue"))->click();
    QTRY_COMPARE(w.pendingEdits()->count(), 1);
    expected[1 << 20] = typed;
    QVERIFY(writeChanges(w));
    w.closeDatabase();
    auto db = MUST(emdb::Database::builder().path(path).encryption_passphrase(passphrase.toStdString()).read_only(true).build());
    QVERIFY(*MUST(db.get("secret")) == expected.toStdString());
    QVERIFY(testing::read_file(path).find(expected.mid(100, 64).toStdString()) == std::string::npos);
  }

  // Read-only: the view cannot be typed over and Replace is off.
  void read_only_cannot_edit() {
    const auto path = makeDatabase("ro.emdb");
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path), true));
    QVERIFY(uitest::showNamespace(w, {}));
    ValuePanel* panel = selectPaged(w, "blob");
    QVERIFY(panel);
    QVERIFY(!panel->pagedView()->isEditable());
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("replaceValueFromFile"))->isEnabled());
    QTest::keyClicks(panel->pagedView(), QStringLiteral("ff"));
    QVERIFY(panel->pagedView()->patches().empty());
    QVERIFY(!panel->isModified());
  }
};

QTEST_MAIN(TestBigEdits)
#include "tst_bigedits.moc"
