#include "pendingedits.hpp"

#include "databasecontroller.hpp"
#include "valueformat.hpp"

namespace browser {

// One undo step: a set of changes and what they replaced in the overlay.
class PendingCommand : public QUndoCommand {
 public:
  PendingCommand(PendingEdits& edits, const QString& text, std::vector<PendingChange> changes)
      : QUndoCommand(text), edits_(edits), changes_(std::move(changes)) {}
  void redo() override { before_ = edits_.apply(changes_); }
  void undo() override { edits_.restore(before_); }

 private:
  PendingEdits& edits_;
  std::vector<PendingChange> changes_;
  std::vector<std::pair<PendingEdits::Key, std::optional<PendingChange>>> before_;
};

PendingEdits::PendingEdits(DatabaseController* controller, QObject* parent) : QObject(parent), controller_(controller) {
  connect(&stack_, &QUndoStack::indexChanged, this, &PendingEdits::changed);
  // A database opened or closed: edits of the old one are gone.
  connect(controller_, &DatabaseController::closed, this, &PendingEdits::revert);
}

PendingEdits::~PendingEdits() { stack_.disconnect(this); }

const PendingChange* PendingEdits::find(const QByteArray& ns, const QByteArray& key) const {
  auto it = overlay_.find({ns, key});
  return it == overlay_.end() ? nullptr : &it->second;
}

std::vector<PendingChange> PendingEdits::changes() const {
  std::vector<PendingChange> out;
  out.reserve(overlay_.size());
  for (const auto& [k, c] : overlay_) out.push_back(c);
  return out;
}

std::vector<std::pair<PendingEdits::Key, std::optional<PendingChange>>> PendingEdits::apply(
    const std::vector<PendingChange>& changes) {
  std::vector<std::pair<Key, std::optional<PendingChange>>> before;
  for (const PendingChange& c : changes) {
    const Key k{c.ns, c.key};
    auto it = overlay_.find(k);
    before.emplace_back(k, it == overlay_.end() ? std::nullopt : std::optional(it->second));
    PendingChange merged = c;
    if (it != overlay_.end() && !c.remove) {
      // A later edit keeps what an earlier one staged unless it says otherwise.
      if (!merged.replacesValue() && !it->second.remove) {
        merged.value = it->second.value;
        merged.streamed = it->second.streamed;
      }
      if (!merged.expiresAt && !it->second.remove) merged.expiresAt = it->second.expiresAt;
    }
    overlay_[k] = merged;
  }
  return before;
}

void PendingEdits::restore(const std::vector<std::pair<Key, std::optional<PendingChange>>>& before) {
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    if (it->second)
      overlay_[it->first] = *it->second;
    else
      overlay_.erase(it->first);
  }
}

void PendingEdits::push(const QString& text, std::vector<PendingChange> changes) {
  stack_.push(new PendingCommand(*this, text, std::move(changes)));
}

void PendingEdits::put(const QByteArray& ns, const QByteArray& key, const QByteArray& value,
                       std::optional<qint64> expiresAt, const QString& text) {
  push(text, {PendingChange{ns, key, false, value, expiresAt}});
}

void PendingEdits::putStreamed(const QByteArray& ns, const QByteArray& key, const StreamedValue& value,
                               const QString& text) {
  push(text, {PendingChange{ns, key, false, std::nullopt, std::nullopt, value}});
}

void PendingEdits::remove(const QByteArray& ns, const QList<QByteArray>& keys) {
  std::vector<PendingChange> changes;
  for (const QByteArray& k : keys) changes.push_back(PendingChange{ns, k, true, std::nullopt, std::nullopt});
  push(keys.size() == 1 ? tr("Delete %1").arg(keyDisplay(keys.first()))
                        : tr("Delete %Ln record(s)", nullptr, int(keys.size())),
       std::move(changes));
}

void PendingEdits::rename(const QByteArray& ns, const QByteArray& from, const QByteArray& to, const QByteArray& value,
                          qint64 expiresAt) {
  push(tr("Rename %1 to %2").arg(keyDisplay(from), keyDisplay(to)),
       {PendingChange{ns, from, true, std::nullopt, std::nullopt}, PendingChange{ns, to, false, value, expiresAt}});
}

void PendingEdits::setExpiry(const QByteArray& ns, const QList<QByteArray>& keys, qint64 expiresAt) {
  std::vector<PendingChange> changes;
  for (const QByteArray& k : keys) {
    if (const PendingChange* p = find(ns, k); p && p->remove) continue;  // deleted: nothing to expire
    changes.push_back(PendingChange{ns, k, false, std::nullopt, expiresAt});
  }
  const int n = int(changes.size());  // counted before the changes move into the command
  push(expiresAt > 0 ? tr("Set the expiry of %Ln record(s)", nullptr, n)
                     : tr("Remove the expiry of %Ln record(s)", nullptr, n),
       std::move(changes));
}

void PendingEdits::stage(std::vector<PendingChange> changes, const QString& text) {
  if (!changes.empty()) push(text, std::move(changes));
}

void PendingEdits::writeAll() {
  if (overlay_.empty() || writing_) return;
  writing_ = true;
  Q_EMIT changed();
  std::map<Key, PendingChange> sent = overlay_;
  controller_->applyChanges(changes(), this, [this, sent = std::move(sent)](bool ok) {
    writing_ = false;
    if (!ok) {  // the controller said why; the edits stay pending
      Q_EMIT changed();
      return;
    }
    // Only what was written leaves: a change staged (or changed again) while
    // the write ran stays pending, as one undo step.
    std::vector<PendingChange> later;
    for (const auto& [k, c] : overlay_)
      if (auto w = sent.find(k); w == sent.end() || !(w->second == c)) later.push_back(c);
    overlay_.clear();
    stack_.clear();
    if (!later.empty()) push(tr("Edits made while writing"), std::move(later));
    Q_EMIT changed();
    Q_EMIT written();
  });
}

void PendingEdits::revert() {
  if (overlay_.empty() && stack_.count() == 0) return;
  overlay_.clear();
  stack_.clear();
  Q_EMIT changed();
}

}  // namespace browser
