// How keys and values are shown and parsed back: text, hex, Base64, JSON,
// and what kind of content a value holds. Pure functions, no engine.
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <optional>
#include <string_view>

namespace browser {

// What a value looks like, from its bytes.
enum class ContentKind { Empty, Text, Json, Xml, Html, Svg, Png, Jpeg, Binary };

bool isUtf8(const QByteArray& bytes);
// Valid UTF-8 without control characters other than tab and newlines.
bool isPrintableText(const QByteArray& bytes);
ContentKind detectContent(const QByteArray& bytes);
bool isImage(ContentKind kind);

// At most `max` bytes of `bytes`, not cutting a UTF-8 character in two.
QByteArray previewBytes(std::string_view bytes, std::size_t max);

// "de ad be ef", `perLine` bytes a line (0: one line).
QString toHex(const QByteArray& bytes, int perLine = 0);
// Hex digits with any whitespace between pairs; nothing if anything else is there.
std::optional<QByteArray> fromHex(const QString& text);
QString toBase64(const QByteArray& bytes);
// Standard Base64 with optional padding and whitespace; nothing if invalid.
std::optional<QByteArray> fromBase64(const QString& text);
// The JSON indented by two spaces, members in their original order; nothing if not JSON.
std::optional<QString> prettyJson(const QByteArray& bytes);

// What the value panel shows of a whole value, worked out on the worker so
// the window only lays it out: its kind, and its JSON indented when it is
// JSON (nothing when not, or when a later selection made it moot).
struct PreparedValue {
  ContentKind kind = ContentKind::Empty;
  std::optional<QString> prettyJson;
};
PreparedValue prepareValue(const QByteArray& bytes);

// A key as the table shows it: its text when printable, else its hex.
QString keyDisplay(const QByteArray& key);
// One line of at most `maxChars` characters summarising a value.
QString valuePreview(const QByteArray& value, qint64 fullSize, int maxChars = 120);
// "1.5 KiB", "12 bytes".
QString sizeDisplay(qint64 bytes);

}  // namespace browser
