#include "structuredvalue.hpp"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QFloat16>
#include <QSet>
#include <bit>
#include <cmath>
#include <exception>
#include <limits>
#include <msgpack.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "valueformat.hpp"

namespace browser {

namespace {

using Item = StructuredItem;
using Kind = StructuredItem::Kind;
using Json = nlohmann::ordered_json;

// JSON nests up to three levels for each level of items ({"$map": [[k, v]]}).
constexpr int kJsonMaxDepth = 4 * kStructuredMaxDepth;

// The messages' translation context.
struct Messages {
  Q_DECLARE_TR_FUNCTIONS(StructuredValue)
};

// Where an item is (a.b[3]), spelt out only for a message.
struct Path {
  const Path* up = nullptr;  // none: the top level
  const QByteArray* key = nullptr;
  std::size_t index = 0;
};
Path keyPath(const Path& path, const QByteArray& key) { return Path{&path, &key, 0}; }
Path indexPath(const Path& path, std::size_t i) { return Path{&path, nullptr, i}; }
QString pathText(const Path& path) {
  if (!path.up) return {};
  const QString up = pathText(*path.up);
  if (!path.key) return up + QStringLiteral("[%1]").arg(path.index);
  return up.isEmpty() ? QString::fromUtf8(*path.key) : up + QLatin1Char('.') + QString::fromUtf8(*path.key);
}
QString where(const Path& path) {
  return path.up ? Messages::tr("at %1").arg(pathText(path)) : Messages::tr("at the top level");
}

bool isContainer(const Item& item) {
  const Item* it = &item;
  while (it->kind == Kind::Tag) it = &it->items.front();
  return it->kind == Kind::Map || it->kind == Kind::Array;
}

// ---- CBOR ----

bool readCbor(QCborStreamReader& r, Item& out, int depth) {
  if (depth > kStructuredMaxDepth) return false;
  switch (r.type()) {
    case QCborStreamReader::UnsignedInteger:
      out.kind = Kind::Unsigned;
      out.number = r.toUnsignedInteger();
      return r.next();
    case QCborStreamReader::NegativeInteger:
      out.kind = Kind::Negative;
      out.number = quint64(r.toNegativeInteger()) - 1;  // -2^64 is stored as 0
      return r.next();
    case QCborStreamReader::ByteArray: {
      out.kind = Kind::Bytes;
      auto chunk = r.readByteArray();
      for (; chunk.status == QCborStreamReader::Ok; chunk = r.readByteArray()) out.bytes += chunk.data;
      return chunk.status == QCborStreamReader::EndOfString;
    }
    case QCborStreamReader::String: {
      out.kind = Kind::Text;
      auto chunk = r.readUtf8String();
      for (; chunk.status == QCborStreamReader::Ok; chunk = r.readUtf8String()) out.bytes += chunk.data;
      return chunk.status == QCborStreamReader::EndOfString;
    }
    case QCborStreamReader::Array:
    case QCborStreamReader::Map:
      out.kind = r.isArray() ? Kind::Array : Kind::Map;
      if (!r.enterContainer()) return false;
      while (r.lastError() == QCborError::NoError && r.hasNext()) {
        out.items.emplace_back();
        if (!readCbor(r, out.items.back(), depth + 1)) return false;
      }
      return r.lastError() == QCborError::NoError && r.leaveContainer();
    case QCborStreamReader::Tag:
      out.kind = Kind::Tag;
      out.number = quint64(r.toTag());
      if (!r.next()) return false;
      out.items.emplace_back();
      return readCbor(r, out.items.back(), depth + 1);
    case QCborStreamReader::SimpleType:
      switch (r.toSimpleType()) {
        case QCborSimpleType::False: out.kind = Kind::Bool; break;
        case QCborSimpleType::True:
          out.kind = Kind::Bool;
          out.number = 1;
          break;
        case QCborSimpleType::Null: out.kind = Kind::Null; break;
        case QCborSimpleType::Undefined: out.kind = Kind::Undefined; break;
        default:
          out.kind = Kind::Simple;
          out.number = quint8(r.toSimpleType());
          break;
      }
      return r.next();
    case QCborStreamReader::Float16:
      out.kind = Kind::Float;
      out.floatBits = 16;
      out.real = double(float(r.toFloat16()));
      return r.next();
    case QCborStreamReader::Float:
      out.kind = Kind::Float;
      out.floatBits = 32;
      out.real = double(r.toFloat());
      return r.next();
    case QCborStreamReader::Double:
      out.kind = Kind::Float;
      out.real = r.toDouble();
      return r.next();
    default: return false;
  }
}

std::optional<Item> decodeCbor(const QByteArray& bytes) {
  QCborStreamReader r(bytes);
  Item root;
  if (!readCbor(r, root, 0)) return std::nullopt;
  // One item, and nothing after it.
  if (r.currentOffset() != bytes.size()) return std::nullopt;
  return root;
}

void writeCbor(QCborStreamWriter& w, const Item& it) {
  switch (it.kind) {
    case Kind::Unsigned: w.append(it.number); break;
    case Kind::Negative: w.append(QCborNegativeInteger(it.number + 1)); break;
    case Kind::Float:
      if (it.floatBits == 16)
        w.append(qfloat16(float(it.real)));
      else if (it.floatBits == 32)
        w.append(float(it.real));
      else
        w.append(it.real);
      break;
    case Kind::Bool: w.append(it.number != 0); break;
    case Kind::Null: w.appendNull(); break;
    case Kind::Undefined: w.appendUndefined(); break;
    case Kind::Simple: w.append(QCborSimpleType(quint8(it.number))); break;
    case Kind::Bytes: w.appendByteString(it.bytes.constData(), it.bytes.size()); break;
    case Kind::Text: w.appendTextString(it.bytes.constData(), it.bytes.size()); break;
    case Kind::Array:
    case Kind::Map:
      if (it.kind == Kind::Array)
        w.startArray(quint64(it.items.size()));
      else
        w.startMap(quint64(it.items.size() / 2));
      for (const Item& child : it.items) writeCbor(w, child);
      if (it.kind == Kind::Array)
        w.endArray();
      else
        w.endMap();
      break;
    case Kind::Tag:
      w.append(QCborTag(it.number));
      writeCbor(w, it.items.front());
      break;
    case Kind::Extension: break;  // not in CBOR
  }
}

// ---- MessagePack ----

bool fromMsgpack(const msgpack::object& o, Item& out, int depth) {
  if (depth > kStructuredMaxDepth) return false;
  switch (o.type) {
    case msgpack::type::NIL: out.kind = Kind::Null; return true;
    case msgpack::type::BOOLEAN:
      out.kind = Kind::Bool;
      out.number = o.via.boolean ? 1 : 0;
      return true;
    case msgpack::type::POSITIVE_INTEGER:
      out.kind = Kind::Unsigned;
      out.number = o.via.u64;
      return true;
    case msgpack::type::NEGATIVE_INTEGER:
      out.kind = Kind::Negative;
      out.number = ~quint64(o.via.i64);  // -1 - i
      return true;
    case msgpack::type::FLOAT32:
    case msgpack::type::FLOAT64:
      out.kind = Kind::Float;
      out.floatBits = o.type == msgpack::type::FLOAT32 ? 32 : 64;
      out.real = o.via.f64;
      return true;
    case msgpack::type::STR:
      out.kind = Kind::Text;
      out.bytes = QByteArray(o.via.str.ptr, qsizetype(o.via.str.size));
      return true;
    case msgpack::type::BIN:
      out.kind = Kind::Bytes;
      out.bytes = QByteArray(o.via.bin.ptr, qsizetype(o.via.bin.size));
      return true;
    case msgpack::type::EXT:
      out.kind = Kind::Extension;
      out.extensionType = o.via.ext.type();
      out.bytes = QByteArray(o.via.ext.data(), qsizetype(o.via.ext.size));
      return true;
    case msgpack::type::ARRAY:
      out.kind = Kind::Array;
      out.items.resize(o.via.array.size);
      for (std::uint32_t i = 0; i < o.via.array.size; ++i)
        if (!fromMsgpack(o.via.array.ptr[i], out.items[i], depth + 1)) return false;
      return true;
    case msgpack::type::MAP:
      out.kind = Kind::Map;
      out.items.resize(std::size_t(o.via.map.size) * 2);
      for (std::uint32_t i = 0; i < o.via.map.size; ++i)
        if (!fromMsgpack(o.via.map.ptr[i].key, out.items[2 * i], depth + 1) ||
            !fromMsgpack(o.via.map.ptr[i].val, out.items[2 * i + 1], depth + 1))
          return false;
      return true;
  }
  return false;
}

std::optional<Item> decodeMsgpack(const QByteArray& bytes) {
  // Every element takes at least a byte: no count above the size is real,
  // and none is allocated for.
  const auto n = std::size_t(bytes.size());
  const msgpack::unpack_limit limit(n, n / 2, n, n, n, kStructuredMaxDepth + 1);
  std::size_t offset = 0;
  try {
    const msgpack::object_handle handle = msgpack::unpack(bytes.constData(), n, offset, nullptr, nullptr, limit);
    if (offset != n) return std::nullopt;  // one item, and nothing after it
    Item root;
    if (!fromMsgpack(handle.get(), root, 0)) return std::nullopt;
    return root;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

void writeMsgpack(msgpack::packer<msgpack::sbuffer>& p, const Item& it) {
  switch (it.kind) {
    case Kind::Unsigned: p.pack_uint64(it.number); break;
    case Kind::Negative: p.pack_int64(qint64(~it.number)); break;
    case Kind::Float:
      if (it.floatBits == 32)
        p.pack_float(float(it.real));
      else
        p.pack_double(it.real);
      break;
    case Kind::Bool: it.number ? p.pack_true() : p.pack_false(); break;
    case Kind::Null: p.pack_nil(); break;
    case Kind::Text:
      p.pack_str(std::uint32_t(it.bytes.size()));
      p.pack_str_body(it.bytes.constData(), std::uint32_t(it.bytes.size()));
      break;
    case Kind::Bytes:
      p.pack_bin(std::uint32_t(it.bytes.size()));
      p.pack_bin_body(it.bytes.constData(), std::uint32_t(it.bytes.size()));
      break;
    case Kind::Extension:
      p.pack_ext(std::size_t(it.bytes.size()), it.extensionType);
      p.pack_ext_body(it.bytes.constData(), std::uint32_t(it.bytes.size()));
      break;
    case Kind::Array:
      p.pack_array(std::uint32_t(it.items.size()));
      for (const Item& child : it.items) writeMsgpack(p, child);
      break;
    case Kind::Map:
      p.pack_map(std::uint32_t(it.items.size() / 2));
      for (const Item& child : it.items) writeMsgpack(p, child);
      break;
    case Kind::Undefined:
    case Kind::Simple:
    case Kind::Tag: break;  // not in MessagePack
  }
}

// ---- JSON form ----

quint64 bitsOf(double d) { return std::bit_cast<quint64>(d); }

// The width a float of `format` has when its JSON is a plain number.
int usualFloatBits(StructuredFormat format, double d) {
  if (format == StructuredFormat::MessagePack) return 64;
  if (bitsOf(double(float(qfloat16(float(d))))) == bitsOf(d)) return 16;
  if (bitsOf(double(float(d))) == bitsOf(d)) return 32;
  return 64;
}

double roundedTo(int bits, double d) {
  if (bits == 16) return double(float(qfloat16(float(d))));
  if (bits == 32) return double(float(d));
  return d;
}

class JsonWriter {
 public:
  JsonWriter(StructuredFormat format, qsizetype maxChars) : format_(format), max_(maxChars) {}
  std::string out;
  QString error;

  bool write(const Item& it, int indent, const Path& path) {
    if (qsizetype(out.size()) > max_) {  // UTF-8: at least as many bytes as characters
      error = Messages::tr("It is longer than %L1 characters as JSON.").arg(max_);
      return false;
    }
    switch (it.kind) {
      case Kind::Unsigned: out += std::to_string(it.number); return true;
      case Kind::Negative:
        if (it.number > quint64(std::numeric_limits<qint64>::max())) {
          error = Messages::tr("An integer below -2^63 has no JSON form here (%1).").arg(where(path));
          return false;
        }
        out += std::to_string(qint64(~it.number));
        return true;
      case Kind::Float: return writeFloat(it, path);
      case Kind::Bool: out += it.number ? "true" : "false"; return true;
      case Kind::Null: out += "null"; return true;
      case Kind::Undefined: out += R"({"$undefined": null})"; return true;
      case Kind::Simple: out += R"({"$simple": )" + std::to_string(it.number) + '}'; return true;
      case Kind::Bytes: out += R"({"$bytes": ")" + it.bytes.toBase64().toStdString() + "\"}"; return true;
      case Kind::Extension:
        out += R"({"$ext": [)" + std::to_string(it.extensionType) + ", \"" + it.bytes.toBase64().toStdString() + "\"]}";
        return true;
      case Kind::Text:
        if (!isUtf8(it.bytes)) {
          error = Messages::tr("Text that is not UTF-8 has no JSON form (%1).").arg(where(path));
          return false;
        }
        out += string(it.bytes);
        return true;
      case Kind::Array: return writeArray(it.items, indent, path);
      case Kind::Map: return writeMap(it, indent, path);
      case Kind::Tag:
        out += "{\"$tag\": [";
        out += std::to_string(it.number) + ", ";
        if (!write(it.items.front(), indent, path)) return false;
        out += "]}";
        return true;
    }
    return false;
  }

 private:
  static std::string string(const QByteArray& utf8) {
    return Json(utf8.toStdString()).dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  void newline(int indent) {
    out += '\n';
    out.append(std::size_t(indent), ' ');
  }

  bool writeFloat(const Item& it, const Path& path) {
    const double d = it.real;
    if (std::isnan(d) && bitsOf(d) != bitsOf(std::numeric_limits<double>::quiet_NaN())) {
      error = Messages::tr("A NaN with a payload has no JSON form (%1).").arg(where(path));
      return false;
    }
    const std::string number = std::isnan(d)   ? std::string("\"NaN\"")
                               : std::isinf(d) ? std::string(d > 0 ? "\"Infinity\"" : "\"-Infinity\"")
                                               : Json(d).dump();
    if (std::isfinite(d) && it.floatBits == usualFloatBits(format_, d))
      out += number;
    else
      out += "{\"$float" + std::to_string(it.floatBits) + "\": " + number + '}';
    return true;
  }

  bool writeArray(const std::vector<Item>& items, int indent, const Path& path) {
    if (items.empty()) {
      out += "[]";
      return true;
    }
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out += ',';
      newline(indent + 2);
      if (!write(items[i], indent + 2, indexPath(path, i))) return false;
    }
    newline(indent);
    out += ']';
    return true;
  }

  bool writeMap(const Item& map, int indent, const Path& path) {
    // An object when its keys are unique texts and it could not be taken
    // for one of the "$" forms.
    bool object = !(map.items.size() == 2 && map.items[0].kind == Kind::Text && map.items[0].bytes.startsWith('$'));
    QSet<QByteArray> keys;
    for (std::size_t i = 0; object && i < map.items.size(); i += 2) {
      object = map.items[i].kind == Kind::Text && isUtf8(map.items[i].bytes) && !keys.contains(map.items[i].bytes);
      keys.insert(map.items[i].bytes);
    }
    if (!object) {
      // {"$map": [[key, value], ...]}
      out += "{\"$map\": [";
      for (std::size_t i = 0; i < map.items.size(); i += 2) {
        if (i > 0) out += ',';
        newline(indent + 2);
        out += '[';
        const Path at = indexPath(path, i / 2);
        if (!write(map.items[i], indent + 2, at)) return false;
        out += ", ";
        if (!write(map.items[i + 1], indent + 2, at)) return false;
        out += ']';
      }
      if (!map.items.empty()) newline(indent);
      out += "]}";
      return true;
    }
    if (map.items.empty()) {
      out += "{}";
      return true;
    }
    out += '{';
    for (std::size_t i = 0; i < map.items.size(); i += 2) {
      if (i > 0) out += ',';
      newline(indent + 2);
      out += string(map.items[i].bytes) + ": ";
      if (!write(map.items[i + 1], indent + 2, keyPath(path, map.items[i].bytes))) return false;
    }
    newline(indent);
    out += '}';
    return true;
  }

  StructuredFormat format_;
  qsizetype max_;
};

// JSON read as items: objects are maps of text keys (in their order,
// repeated keys kept), numbers with a fraction or exponent floats of width
// 0 ("the usual"); the "$" forms are resolved afterwards.
class JsonReader final : public nlohmann::json_sax<Json> {
 public:
  Item root;
  QString error;

  bool null() override {
    place(Kind::Null);
    return true;
  }
  bool boolean(bool val) override {
    place(Kind::Bool)->number = val ? 1 : 0;
    return true;
  }
  bool number_integer(number_integer_t val) override {
    place(val < 0 ? Kind::Negative : Kind::Unsigned)->number = val < 0 ? ~quint64(val) : quint64(val);
    return true;
  }
  bool number_unsigned(number_unsigned_t val) override {
    place(Kind::Unsigned)->number = val;
    return true;
  }
  bool number_float(number_float_t val, const string_t& lexeme) override {
    if (lexeme.find_first_of(".eE") == std::string::npos) {
      error = Messages::tr("The integer %1 is out of range: integers go from -2^63 to 2^64-1.")
                  .arg(QString::fromStdString(lexeme));
      return false;
    }
    Item* it = place(Kind::Float);
    it->real = val;
    it->floatBits = 0;
    return true;
  }
  bool string(string_t& val) override {
    place(Kind::Text)->bytes = QByteArray::fromStdString(val);
    return true;
  }
  bool binary(binary_t&) override { return false; }  // not in JSON text
  bool start_object(std::size_t) override { return open(Kind::Map); }
  bool key(string_t& val) override {
    Item& key = stack_.back()->items.emplace_back();
    key.kind = Kind::Text;
    key.bytes = QByteArray::fromStdString(val);
    return true;
  }
  bool end_object() override {
    stack_.pop_back();
    return true;
  }
  bool start_array(std::size_t) override { return open(Kind::Array); }
  bool end_array() override {
    stack_.pop_back();
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    std::string what = ex.what();
    if (const auto at = what.find("] "); at != std::string::npos) what.erase(0, at + 2);  // "[json.exception.…] "
    error = Messages::tr("Not valid JSON: %1").arg(QString::fromStdString(what));
    return false;
  }

 private:
  Item* place(Kind kind) {
    Item* it = stack_.empty() ? &root : &stack_.back()->items.emplace_back();
    it->kind = kind;
    return it;
  }
  bool open(Kind kind) {
    if (stack_.size() >= std::size_t(kJsonMaxDepth)) {
      error = Messages::tr("The JSON is nested deeper than %1 levels.").arg(kJsonMaxDepth);
      return false;
    }
    stack_.push_back(place(kind));
    return true;
  }

  std::vector<Item*> stack_;  // the open arrays and objects, innermost last
};

// Turns what JsonReader read into the items it stands for in `format`.
class JsonResolver {
 public:
  explicit JsonResolver(StructuredFormat format) : format_(format) {}
  QString error;

  bool resolve(Item& it, const Path& path, int depth) {
    if (depth > kStructuredMaxDepth)
      return failAt(Messages::tr("Nested deeper than %1 levels.").arg(kStructuredMaxDepth), path);
    switch (it.kind) {
      case Kind::Float:
        if (it.floatBits == 0) it.floatBits = usualFloatBits(format_, it.real);
        return true;
      case Kind::Array:
        for (std::size_t i = 0; i < it.items.size(); ++i)
          if (!resolve(it.items[i], indexPath(path, i), depth + 1)) return false;
        return true;
      case Kind::Map: {
        if (it.items.size() == 2 && it.items[0].bytes.startsWith('$')) return special(it, path, depth);
        QSet<QByteArray> keys;
        for (std::size_t i = 0; i < it.items.size(); i += 2) {
          const QByteArray& key = it.items[i].bytes;
          if (keys.contains(key))
            return failAt(Messages::tr("The key \"%1\" appears twice; a map with repeated keys is written "
                                       "{\"$map\": [[key, value], …]}.")
                              .arg(QString::fromUtf8(key)),
                          path);
          keys.insert(key);
          if (!resolve(it.items[i + 1], keyPath(path, key), depth + 1)) return false;
        }
        return true;
      }
      default: return true;
    }
  }

 private:
  bool failAt(const QString& message, const Path& path) {
    error = QStringLiteral("%1 (%2)").arg(message, where(path));
    return false;
  }
  bool only(StructuredFormat format, const QByteArray& name, const Path& path) {
    if (format_ == format) return true;
    return failAt(Messages::tr("%1 is not in %2.").arg(QString::fromUtf8(name), formatName(format_)), path);
  }
  static std::optional<QByteArray> base64(const Item& it) {
    if (it.kind != Kind::Text) return std::nullopt;
    auto r = QByteArray::fromBase64Encoding(it.bytes, QByteArray::AbortOnBase64DecodingErrors);
    if (!r) return std::nullopt;
    return *r;
  }

  // `it`: an object of one member whose name starts with "$".
  bool special(Item& it, const Path& path, int depth) {
    const QByteArray name = it.items[0].bytes;
    Item value = std::move(it.items[1]);
    Item out;
    if (name == "$bytes") {
      auto b = base64(value);
      if (!b) return failAt(Messages::tr("$bytes takes a Base64 string."), path);
      out.kind = Kind::Bytes;
      out.bytes = *b;
    } else if (name == "$float16" || name == "$float32" || name == "$float64") {
      out.kind = Kind::Float;
      out.floatBits = name.mid(6).toInt();
      if (out.floatBits == 16 && !only(StructuredFormat::Cbor, name, path)) return false;
      if (value.kind == Kind::Float || value.kind == Kind::Unsigned || value.kind == Kind::Negative)
        out.real = value.kind == Kind::Float      ? value.real
                   : value.kind == Kind::Unsigned ? double(value.number)
                                                  : -1.0 - double(value.number);
      else if (value.kind == Kind::Text && value.bytes == "NaN")
        out.real = std::numeric_limits<double>::quiet_NaN();
      else if (value.kind == Kind::Text && (value.bytes == "Infinity" || value.bytes == "-Infinity"))
        out.real = value.bytes == "Infinity" ? std::numeric_limits<double>::infinity()
                                             : -std::numeric_limits<double>::infinity();
      else
        return failAt(
            Messages::tr("%1 takes a number, \"NaN\", \"Infinity\" or \"-Infinity\".").arg(QString::fromUtf8(name)),
            path);
      out.real = roundedTo(out.floatBits, out.real);
    } else if (name == "$map") {
      if (value.kind != Kind::Array) return failAt(Messages::tr("$map takes an array of [key, value] pairs."), path);
      out.kind = Kind::Map;
      for (std::size_t i = 0; i < value.items.size(); ++i) {
        Item& pair = value.items[i];
        if (pair.kind != Kind::Array || pair.items.size() != 2)
          return failAt(Messages::tr("$map takes an array of [key, value] pairs."), path);
        const Path at = indexPath(path, i);
        if (!resolve(pair.items[0], at, depth + 1) || !resolve(pair.items[1], at, depth + 1)) return false;
        out.items.push_back(std::move(pair.items[0]));
        out.items.push_back(std::move(pair.items[1]));
      }
    } else if (name == "$tag") {
      if (!only(StructuredFormat::Cbor, name, path)) return false;
      if (value.kind != Kind::Array || value.items.size() != 2 || value.items[0].kind != Kind::Unsigned)
        return failAt(Messages::tr("$tag takes [tag number, item]."), path);
      out.kind = Kind::Tag;
      out.number = value.items[0].number;
      if (!resolve(value.items[1], path, depth + 1)) return false;
      out.items.push_back(std::move(value.items[1]));
    } else if (name == "$simple") {
      if (!only(StructuredFormat::Cbor, name, path)) return false;
      if (value.kind != Kind::Unsigned || value.number > 255 || (value.number >= 20 && value.number < 32))
        return failAt(Messages::tr("$simple takes 0 to 19 or 32 to 255."), path);
      out.kind = Kind::Simple;
      out.number = value.number;
    } else if (name == "$undefined") {
      if (!only(StructuredFormat::Cbor, name, path)) return false;
      if (value.kind != Kind::Null) return failAt(Messages::tr("$undefined takes null."), path);
      out.kind = Kind::Undefined;
    } else if (name == "$ext") {
      if (!only(StructuredFormat::MessagePack, name, path)) return false;
      const bool typed = value.kind == Kind::Array && value.items.size() == 2 &&
                         ((value.items[0].kind == Kind::Unsigned && value.items[0].number <= 127) ||
                          (value.items[0].kind == Kind::Negative && value.items[0].number <= 127));
      auto b = typed ? base64(value.items[1]) : std::nullopt;
      if (!b) return failAt(Messages::tr("$ext takes [type from -128 to 127, Base64 string]."), path);
      out.kind = Kind::Extension;
      const Item& type = value.items[0];
      out.extensionType = qint8(type.kind == Kind::Unsigned ? qint64(type.number) : qint64(~type.number));
      out.bytes = *b;
    } else {
      return failAt(
          Messages::tr("%1 is none of $bytes, $float16, $float32, $float64, $map, $tag, $simple, $undefined and "
                       "$ext; a map with one key that starts with $ is written {\"$map\": [[key, value]]}.")
              .arg(QString::fromUtf8(name)),
          path);
    }
    it = std::move(out);
    return true;
  }

  StructuredFormat format_;
};

}  // namespace

QString formatName(StructuredFormat format) {
  return format == StructuredFormat::Cbor ? QStringLiteral("CBOR") : QStringLiteral("MessagePack");
}

std::optional<StructuredValue> decodeStructured(const QByteArray& bytes) {
  // Cheap refusals first: a map or an array starts with one of these bytes.
  if (bytes.isEmpty()) return std::nullopt;
  const auto first = static_cast<unsigned char>(bytes[0]);
  const bool cborStart = (first >= 0x80 && first <= 0xbf) || (first >= 0xc0 && first <= 0xdb);  // or a tag
  const bool msgpackStart = (first >= 0x80 && first <= 0x9f) || (first >= 0xdc && first <= 0xdf);
  for (const StructuredFormat format : {StructuredFormat::Cbor, StructuredFormat::MessagePack}) {
    const bool cbor = format == StructuredFormat::Cbor;
    if (!(cbor ? cborStart : msgpackStart)) continue;
    std::optional<Item> root = cbor ? decodeCbor(bytes) : decodeMsgpack(bytes);
    if (!root || !isContainer(*root)) continue;
    StructuredValue value{format, std::move(*root)};
    if (encodeStructured(value) == bytes) return value;
  }
  return std::nullopt;
}

QByteArray encodeStructured(const StructuredValue& value) {
  if (value.format == StructuredFormat::Cbor) {
    QByteArray out;
    QCborStreamWriter w(&out);
    writeCbor(w, value.root);
    return out;
  }
  msgpack::sbuffer buffer;
  msgpack::packer<msgpack::sbuffer> packer(buffer);
  writeMsgpack(packer, value.root);
  return QByteArray(buffer.data(), qsizetype(buffer.size()));
}

std::expected<QString, QString> structuredToJson(const StructuredValue& value, qsizetype maxChars) {
  JsonWriter writer(value.format, maxChars);
  if (!writer.write(value.root, 0, Path{})) return std::unexpected(writer.error);
  QString json = QString::fromStdString(writer.out);
  if (json.size() > maxChars)
    return std::unexpected(Messages::tr("It is longer than %L1 characters as JSON.").arg(maxChars));
  return json;
}

std::expected<QByteArray, QString> structuredFromJson(const QString& json, StructuredFormat format) {
  const QByteArray utf8 = json.toUtf8();
  JsonReader reader;
  bool parsed = false;
  try {
    parsed = Json::sax_parse(utf8.constBegin(), utf8.constEnd(), &reader);
  } catch (const std::exception& e) {
    return std::unexpected(Messages::tr("Not valid JSON: %1").arg(QString::fromUtf8(e.what())));
  }
  if (!parsed) return std::unexpected(reader.error.isEmpty() ? Messages::tr("Not valid JSON.") : reader.error);
  StructuredValue value{format, std::move(reader.root)};
  JsonResolver resolver(format);
  if (!resolver.resolve(value.root, Path{}, 0)) return std::unexpected(resolver.error);
  if (!isContainer(value.root))
    return std::unexpected(Messages::tr("The value must stay a map or an array (an object, an array or a $map) to be "
                                        "recognised as %1.")
                               .arg(formatName(format)));
  return encodeStructured(value);
}

}  // namespace browser
