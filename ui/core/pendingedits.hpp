// PendingEdits: edits made in the window but not written yet. Each edit is a
// QUndoCommand on a QUndoStack (undo and redo), and together they form an
// overlay the views consult to mark pending rows. writeAll() hands them to
// the controller as one crash-atomic batch; revert() drops them.
#pragma once

#include <QObject>
#include <QUndoStack>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "session.hpp"

namespace browser {

class DatabaseController;

class PendingEdits : public QObject {
  Q_OBJECT
 public:
  explicit PendingEdits(DatabaseController* controller, QObject* parent = nullptr);
  // Says nothing while it goes: its stack empties itself after the overlay
  // is gone, and no view may ask about an overlay that no longer exists.
  ~PendingEdits() override;

  QUndoStack* stack() { return &stack_; }
  bool isEmpty() const { return overlay_.empty(); }
  int count() const { return int(overlay_.size()); }
  // The pending change of a record, if any.
  const PendingChange* find(const QByteArray& ns, const QByteArray& key) const;
  // Every pending change, by namespace and key.
  std::vector<PendingChange> changes() const;

  // Stage edits (each one undo step).
  void put(const QByteArray& ns, const QByteArray& key, const QByteArray& value, std::optional<qint64> expiresAt,
           const QString& text);
  // A value read from its base when shown and written (Replace from File,
  // bytes typed over a paged value); keeps a staged expiry.
  void putStreamed(const QByteArray& ns, const QByteArray& key, const StreamedValue& value, const QString& text);
  void remove(const QByteArray& ns, const QList<QByteArray>& keys);
  void rename(const QByteArray& ns, const QByteArray& from, const QByteArray& to, const QByteArray& value,
              qint64 expiresAt);
  void setExpiry(const QByteArray& ns, const QList<QByteArray>& keys, qint64 expiresAt);
  // Several changes as one undo step named `text` (records restored from the journal).
  void stage(std::vector<PendingChange> changes, const QString& text);

  // Writes every pending change as one crash-atomic batch. On success the
  // changes it wrote leave the overlay and the undo stack (written()); what
  // was staged while it ran stays pending, as one undo step. On failure
  // everything stays pending. Nothing happens while a write runs.
  void writeAll();
  bool isWriting() const { return writing_; }
  // Drops every pending change.
  void revert();

 Q_SIGNALS:
  // The overlay changed (an edit staged, undone, redone, written or reverted).
  void changed();
  void written();

 private:
  friend class PendingCommand;
  using Key = std::pair<QByteArray, QByteArray>;
  // Applies `changes` to the overlay; returns what they replaced (for undo).
  std::vector<std::pair<Key, std::optional<PendingChange>>> apply(const std::vector<PendingChange>& changes);
  void restore(const std::vector<std::pair<Key, std::optional<PendingChange>>>& before);
  void push(const QString& text, std::vector<PendingChange> changes);

  DatabaseController* controller_;
  QUndoStack stack_;
  std::map<Key, PendingChange> overlay_;
  bool writing_ = false;
};

}  // namespace browser
