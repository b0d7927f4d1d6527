#include "valueformat.hpp"

#include <QCoreApplication>
#include <QLocale>
#include <nlohmann/json.hpp>

namespace browser {

bool isUtf8(const QByteArray& bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
  const qsizetype n = bytes.size();
  for (qsizetype i = 0; i < n;) {
    const unsigned char c = p[i];
    int extra = 0;
    char32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      extra = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + extra >= n) return false;
    for (int k = 1; k <= extra; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += extra + 1;
  }
  return true;
}

bool isPrintableText(const QByteArray& bytes) {
  if (!isUtf8(bytes)) return false;
  const QString text = QString::fromUtf8(bytes);
  // Text does not start with a combining mark (two random bytes often decode
  // to one), and holds no control, format, private or unassigned characters.
  if (!text.isEmpty() && text.at(0).isMark()) return false;
  for (const QChar ch : text) {
    if (ch == u'\t' || ch == u'\n' || ch == u'\r') continue;
    switch (ch.category()) {
      case QChar::Other_Control:
      case QChar::Other_Format:
      case QChar::Other_PrivateUse:
      case QChar::Other_NotAssigned:
        if (ch.unicode() == 0x200D || ch.unicode() == 0xFEFF) continue;  // joiners and BOM appear in text
        return false;
      default: break;
    }
  }
  return true;
}

namespace {

QByteArray leadingText(const QByteArray& bytes) {
  qsizetype i = 0;
  if (bytes.startsWith("\xEF\xBB\xBF")) i = 3;
  while (i < bytes.size() && QChar::isSpace(static_cast<unsigned char>(bytes[i]))) ++i;
  return bytes.mid(i, 512).toLower();
}

}  // namespace

ContentKind detectContent(const QByteArray& bytes) {
  if (bytes.isEmpty()) return ContentKind::Empty;
  if (bytes.startsWith("\x89PNG\r\n\x1a\n")) return ContentKind::Png;
  if (bytes.startsWith("\xFF\xD8\xFF")) return ContentKind::Jpeg;
  if (!isPrintableText(bytes)) return ContentKind::Binary;
  const QByteArray head = leadingText(bytes);
  if (head.startsWith('{') || head.startsWith('[')) {
    if (prettyJson(bytes)) return ContentKind::Json;
  }
  if (head.startsWith('<')) {
    if (head.contains("<svg")) return ContentKind::Svg;
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) return ContentKind::Html;
    return ContentKind::Xml;
  }
  return ContentKind::Text;
}

bool isImage(ContentKind kind) {
  return kind == ContentKind::Png || kind == ContentKind::Jpeg || kind == ContentKind::Svg;
}

QByteArray previewBytes(std::string_view bytes, std::size_t max) {
  if (bytes.size() <= max) return QByteArray(bytes.data(), qsizetype(bytes.size()));
  std::size_t n = max;
  // Back off over a character the cut would split (at most 3 continuation bytes).
  for (std::size_t k = 0; k < 3 && n > 0 && (static_cast<unsigned char>(bytes[n]) & 0xC0) == 0x80; ++k) --n;
  if ((static_cast<unsigned char>(bytes[n]) & 0xC0) == 0x80) n = max;  // not UTF-8 anyway
  return QByteArray(bytes.data(), qsizetype(n));
}

QString toHex(const QByteArray& bytes, int perLine) {
  static constexpr char kDigits[] = "0123456789abcdef";
  QString out;
  out.reserve(bytes.size() * 3);
  for (qsizetype i = 0; i < bytes.size(); ++i) {
    if (i > 0) out += (perLine > 0 && i % perLine == 0) ? QLatin1Char('\n') : QLatin1Char(' ');
    const auto u = static_cast<unsigned char>(bytes[i]);
    out += QLatin1Char(kDigits[u >> 4]);
    out += QLatin1Char(kDigits[u & 15]);
  }
  return out;
}

std::optional<QByteArray> fromHex(const QString& text) {
  QByteArray out;
  int high = -1;
  for (const QChar ch : text) {
    if (ch.isSpace()) {
      if (high >= 0) return std::nullopt;  // a lone digit before a space
      continue;
    }
    const int v = ch >= u'0' && ch <= u'9'   ? ch.unicode() - u'0'
                  : ch >= u'a' && ch <= u'f' ? ch.unicode() - u'a' + 10
                  : ch >= u'A' && ch <= u'F' ? ch.unicode() - u'A' + 10
                                             : -1;
    if (v < 0) return std::nullopt;
    if (high < 0) {
      high = v;
    } else {
      out.append(static_cast<char>(high << 4 | v));
      high = -1;
    }
  }
  if (high >= 0) return std::nullopt;
  return out;
}

QString toBase64(const QByteArray& bytes) { return QString::fromLatin1(bytes.toBase64()); }

std::optional<QByteArray> fromBase64(const QString& text) {
  QByteArray compact;
  for (const QChar ch : text)
    if (!ch.isSpace()) compact.append(ch.toLatin1());
  auto r = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
  if (!r) return std::nullopt;
  return *r;
}

std::optional<QString> prettyJson(const QByteArray& bytes) {
  auto doc = nlohmann::ordered_json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
  if (doc.is_discarded()) return std::nullopt;
  return QString::fromStdString(doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

QString keyDisplay(const QByteArray& key) {
  if (isPrintableText(key) && !key.contains('\n') && !key.contains('\r')) return QString::fromUtf8(key);
  return toHex(key);
}

QString valuePreview(const QByteArray& value, qint64 fullSize, int maxChars) {
  const ContentKind kind = detectContent(value);
  auto tr = [](const char* s) { return QCoreApplication::translate("ValueFormat", s); };
  switch (kind) {
    case ContentKind::Empty: return tr("(empty)");
    case ContentKind::Png: return tr("PNG image, %1").arg(sizeDisplay(fullSize));
    case ContentKind::Jpeg: return tr("JPEG image, %1").arg(sizeDisplay(fullSize));
    case ContentKind::Binary: {
      QString hex = toHex(value.left(maxChars / 3));
      if (fullSize > maxChars / 3) hex += QStringLiteral(" …");
      return hex;
    }
    default: break;
  }
  // Text may have been cut in the middle of a character: decode what is whole.
  QString text = QString::fromUtf8(value);
  text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
  text.replace(QLatin1Char('\t'), QLatin1Char(' '));
  const bool cut = text.size() > maxChars || fullSize > value.size();
  text.truncate(maxChars);
  return cut ? text + QStringLiteral("…") : text;
}

QString sizeDisplay(qint64 bytes) {
  // Below a KiB, a count of bytes with its plural ("1 byte", "2 bytes").
  if (bytes < 1024 && bytes > -1024) return QCoreApplication::translate("ValueFormat", "%Ln byte(s)", nullptr, int(bytes));
  return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

PreparedValue prepareValue(const QByteArray& bytes) {
  PreparedValue p;
  p.kind = detectContent(bytes);
  if (p.kind == ContentKind::Json) p.prettyJson = prettyJson(bytes);
  return p;
}

}  // namespace browser
