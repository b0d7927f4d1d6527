// CBOR and MessagePack values: written here with the libraries' own encoders
// (QCborValue, QCborStreamWriter, msgpack-cxx), detected, decoded as those
// libraries read them, encoded back byte for byte, and edited as JSON; what
// is not one of them, or would not encode back the same, is never claimed.
#include <msgpack.hpp>

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QFloat16>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/structuredvalue.hpp"
#include "widgets/valuepanel.hpp"

using namespace browser;
using Kind = StructuredItem::Kind;
using Json = nlohmann::ordered_json;

namespace {

// ---- CBOR: compared with what QCborValue reads ----

bool sameAsQt(const StructuredItem& it, const QCborValue& v) {
  switch (v.type()) {
    case QCborValue::Integer: {
      const qint64 i = v.toInteger();
      return i >= 0 ? it.kind == Kind::Unsigned && it.number == quint64(i)
                    : it.kind == Kind::Negative && it.number == quint64(-(i + 1));
    }
    case QCborValue::ByteArray: return it.kind == Kind::Bytes && it.bytes == v.toByteArray();
    case QCborValue::String: return it.kind == Kind::Text && QString::fromUtf8(it.bytes) == v.toString();
    case QCborValue::Array: {
      const QCborArray a = v.toArray();
      if (it.kind != Kind::Array || it.items.size() != std::size_t(a.size())) return false;
      for (qsizetype i = 0; i < a.size(); ++i)
        if (!sameAsQt(it.items[std::size_t(i)], a.at(i))) return false;
      return true;
    }
    case QCborValue::Map: {
      const QCborMap m = v.toMap();
      if (it.kind != Kind::Map || it.items.size() != 2 * std::size_t(m.size())) return false;
      std::size_t i = 0;
      for (auto e = m.constBegin(); e != m.constEnd(); ++e, i += 2)
        if (!sameAsQt(it.items[i], e.key()) || !sameAsQt(it.items[i + 1], e.value())) return false;
      return true;
    }
    case QCborValue::False: return it.kind == Kind::Bool && it.number == 0;
    case QCborValue::True: return it.kind == Kind::Bool && it.number == 1;
    case QCborValue::Null: return it.kind == Kind::Null;
    case QCborValue::Undefined: return it.kind == Kind::Undefined;
    case QCborValue::Double: return it.kind == Kind::Float && it.real == v.toDouble();
    case QCborValue::Tag:
      return it.kind == Kind::Tag && it.number == quint64(v.tag()) && it.items.size() == 1 &&
             sameAsQt(it.items[0], v.taggedValue());
    default:
      if (v.isSimpleType()) return it.kind == Kind::Simple && it.number == quint64(v.toSimpleType());
      return false;
  }
}

// ---- MessagePack: the values the test packs, as a model ----

struct V {
  enum T { U, I, F32, F64, B, Nil, S, Bin, Ext, A, M } t = Nil;
  quint64 u = 0;
  qint64 i = 0;
  double d = 0;
  QByteArray s{};
  qint8 ext = 0;
  std::vector<V> items{};
};
V u(quint64 x) { return {.t = V::U, .u = x}; }
V i(qint64 x) { return {.t = V::I, .i = x}; }
V f32(float x) { return {.t = V::F32, .d = x}; }
V f64(double x) { return {.t = V::F64, .d = x}; }
V b(bool x) { return {.t = V::B, .u = x ? 1u : 0u}; }
V nil() { return {}; }
V s(const QByteArray& x) { return {.t = V::S, .s = x}; }
V bin(const QByteArray& x) { return {.t = V::Bin, .s = x}; }
V ext(qint8 type, const QByteArray& x) { return {.t = V::Ext, .s = x, .ext = type}; }
V a(std::vector<V> x) { return {.t = V::A, .items = std::move(x)}; }
V m(std::vector<V> keysAndValues) { return {.t = V::M, .items = std::move(keysAndValues)}; }

void pack(msgpack::packer<msgpack::sbuffer>& p, const V& v) {
  switch (v.t) {
    case V::U: p.pack(std::uint64_t(v.u)); break;
    case V::I: p.pack(std::int64_t(v.i)); break;
    case V::F32: p.pack(float(v.d)); break;
    case V::F64: p.pack(v.d); break;
    case V::B: p.pack(v.u != 0); break;
    case V::Nil: p.pack_nil(); break;
    case V::S: p.pack(v.s.toStdString()); break;
    case V::Bin:
      p.pack_bin(std::uint32_t(v.s.size()));
      p.pack_bin_body(v.s.constData(), std::uint32_t(v.s.size()));
      break;
    case V::Ext:
      p.pack_ext(std::size_t(v.s.size()), v.ext);
      p.pack_ext_body(v.s.constData(), std::uint32_t(v.s.size()));
      break;
    case V::A:
      p.pack_array(std::uint32_t(v.items.size()));
      for (const V& x : v.items) pack(p, x);
      break;
    case V::M:
      p.pack_map(std::uint32_t(v.items.size() / 2));
      for (const V& x : v.items) pack(p, x);
      break;
  }
}
QByteArray packed(const V& v) {
  msgpack::sbuffer buffer;
  msgpack::packer<msgpack::sbuffer> p(buffer);
  pack(p, v);
  return QByteArray(buffer.data(), qsizetype(buffer.size()));
}

bool sameAsPacked(const StructuredItem& it, const V& v) {
  switch (v.t) {
    case V::U: return it.kind == Kind::Unsigned && it.number == v.u;
    case V::I:
      return v.i >= 0 ? it.kind == Kind::Unsigned && it.number == quint64(v.i)
                      : it.kind == Kind::Negative && it.number == quint64(-(v.i + 1));
    case V::F32: return it.kind == Kind::Float && it.floatBits == 32 && it.real == v.d;
    case V::F64: return it.kind == Kind::Float && it.floatBits == 64 && it.real == v.d;
    case V::B: return it.kind == Kind::Bool && it.number == v.u;
    case V::Nil: return it.kind == Kind::Null;
    case V::S: return it.kind == Kind::Text && it.bytes == v.s;
    case V::Bin: return it.kind == Kind::Bytes && it.bytes == v.s;
    case V::Ext: return it.kind == Kind::Extension && it.extensionType == v.ext && it.bytes == v.s;
    case V::A:
    case V::M:
      if (it.kind != (v.t == V::A ? Kind::Array : Kind::Map) || it.items.size() != v.items.size()) return false;
      for (std::size_t k = 0; k < v.items.size(); ++k)
        if (!sameAsPacked(it.items[k], v.items[k])) return false;
      return true;
  }
  return false;
}

// Every width of integer msgpack-cxx writes, both signs.
V msgpackInts() {
  std::vector<V> ints;
  for (quint64 x : {0ull, 127ull, 128ull, 255ull, 256ull, 65535ull, 65536ull, 4294967295ull, 4294967296ull,
                    std::numeric_limits<quint64>::max()})
    ints.push_back(u(x));
  for (qint64 x : {qint64(-1), qint64(-32), qint64(-33), qint64(-128), qint64(-129), qint64(-32768), qint64(-32769),
                   qint64(std::numeric_limits<qint32>::min()), qint64(std::numeric_limits<qint32>::min()) - 1,
                   std::numeric_limits<qint64>::min(), qint64(5), qint64(300)})
    ints.push_back(i(x));
  return a(std::move(ints));
}

V msgpackSample() {
  return m({s("name"),      s("shop"),
            s("replicas"),  u(3),
            s("ratio"),     f64(0.75),
            s("half"),      f32(1.5f),
            s("ints"),      msgpackInts(),
            s("flags"),     a({b(true), b(false), nil()}),
            s("blob"),      bin(QByteArray("\x00\xff\x10", 3)),
            s("stamp"),     ext(-1, QByteArray("\x00\x00\x00\x01", 4)),
            s("long text"), s(QByteArray(300, 'x')),
            s("nested"),    m({u(1), s("an integer key"), s("inner"), a({a({}), m({})})})});
}

QCborValue cborSample() {
  QCborMap inner{{1, QStringLiteral("an integer key")}, {QStringLiteral("empty"), QCborArray{}}};
  QCborArray ints;
  for (qint64 x : {qint64(0), qint64(23), qint64(24), qint64(255), qint64(256), qint64(65535), qint64(65536),
                   qint64(4294967295), qint64(4294967296), std::numeric_limits<qint64>::max(), qint64(-1), qint64(-24),
                   qint64(-25), qint64(-256), qint64(-257), qint64(-65537), std::numeric_limits<qint64>::min()})
    ints.append(x);
  return QCborMap{{QStringLiteral("name"), QStringLiteral("shop")},
                  {QStringLiteral("replicas"), 3},
                  {QStringLiteral("ratio"), 0.1},
                  {QStringLiteral("half"), 1.5},
                  {QStringLiteral("ints"), ints},
                  {QStringLiteral("flags"), QCborArray{true, false, QCborValue(nullptr), QCborValue()}},
                  {QStringLiteral("blob"), QByteArray("\x00\xff\x10", 3)},
                  {QStringLiteral("when"), QCborValue(QCborTag(1000), QStringLiteral("2026-12-02"))},
                  {QStringLiteral("text"), QStringLiteral("grüße\n✓")},
                  {QStringLiteral("nested"), inner},
                  {QStringLiteral("simple"), QCborValue(QCborSimpleType(42))}};
}

// Values QCborStreamWriter writes that QCborValue would not: floats of each
// width, the largest and smallest integers.
QByteArray cborWidths() {
  QByteArray out;
  QCborStreamWriter w(&out);
  w.startArray(7);
  w.append(qfloat16(1.5f));
  w.append(0.1f);
  w.append(0.1);
  w.append(std::numeric_limits<quint64>::max());
  w.append(QCborNegativeInteger(0));  // -2^64
  w.append(qfloat16(std::numeric_limits<float>::infinity()));
  w.append(std::numeric_limits<double>::quiet_NaN());
  w.endArray();
  return out;
}

QByteArray roundTripThroughJson(const QByteArray& bytes) {
  auto value = decodeStructured(bytes);
  if (!value) return "not detected";
  auto json = structuredToJson(*value);
  if (!json) return "no JSON: " + json.error().toUtf8();
  auto back = structuredFromJson(*json, value->format);
  if (!back) return "refused: " + back.error().toUtf8();
  return *back;
}

QPlainTextEdit* jsonEditor(ValuePanel& p) { return p.findChild<QPlainTextEdit*>(QStringLiteral("structuredJson")); }
void typeJson(ValuePanel& p, const QString& text) {
  jsonEditor(p)->selectAll();
  jsonEditor(p)->insertPlainText(text);
}

}  // namespace

class TestStructured : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void cbor_values_decode_as_qt_reads_them_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("map") << cborSample().toCbor();
    QTest::newRow("array") << QCborValue(QCborArray{1, -1, QStringLiteral("a"), QCborArray{QCborMap{}}}).toCbor();
    QTest::newRow("empty array") << QCborValue(QCborArray{}).toCbor();
    QTest::newRow("tagged") << QCborValue(QCborTag(55799), QCborArray{1, 2}).toCbor();
    QTest::newRow("long") << QCborValue(QCborArray{QByteArray(70000, '\x01'), QString(300, QLatin1Char('y'))}).toCbor();
  }
  void cbor_values_decode_as_qt_reads_them() {
    QFETCH(QByteArray, bytes);
    auto value = decodeStructured(bytes);
    QVERIFY(value);
    QCOMPARE(value->format, StructuredFormat::Cbor);
    QCborParserError error;
    const QCborValue qt = QCborValue::fromCbor(bytes, &error);
    QCOMPARE(error.error, QCborError::NoError);
    QVERIFY(sameAsQt(value->root, qt));
    QCOMPARE(encodeStructured(*value), bytes);
    QCOMPARE(roundTripThroughJson(bytes), bytes);
  }

  void cbor_floats_and_extreme_integers() {
    const QByteArray bytes = cborWidths();
    auto value = decodeStructured(bytes);
    QVERIFY(value);
    const auto& items = value->root.items;
    QCOMPARE(items.size(), std::size_t(7));
    QCOMPARE(items[0].floatBits, 16);
    QCOMPARE(items[0].real, 1.5);
    QCOMPARE(items[1].floatBits, 32);
    QCOMPARE(items[1].real, double(0.1f));
    QCOMPARE(items[2].floatBits, 64);
    QCOMPARE(items[2].real, 0.1);
    QCOMPARE(items[3].kind, Kind::Unsigned);
    QCOMPARE(items[3].number, std::numeric_limits<quint64>::max());
    QCOMPARE(items[4].kind, Kind::Negative);
    QCOMPARE(items[4].number, std::numeric_limits<quint64>::max());  // -1 - (2^64 - 1)
    QVERIFY(std::isinf(items[5].real));
    QVERIFY(std::isnan(items[6].real));
    QCOMPARE(encodeStructured(*value), bytes);
    // -2^64 has no JSON form: refused, with where it is.
    auto json = structuredToJson(*value);
    QVERIFY(!json);
    QVERIFY(json.error().contains(QLatin1String("[4]")));
    // Without it, the floats go through JSON and come back at their widths.
    QByteArray rest;
    QCborStreamWriter w(&rest);
    w.startArray(6);
    w.append(qfloat16(1.5f));
    w.append(0.1f);
    w.append(0.1);
    w.append(1.5);  // a double that a half would hold: written as {"$float64": 1.5}
    w.append(qfloat16(std::numeric_limits<float>::infinity()));
    w.append(std::numeric_limits<double>::quiet_NaN());
    w.endArray();
    const auto restJson = structuredToJson(*decodeStructured(rest));
    QVERIFY(restJson);
    const Json parsed = Json::parse(restJson->toStdString());
    QVERIFY(parsed[0].is_number_float());  // the usual width in CBOR: the shortest
    QCOMPARE(parsed[0].get<double>(), 1.5);
    QVERIFY(parsed[1].is_number_float());  // a float holds it exactly, a half does not
    QCOMPARE(parsed[1].get<double>(), double(0.1f));
    QVERIFY(parsed[2].is_number_float());
    QCOMPARE(parsed[3], Json({{"$float64", 1.5}}));
    QCOMPARE(parsed[4], Json({{"$float16", "Infinity"}}));
    QCOMPARE(parsed[5], Json({{"$float64", "NaN"}}));
    QCOMPARE(roundTripThroughJson(rest), rest);
  }

  void cbor_json_form() {
    const QByteArray bytes = cborSample().toCbor();
    const Json j = Json::parse(structuredToJson(*decodeStructured(bytes))->toStdString());
    QCOMPARE(j["name"], Json("shop"));
    QCOMPARE(j["replicas"], Json(3));
    QVERIFY(j["replicas"].is_number_integer());
    QCOMPARE(j["ratio"], Json(0.1));
    QCOMPARE(j["half"], Json({{"$float64", 1.5}}));  // QCborValue writes doubles whole
    QCOMPARE(j["ints"].size(), std::size_t(17));
    QCOMPARE(j["ints"][9], Json(std::numeric_limits<qint64>::max()));
    QCOMPARE(j["ints"][16], Json(std::numeric_limits<qint64>::min()));
    QCOMPARE(j["flags"], Json::parse(R"([true, false, null, {"$undefined": null}])"));
    QCOMPARE(j["blob"], Json({{"$bytes", QByteArray("\x00\xff\x10", 3).toBase64().toStdString()}}));
    QCOMPARE(j["when"], Json::parse(R"({"$tag": [1000, "2026-12-02"]})"));
    QCOMPARE(j["text"], Json("grüße\n✓"));
    QCOMPARE(j["nested"], Json::parse(R"({"$map": [[1, "an integer key"], ["empty", []]]})"));
    QCOMPARE(j["simple"], Json::parse(R"({"$simple": 42})"));
    // Bounded: refused past the length asked for.
    const QString whole = *structuredToJson(*decodeStructured(bytes));
    QVERIFY(structuredToJson(*decodeStructured(bytes), whole.size()));
    QVERIFY(!structuredToJson(*decodeStructured(bytes), whole.size() - 1));
    // Member order is the value's.
    std::vector<std::string> keys;
    for (const auto& [k, v] : j.items()) keys.push_back(k);
    QCOMPARE(keys.front(), std::string("name"));
    QCOMPARE(keys.back(), std::string("simple"));
  }

  void messagepack_values_decode_as_packed() {
    for (const V& v : {msgpackSample(), msgpackInts(), a({}), m({}), a({f32(-0.0f), f64(1e300), s(""), bin({})})}) {
      const QByteArray bytes = packed(v);
      auto value = decodeStructured(bytes);
      QVERIFY(value);
      // An empty map (0x80) is also an empty CBOR array, and CBOR wins.
      if (v.t == V::M && v.items.empty()) {
        QCOMPARE(value->format, StructuredFormat::Cbor);
        continue;
      }
      QCOMPARE(value->format, StructuredFormat::MessagePack);
      QVERIFY(sameAsPacked(value->root, v));
      QCOMPARE(encodeStructured(*value), bytes);
      QCOMPARE(roundTripThroughJson(bytes), bytes);
    }
  }

  void messagepack_json_form() {
    const Json j = Json::parse(structuredToJson(*decodeStructured(packed(msgpackSample())))->toStdString());
    QCOMPARE(j["ratio"], Json(0.75));  // the usual width in MessagePack: 64 bits
    QCOMPARE(j["half"], Json({{"$float32", 1.5}}));
    QCOMPARE(j["ints"][9], Json(std::numeric_limits<quint64>::max()));
    QCOMPARE(j["ints"][19], Json(std::numeric_limits<qint64>::min()));
    QCOMPARE(j["flags"], Json::parse("[true, false, null]"));
    QCOMPARE(j["blob"], Json({{"$bytes", QByteArray("\x00\xff\x10", 3).toBase64().toStdString()}}));
    QCOMPARE(j["stamp"], Json::parse(R"({"$ext": [-1, "AAAAAQ=="]})"));
    QCOMPARE(j["nested"], Json::parse(R"({"$map": [[1, "an integer key"], ["inner", [[], {}]]]})"));
  }

  void other_values_are_not_detected_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("service: shop\nreplicas: 3\n");
    QTest::newRow("json object") << QByteArray(R"({"a": [1, 2]})");
    QTest::newRow("json array") << QByteArray("[1,2,3]");
    QTest::newRow("abc") << QByteArray("abc");  // fixints in MessagePack
    QTest::newRow("msgpack integer") << QByteArray("\x01", 1);
    QTest::newRow("msgpack text") << packed(s("a text"));
    QTest::newRow("cbor integer") << QCborValue(5).toCbor();
    QTest::newRow("cbor text") << QCborValue(QStringLiteral("a text")).toCbor();
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    // Decodes, but not back to the same bytes.
    // (81 18 05 would be the MessagePack map {24: 5}.)
    QTest::newRow("cbor 5 in two bytes") << QByteArray("\x82\x01\x18\x05", 4);
    QTest::newRow("cbor indefinite array") << QByteArray("\x9f\x01\xff", 3);
    QTest::newRow("cbor indefinite text") << QByteArray(
        "\x81\x7f\x61"
        "a"
        "\xff",
        5);
    QTest::newRow("cbor map length in a byte") << QByteArray("\xb8\x01\x01\x02", 4);
    QTest::newRow("msgpack 5 as int8") << QByteArray("\x91\xd0\x05", 3);
    QTest::newRow("msgpack 5 as uint16") << QByteArray("\x91\xcd\x00\x05", 4);
    QTest::newRow("msgpack -1 as int32") << QByteArray("\x91\xd2\xff\xff\xff\xff", 6);
    QTest::newRow("msgpack short text as str8") << QByteArray(
        "\x91\xd9\x01"
        "a",
        4);
    QTest::newRow("msgpack short array as array16") << QByteArray("\xdc\x00\x01\x01", 4);
    QTest::newRow("cbor simple 24 (not well-formed)") << QByteArray("\x82\x01\xf8\x18", 4);
    // Not one whole item.
    QTest::newRow("two items") << QByteArray("\x80\x80", 2);
    QTest::newRow("trailing byte") << packed(msgpackSample()) + '\0';
    QTest::newRow("cut short") << packed(msgpackSample()).chopped(1);
    QTest::newRow("cbor cut short") << cborSample().toCbor().chopped(1);
    QTest::newRow("huge claimed array") << QByteArray("\xdd\xff\xff\xff\xff\x01", 6);
    QTest::newRow("huge claimed cbor array") << QByteArray("\x9b\x7f\xff\xff\xff\xff\xff\xff\xff\x01", 10);
    QByteArray deep(kStructuredMaxDepth + 10, '\x91');
    QTest::newRow("nested too deep") << deep + '\x01';
    QRandomGenerator random(20261202);
    for (int n = 0; n < 300; ++n) {
      QByteArray bytes(random.bounded(16, 513), '\0');
      for (char& c : bytes) c = char(random.bounded(256));
      // Half start as a map or an array would, to get past the first byte.
      if (n % 2) bytes[0] = char(0x80 + random.bounded(0x40));
      QTest::newRow(qPrintable(QStringLiteral("random %1").arg(n))) << bytes;
    }
  }
  void other_values_are_not_detected() {
    QFETCH(QByteArray, bytes);
    QVERIFY(!decodeStructured(bytes));
  }

  // The cases above that decode: the libraries read them, so it is the
  // encoding back that refuses them.
  void non_canonical_values_do_decode() {
    QCborParserError error;
    QCOMPARE(QCborValue::fromCbor(QByteArray("\x82\x01\x18\x05", 4), &error), QCborValue(QCborArray{1, 5}));
    QCOMPARE(error.error, QCborError::NoError);
    for (const QByteArray& bytes : {QByteArray("\x91\xd0\x05", 3), QByteArray("\x91\xcd\x00\x05", 4)}) {
      const msgpack::object_handle h = msgpack::unpack(bytes.constData(), std::size_t(bytes.size()));
      QCOMPARE(h.get().type, msgpack::type::ARRAY);
      QCOMPARE(h.get().via.array.ptr[0].as<int>(), 5);
    }
  }

  void bad_json_is_refused_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("format");
    const int cbor = int(StructuredFormat::Cbor), mp = int(StructuredFormat::MessagePack);
    QTest::newRow("not JSON") << QStringLiteral("{\"a\": ") << cbor;
    QTest::newRow("trailing comma") << QStringLiteral("[1,]") << mp;
    QTest::newRow("top-level scalar") << QStringLiteral("5") << cbor;
    QTest::newRow("top-level bytes") << QStringLiteral("{\"$bytes\": \"AAE=\"}") << mp;
    QTest::newRow("unknown $ form") << QStringLiteral("[{\"$nope\": 1}]") << cbor;
    QTest::newRow("bad Base64") << QStringLiteral("[{\"$bytes\": \"!!\"}]") << cbor;
    QTest::newRow("tag in MessagePack") << QStringLiteral("[{\"$tag\": [1, 2]}]") << mp;
    QTest::newRow("half in MessagePack") << QStringLiteral("[{\"$float16\": 1.5}]") << mp;
    QTest::newRow("ext in CBOR") << QStringLiteral("[{\"$ext\": [1, \"AA==\"]}]") << cbor;
    QTest::newRow("repeated key") << QStringLiteral("{\"a\": 1, \"a\": 2}") << mp;
    QTest::newRow("integer too large") << QStringLiteral("[18446744073709551616]") << cbor;
    QTest::newRow("integer too small") << QStringLiteral("[-9223372036854775809]") << mp;
    QTest::newRow("reserved simple") << QStringLiteral("[{\"$simple\": 24}]") << cbor;
    QTest::newRow("bad pair") << QStringLiteral("{\"$map\": [[1]]}") << cbor;
  }
  void bad_json_is_refused() {
    QFETCH(QString, json);
    QFETCH(int, format);
    auto r = structuredFromJson(json, StructuredFormat(format));
    QVERIFY(!r);
    QVERIFY(!r.error().isEmpty());
  }

  // JSON written by hand: the bytes the library itself writes for it.
  void json_encodes_as_the_libraries_do() {
    auto c = structuredFromJson(
        QStringLiteral(
            R"({"a": [1, -2, 2.5, 0.1, "x", {"$bytes": "AAE="}, true, null], "$b": {"$map": [[7, "seven"]]}})"),
        StructuredFormat::Cbor);
    QVERIFY(c);
    QByteArray expected;
    QCborStreamWriter w(&expected);
    w.startMap(2);
    w.append(QLatin1String("a"));
    w.startArray(8);
    w.append(1);
    w.append(-2);
    w.append(qfloat16(2.5f));  // the shortest width that holds it, as ciborium writes
    w.append(0.1);
    w.append(QLatin1String("x"));
    w.append(QByteArray("\x00\x01", 2));
    w.append(true);
    w.append(nullptr);
    w.endArray();
    w.append(QLatin1String("$b"));
    w.startMap(1);
    w.append(7);
    w.append(QLatin1String("seven"));
    w.endMap();
    w.endMap();
    QCOMPARE(*c, expected);

    auto p = structuredFromJson(QStringLiteral(R"([70000, -70000, 2.5, {"$float32": 0.1}, {"$ext": [3, "AQ=="]}])"),
                                StructuredFormat::MessagePack);
    QVERIFY(p);
    QCOMPARE(*p, packed(a({u(70000), i(-70000), f64(2.5), f32(0.1f), ext(3, "\x01")})));
  }

  void the_panel_shows_a_tree_and_stages_json_edits() {
    ValuePanel panel;
    QSignalSpy saved(&panel, &ValuePanel::saveRequested);
    const QByteArray cbor =
        QCborValue(QCborMap{{QStringLiteral("name"), QStringLiteral("shop")}, {QStringLiteral("replicas"), 3}})
            .toCbor();
    panel.showRecord("ns", "k", cbor, cbor.size(), 0, false);
    QCOMPARE(panel.effectiveMode(), ValuePanel::Mode::Structured);
    const auto* tree = panel.findChild<QTreeView*>(QStringLiteral("structuredTree"));
    const QAbstractItemModel* model = tree->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex root = model->index(0, 0);
    QCOMPARE(model->rowCount(root), 2);
    QCOMPARE(model->index(0, 0, root).data().toString(), QStringLiteral("name"));
    QCOMPARE(model->index(0, 2, root).data().toString(), QStringLiteral("shop"));
    QCOMPARE(model->index(1, 2, root).data().toString(), QStringLiteral("3"));
    // Nothing typed: nothing to apply, and the value is the same bytes.
    QVERIFY(!panel.isModified());
    QCOMPARE(*panel.editedValue(), cbor);
    // Bad JSON: refused with the reason, nothing staged.
    auto* apply = panel.findChild<QPushButton*>(QStringLiteral("saveValue"));
    typeJson(panel, QStringLiteral("{\"name\": "));
    QVERIFY(panel.isModified());
    apply->click();
    QCOMPARE(saved.count(), 0);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("valueNote"))->text().contains(QLatin1String("JSON")));
    // Good JSON: staged as CBOR, and the tree follows.
    typeJson(panel, QStringLiteral(R"({"name": "shop", "replicas": 4, "data": {"$bytes": "AAEC"}})"));
    apply->click();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.last().at(2).toByteArray().isEmpty(), false);
    QCOMPARE(QCborValue::fromCbor(saved.last().at(2).toByteArray()),
             QCborValue(QCborMap{{QStringLiteral("name"), QStringLiteral("shop")},
                                 {QStringLiteral("replicas"), 4},
                                 {QStringLiteral("data"), QByteArray("\x00\x01\x02", 3)}}));
    QVERIFY(!panel.isModified());
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 3);

    // MessagePack stays MessagePack.
    const QByteArray mp = packed(m({s("id"), u(7), s("tags"), a({s("a"), s("b")})}));
    panel.showRecord("ns", "m", mp, mp.size(), 0, false);
    QCOMPARE(panel.effectiveMode(), ValuePanel::Mode::Structured);
    typeJson(panel, QStringLiteral(R"({"id": -70000, "tags": ["a"], "ratio": 2.5})"));
    apply->click();
    QCOMPARE(saved.count(), 2);
    const QByteArray staged = saved.last().at(2).toByteArray();
    const msgpack::object_handle h = msgpack::unpack(staged.constData(), std::size_t(staged.size()));
    const msgpack::object& o = h.get();
    QCOMPARE(o.type, msgpack::type::MAP);
    QCOMPARE(o.via.map.size, 3u);
    QCOMPARE(o.via.map.ptr[0].key.as<std::string>(), std::string("id"));
    QCOMPARE(o.via.map.ptr[0].val.as<std::int64_t>(), std::int64_t(-70000));
    QCOMPARE(o.via.map.ptr[1].val.as<std::vector<std::string>>(), std::vector<std::string>{"a"});
    QCOMPARE(o.via.map.ptr[2].val.type, msgpack::type::FLOAT64);
    QCOMPARE(o.via.map.ptr[2].val.as<double>(), 2.5);
    QCOMPARE(staged, packed(m({s("id"), i(-70000), s("tags"), a({s("a")}), s("ratio"), f64(2.5)})));

    // A value whose JSON is too long for the editor: the tree alone.
    const QByteArray many = packed(a(std::vector<V>(20000, u(1))));
    panel.showRecord("ns", "many", many, many.size(), 0, false);
    QCOMPARE(panel.effectiveMode(), ValuePanel::Mode::Structured);
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 20000);
    QVERIFY(jsonEditor(panel)->isReadOnly());
    QVERIFY(jsonEditor(panel)->toPlainText().isEmpty());

    // Read-only: shown, not edited. Chosen by hand for what is not CBOR: hex.
    panel.showRecord("ns", "m", mp, mp.size(), 0, true);
    QVERIFY(jsonEditor(panel)->isReadOnly());
    panel.showRecord("ns", "t", "plain text", 10, 0, false);
    QCOMPARE(panel.effectiveMode(), ValuePanel::Mode::Text);
    panel.setMode(ValuePanel::Mode::Structured);
    QCOMPARE(panel.effectiveMode(), ValuePanel::Mode::Hex);
  }
};

QTEST_MAIN(TestStructured)
#include "tst_structured.moc"
