// Looking for bytes in a value: the needle a user types (hex bytes or text),
// and a search through bytes held in memory that wraps round, forward or
// backward. Pure functions, no engine; the worker's search of a value read
// in pieces (StagedReader::find) answers the same question.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace browser {

enum class SearchDirection { Forward, Backward };

// Hex bytes as typed: pairs of digits with spaces or colons between bytes,
// a leading 0x on the whole or on each byte ("de ad be ef", "0xdead",
// "DE:AD", "0xde 0xad"). Nothing when that is not whole bytes, or empty.
std::optional<QByteArray> parseHexBytes(const QString& text);

// What a find in a value looks for: in hex, `text` as hex bytes, or the
// UTF-8 of a text in double quotes ("\"GET /\""); else the text's UTF-8.
// Nothing when a hex needle is neither.
std::optional<QByteArray> needleFor(const QString& text, bool hex);

// Forward: the offset of the first `needle` at or after `from`, else the
// first from the start (wrapping). Backward: the last one starting before
// `from`, else the last one from the end. -1 when `hay` has none.
qint64 findBytes(QByteArrayView hay, QByteArrayView needle, qint64 from, SearchDirection direction);

}  // namespace browser
