// The value panel's hex editor: a byte range selected with Shift and the
// mouse and copied as hex; bytes found forward and backward, in a value held
// whole and (on the worker) in a paged value across the pieces it is read
// in, and "not found"; bytes inserted and removed, then staged exactly as
// the same edits made to a QByteArray here; Insert refused on a value not
// held whole; a binary key typed in the hex editor of the key field.
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QRandomGenerator>
#include <QToolButton>

#include "core/translations.hpp"
#include "dialogs/addrecorddialog.hpp"
#include "dialogs/hexbytesdialog.hpp"
#include "ui_support.hpp"
#include "widgets/keyedit.hpp"
#include "widgets/valuepanel.hpp"
#include "widgets/valueview.hpp"

using namespace browser;

namespace {

QString qpath(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

QByteArray randomBytes(qint64 size, quint32 seed) {
  QByteArray v(size, Qt::Uninitialized);
  QRandomGenerator rng(seed);
  for (char& c : v) c = char(rng.bounded(256));
  return v;
}

// Where byte `offset` is drawn in the hex column (or the character column),
// with the top row at `top`: 8 offset digits, two spaces, "xx " a byte, one
// more space after the eighth, then a space and the characters.
QPoint bytePoint(ValueView* view, qint64 offset, bool ascii = false, qint64 top = 0) {
  const QFontMetrics fm = view->fontMetrics();
  const int cw = fm.horizontalAdvance(QLatin1Char('0'));
  const int i = int(offset % 16);
  const int column = ascii ? 10 + 16 * 3 + 1 + 1 + i : 10 + i * 3 + (i > 7 ? 1 : 0);
  const int row = int((offset - top) / 16);
  return {4 + column * cw + cw / 2, 2 + row * fm.lineSpacing() + fm.lineSpacing() / 2};
}

void dragTo(ValueView* view, const QPoint& to) {
  QMouseEvent move(QEvent::MouseMove, to, view->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                   Qt::NoModifier);
  QApplication::sendEvent(view->viewport(), &move);
}

QString noteOf(ValuePanel& p) { return p.findChild<QLabel*>(QStringLiteral("valueNote"))->text(); }

bool showPanel(ValuePanel& p) {
  p.resize(900, 520);
  p.show();
  p.activateWindow();
  return QTest::qWaitForWindowActive(&p);
}

}  // namespace

class TestHexEditor : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

 private Q_SLOTS:
  void initTestCase() {
    uitest::isolateSettings();
    installTranslations(QStringLiteral("en"));
  }

  void selection_and_copy() {
    const QByteArray value = randomBytes(100, 1);
    ValuePanel p;
    p.showRecord({}, "bin", value, value.size(), 0, false, PreparedValue{ContentKind::Binary, std::nullopt});
    QVERIFY(showPanel(p));
    QVERIFY(p.isPaged());
    ValueView* view = p.pagedView();
    QCOMPARE(view->mode(), ValueView::Mode::Hex);
    view->setFocus();

    // Shift+Right four times from byte 3: bytes 3 to 6.
    view->setCursorOffset(3);
    for (int i = 0; i < 4; ++i) QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(view->selectionStart(), qint64(3));
    QCOMPARE(view->selectionLength(), qint64(4));
    auto* status = p.findChild<QLabel*>(QStringLiteral("hexStatus"));
    QVERIFY(status && status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("Selected 4 byte")) &&
                 status->text().contains(QStringLiteral("from 0x3 to 0x6")),
             qPrintable(status->text()));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(value.mid(3, 4).toHex(' ')));
    // Shift+Left back over them and one before: bytes 2 to 2.
    for (int i = 0; i < 5; ++i) QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(view->selectionStart(), qint64(2));
    QCOMPARE(view->selectionLength(), qint64(1));
    // A plain arrow drops the selection.
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->selectionLength(), qint64(0));

    // Dragged with the mouse from byte 17 (hex) to byte 20 (characters).
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, bytePoint(view, 17));
    dragTo(view, bytePoint(view, 20, true));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, bytePoint(view, 20, true));
    QCOMPARE(view->selectionStart(), qint64(17));
    QCOMPARE(view->selectionLength(), qint64(4));
    // Shift+click on byte 40 takes the selection on to it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, bytePoint(view, 40));
    QCOMPARE(view->selectionStart(), qint64(17));
    QCOMPARE(view->selectionLength(), qint64(24));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(value.mid(17, 24).toHex(' ')));
    // Dragged backwards, from byte 50 to byte 35: both ends selected.
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, bytePoint(view, 50));
    dragTo(view, bytePoint(view, 35));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, bytePoint(view, 35));
    QCOMPARE(view->selectionStart(), qint64(35));
    QCOMPARE(view->selectionLength(), qint64(16));
  }

  // A value held whole is searched in place: forward, round to the start,
  // backward; hex with 0x and colons, text in quotes; not found said so.
  void find_in_a_value_held_whole() {
    QByteArray value = randomBytes(3000, 2);
    const QByteArray needle("\xde\xad\xbe\xef\x42", 5);
    value.replace(700, needle.size(), needle);
    value.replace(2500, needle.size(), needle);
    value.replace(1200, 5, "hello");
    QCOMPARE(value.count(needle), 2);
    ValuePanel p;
    int asked = 0;
    connect(&p, &ValuePanel::findRequested, this, [&] { ++asked; });
    p.showRecord({}, "bin", value, value.size(), 0, false, PreparedValue{ContentKind::Binary, std::nullopt});
    QVERIFY(showPanel(p));
    ValueView* view = p.pagedView();
    auto* find = p.findChild<QLineEdit*>(QStringLiteral("findInValue"));
    QVERIFY(find && find->isVisible());

    // Ctrl+F in the view goes to the find line.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(find->hasFocus());
    QTest::keyClicks(find, QStringLiteral("0xDE:AD:be:ef:42"));
    view->setCursorOffset(100);
    QTest::keyClick(find, Qt::Key_Return);
    const qint64 first = value.indexOf(needle, 100), second = value.indexOf(needle, first + 1);
    QCOMPARE(view->selectionStart(), first);
    QCOMPARE(view->selectionLength(), qint64(needle.size()));
    QVERIFY2(noteOf(p).contains(QStringLiteral("Found at offset %L1").arg(first)), qPrintable(noteOf(p)));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F3);
    QCOMPARE(view->selectionStart(), second);
    QVERIFY(view->topOffset() <= second && second < view->topOffset() + 16 * 20);
    QTest::keyClick(view, Qt::Key_F3);  // round to the start
    QCOMPARE(view->selectionStart(), value.indexOf(needle));
    QTest::keyClick(view, Qt::Key_F3, Qt::ShiftModifier);  // before the first: round to the end
    QCOMPARE(view->selectionStart(), value.lastIndexOf(needle));
    QTest::keyClick(view, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->selectionStart(), value.lastIndexOf(needle, value.lastIndexOf(needle) - 1));
    // Text in quotes.
    find->setText(QStringLiteral("\"hello\""));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(view->selectionStart(), value.indexOf("hello"));
    // Nowhere in the value: said, and the selection stays.
    const qint64 before = view->selectionStart();
    QVERIFY(value.indexOf(QByteArray("\x01\x02\x03\x04\x05\x06\x07", 7)) < 0);
    find->setText(QStringLiteral("01 02 03 04 05 06 07"));
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY2(noteOf(p).contains(QStringLiteral("Not found")), qPrintable(noteOf(p)));
    QCOMPARE(view->selectionStart(), before);
    QCOMPARE(asked, 0);  // never the worker
  }

  // A paged value of 9 MiB is searched on the worker, 4 MiB a piece: a
  // match straddling the pieces' (and the pages') boundary at 4 MiB is
  // found going forward from 0 and going backward from 8 MiB (whose pieces
  // also meet at 4 MiB).
  void find_across_pieces_of_a_paged_value() {
    constexpr qint64 kSize = (9 << 20) + 1;
    QByteArray value = randomBytes(kSize, 3);
    const QByteArray needle = QByteArray::fromHex("0badc0ffee15900d");
    const qint64 at = (4 << 20) - 3;  // its first 3 bytes in one piece, 5 in the next
    value.replace(at, needle.size(), needle);
    QCOMPARE(value.indexOf(needle), at);
    QCOMPARE(value.lastIndexOf(needle), at);
    const auto path = testing::temp_db(dir_, "paged.emdb");
    {
      auto db = MUST(emdb::Database::builder().path(path).build());
      MUST(db.insert("blob", value.toStdString()));
      MUST(db.flush());
    }
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    QVERIFY(uitest::showNamespace(w, {}));
    w.keyTable()->setCurrentIndex(w.keyModel()->index(uitest::rowOf(w, "blob"), 0));
    ValuePanel* panel = w.valuePanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isPaged() && panel->key() == "blob", 20000);
    ValueView* view = panel->pagedView();
    QCOMPARE(view->mode(), ValueView::Mode::Hex);
    QVERIFY(!view->isResizable());
    auto* find = panel->findChild<QLineEdit*>(QStringLiteral("findInValue"));
    auto wait = [&] { return QTest::qWaitFor([&] { return find->isEnabled(); }, 60000); };

    // Ctrl+F in the view is the view's (the window's Find is the filter's).
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(find->hasFocus());
    view->setCursorOffset(0);
    find->setText(QString::fromLatin1(needle.toHex(' ')));
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(!find->isEnabled());  // on the worker
    QVERIFY(wait());
    QVERIFY2(noteOf(*panel).contains(QStringLiteral("Found at offset")), qPrintable(noteOf(*panel)));
    QCOMPARE(view->selectionStart(), at);
    QCOMPARE(view->selectionLength(), qint64(needle.size()));
    QTRY_VERIFY(view->isComplete());
    QVERIFY(view->topOffset() <= at && at < view->topOffset() + 16 * 60);

    view->setCursorOffset(8 << 20);
    QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
    QVERIFY(wait());
    QCOMPARE(view->selectionStart(), at);
    QVERIFY(view->topOffset() <= at);

    const QByteArray absent = QByteArray::fromHex("00112233445566778899aabbccddeeff0011");
    QVERIFY(value.indexOf(absent) < 0);
    find->setText(QString::fromLatin1(absent.toHex(':')));
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(wait());
    QVERIFY2(noteOf(*panel).contains(QStringLiteral("Not found")), qPrintable(noteOf(*panel)));
  }

  // Insert mode in a value held whole: bytes typed in, removed with Delete,
  // Backspace and a selection, appended at the end, one typed over; Apply
  // stages exactly the bytes of the same edits made here.
  void insert_and_delete_then_apply() {
    const QByteArray value = randomBytes(40, 4);
    QByteArray expected = value;
    ValuePanel p;
    QSignalSpy saved(&p, &ValuePanel::saveRequested);
    p.showRecord("ns", "bin", value, value.size(), 0, false, PreparedValue{ContentKind::Binary, std::nullopt});
    QVERIFY(showPanel(p));
    ValueView* view = p.pagedView();
    QVERIFY(view->isResizable());
    view->setFocus();
    view->setCursorOffset(5);
    QTest::keyClick(view, Qt::Key_Insert);
    QVERIFY(view->isInsertMode());
    QVERIFY(p.findChild<QLabel*>(QStringLiteral("hexStatus"))->text().contains(QStringLiteral("Insert")));
    QTest::keyClicks(view, QStringLiteral("a1B2"));
    expected.insert(5, QByteArray("\xa1\xb2", 2));
    QCOMPARE(view->cursorOffset(), qint64(7));
    QTest::keyClick(view, Qt::Key_Delete);  // the byte at the cursor
    expected.remove(7, 1);
    QTest::keyClick(view, Qt::Key_Backspace);  // the byte before it
    expected.remove(6, 1);
    QCOMPARE(view->size(), qint64(expected.size()));
    for (int i = 0; i < 3; ++i) QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Delete);  // the three selected
    expected.remove(6, 3);
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);  // past the last byte
    QTest::keyClicks(view, QStringLiteral("0f"));
    expected.append('\x0f');
    QTest::keyClick(view, Qt::Key_Insert);  // back to typing over
    QVERIFY(!view->isInsertMode());
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClicks(view, QStringLiteral("00"));
    expected[0] = '\0';
    QCOMPARE(*view->editedBytes(), expected);
    QVERIFY(p.isModified());
    QCOMPARE(*p.editedValue(), expected);
    p.findChild<QPushButton*>(QStringLiteral("saveValue"))->click();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.last().at(0).toByteArray(), QByteArray("ns"));
    QCOMPARE(saved.last().at(2).toByteArray(), expected);
    // Shown as applied, no longer modified.
    QVERIFY(!p.isModified());
    QCOMPARE(view->size(), qint64(expected.size()));

    // Discard drops inserted bytes: the value as it was.
    QTest::keyClick(view, Qt::Key_Insert);
    QTest::keyClicks(view, QStringLiteral("ee"));
    QCOMPARE(view->size(), qint64(expected.size() + 1));
    p.findChild<QPushButton*>(QStringLiteral("discardValue"))->click();
    QVERIFY(!p.isModified());
    QCOMPARE(view->size(), qint64(expected.size()));
    QCOMPARE(*p.editedValue(), expected);
  }

  // A value shown page by page is not held whole: Insert says it cannot
  // change the length, and typing still overwrites.
  void insert_is_refused_on_a_paged_value() {
    const QByteArray start = randomBytes(ValuePanel::kEditLimit, 5);
    ValuePanel p;
    p.showRecord({}, "big", start, 64 << 20, 0, false, PreparedValue{ContentKind::Binary, std::nullopt});
    QVERIFY(showPanel(p));
    ValueView* view = p.pagedView();
    QVERIFY(p.isPaged() && view->isEditable() && !view->isResizable());
    view->setFocus();
    view->setCursorOffset(10);
    QTest::keyClick(view, Qt::Key_Insert);
    QVERIFY(!view->isInsertMode());
    QVERIFY2(noteOf(p).contains(QStringLiteral("cannot change")), qPrintable(noteOf(p)));
    QTest::keyClicks(view, QStringLiteral("5a"));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(view->size(), qint64(64 << 20));
    QVERIFY(!view->editedBytes());
    std::map<qint64, char> expected;
    if (start[10] != '\x5a') expected[10] = '\x5a';
    QCOMPARE(view->patches(), expected);
  }

  // A binary key is typed in the key field's hex editor: bytes inserted,
  // one removed; the field then holds them, as hex.
  void binary_key_entered_in_hex() {
    AddRecordDialog dialog(QList<QByteArray>{QByteArray()}, QByteArray());
    dialog.show();
    auto* edit = dialog.findChild<KeyEdit*>();
    QVERIFY(edit);
    edit->lineEdit()->setText(QStringLiteral("ab"));  // text: its bytes start the editor
    auto* bytesButton = edit->findChild<QToolButton*>(QStringLiteral("keyHexEditor"));
    QVERIFY(bytesButton);
    bytesButton->click();
    auto* hex = edit->findChild<HexBytesDialog*>();
    QVERIFY(hex && hex->isVisible());
    ValueView* view = hex->view();
    QVERIFY(view->isInsertMode());
    QCOMPARE(view->cursorOffset(), qint64(2));
    view->setFocus();
    QTest::keyClicks(view, QStringLiteral("00ff10"));
    QTest::keyClick(view, Qt::Key_Backspace);
    QTest::keyClicks(view, QStringLiteral("7f"));
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Delete);  // the 'a'
    const QByteArray expected("b\x00\xff\x7f", 4);
    QCOMPARE(hex->bytes(), expected);
    hex->accept();
    QVERIFY(edit->hexBox()->isChecked());
    QCOMPARE(edit->key(), std::optional<QByteArray>(expected));
    QCOMPARE(edit->lineEdit()->text(), QString::fromLatin1(expected.toHex(' ')));
  }

  // The hex editor with a selection and a found match, for the README.
  void screenshot() {
    QByteArray value;
    value += QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000400000004008060000");
    value += "session:7f3a user=alice role=admin ";
    value += randomBytes(120, 6);
    value += QByteArray::fromHex("deadbeef");
    value += randomBytes(200, 7);
    ValuePanel p;
    p.showRecord({}, "blob:session", value, value.size(), 0, false, PreparedValue{ContentKind::Binary, std::nullopt});
    QVERIFY(showPanel(p));
    p.resize(760, 460);
    ValueView* view = p.pagedView();
    auto* find = p.findChild<QLineEdit*>(QStringLiteral("findInValue"));
    find->setText(QStringLiteral("de ad be ef"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(view->selectionStart(), value.indexOf(QByteArray::fromHex("deadbeef")));
    view->goToOffset(0);
    view->setFocus();
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, bytePoint(view, 28));
    dragTo(view, bytePoint(view, 47, true));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, bytePoint(view, 47, true));
    QCOMPARE(view->selectionLength(), qint64(20));
    const QString shot = uitest::saveScreenshot(p.grab(), QStringLiteral("hex-editor"));
    qInfo("screenshot: %s", qPrintable(shot));
  }
};

QTEST_MAIN(TestHexEditor)
#include "tst_hexeditor.moc"
