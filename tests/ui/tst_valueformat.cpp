// Keys and values as text, hex, Base64 and JSON; content detection; durations.
#include <QDateTime>
#include <QtTest>

#include "core/durations.hpp"
#include "core/session.hpp"
#include "core/valueformat.hpp"
#include "widgets/expirydelegate.hpp"

using namespace browser;
using namespace std::chrono_literals;

class TestValueFormat : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void utf8_validation() {
    QVERIFY(isUtf8("plain"));
    QVERIFY(isUtf8("caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80"));
    QVERIFY(!isUtf8("\xc3"));              // cut
    QVERIFY(!isUtf8("\xc0\xaf"));          // overlong
    QVERIFY(!isUtf8("\xed\xa0\x80"));      // surrogate
    QVERIFY(!isUtf8("\xf4\x90\x80\x80"));  // past U+10FFFF
    QVERIFY(!isUtf8(QByteArray("\x00\xff\x01", 3)));
    QVERIFY(!isPrintableText(QByteArray("a\x01", 2)));
    QVERIFY(isPrintableText("two\nlines\t"));
  }

  void hex_and_base64_round_trip() {
    const QByteArray bytes("\x00\xff\x10 a", 5);
    QCOMPARE(toHex(bytes), QStringLiteral("00 ff 10 20 61"));
    QCOMPARE(toHex(QByteArray(20, 'a'), 16).count(QLatin1Char('\n')), 1);
    QCOMPARE(*fromHex(toHex(bytes, 2)), bytes);
    QCOMPARE(*fromHex(QStringLiteral("00FF10\n2061")), bytes);
    QVERIFY(!fromHex(QStringLiteral("0 0")));
    QVERIFY(!fromHex(QStringLiteral("0g")));
    QVERIFY(!fromHex(QStringLiteral("abc")));
    QCOMPARE(*fromBase64(toBase64(bytes)), bytes);
    QCOMPARE(*fromBase64(QStringLiteral("AP8Q\nIGE=")), bytes);
    QVERIFY(!fromBase64(QStringLiteral("A*==")));
  }

  void content_detection() {
    QCOMPARE(detectContent(""), ContentKind::Empty);
    QCOMPARE(detectContent("{\"a\": [1, 2]}"), ContentKind::Json);
    QCOMPARE(detectContent("{not json"), ContentKind::Text);
    QCOMPARE(detectContent("<?xml version=\"1.0\"?><a/>"), ContentKind::Xml);
    QCOMPARE(detectContent("<!DOCTYPE html><html></html>"), ContentKind::Html);
    QCOMPARE(detectContent("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), ContentKind::Svg);
    QCOMPARE(detectContent(QByteArray("\x89PNG\r\n\x1a\n....", 12)), ContentKind::Png);
    QCOMPARE(detectContent(QByteArray("\xff\xd8\xff\xe0", 4)), ContentKind::Jpeg);
    QCOMPARE(detectContent(QByteArray("\xde\xad", 2)), ContentKind::Binary);
    QCOMPARE(detectContent("hello"), ContentKind::Text);
  }

  void json_keeps_member_order() {
    QCOMPARE(*prettyJson("{\"b\":1,\"a\":[true,null]}"),
             QStringLiteral("{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null\n  ]\n}"));
    QVERIFY(!prettyJson("{\"a\":"));
  }

  void keys_and_previews() {
    QCOMPARE(keyDisplay("user:1"), QStringLiteral("user:1"));
    QCOMPARE(keyDisplay(QByteArray("\x00\xff\x01", 3)), QStringLiteral("00 ff 01"));
    QCOMPARE(keyDisplay("a\nb"), QStringLiteral("61 0a 62"));
    QCOMPARE(valuePreview("line one\nline two", 17), QStringLiteral("line one line two"));
    QCOMPARE(valuePreview(QByteArray(200, 'x'), 200, 10), QStringLiteral("xxxxxxxxxx…"));
    QCOMPARE(valuePreview("abc", 1000), QStringLiteral("abc…"));  // only the start was read
    QCOMPARE(valuePreview(QByteArray("\xde\xad", 2), 2), QStringLiteral("de ad"));
    // A cut inside a character backs off to the character's start.
    const std::string s = "ab\xc3\xa9";
    QCOMPARE(previewBytes(s, 3), QByteArray("ab"));
    QCOMPARE(previewBytes(s, 4), QByteArray("ab\xc3\xa9"));
  }

  void durations() {
    QCOMPARE(*parseDuration(QStringLiteral("90")), 90s);
    QCOMPARE(*parseDuration(QStringLiteral("1h30m")), 90min);
    QCOMPARE(*parseDuration(QStringLiteral(" 2d 4h ")), 52h);
    QCOMPARE(*parseDuration(QStringLiteral("1w")), 168h);
    QCOMPARE(*parseDuration(QStringLiteral("250ms")), 250ms);
    QVERIFY(!parseDuration(QStringLiteral("")));
    QVERIFY(!parseDuration(QStringLiteral("0s")));
    QVERIFY(!parseDuration(QStringLiteral("1x")));
    QVERIFY(!parseDuration(QStringLiteral("h")));
    QCOMPARE(formatDuration(90min), QStringLiteral("1h 30m"));
    QCOMPARE(formatDuration(52h), QStringLiteral("2d 4h"));
    QCOMPARE(formatDuration(45s), QStringLiteral("45s"));
    QCOMPARE(formatDuration(1h), QStringLiteral("1h"));
  }

  void expiry_editor_input() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(*ExpiryDelegate::parse(QString()), 0);
    const qint64 later = *ExpiryDelegate::parse(QStringLiteral("1h"));
    QVERIFY(later >= now + 3'600'000 && later < now + 3'660'000);
    QCOMPARE(*ExpiryDelegate::parse(QStringLiteral("2030-01-02 03:04:05")),
             QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5)).toMSecsSinceEpoch());
    QCOMPARE(*ExpiryDelegate::parse(QStringLiteral("2030-01-02")),
             QDateTime(QDate(2030, 1, 2), QTime(0, 0)).toMSecsSinceEpoch());
    QVERIFY(!ExpiryDelegate::parse(QStringLiteral("tomorrow")));
  }

  void prefix_successor() {
    QCOMPARE(*prefixSuccessor("user:"), QByteArray("user;"));
    QCOMPARE(*prefixSuccessor(QByteArray("a\xff\xff", 3)), QByteArray("b"));
    QVERIFY(!prefixSuccessor(QByteArray("\xff", 1)));
    QVERIFY(!prefixSuccessor(QByteArray()));
  }
};

QTEST_MAIN(TestValueFormat)
#include "tst_valueformat.moc"
