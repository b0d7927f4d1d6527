#include "keytablemodel.hpp"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>
#include <QTimer>
#include <cstdlib>

#include "core/databaseworker.hpp"
#include "core/pendingedits.hpp"
#include "core/scope.hpp"
#include "core/valueformat.hpp"

namespace browser {

namespace {

constexpr int kPagesKept = 128;  // about 32,000 rows
constexpr int kPreviewBytes = 256;
constexpr int kWorthLoading = 6;  // pages this far from where the view looks are skipped

std::string bytes(const QByteArray& b) { return b.toStdString(); }

struct Count {
  qint64 begin = 0, rows = 0;
  QString error;
  bool scan = false;  // the rows must be found by a scan of [begin, begin + rows)
};

Count countScope(WorkerContext& ctx, const KeyScope& scope) {
  emdb::Keyspace* space = ctx.space(scope.ns);
  if (!space) return {};
  const ScopeRange r = resolveScope(*space, scope);
  bool scan = !scope.pattern.isEmpty();
  if (scope.hideExpired && !scan && ctx.database()) {
    // Only a namespace that holds expired records needs the scan.
    if (auto st = ctx.database()->stats()) {
      auto it = st->namespaces.find(scope.ns.toStdString());
      scan = it != st->namespaces.end() && it->second.expired_records > 0;
    }
  }
  return {r.begin, r.count, r.error, scan};
}

// Reads the rows of `keys` (their values' first bytes, sizes and expiries).
std::pair<std::vector<KeyRow>, QString> loadRows(emdb::Keyspace& space, const std::vector<std::string>& keys) {
  std::vector<KeyRow> rows;
  rows.reserve(keys.size());
  for (const std::string& k : keys) {
    KeyRow row;
    row.key = QByteArray::fromStdString(k);
    auto value = space.get_zerocopy(k);
    if (!value) return {std::move(rows), QString::fromStdString(value.error().message())};
    if (*value) {
      row.size = qint64((*value)->size());
      row.preview = previewBytes((*value)->view(), kPreviewBytes);
      if (auto exp = space.expires_at(k); exp && *exp) row.expiresAt = qint64(**exp);
    } else {
      row.expired = true;
    }
    rows.push_back(std::move(row));
  }
  return {std::move(rows), {}};
}

struct ScanChunk {
  std::vector<QByteArray> matches;
  qint64 next = 0;
  QString error;
};

}  // namespace

KeyTableModel::KeyTableModel(DatabaseWorker* worker, QObject* parent)
    : QAbstractTableModel(parent),
      worker_(worker),
      live_generation_(std::make_shared<std::atomic<quint64>>(0)),
      focus_page_(std::make_shared<std::atomic<int>>(0)) {}

KeyTableModel::~KeyTableModel() = default;

void KeyTableModel::setScope(const KeyScope& scope) {
  beginResetModel();
  scope_ = scope;
  matches_.clear();
  scan_next_ = scan_end_ = 0;
  scan_mode_ = false;
  pages_.clear();
  wanted_.clear();
  in_flight_.clear();
  rows_ = 0;
  begin_ = 0;
  live_generation_->store(++generation_);
  endResetModel();
  refresh();
}

void KeyTableModel::setPendingEdits(const PendingEdits* pending) {
  pending_ = pending;
  connect(pending, &PendingEdits::changed, this, [this] {
    if (rows_ > 0) Q_EMIT dataChanged(index(0, 0), index(rows_ - 1, ColumnCount - 1));
  });
}

void KeyTableModel::clear() {
  beginResetModel();
  scope_ = {};
  matches_.clear();
  scan_next_ = scan_end_ = 0;
  pages_.clear();
  wanted_.clear();
  in_flight_.clear();
  rows_ = 0;
  live_generation_->store(++generation_);
  endResetModel();
}

void KeyTableModel::refresh() {
  if (scan_mode_ && rows_ > 0) {
    // Matches may have come or gone anywhere: scan again from the start.
    beginResetModel();
    matches_.clear();
    pages_.clear();
    in_flight_.clear();
    rows_ = 0;
    endResetModel();
  }
  const quint64 generation = ++generation_;
  live_generation_->store(generation);
  for (Page& p : pages_) p.stale = true;
  in_flight_.clear();
  const KeyScope scope = scope_;
  worker_->submit(
      QString(), this, [scope](WorkerContext& ctx) { return countScope(ctx, scope); },
      [this, generation](Count c) {
        if (generation != generation_) return;
        if (!c.error.isEmpty()) Q_EMIT loadFailed(c.error);
        scan_mode_ = c.scan;
        if (c.scan) {
          if (rows_ > 0) {  // positional rows shown before: start the list afresh
            beginResetModel();
            pages_.clear();
            matches_.clear();
            rows_ = 0;
            endResetModel();
          }
          begin_ = c.begin;
          scan_next_ = c.begin;
          scan_end_ = c.begin + c.rows;
          Q_EMIT scopeReady(0);
          scanNext(generation);
          return;
        }
        const int rows = int(std::min<qint64>(c.rows, std::numeric_limits<int>::max()));
        if (c.begin != begin_) {
          for (Page& p : pages_) p.stale = true;
          begin_ = c.begin;
        }
        if (rows_ == 0 && rows > 0) {
          // A new scope: a reset costs the views far less than inserting
          // millions of rows (QHeaderView walks them).
          beginResetModel();
          rows_ = rows;
          endResetModel();
        } else if (rows > rows_) {
          beginInsertRows({}, rows_, rows - 1);
          rows_ = rows;
          endInsertRows();
        } else if (rows < rows_) {
          beginRemoveRows({}, rows, rows_ - 1);
          rows_ = rows;
          endRemoveRows();
        }
        if (rows_ > 0) Q_EMIT dataChanged(index(0, 0), index(rows_ - 1, ColumnCount - 1));
        Q_EMIT scopeReady(rows_);
      });
}

std::optional<QByteArray> KeyTableModel::keyAt(int row) const {
  auto it = pages_.constFind(row / kPageSize);
  if (it == pages_.cend() || row < 0 || row % kPageSize >= int(it->rows.size())) return std::nullopt;
  return it->rows[std::size_t(row % kPageSize)].key;
}

bool KeyTableModel::isLoaded(int row) const {
  auto it = pages_.constFind(row / kPageSize);
  return it != pages_.cend() && !it->stale && row % kPageSize < int(it->rows.size());
}

void KeyTableModel::locate(const QByteArray& key) {
  const quint64 generation = generation_;
  const KeyScope scope = scope_;
  const qint64 begin = begin_;
  const int rows = rows_;
  worker_->submit(
      QString(), this,
      [scope, key, begin, rows](WorkerContext& ctx) -> int {
        emdb::Keyspace* space = ctx.space(scope.ns);
        if (!space) return -1;
        auto pos = space->position_of(bytes(key));
        if (!pos) return -1;
        const qint64 row = qint64(*pos) - begin;
        if (row < 0 || row >= rows) return -1;
        auto at = space->key_at(*pos);
        return at && *at && **at == bytes(key) ? int(row) : -1;
      },
      [this, key, generation](int row) {
        if (generation == generation_) Q_EMIT rowFound(key, row);
      });
}

Qt::ItemFlags KeyTableModel::flags(const QModelIndex& index) const {
  Qt::ItemFlags f = QAbstractTableModel::flags(index);
  if (expiry_editable_ && index.column() == ExpiresColumn && isLoaded(index.row())) f |= Qt::ItemIsEditable;
  return f;
}

bool KeyTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (role != Qt::EditRole || index.column() != ExpiresColumn || !expiry_editable_) return false;
  const auto key = keyAt(index.row());
  if (!key) return false;
  Q_EMIT expiryEdited(*key, value.toLongLong());
  return true;
}

int KeyTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : rows_; }
int KeyTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant KeyTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rows_) return {};
  const int page = index.row() / kPageSize;
  auto it = pages_.constFind(page);
  const KeyRow* row = nullptr;
  if (it != pages_.cend() && index.row() % kPageSize < int(it->rows.size())) {
    row = &it->rows[std::size_t(index.row() % kPageSize)];
    if (it->stale) request(page);
  } else if (role == Qt::DisplayRole || role == LoadedRole) {
    request(page);
  }
  if (role == LoadedRole) return row != nullptr;
  if (!row) {
    if (role == Qt::DisplayRole && index.column() == KeyColumn) return tr("Loading…");
    if (role == Qt::ForegroundRole) return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
  }
  const PendingChange* staged = pending_ ? pending_->find(scope_.ns, row->key) : nullptr;
  const qint64 expiresAt = staged && staged->expiresAt ? *staged->expiresAt : row->expiresAt;
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case KeyColumn: return keyDisplay(row->key);
        case ValueColumn:
          if (staged && staged->remove) return tr("(deleted when written)");
          if (staged && staged->value) return valuePreview(staged->value->left(kPreviewBytes), staged->value->size());
          return row->expired ? tr("(expired)") : valuePreview(row->preview, row->size);
        case SizeColumn:
          if (staged && staged->value) return sizeDisplay(staged->value->size());
          return row->expired ? QVariant() : QVariant(sizeDisplay(row->size));
        case ExpiresColumn:
          if (row->expired && !(staged && staged->expiresAt)) return tr("expired");
          if (expiresAt == 0) return QVariant();
          return QLocale().toString(QDateTime::fromMSecsSinceEpoch(expiresAt), QLocale::ShortFormat);
        default: return {};
      }
    case Qt::ToolTipRole:
      if (staged) return tr("Pending: Write Changes saves this edit to the file");
      if (index.column() == KeyColumn && keyDisplay(row->key) != QString::fromUtf8(row->key))
        return tr("Binary key, shown in hex (%1)").arg(sizeDisplay(row->key.size()));
      if (index.column() == ExpiresColumn && expiresAt)
        return QDateTime::fromMSecsSinceEpoch(expiresAt, QTimeZone::UTC).toString(Qt::ISODate);
      return {};
    case Qt::TextAlignmentRole:
      return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
      if (row->expired && !staged) return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
      return {};
    case Qt::BackgroundRole:
      if (staged) {
        QColor c = staged->remove ? QColor(0xd9, 0x53, 0x4f) : QColor(0xf0, 0xad, 0x4e);
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

void KeyTableModel::scanNext(quint64 generation) {
  if (generation != generation_) return;
  if (scan_next_ >= scan_end_) {
    Q_EMIT scanFinished(qint64(matches_.size()));
    return;
  }
  constexpr qint64 kChunk = 20000;
  const KeyScope scope = scope_;
  const qint64 from = scan_next_, to = std::min(scan_end_, scan_next_ + kChunk);
  worker_->submit(
      QString(), this,
      [scope, from, to, live = live_generation_, generation](WorkerContext& ctx) {
        ScanChunk out;
        out.next = from;
        if (live->load() != generation) return out;
        emdb::Keyspace* space = ctx.space(scope.ns);
        if (!space) return out;
        const auto matches = patternMatcher(scope);
        for (qint64 p = from; p < to; ++p) {
          auto key = space->key_at(std::size_t(p));
          if (!key) {
            out.error = QString::fromStdString(key.error().message());
            break;
          }
          out.next = p + 1;
          if (!*key) break;
          const QByteArray k = QByteArray::fromStdString(**key);
          if (!matches(k)) continue;
          if (scope.hideExpired) {
            auto present = space->contains_key(**key);
            if (present && !*present) continue;  // expired, not yet swept
          }
          out.matches.push_back(k);
        }
        return out;
      },
      [this, generation, from](ScanChunk chunk) {
        if (generation != generation_) return;
        if (!chunk.error.isEmpty()) Q_EMIT loadFailed(chunk.error);
        // An error, or no progress (the namespace is gone): the scan ends here.
        scan_next_ = chunk.error.isEmpty() && chunk.next > from ? chunk.next : scan_end_;
        if (!chunk.matches.empty()) {
          const int first = rows_;
          const int last = int(std::min<std::size_t>(matches_.size() + chunk.matches.size(),
                                                     std::size_t(std::numeric_limits<int>::max()))) -
                           1;
          beginInsertRows({}, first, last);
          for (auto& m : chunk.matches) matches_.push_back(std::move(m));
          rows_ = last + 1;
          endInsertRows();
        }
        Q_EMIT scanProgress(scan_next_ - begin_, scan_end_ - begin_, qint64(matches_.size()));
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
  for (int page : wanted) {
    if (in_flight_.contains(page)) continue;
    in_flight_.insert(page);
    const quint64 generation = generation_;
    const KeyScope scope = scope_;
    const qint64 first = begin_ + qint64(page) * kPageSize;
    const int count = std::min(kPageSize, rows_ - page * kPageSize);
    std::vector<std::string> listed;  // scan mode: the page's keys, known already
    if (scan_mode_)
      for (int i = 0; i < count; ++i) listed.push_back(matches_[std::size_t(page * kPageSize + i)].toStdString());
    worker_->submit(
        QString(), this,
        [generation, live = live_generation_, focus = focus_page_, scope, first, count, page,
         listed = std::move(listed)](WorkerContext& ctx) -> std::pair<std::vector<KeyRow>, QString> {
          // Skip what nobody waits for any more: an older scope, or a page the
          // view scrolled far away from while this job was queued.
          if (live->load() != generation || std::abs(focus->load() - page) > kWorthLoading) return {};
          emdb::Keyspace* space = ctx.space(scope.ns);
          if (!space) return {};
          if (!listed.empty()) return loadRows(*space, listed);
          std::vector<std::string> keys;
          keys.reserve(std::size_t(std::max(count, 0)));
          for (int i = 0; i < count; ++i) {
            auto key = space->key_at(std::size_t(first + i));
            if (!key) return {{}, QString::fromStdString(key.error().message())};
            if (!*key) break;
            keys.push_back(std::move(**key));
          }
          return loadRows(*space, keys);
        },
        [this, generation, page](std::pair<std::vector<KeyRow>, QString> r) {
          receive(generation, page, std::move(r.first), std::move(r.second));
        });
  }
}

void KeyTableModel::receive(quint64 generation, int page, std::vector<KeyRow> rows, QString error) {
  if (generation != generation_) return;  // a stale answer
  in_flight_.remove(page);
  if (!error.isEmpty()) Q_EMIT loadFailed(error);
  if (rows.empty()) return;  // skipped: asked again if the view still shows it
  pages_[page] = Page{std::move(rows), false};
  evictFarFrom(page);
  const int first = page * kPageSize;
  const int last = std::min(rows_, first + kPageSize) - 1;
  if (last >= first) {
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT rowsLoaded(first, last);
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
