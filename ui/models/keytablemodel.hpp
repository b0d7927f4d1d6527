// KeyTableModel: the keys of one scope (a namespace, the keys under a prefix,
// within bounds), sorted, one row each. Rows come from the engine's ordered
// index by position, a page at a time, filled by the worker around what the
// view asks for; rows not loaded yet show as loading, and nothing ever loads
// every key. A pattern filter scans the scope's range on the worker in
// chunks and appends matches as they are found, with a running count.
//
// Pending edits show in place: a staged value, expiry or deletion marks its
// row, and a key that edits add (a new record, a rename's new name) appears
// as a row of its own where it will sort once written. Rows are therefore
// stored rows with added rows merged in; row numbers are the merged ones.
//
// Sorted otherwise than by key (setSort(): by size, by expiry, descending,
// natural key order), the rows come in an order the worker builds from a
// pass over the scope (with the pattern and value filters applied in it):
// nothing shows until it is built (sortProgress() reports how far), then
// rows load by their place in it as they do by position; an added key shows
// where it sorts by its staged size or expiry. Every refresh builds it anew
// (one asked for while building waits for that build to show).
//
// The Expires column tells the time left ("in 2 h 5 min") or gone ("expired
// 3 min ago") and counts down by itself: a timer repaints the loaded rows'
// Expires cells from the expiries they hold (never asking the engine), every
// second while one of them lies within an hour of now, else every 30 s. A
// row whose expiry passes while shown turns expired, greyed, as a row loaded
// expired does.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

#include "core/keyorder.hpp"
#include "core/keyqueries.hpp"
#include "core/session.hpp"

class QTimer;

namespace browser {

class DatabaseWorker;
class PendingEdits;

class KeyTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { KeyColumn, ValueColumn, SizeColumn, ExpiresColumn, ColumnCount };
  enum Role {
    KeyBytesRole = Qt::UserRole + 1,  // QByteArray; invalid while loading
    LoadedRole,                       // bool
    ExpiresAtRole,                    // qint64 Unix ms, 0 for none (the pending one if staged)
    PendingRole,                      // bool: the row has a pending edit
    AddedRole,                        // bool: a key that pending edits add
  };
  static constexpr int kPageSize = 256;

  explicit KeyTableModel(DatabaseWorker* worker, QObject* parent = nullptr);
  ~KeyTableModel() override;

  // Shows `scope`: counts its keys on the worker, then rows load as the view asks.
  void setScope(const KeyScope& scope);
  const KeyScope& scope() const { return scope_; }
  // Shows nothing (no database).
  void clear();
  // The order rows are listed in; a new one is built on the worker.
  void setSort(const KeySort& sort);
  const KeySort& sort() const { return sort_; }
  // An order other than the index's is being built (no rows shown yet).
  bool isSorting() const { return sorting_; }
  // Pending edits are marked in their rows (their values, expiries, deletions).
  void setPendingEdits(const PendingEdits* pending);
  // The records changed: recount, and reload the pages in view; rows already
  // shown stay until their new contents arrive.
  void refresh();

  std::optional<QByteArray> keyAt(int row) const;
  bool isLoaded(int row) const;
  // The row is a key that pending edits add (not in the file yet).
  bool isAdded(int row) const;
  // The keys of the rows that pending edits add, in the order shown.
  QList<QByteArray> addedKeys() const;
  // The Value cell is edited in place (double-click or F2) when the row's
  // whole value is here and is one line of text of at most kCellEditBytes
  // (longer values, binary ones and those of read-only databases go through
  // the value panel): that value (staged, else stored), or nothing.
  static constexpr int kCellEditBytes = 256;
  std::optional<QByteArray> cellEditableValue(int row) const;
  bool isScanning() const { return scan_mode_ && scan_next_ < scan_end_; }
  // The rows come from a scan (a pattern, or hidden expired records).
  bool isScanMode() const { return scan_mode_; }
  // Where `key` sits in the scope (answered on the worker): rowFound().
  void locate(const QByteArray& key);

  // Whether the Expires column can be edited (a writable database).
  void setExpiryEditable(bool on) { expiry_editable_ = on; }
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  // Editing the Expires column asks for expiryEdited(); the model itself
  // changes nothing (edits are staged by whoever listens).
  bool setData(const QModelIndex& index, const QVariant& value, int role) override;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 Q_SIGNALS:
  // The scope's rows were counted (after setScope or refresh). With a
  // pattern: the range to scan was found; matches follow.
  void scopeReady(qint64 rows);
  // The rows shown changed in number: stored keys plus keys that pending
  // edits add (`added` of them).
  void rowsCounted(qint64 rows, qint64 added);
  // A pattern scan advanced: keys looked at, keys in the range, matches so far.
  void scanProgress(qint64 scanned, qint64 total, qint64 matches);
  void scanFinished(qint64 matches);
  // An order is being built: positions of the scope looked at, of `total`.
  void sortProgress(qint64 done, qint64 total);
  void rowsLoaded(int first, int last);
  void rowFound(const QByteArray& key, int row);
  void loadFailed(const QString& message);
  // The user set a row's expiry in the table (Unix ms; 0: none).
  void expiryEdited(const QByteArray& key, qint64 expiresAt);
  // The user typed a row's value in its Value cell (UTF-8).
  void valueEdited(const QByteArray& key, const QByteArray& value);

 private:
  struct Page {
    std::vector<KeyRow> rows;
    bool stale = false;  // from before the last refresh: shown, but to be reloaded
  };
  void request(int page) const;
  void scanNext(quint64 generation);
  // Builds the order of sort_ (startOrder, then continueOrder a slice a job).
  void buildOrder(quint64 generation);
  void continueBuild(quint64 generation, OrderStep step);
  // Shows `rows` stored rows (positions, or places in the order) with `added`.
  void showRows(int rows, std::vector<AddedKey> added);
  bool isOrdered() const { return !sort_.isIndexOrder(); }
  std::vector<AddedCandidate> orderCandidates() const;
  void flushRequests();
  void receive(quint64 generation, int page, std::vector<KeyRow> rows, QString error);
  void evictFarFrom(int page);
  // Merged rows: added_[i] sits at row added_[i].before + i (positional) or
  // before + i among the matches found so far (a scan).
  int storedRows() const { return stored_; }
  int toRow(int stored) const;  // the row of a stored row
  // The stored row of `row` (>= 0), or -(i + 1) for added_[i].
  int resolve(int row) const;
  const KeyRow* rowData(int row) const;
  KeyRow pendingRow(const QByteArray& key) const;  // an added key's row, from its pending value
  // Keys with a pending value in this scope's namespace, in key order.
  std::vector<QByteArray> addedCandidates() const;
  // Asks the worker where the pending edits' new keys go (coalesced).
  void placeAdded();
  // Shows `placed` (keys and where they sort), row by row.
  void showAdded(const std::vector<AddedKey>& placed);
  void emitCount();
  // The expiry a row shows (Unix ms, 0: none): the staged one, else its own.
  qint64 shownExpiry(const KeyRow& row) const;
  // A loaded or staged expiry: runs the countdown, fast enough for it.
  void watchExpiry(qint64 expiresAt);
  // The countdown's tick: dataChanged for the Expires cells of loaded rows
  // that have an expiry, and for whole rows whose expiry passed since the
  // last tick; then re-times itself (stops with no expiry loaded).
  void tickExpiries();

  DatabaseWorker* worker_;
  const PendingEdits* pending_ = nullptr;
  bool expiry_editable_ = false;
  KeyScope scope_;
  bool has_scope_ = false;  // a scope is shown (clear() shows none)
  qint64 begin_ = 0;        // position of the scope's first key in its namespace
  int stored_ = 0;          // stored rows of the scope (positions, or matches found so far)
  struct Added {
    QByteArray key;
    qint64 before = 0;
    KeyRow row;
  };
  std::vector<Added> added_;      // in the order shown
  std::vector<AddedKey> placed_;  // where the worker put them last (a scan shows those it passed)
  bool place_posted_ = false;
  quint64 generation_ = 0;                                 // bumped on every scope change or refresh
  std::shared_ptr<std::atomic<quint64>> live_generation_;  // read by queued jobs to skip stale work
  std::shared_ptr<std::atomic<int>> focus_page_;           // the page the view wants most
  QHash<int, Page> pages_;
  // Pattern scans: the matching keys found so far, and where the scan is.
  std::vector<QByteArray> matches_;
  qint64 scan_next_ = 0, scan_end_ = 0;
  bool scan_mode_ = false;
  KeySort sort_;
  std::shared_ptr<const KeyOrder> order_;  // built for sort_ (immutable: jobs share it)
  bool sorting_ = false;
  bool build_again_ = false;  // refreshed while building: build once more when done
  mutable QSet<int> wanted_;  // pages asked for since the last flush
  QSet<int> in_flight_;
  mutable bool flush_posted_ = false;
  QTimer* countdown_;     // ticks tickExpiries()
  qint64 last_tick_ = 0;  // Unix ms of the last tick (or of the countdown's start)
};

}  // namespace browser
