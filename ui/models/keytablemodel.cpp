#include "keytablemodel.hpp"

#include <QBrush>
#include <QDateTime>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTimeZone>
#include <QTimer>
#include <cstdlib>

#include "core/databaseworker.hpp"
#include "core/durations.hpp"
#include "core/keyqueries.hpp"
#include "core/pendingedits.hpp"
#include "core/scope.hpp"
#include "core/valueformat.hpp"

namespace browser {

namespace {

constexpr int kPagesKept = 128;     // about 32,000 rows
constexpr int kPreviewBytes = 256;  // of a pending value, as the stored rows keep
constexpr int kWorthLoading = 6;    // pages this far from where the view looks are skipped
// The countdown: every second while an expiry lies within an hour of now
// (its text shows seconds), else every 30 s.
constexpr qint64 kSoonMs = 3'600'000;
constexpr int kFastTickMs = 1000;
constexpr int kSlowTickMs = 30'000;

// A staged value that is not held: where its bytes come from.
QString streamedDisplay(const StreamedValue& v) {
  if (!v.file.isEmpty()) return KeyTableModel::tr("(the bytes of %1)").arg(QFileInfo(v.file).fileName());
  return KeyTableModel::tr("(%Ln byte(s) typed over)", nullptr, int(v.patches.size()));
}

// The Expires cell's tooltip: the instant in UTC, and below it in local time
// with the zone's abbreviation.
QString expiryTimes(qint64 expiresAt) {
  const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
  const QDateTime utc = QDateTime::fromMSecsSinceEpoch(expiresAt, QTimeZone::UTC);
  const QDateTime local = QDateTime::fromMSecsSinceEpoch(expiresAt, QTimeZone::LocalTime);
  const QString localText = local.toString(format) + QLatin1Char(' ') + local.timeZoneAbbreviation();
  return KeyTableModel::tr("%1 UTC\n%2 (local)").arg(utc.toString(format), localText);
}

}  // namespace

KeyTableModel::KeyTableModel(DatabaseWorker* worker, QObject* parent)
    : QAbstractTableModel(parent),
      worker_(worker),
      live_generation_(std::make_shared<std::atomic<quint64>>(0)),
      focus_page_(std::make_shared<std::atomic<int>>(0)),
      countdown_(new QTimer(this)) {
  connect(countdown_, &QTimer::timeout, this, &KeyTableModel::tickExpiries);
}

KeyTableModel::~KeyTableModel() = default;

void KeyTableModel::setScope(const KeyScope& scope) {
  beginResetModel();
  scope_ = scope;
  has_scope_ = true;
  matches_.clear();
  scan_next_ = scan_end_ = 0;
  scan_mode_ = false;
  order_.reset();
  sorting_ = false;
  build_again_ = false;
  pages_.clear();
  wanted_.clear();
  in_flight_.clear();
  stored_ = 0;
  added_.clear();
  placed_.clear();
  begin_ = 0;
  live_generation_->store(++generation_);
  endResetModel();
  countdown_->stop();
  refresh();
}

void KeyTableModel::setPendingEdits(const PendingEdits* pending) {
  pending_ = pending;
  connect(pending, &PendingEdits::changed, this, [this] {
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    // A staged expiry may be near: the next tick looks (and slows or stops).
    watchExpiry(QDateTime::currentMSecsSinceEpoch());
    placeAdded();
  });
}

void KeyTableModel::clear() {
  beginResetModel();
  scope_ = {};
  has_scope_ = false;
  matches_.clear();
  scan_next_ = scan_end_ = 0;
  scan_mode_ = false;
  order_.reset();
  sorting_ = false;
  build_again_ = false;
  pages_.clear();
  wanted_.clear();
  in_flight_.clear();
  stored_ = 0;
  added_.clear();
  placed_.clear();
  live_generation_->store(++generation_);
  endResetModel();
  countdown_->stop();
}

void KeyTableModel::refresh() {
  if (isOrdered() && sorting_) {
    // An order is being built: it finishes, shows, and then one more is
    // built for whatever changed meanwhile (changes that keep coming, as
    // Follow Changes brings, never keep an order from showing).
    build_again_ = true;
    return;
  }
  if (scan_mode_ && rowCount() > 0) {
    // Matches may have come or gone anywhere: scan again from the start.
    beginResetModel();
    matches_.clear();
    pages_.clear();
    in_flight_.clear();
    stored_ = 0;
    added_.clear();
    endResetModel();
  }
  const quint64 generation = ++generation_;
  live_generation_->store(generation);
  for (Page& p : pages_) p.stale = true;
  in_flight_.clear();
  if (isOrdered()) {
    buildOrder(generation);
    return;
  }
  const KeyScope scope = scope_;
  struct Counted {
    ScopeCount count;
    std::vector<AddedKey> added;
  };
  worker_->submit(
      QString(), this,
      [scope, candidates = addedCandidates()](WorkerContext& ctx) {
        Counted out{countScope(ctx, scope), {}};
        out.added = placeAddedKeys(ctx, scope, out.count.begin, out.count.rows, candidates);
        return out;
      },
      [this, generation](Counted counted) {
        if (generation != generation_) return;
        const ScopeCount& c = counted.count;
        if (!c.error.isEmpty()) Q_EMIT loadFailed(c.error);
        scan_mode_ = c.scan;
        placed_ = std::move(counted.added);
        if (c.scan) {
          if (rowCount() > 0) {  // positional rows shown before: start the list afresh
            beginResetModel();
            pages_.clear();
            matches_.clear();
            stored_ = 0;
            added_.clear();
            endResetModel();
          }
          begin_ = c.begin;
          scan_next_ = c.begin;
          scan_end_ = c.begin + c.rows;
          Q_EMIT scopeReady(0);
          scanNext(generation);
          return;
        }
        if (c.begin != begin_) {
          for (Page& p : pages_) p.stale = true;
          begin_ = c.begin;
        }
        showRows(int(std::min<qint64>(c.rows, std::numeric_limits<int>::max() / 2)), placed_);
      });
}

void KeyTableModel::showRows(int rows, std::vector<AddedKey> placed) {
  placed_ = std::move(placed);
  std::vector<Added> added;
  for (const AddedKey& a : placed_) added.push_back({a.key, a.before, pendingRow(a.key)});
  const int before = rowCount(), after = rows + int(added.size());
  auto update = [&] {
    stored_ = rows;
    added_ = std::move(added);
  };
  if (before == 0 && after > 0) {
    // A new scope: a reset costs the views far less than inserting
    // millions of rows (QHeaderView walks them).
    beginResetModel();
    update();
    endResetModel();
  } else if (after > before) {
    beginInsertRows({}, before, after - 1);
    update();
    endInsertRows();
  } else if (after < before) {
    beginRemoveRows({}, after, before - 1);
    update();
    endRemoveRows();
  } else {
    update();
  }
  if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
  Q_EMIT scopeReady(rowCount());
  emitCount();
}

void KeyTableModel::setSort(const KeySort& sort) {
  if (sort == sort_) return;
  sort_ = sort;
  if (has_scope_) setScope(KeyScope(scope_));
}

std::vector<AddedCandidate> KeyTableModel::orderCandidates() const {
  std::vector<AddedCandidate> out;
  for (const QByteArray& key : addedCandidates()) {
    const KeyRow row = pendingRow(key);
    out.push_back({key, row.size, row.expiresAt});
  }
  return out;
}

void KeyTableModel::buildOrder(quint64 generation) {
  sorting_ = true;
  worker_->submit(
      QString(), this, [scope = scope_, sort = sort_](WorkerContext& ctx) { return startOrder(ctx, scope, sort); },
      [this, generation](OrderStep step) {
        if (generation != generation_) return;
        Q_EMIT sortProgress(0, step.total);
        continueBuild(generation, std::move(step));
      });
}

void KeyTableModel::continueBuild(quint64 generation, OrderStep step) {
  // A slice a job: page loads and other work go on between them.
  constexpr qint64 kSlice = 50000;
  worker_->submit(
      QString(), this,
      [step = std::move(step), live = live_generation_, generation,
       candidates = orderCandidates()](WorkerContext& ctx) {
        if (live->load() != generation) return OrderStep{};
        return continueOrder(ctx, step, kSlice, candidates);
      },
      [this, generation](OrderStep next) {
        if (generation != generation_ || !next.build) return;
        if (!next.error.isEmpty()) {
          sorting_ = false;
          build_again_ = false;
          Q_EMIT loadFailed(next.error);
          return;
        }
        Q_EMIT sortProgress(next.done, next.total);
        if (!next.order) {
          continueBuild(generation, std::move(next));
          return;
        }
        sorting_ = false;
        order_ = std::move(next.order);
        begin_ = order_->begin;
        for (Page& p : pages_) p.stale = true;  // what sits at each row changed
        showRows(int(std::min<std::size_t>(order_->offsets.size(), std::numeric_limits<int>::max() / 2)),
                 std::move(next.added));
        if (std::exchange(build_again_, false)) refresh();
      });
}

std::vector<QByteArray> KeyTableModel::addedCandidates() const {
  std::vector<QByteArray> out;
  if (!pending_) return out;
  for (const PendingChange& c : pending_->changes())
    if (c.ns == scope_.ns && !c.remove && c.replacesValue()) {
      // A value query keeps a staged value that holds it; a streamed one
      // (too large to hold) is not searched.
      if (!scope_.valueQuery.isEmpty() && !(c.value && valueMatches(scope_, *c.value))) continue;
      out.push_back(c.key);
    }
  return out;  // changes() lists them in key order
}

KeyRow KeyTableModel::pendingRow(const QByteArray& key) const {
  KeyRow row;
  row.key = key;
  if (const PendingChange* c = pending_ ? pending_->find(scope_.ns, key) : nullptr; c && c->replacesValue()) {
    if (c->value) row.preview = c->value->left(kPreviewBytes);
    row.size = c->newSize();
    row.expiresAt = c->expiresAt.value_or(0);
  }
  return row;
}

void KeyTableModel::placeAdded() {
  if (place_posted_ || !has_scope_) return;
  place_posted_ = true;
  // Coalesced: a burst of staged edits asks the worker once.
  QTimer::singleShot(0, this, [this] {
    place_posted_ = false;
    const quint64 generation = generation_;
    if (isOrdered()) {
      if (!order_) return;  // the order being built places them
      worker_->submit(
          QString(), this,
          [scope = scope_, order = order_, candidates = orderCandidates()](WorkerContext& ctx) {
            return placeInOrder(ctx, scope, *order, candidates);
          },
          [this, generation](std::vector<AddedKey> placed) {
            if (generation == generation_) showAdded(placed);
          });
      return;
    }
    const qint64 begin = begin_, rows = scan_mode_ ? scan_end_ - begin_ : stored_;
    worker_->submit(
        QString(), this,
        [scope = scope_, begin, rows, candidates = addedCandidates()](WorkerContext& ctx) {
          return placeAddedKeys(ctx, scope, begin, rows, candidates);
        },
        [this, generation](std::vector<AddedKey> placed) {
          if (generation == generation_) showAdded(placed);
        });
  });
}

void KeyTableModel::showAdded(const std::vector<AddedKey>& placed) {
  placed_ = placed;
  // What should show: every placed key, or in a scan those it has passed
  // (a later match would otherwise land before them).
  std::vector<Added> want;
  for (const AddedKey& a : placed_) {
    qint64 before = a.before;
    if (scan_mode_) {
      before = std::lower_bound(matches_.begin(), matches_.end(), a.key) - matches_.begin();
      if (before >= qint64(matches_.size()) && isScanning()) continue;
    }
    want.push_back({a.key, before, pendingRow(a.key)});
  }
  const int countBefore = rowCount();
  // Rows stay that keep their place: a subsequence of `want` with the same
  // stored rows before each. The rest go, and come back where they now sort.
  QHash<QByteArray, std::size_t> wanted;
  for (std::size_t k = 0; k < want.size(); ++k) wanted.insert(want[k].key, k);
  std::size_t next = 0;  // the first entry of `want` a kept row may be
  for (std::size_t i = 0; i < added_.size();) {
    auto it = wanted.constFind(added_[i].key);
    if (it != wanted.cend() && *it >= next && want[*it].before == added_[i].before) {
      next = *it + 1;
      ++i;
      continue;
    }
    const int row = int(added_[i].before) + int(i);
    beginRemoveRows({}, row, row);
    added_.erase(added_.begin() + qsizetype(i));
    endRemoveRows();
  }
  // `want` and added_ are both in the order shown: entry k goes at k.
  for (std::size_t k = 0; k < want.size(); ++k) {
    const int row = int(want[k].before) + int(k);
    if (k < added_.size() && added_[k].key == want[k].key) {
      added_[k].row = std::move(want[k].row);  // the staged value may have changed
      Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
      continue;
    }
    beginInsertRows({}, row, row);
    added_.insert(added_.begin() + qsizetype(k), std::move(want[k]));
    endInsertRows();
  }
  for (const Added& a : added_) watchExpiry(a.row.expiresAt);
  if (rowCount() != countBefore) emitCount();
}

void KeyTableModel::emitCount() {
  if (!scan_mode_ || !isScanning()) Q_EMIT rowsCounted(rowCount(), qint64(added_.size()));
}

int KeyTableModel::toRow(int stored) const {
  int n = 0;
  for (const Added& a : added_) {
    if (a.before > stored) break;
    ++n;
  }
  return stored + n;
}

int KeyTableModel::resolve(int row) const {
  int i = 0;
  for (const Added& a : added_) {
    const qint64 at = a.before + i;
    if (at == row) return -(i + 1);
    if (at > row) return row - i;
    ++i;
  }
  return row - i;
}

const KeyRow* KeyTableModel::rowData(int row) const {
  const int r = resolve(row);
  if (r < 0) return &added_[std::size_t(-r - 1)].row;
  auto it = pages_.constFind(r / kPageSize);
  if (it == pages_.cend() || r % kPageSize >= int(it->rows.size())) return nullptr;
  return &it->rows[std::size_t(r % kPageSize)];
}

std::optional<QByteArray> KeyTableModel::keyAt(int row) const {
  if (row < 0 || row >= rowCount()) return std::nullopt;
  const KeyRow* r = rowData(row);
  return r ? std::optional(r->key) : std::nullopt;
}

bool KeyTableModel::isLoaded(int row) const {
  if (row < 0 || row >= rowCount()) return false;
  const int r = resolve(row);
  if (r < 0) return true;
  auto it = pages_.constFind(r / kPageSize);
  return it != pages_.cend() && !it->stale && r % kPageSize < int(it->rows.size());
}

QList<QByteArray> KeyTableModel::addedKeys() const {
  QList<QByteArray> out;
  for (const Added& a : added_) out << a.key;
  return out;
}

bool KeyTableModel::isAdded(int row) const { return row >= 0 && row < rowCount() && resolve(row) < 0; }

void KeyTableModel::locate(const QByteArray& key) {
  for (std::size_t i = 0; i < added_.size(); ++i) {
    if (added_[i].key != key) continue;
    const int row = int(added_[i].before + qint64(i));
    QTimer::singleShot(0, this, [this, key, row, generation = generation_] {
      if (generation == generation_) Q_EMIT rowFound(key, row);
    });
    return;
  }
  const quint64 generation = generation_;
  worker_->submit(
      QString(), this,
      [scope = scope_, key, begin = begin_, rows = stored_, order = order_](WorkerContext& ctx) {
        return order ? rowInOrder(ctx, scope, *order, key) : storedRowOf(ctx, scope, key, begin, rows);
      },
      [this, key, generation](int row) {
        if (generation == generation_) Q_EMIT rowFound(key, row < 0 ? -1 : toRow(row));
      });
}

std::optional<QByteArray> KeyTableModel::cellEditableValue(int row) const {
  if (!expiry_editable_ || !isLoaded(row)) return std::nullopt;
  const KeyRow* r = rowData(row);
  if (!r) return std::nullopt;
  const PendingChange* staged = pending_ ? pending_->find(scope_.ns, r->key) : nullptr;
  QByteArray value;
  if (staged && (staged->remove || staged->streamed)) return std::nullopt;
  if (staged && staged->value) {
    value = *staged->value;
  } else {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (r->expired || (r->expiresAt > 0 && r->expiresAt <= now)) return std::nullopt;
    if (r->size != r->preview.size()) return std::nullopt;  // only the first bytes are here
    value = r->preview;
  }
  if (value.size() > kCellEditBytes || value.contains('\n') || !isPrintableText(value)) return std::nullopt;
  return value;
}

Qt::ItemFlags KeyTableModel::flags(const QModelIndex& index) const {
  Qt::ItemFlags f = QAbstractTableModel::flags(index);
  if (expiry_editable_ && index.column() == ExpiresColumn && isLoaded(index.row())) f |= Qt::ItemIsEditable;
  if (index.column() == ValueColumn && cellEditableValue(index.row())) f |= Qt::ItemIsEditable;
  return f;
}

bool KeyTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (role != Qt::EditRole || !expiry_editable_) return false;
  const auto key = keyAt(index.row());
  if (!key) return false;
  if (index.column() == ValueColumn) {
    const auto before = cellEditableValue(index.row());
    const QByteArray typed = value.toString().toUtf8();
    if (!before) return false;
    if (typed != *before) Q_EMIT valueEdited(*key, typed);
    return true;
  }
  if (index.column() != ExpiresColumn) return false;
  Q_EMIT expiryEdited(*key, value.toLongLong());
  return true;
}

int KeyTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : stored_ + int(added_.size());
}
int KeyTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant KeyTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const int stored = resolve(index.row());
  const bool added = stored < 0;
  const KeyRow* row = added ? &added_[std::size_t(-stored - 1)].row : nullptr;
  if (!added) {
    const int page = stored / kPageSize;
    auto it = pages_.constFind(page);
    if (it != pages_.cend() && stored % kPageSize < int(it->rows.size())) {
      row = &it->rows[std::size_t(stored % kPageSize)];
      if (it->stale) request(page);
    } else if (role == Qt::DisplayRole || role == LoadedRole) {
      request(page);
    }
  }
  if (role == LoadedRole) return row != nullptr;
  if (!row) {
    if (role == Qt::DisplayRole && index.column() == KeyColumn) return tr("Loading…");
    if (role == Qt::ForegroundRole) return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
  }
  const PendingChange* staged = pending_ ? pending_->find(scope_.ns, row->key) : nullptr;
  const qint64 expiresAt = staged && staged->expiresAt ? *staged->expiresAt : row->expiresAt;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  // The stored record is gone to readers: it loaded expired, or its expiry passed since.
  const bool expired = row->expired || (row->expiresAt > 0 && row->expiresAt <= now);
  switch (role) {
    case Qt::EditRole:
      if (index.column() == ValueColumn)
        if (auto v = cellEditableValue(index.row())) return QString::fromUtf8(*v);
      return {};
    case Qt::DisplayRole:
      switch (index.column()) {
        case KeyColumn: return keyDisplay(row->key);
        case ValueColumn:
          if (staged && staged->remove) return tr("(deleted when written)");
          if (staged && staged->value) return valuePreview(staged->value->left(kPreviewBytes), staged->value->size());
          if (staged && staged->streamed) return streamedDisplay(*staged->streamed);
          return expired ? tr("(expired)") : valuePreview(row->preview, row->size);
        case SizeColumn:
          if (staged && staged->replacesValue()) return sizeDisplay(staged->newSize());
          return expired ? QVariant() : QVariant(sizeDisplay(row->size));
        case ExpiresColumn:
          if (expiresAt > 0) return formatRelativeExpiry(expiresAt, now);
          // Loaded expired: the engine no longer tells when.
          if (row->expired && !(staged && staged->expiresAt)) return tr("expired");
          return QVariant();
        default: return {};
      }
    case Qt::ToolTipRole: {
      const QString note = added    ? tr("New: Write Changes adds this record to the file")
                           : staged ? tr("Pending: Write Changes saves this edit to the file")
                                    : QString();
      if (index.column() == ExpiresColumn && expiresAt > 0)
        return note.isEmpty() ? expiryTimes(expiresAt) : expiryTimes(expiresAt) + QLatin1Char('\n') + note;
      if (!note.isEmpty()) return note;
      if (index.column() == KeyColumn && keyDisplay(row->key) != QString::fromUtf8(row->key))
        return tr("Binary key, shown in hex (%1)").arg(sizeDisplay(row->key.size()));
      return {};
    }
    case Qt::TextAlignmentRole:
      return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
      if (expired && !staged) return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
      return {};
    case Qt::BackgroundRole:
      if (staged) {
        QColor c = staged->remove ? QColor(0xd9, 0x53, 0x4f)
                   : added        ? QColor(0x5c, 0xb8, 0x5c)
                                  : QColor(0xf0, 0xad, 0x4e);
        c.setAlpha(70);
        return QBrush(c);
      }
      return {};
    case Qt::FontRole: {
      const bool binary = index.column() == KeyColumn && keyDisplay(row->key) != QString::fromUtf8(row->key);
      if (!binary && !staged) return {};
      QFont f;
      f.setItalic(binary || (staged && !staged->remove));
      f.setStrikeOut(staged && staged->remove);
      return f;
    }
    case KeyBytesRole: return row->key;
    case ExpiresAtRole: return expiresAt;
    case PendingRole: return staged != nullptr;
    case AddedRole: return added;
    default: return {};
  }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole) return {};
  if (orientation == Qt::Vertical) return section + 1;
  switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case SizeColumn: return tr("Size");
    case ExpiresColumn: return tr("Expires");
    default: return {};
  }
}

qint64 KeyTableModel::shownExpiry(const KeyRow& row) const {
  if (pending_ && pending_->count() > 0)
    if (const PendingChange* c = pending_->find(scope_.ns, row.key); c && c->expiresAt) return *c->expiresAt;
  return row.expiresAt;
}

void KeyTableModel::watchExpiry(qint64 expiresAt) {
  if (expiresAt <= 0) return;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  const int interval = std::abs(expiresAt - now) < kSoonMs ? kFastTickMs : kSlowTickMs;
  if (countdown_->isActive() && countdown_->interval() <= interval) return;
  if (!countdown_->isActive()) last_tick_ = now;
  countdown_->start(interval);
}

void KeyTableModel::tickExpiries() {
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  const qint64 since = std::exchange(last_tick_, now);
  bool any = false, soon = false;
  std::vector<std::pair<int, int>> spans;  // rows whose Expires cells change
  std::vector<int> passed;                 // rows whose expiry passed since the last tick
  // Whether `e` is an expiry, noting how soon it is and whether it just passed.
  auto look = [&](qint64 e, auto rowOf) {
    if (e <= 0) return false;
    any = true;
    soon = soon || std::abs(e - now) < kSoonMs;
    if (e > since && e <= now) passed.push_back(rowOf());
    return true;
  };
  for (auto it = pages_.cbegin(); it != pages_.cend(); ++it) {
    const int first = it.key() * kPageSize;
    const int last = std::min(stored_, first + int(it->rows.size())) - 1;
    bool shows = false;
    for (int r = first; r <= last; ++r)
      shows = look(shownExpiry(it->rows[std::size_t(r - first)]), [&] { return toRow(r); }) || shows;
    if (shows) spans.emplace_back(toRow(first), toRow(last));
  }
  for (std::size_t i = 0; i < added_.size(); ++i) {
    const int row = int(added_[i].before) + int(i);
    if (row < rowCount() && look(shownExpiry(added_[i].row), [row] { return row; })) spans.emplace_back(row, row);
  }
  std::sort(spans.begin(), spans.end());
  for (std::size_t i = 0; i < spans.size();) {
    auto [from, to] = spans[i];
    for (++i; i < spans.size() && spans[i].first <= to + 1; ++i) to = std::max(to, spans[i].second);
    Q_EMIT dataChanged(index(from, ExpiresColumn), index(to, ExpiresColumn), {Qt::DisplayRole});
  }
  // Turned expired: the whole row greys and its value goes.
  for (int row : passed) Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
  if (!any) {
    countdown_->stop();
    return;
  }
  const int interval = soon ? kFastTickMs : kSlowTickMs;
  if (countdown_->interval() != interval) countdown_->start(interval);
}

void KeyTableModel::scanNext(quint64 generation) {
  if (generation != generation_) return;
  if (scan_next_ >= scan_end_) {
    showAdded(placed_);  // the scan passed them all
    emitCount();
    Q_EMIT scanFinished(qint64(stored_));
    return;
  }
  constexpr qint64 kChunk = 20000;
  const qint64 from = scan_next_, to = std::min(scan_end_, scan_next_ + kChunk);
  worker_->submit(
      QString(), this,
      [scope = scope_, from, to, live = live_generation_, generation](WorkerContext& ctx) {
        if (live->load() != generation) return ScanChunk{{}, from, {}};
        return scanScope(ctx, scope, from, to);
      },
      [this, generation, from](ScanChunk chunk) {
        if (generation != generation_) return;
        if (!chunk.error.isEmpty()) Q_EMIT loadFailed(chunk.error);
        // An error, or no progress (the namespace is gone): the scan ends here.
        scan_next_ = chunk.error.isEmpty() && chunk.next > from ? chunk.next : scan_end_;
        if (!chunk.matches.empty()) {
          // New matches sort after every added row shown so far (those the scan passed).
          const int first = rowCount();
          const int room = std::numeric_limits<int>::max() / 2 - stored_;
          const int n = int(std::min<std::size_t>(chunk.matches.size(), std::size_t(std::max(room, 0))));
          if (n > 0) {
            beginInsertRows({}, first, first + n - 1);
            for (int i = 0; i < n; ++i) matches_.push_back(std::move(chunk.matches[std::size_t(i)]));
            stored_ += n;
            endInsertRows();
          }
          showAdded(placed_);
        }
        Q_EMIT scanProgress(scan_next_ - begin_, scan_end_ - begin_, qint64(stored_));
        scanNext(generation);
      });
}

void KeyTableModel::request(int page) const {
  focus_page_->store(page);
  if (in_flight_.contains(page)) return;
  wanted_.insert(page);
  if (!flush_posted_) {
    flush_posted_ = true;
    QTimer::singleShot(0, const_cast<KeyTableModel*>(this), &KeyTableModel::flushRequests);
  }
}

void KeyTableModel::flushRequests() {
  flush_posted_ = false;
  const QSet<int> wanted = std::exchange(wanted_, {});
  // An order being built again: the old one's offsets may no longer name the
  // same keys. Rows shown stay until the new order asks for them.
  if (order_ && sorting_) return;
  for (int page : wanted) {
    if (in_flight_.contains(page)) continue;
    in_flight_.insert(page);
    const quint64 generation = generation_;
    const qint64 first = begin_ + qint64(page) * kPageSize;
    const int count = std::min(kPageSize, stored_ - page * kPageSize);
    std::vector<QByteArray> listed;  // scan mode: the page's keys, known already
    if (scan_mode_)
      for (int i = 0; i < count; ++i) listed.push_back(matches_[std::size_t(page * kPageSize + i)]);
    std::vector<quint32> placed;  // sorted: the page's offsets in the order
    if (order_ && count > 0) {
      const auto at = order_->offsets.begin() + qint64(page) * kPageSize;
      placed.assign(at, at + count);
    }
    worker_->submit(
        QString(), this,
        [generation, live = live_generation_, focus = focus_page_, scope = scope_, first, count, page,
         listed = std::move(listed), placed = std::move(placed), begin = begin_](WorkerContext& ctx) -> RowBatch {
          // Skip what nobody waits for any more: an older scope, or a page the
          // view scrolled far away from while this job was queued.
          if (live->load() != generation || std::abs(focus->load() - page) > kWorthLoading) return {};
          if (!listed.empty()) return rowsOf(ctx, scope, listed);
          if (!placed.empty()) return rowsAtOffsets(ctx, scope, begin, placed);
          return rowsAt(ctx, scope, first, count);
        },
        [this, generation, page](RowBatch r) { receive(generation, page, std::move(r.rows), std::move(r.error)); });
  }
}

void KeyTableModel::receive(quint64 generation, int page, std::vector<KeyRow> rows, QString error) {
  if (generation != generation_) return;  // a stale answer
  in_flight_.remove(page);
  if (!error.isEmpty()) Q_EMIT loadFailed(error);
  if (rows.empty()) return;  // skipped: asked again if the view still shows it
  pages_[page] = Page{std::move(rows), false};
  for (const KeyRow& r : pages_[page].rows) watchExpiry(shownExpiry(r));
  evictFarFrom(page);
  const int first = page * kPageSize;
  const int last = std::min(stored_, first + kPageSize) - 1;
  if (last >= first) {
    const int from = toRow(first), to = toRow(last);
    Q_EMIT dataChanged(index(from, 0), index(to, ColumnCount - 1));
    Q_EMIT rowsLoaded(from, to);
  }
}

void KeyTableModel::evictFarFrom(int page) {
  while (pages_.size() > kPagesKept) {
    auto far = pages_.begin();
    for (auto it = pages_.begin(); it != pages_.end(); ++it)
      if (std::abs(it.key() - page) > std::abs(far.key() - page)) far = it;
    pages_.erase(far);
  }
}

}  // namespace browser
