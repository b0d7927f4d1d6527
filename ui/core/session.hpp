// Value types that travel between the GUI and the worker: what to open, why
// an open failed, what the open database is like, and which keys a view shows.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <map>
#include <optional>
#include <variant>

namespace browser {

// A passphrase (through Argon2id) or a raw 32-byte key.
struct Passphrase {
  QString text;
};
struct RawKey {
  QByteArray bytes;  // 32 bytes
};
using Secret = std::variant<Passphrase, RawKey>;

struct OpenRequest {
  QString path;
  bool readOnly = false;
  bool create = false;  // a missing file is created (New); otherwise it is an error
  std::optional<Secret> secret;
};

// Who holds a database's lock.
struct LockInfo {
  qint64 pid = 0;
  QDateTime since;
  QString version;            // "emdb 0.9.7 (schema 1)"
  bool holderRunning = true;  // the pid names a running process on this machine
  bool osLockHeld = true;     // an open handle holds the OS lock right now
};

struct OpenFailure {
  enum class Kind {
    NotFound,  // no such file
    NeedsKey,  // encrypted, and no key was given
    WrongKey,  // encrypted, and the key or passphrase is wrong
    Locked,    // another process holds the lock (see lock)
    Corrupt,   // damaged at `offset`; a read-only open reads what is before it
    NotEmdb,   // not an emdb database, or a format version we do not read
    Empty,     // an empty file with no sidecar: opening would make it a database
    Other,     // I/O and everything else (see message)
  };
  Kind kind = Kind::Other;
  QString message;  // the engine's sentence
  std::optional<qint64> offset;
  std::optional<LockInfo> lock;
  QString cipher;  // for NeedsKey/WrongKey: "AES-256-GCM" or "ChaCha20-Poly1305"
};

// What the status bar and the window show about the open database.
struct DatabaseInfo {
  QString path;
  bool readOnly = false;
  QString cipher;  // empty: not encrypted
  qint64 fileSize = 0;
  qint64 records = 0;  // every namespace
  qint64 namespaces = 0;
  std::optional<qint64> firstBadOffset;  // read-only open of a damaged file
};

// One end of a key range typed in the filter bar.
struct KeyBound {
  QByteArray key;
  bool inclusive = true;
  friend bool operator==(const KeyBound&, const KeyBound&) = default;
};

// The keys a view shows: one namespace ("" for the default one), and within
// it the keys that start with `prefix` (the tree's group) and pass the filter
// bar: its own prefix, its bounds, a pattern matched against each key as
// the table shows it (glob: the whole key; regular expression: anywhere), and
// what their values hold (scope.hpp, valueMatches()).
struct KeyScope {
  enum class Syntax { Glob, Regex };
  // Text: the value holds the text (UTF-8; ASCII letters in either case).
  // Regex: a regular expression matches the value read as UTF-8 text (its
  // first kValueRegexBytes). Hex: the value holds these bytes.
  enum class ValueSyntax { Text, Regex, Hex };
  QByteArray ns;
  QByteArray prefix;
  QByteArray filterPrefix;
  std::optional<KeyBound> from, to;
  QString pattern;
  Syntax syntax = Syntax::Glob;
  bool hideExpired = false;  // leave out expired records not yet swept
  QString valueQuery;        // empty: any value
  ValueSyntax valueSyntax = ValueSyntax::Text;
  static KeyScope of(QByteArray ns, QByteArray prefix = {}) {
    KeyScope s;
    s.ns = std::move(ns);
    s.prefix = std::move(prefix);
    return s;
  }
  // Filters that select a contiguous run of positions need no scan; a
  // pattern does, a value query does, and hiding expired records does where
  // some exist.
  bool mayScan() const { return !pattern.isEmpty() || hideExpired || !valueQuery.isEmpty(); }
  friend bool operator==(const KeyScope&, const KeyScope&) = default;
};

// The order the key table lists a scope's keys in. The index's own order
// (keys ascending, byte by byte) needs nothing built; every other order is
// built on the worker from a pass over the scope (keyorder.hpp).
struct KeySort {
  enum class By { Key, Size, Expiry };
  By by = By::Key;
  bool descending = false;
  // Keys compare with their runs of digits as numbers ("user:2" before
  // "user:19"); otherwise byte by byte. Ties of size and expiry go by byte
  // order.
  bool natural = false;
  bool isIndexOrder() const { return by == By::Key && !descending && !natural; }
  friend bool operator==(const KeySort&, const KeySort&) = default;
};

// A value staged without holding it: a file's bytes, or the record's stored
// value, with bytes overwritten in place (the hex view of a large value).
// Its bytes are read when it is shown and when it is written, and only if
// its base still has the size it had when staged.
struct StreamedValue {
  QString file;                    // empty: the record's stored value
  qint64 size = 0;                 // the base's size when staged (the value's size)
  std::map<qint64, char> patches;  // offset -> the byte written over it
  bool operator==(const StreamedValue&) const = default;
};

// What a pending edit does to one record.
struct PendingChange {
  QByteArray ns, key;
  bool remove = false;
  std::optional<QByteArray> value;  // nothing: keep the stored value (or take `streamed`)
  std::optional<qint64> expiresAt;  // nothing: keep the stored expiry; 0: none
  std::optional<StreamedValue> streamed = {};  // the new value, when too large to hold (no `value` then)
  bool replacesValue() const { return value || streamed; }
  // The new value's size, or -1 when the change keeps the stored value.
  qint64 newSize() const { return value ? value->size() : streamed ? streamed->size : -1; }
  bool operator==(const PendingChange&) const = default;
};

// The smallest key greater than every key that starts with `prefix`; nothing
// when there is none (the prefix is empty or all 0xff bytes).
std::optional<QByteArray> prefixSuccessor(const QByteArray& prefix);

}  // namespace browser

Q_DECLARE_METATYPE(browser::DatabaseInfo)
Q_DECLARE_METATYPE(browser::OpenFailure)
Q_DECLARE_METATYPE(browser::OpenRequest)
