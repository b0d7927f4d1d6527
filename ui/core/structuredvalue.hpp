// Values stored serialized as CBOR (ciborium, serde_cbor) or MessagePack
// (rmp-serde): which of the two a value is, its decoded items, and a JSON
// form of them that is edited and written back in the value's own format.
// Pure functions, no engine, no widgets.
//
// Detection. A value is CBOR or MessagePack only when all of these hold:
// - it decodes as exactly one item that takes the whole value;
// - that item is a map or an array (in CBOR, also one inside tags, as the
//   self-describe tag 55799): scalars are not claimed, since many short
//   byte strings are valid scalars (0x01 is the MessagePack integer 1). A
//   map or an array starts with a byte that no UTF-8 text starts with, so
//   text and JSON are never taken for either;
// - encoding the decoded item again gives back exactly the value's bytes
//   (shortest integer and length heads, definite lengths, floats at the
//   width they were stored), so nothing is shown that would not be written
//   back as it was.
// Where a value is both (0x80: an empty CBOR array and an empty MessagePack
// map), CBOR wins.
//
// JSON form. A map whose keys are all text, unique, and not one single key
// starting with "$" is a JSON object (members in their order); an array is a
// JSON array; text is a string; integers are JSON integers; true, false and
// null are themselves. A float is a JSON number with a fraction or an
// exponent (1.0, 2.5e-8) when it is finite and of the format's usual width:
// in CBOR the shortest of half, single and double precision that holds it
// exactly (as ciborium and serde_cbor write floats), in MessagePack 64 bits
// (as rmp-serde writes f64). Everything else is an object of one member
// whose name starts with "$":
//   {"$bytes": "<Base64>"}          a byte string (CBOR) or bin (MessagePack)
//   {"$float16": x}, {"$float32": x}, {"$float64": x}
//                                   a float of another width, or one that is
//                                   not finite (x is then "NaN", "Infinity"
//                                   or "-Infinity"); x is rounded to the width
//   {"$map": [[key, value], ...]}   a map with other keys, or repeated ones
//   {"$tag": [number, item]}        a CBOR tag
//   {"$simple": n}                  a CBOR simple value other than
//                                   false, true, null and undefined
//   {"$undefined": null}            CBOR's undefined
//   {"$ext": [type, "<Base64>"]}    a MessagePack extension
// What has no JSON form is refused with the reason and where it is: a CBOR
// integer below -2^63, a NaN with a payload, MessagePack text that is not
// UTF-8. Written back, the JSON must stay a map or an array (so the value
// stays recognised), use only what its format has, and hold integers that
// fit (0 to 2^64-1, -2^63 to -1).
#pragma once

#include <QByteArray>
#include <QString>
#include <expected>
#include <limits>
#include <optional>
#include <vector>

namespace browser {

enum class StructuredFormat { Cbor, MessagePack };

// One decoded data item.
struct StructuredItem {
  enum class Kind { Unsigned, Negative, Float, Bool, Null, Undefined, Simple, Bytes, Text, Array, Map, Tag, Extension };
  Kind kind = Kind::Null;
  // Unsigned: the integer. Negative: the integer is -1 - number (so -2^64
  // to -1 fit).
  // Bool: 0 or 1. Simple: the simple value. Tag: the tag number.
  quint64 number = 0;
  double real = 0;          // Float: the value
  int floatBits = 64;       // Float: 16, 32 or 64, the width it is stored in
  qint8 extensionType = 0;  // Extension: its type
  QByteArray bytes{};       // Bytes; Text (UTF-8); Extension: its data
  // Array: its items. Map: key, value, key, value, ... Tag: the tagged item.
  std::vector<StructuredItem> items{};
};

struct StructuredValue {
  StructuredFormat format = StructuredFormat::Cbor;
  StructuredItem root;
};

// Items are nested at most this deep; deeper values are not detected.
inline constexpr int kStructuredMaxDepth = 256;

// "CBOR", "MessagePack".
QString formatName(StructuredFormat format);
// The value decoded, when it is CBOR or MessagePack by the rules above. Its
// time and memory grow with the value's size (the value panel decodes only
// the values it holds whole, up to 128 KiB).
std::optional<StructuredValue> decodeStructured(const QByteArray& bytes);
// The item in its format (the rules above). Its items must be ones the
// format has, as decodeStructured() and structuredFromJson() give.
QByteArray encodeStructured(const StructuredValue& value);
// The JSON form, indented by two spaces; or why the value has none (or
// none of at most `maxChars` characters). Read back by structuredFromJson()
// unchanged, it gives the bytes the value was decoded from.
std::expected<QString, QString> structuredToJson(const StructuredValue& value,
                                                 qsizetype maxChars = std::numeric_limits<qsizetype>::max());
// The bytes, in `format`, that a JSON form stands for; or why it stands for
// none (not JSON, an unknown "$" member, something `format` lacks).
std::expected<QByteArray, QString> structuredFromJson(const QString& json, StructuredFormat format);

}  // namespace browser
