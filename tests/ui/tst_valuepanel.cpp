// The value panel on its own: what each view shows, and that edits in the
// text, hex (the hex editor) and Base64 views give back exactly the bytes
// meant; values that are not UTF-8 are never edited through text.
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "widgets/valuepanel.hpp"
#include "widgets/valueview.hpp"

using namespace browser;

namespace {
QPlainTextEdit* editor(ValuePanel& p) { return p.findChild<QPlainTextEdit*>(QStringLiteral("valueEditor")); }
// Replaces the editor's text as typing would (setPlainText resets the modified flag).
void type(ValuePanel& p, const QString& text) {
  editor(p)->selectAll();
  editor(p)->insertPlainText(text);
}
}  // namespace

class TestValuePanel : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void auto_mode_follows_the_content() {
    ValuePanel p;
    p.showRecord({}, "deploy.yaml", "service: shop\nreplicas: 3\n", 26, 0, false);
    QCOMPARE(p.effectiveMode(), ValuePanel::Mode::Text);
    QCOMPARE(p.syntaxName(), QStringLiteral("YAML"));
    p.showRecord({}, "doc", "<?xml version=\"1.0\"?><a/>", 25, 0, false);
    QCOMPARE(p.syntaxName(), QStringLiteral("XML"));
    p.showRecord({}, "j", "{\"b\":1,\"a\":2}", 13, 0, false);
    QCOMPARE(p.effectiveMode(), ValuePanel::Mode::Json);
    QCOMPARE(editor(p)->toPlainText(), QStringLiteral("{\n  \"b\": 1,\n  \"a\": 2\n}"));
    p.showRecord({}, "bin", QByteArray("\x00\xff\x01\x02", 4), 4, 0, false);
    QCOMPARE(p.effectiveMode(), ValuePanel::Mode::Hex);
    QVERIFY(p.isPaged());  // the hex editor
    QCOMPARE(p.pagedView()->visibleRows(),
             QStringList{QStringLiteral("00000000  ") + QStringLiteral("00 ff 01 02 ").leftJustified(49) +
                         QStringLiteral(" ....")});
  }

  // What the worker prepared is what the panel shows (it does not work it
  // out again); an edit of the value drops it.
  void prepared_values_are_used() {
    ValuePanel p;
    const QByteArray json = "{\"b\":1}";
    QCOMPARE(prepareValue(json).kind, ContentKind::Json);
    QCOMPARE(*prepareValue(json).prettyJson, QStringLiteral("{\n  \"b\": 1\n}"));
    QVERIFY(!prepareValue("plain text").prettyJson);
    PreparedValue marked{ContentKind::Json, QStringLiteral("{\n  \"prepared\": true\n}")};
    p.showRecord({}, "j", json, json.size(), 0, false, marked);
    QCOMPARE(p.effectiveMode(), ValuePanel::Mode::Json);
    QCOMPARE(editor(p)->toPlainText(), *marked.prettyJson);
    // Prepared as binary: shown in hex although the bytes are text.
    p.showRecord({}, "t", "text", 4, 0, false, PreparedValue{ContentKind::Binary, std::nullopt});
    QCOMPARE(p.effectiveMode(), ValuePanel::Mode::Hex);
    p.showRecord({}, "t2", "text", 4, 0, false);  // nothing prepared: worked out here
    QCOMPARE(p.effectiveMode(), ValuePanel::Mode::Text);
  }

  void images_are_previewed() {
    QImage img(12, 7, QImage::Format_ARGB32);
    img.fill(Qt::red);
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    ValuePanel p;
    p.showRecord({}, "logo.png", png, png.size(), 0, false);
    QCOMPARE(p.effectiveMode(), ValuePanel::Mode::Image);
    const QLabel* shown = p.findChild<QLabel*>(QStringLiteral("valueImage"));
    QCOMPARE(shown->pixmap().size(), QSize(12, 7));
    p.showRecord({}, "star.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>", 64, 0,
                 false);
    p.setMode(ValuePanel::Mode::Image);
    QCOMPARE(p.effectiveMode(), ValuePanel::Mode::Image);
    QVERIFY(!shown->pixmap().isNull());
  }

  void hex_and_base64_edits_round_trip() {
    ValuePanel p;
    QSignalSpy saved(&p, &ValuePanel::saveRequested);
    const QByteArray binary("\xde\xad\xbe\xef", 4);
    p.showRecord("ns", "k", binary, 4, 0, false);
    QCOMPARE(p.effectiveMode(), ValuePanel::Mode::Hex);
    // Typed over in the hex editor.
    p.pagedView()->setCursorOffset(2);
    QTest::keyClicks(p.pagedView(), QStringLiteral("00ff"));
    QVERIFY(p.isModified());
    p.findChild<QPushButton*>(QStringLiteral("saveValue"))->click();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.last().at(2).toByteArray(), QByteArray("\xde\xad\x00\xff", 4));
    // Base64 view of the same bytes.
    p.setMode(ValuePanel::Mode::Base64);
    QCOMPARE(editor(p)->toPlainText(), QStringLiteral("3q0A/w=="));
    type(p, QStringLiteral("AAEC"));
    p.findChild<QPushButton*>(QStringLiteral("saveValue"))->click();
    QCOMPARE(saved.last().at(2).toByteArray(), QByteArray("\x00\x01\x02", 3));
    // Bad Base64 is refused, and nothing is saved.
    type(p, QStringLiteral("no*base64"));
    p.findChild<QPushButton*>(QStringLiteral("saveValue"))->click();
    QCOMPARE(saved.count(), 2);
    QVERIFY(!p.editedValue());
  }

  void invalid_utf8_is_never_edited_as_text() {
    ValuePanel p;
    const QByteArray bytes("ok \xff\xfe end", 9);
    p.showRecord({}, "k", bytes, bytes.size(), 0, false);
    p.setMode(ValuePanel::Mode::Text);
    QVERIFY(editor(p)->isReadOnly());
    QVERIFY(!p.findChild<QLabel*>(QStringLiteral("valueNote"))->text().isEmpty());
    QCOMPARE(*p.editedValue(), bytes);
    p.setMode(ValuePanel::Mode::Hex);
    QVERIFY(p.isPaged() && p.pagedView()->isEditable());
  }

  void read_only_and_truncated_values_are_not_editable() {
    ValuePanel p;
    p.showRecord({}, "k", "text", 4, 0, true);
    QVERIFY(editor(p)->isReadOnly());
    p.showRecord({}, "k", "start of a long value", 100'000'000, 0, false);
    QVERIFY(editor(p)->isReadOnly());
  }
};

QTEST_MAIN(TestValuePanel)
#include "tst_valuepanel.moc"
