#include "keyorder.hpp"

#include <algorithm>
#include <cstring>
#include <emdb/emdb.hpp>
#include <numeric>

#include "scope.hpp"
#include "workercontext.hpp"

namespace browser {

struct OrderBuild {
  KeyScope scope;
  KeySort sort;
  qint64 begin = 0, count = 0, next = 0;
  ScanKeeper keeps;
  bool filters = false;
  std::vector<quint32> offsets;  // kept rows, in byte order
  std::vector<qint64> values;    // by size or expiry: along `offsets`
  std::string keys;              // natural order: the kept keys back to back
  std::vector<std::size_t> ends;  // where each of them ends in `keys`
};

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

QString messageOf(const emdb::Error& e) { return QString::fromStdString(e.message()); }

// What a row sorts by, from what the index knows of it.
qint64 sortValue(KeySort::By by, const std::optional<emdb::RecordInfo>& info) {
  if (by == KeySort::By::Size) return info ? qint64(info->size) : kExpiredSize;
  if (!info) return kExpiredExpiry;
  return info->expires_at ? qint64(info->expires_at) : kNoExpiry;
}

// Sorts the kept rows into the order shown.
std::shared_ptr<const KeyOrder> finish(OrderBuild& b) {
  auto order = std::make_shared<KeyOrder>();
  order->sort = b.sort;
  order->begin = b.begin;
  const std::size_t n = b.offsets.size();
  if (b.sort.by != KeySort::By::Key) {
    std::vector<std::pair<qint64, quint32>> rows(n);
    for (std::size_t i = 0; i < n; ++i) rows[i] = {b.values[i], b.offsets[i]};
    std::vector<qint64>().swap(b.values);
    std::vector<quint32>().swap(b.offsets);
    std::sort(rows.begin(), rows.end());  // by value, then byte order
    order->offsets.resize(n);
    order->values.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      order->values[i] = rows[i].first;
      order->offsets[i] = rows[i].second;
    }
  } else if (b.sort.natural) {
    std::vector<quint32> idx(n);
    std::iota(idx.begin(), idx.end(), 0u);
    auto key = [&](quint32 i) {
      const std::size_t from = i ? b.ends[i - 1] : 0;
      return std::string_view(b.keys).substr(from, b.ends[i] - from);
    };
    std::sort(idx.begin(), idx.end(), [&](quint32 x, quint32 y) { return naturalLess(key(x), key(y)); });
    order->offsets.resize(n);
    for (std::size_t i = 0; i < n; ++i) order->offsets[i] = b.offsets[idx[i]];
    std::string().swap(b.keys);
    std::vector<std::size_t>().swap(b.ends);
  } else {
    order->offsets = std::move(b.offsets);
  }
  if (b.sort.descending) {
    std::reverse(order->offsets.begin(), order->offsets.end());
    std::reverse(order->values.begin(), order->values.end());
  }
  return order;
}

}  // namespace

bool naturalLess(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  int zeros = 0;  // the first difference in leading zeros: < 0 when `a` has fewer
  while (i < a.size() && j < b.size()) {
    if (isDigit(a[i]) && isDigit(b[j])) {
      const std::size_t za = i, zb = j;
      while (i < a.size() && a[i] == '0') ++i;
      while (j < b.size() && b[j] == '0') ++j;
      std::size_t ea = i, eb = j;
      while (ea < a.size() && isDigit(a[ea])) ++ea;
      while (eb < b.size() && isDigit(b[eb])) ++eb;
      if (ea - i != eb - j) return ea - i < eb - j;  // fewer digits: a smaller number
      if (const int c = a.substr(i, ea - i).compare(b.substr(j, eb - j)); c != 0) return c < 0;
      if (zeros == 0 && i - za != j - zb) zeros = i - za < j - zb ? -1 : 1;
      i = ea;
      j = eb;
      continue;
    }
    if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    ++i;
    ++j;
  }
  if (i < a.size() || j < b.size()) return i == a.size();  // a prefix sorts first
  return zeros < 0;
}

OrderStep startOrder(WorkerContext& ctx, const KeyScope& scope, const KeySort& sort) {
  OrderStep out;
  auto b = std::make_shared<OrderBuild>();
  b->scope = scope;
  b->sort = sort;
  if (emdb::Keyspace* space = ctx.space(scope.ns)) {
    const ScopeRange r = resolveScope(*space, scope);
    out.error = r.error;
    b->begin = r.begin;
    b->count = r.count;
  }
  b->next = 0;
  b->keeps = scanKeeper(scope);
  b->filters = scope.mayScan();
  out.total = b->count;
  out.build = std::move(b);
  return out;
}

OrderStep continueOrder(WorkerContext& ctx, const OrderStep& step, qint64 positions,
                        const std::vector<AddedCandidate>& candidates) {
  OrderStep out;
  out.build = step.build;
  OrderBuild& b = *out.build;
  out.total = b.count;
  emdb::Keyspace* space = ctx.space(b.scope.ns);
  const qint64 stop = space ? std::min(b.count, b.next + positions) : b.next;
  const bool byValue = b.sort.by != KeySort::By::Key;
  for (; b.next < stop; ++b.next) {
    auto key = space->key_at(std::size_t(b.begin + b.next));
    if (!key) {
      out.error = messageOf(key.error());
      break;
    }
    if (!*key) {  // the namespace shrank under the build: the order ends here
      b.count = b.next;
      break;
    }
    if (b.filters && !b.keeps(*space, **key, out.error)) {
      if (!out.error.isEmpty()) break;
      continue;
    }
    b.offsets.push_back(quint32(b.next));
    if (byValue) {
      auto info = space->info(**key);
      b.values.push_back(sortValue(b.sort.by, info ? *info : std::nullopt));
    } else if (b.sort.natural) {
      b.keys += **key;
      b.ends.push_back(b.keys.size());
    }
  }
  out.done = b.next;
  if (!out.error.isEmpty() || b.next < b.count) return out;
  auto order = finish(b);
  out.added = placeInOrder(ctx, b.scope, *order, candidates);
  out.order = std::move(order);
  return out;
}

std::vector<AddedKey> placeInOrder(WorkerContext& ctx, const KeyScope& scope, const KeyOrder& order,
                                   const std::vector<AddedCandidate>& candidates) {
  std::vector<AddedKey> out;
  emdb::Keyspace* space = ctx.database() ? ctx.space(scope.ns) : nullptr;
  std::vector<QByteArray> keys;
  for (const AddedCandidate& c : candidates) keys.push_back(c.key);
  const qint64 len = space ? qint64(space->len().value_or(0)) : 0;
  // Where each sorts among the namespace's keys (byte order).
  const std::vector<AddedKey> placed = placeAddedKeys(ctx, scope, order.begin, len - order.begin, keys);
  const std::size_t n = order.offsets.size();
  const bool desc = order.sort.descending;
  std::vector<qint64> values;  // what each of `out` sorts by
  // The i-th row in ascending order.
  auto asc = [&](std::size_t i) { return desc ? n - 1 - i : i; };
  for (const AddedKey& a : placed) {
    auto c = std::find_if(candidates.begin(), candidates.end(), [&](const AddedCandidate& x) { return x.key == a.key; });
    const qint64 pos = a.before;  // the stored key at this offset sorts after it
    const qint64 v = order.sort.by == KeySort::By::Size ? c->size : c->expiresAt ? c->expiresAt : kNoExpiry;
    std::function<bool(std::size_t)> before;  // whether row asc(i) sorts before the added key
    if (order.sort.by == KeySort::By::Key && order.sort.natural) {
      const std::string k = a.key.toStdString();
      before = [&, k](std::size_t i) {
        auto stored = space->key_at(std::size_t(order.begin + order.offsets[asc(i)]));
        return stored && *stored && naturalLess(**stored, k);
      };
    } else if (order.sort.by == KeySort::By::Key) {
      before = [&, pos](std::size_t i) { return qint64(order.offsets[asc(i)]) < pos; };
    } else {
      before = [&, v, pos](std::size_t i) {
        const qint64 sv = order.values[asc(i)];
        return sv != v ? sv < v : qint64(order.offsets[asc(i)]) < pos;
      };
    }
    std::size_t lo = 0, hi = n;  // rows [0, lo) sort before it, [hi, n) after
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (before(mid))
        lo = mid + 1;
      else
        hi = mid;
    }
    out.push_back({a.key, qint64(desc ? n - lo : lo)});
    values.push_back(v);
  }
  // In the order shown: by the rows before them, then among themselves as the order goes.
  std::vector<std::size_t> idx(out.size());
  std::iota(idx.begin(), idx.end(), std::size_t(0));
  auto ascending = [&](std::size_t x, std::size_t y) {
    const std::string kx = out[x].key.toStdString(), ky = out[y].key.toStdString();
    if (order.sort.by != KeySort::By::Key && values[x] != values[y]) return values[x] < values[y];
    return order.sort.by == KeySort::By::Key && order.sort.natural ? naturalLess(kx, ky) : kx < ky;
  };
  std::sort(idx.begin(), idx.end(), [&](std::size_t x, std::size_t y) {
    if (out[x].before != out[y].before) return out[x].before < out[y].before;
    return desc ? ascending(y, x) : ascending(x, y);
  });
  std::vector<AddedKey> shown;
  for (std::size_t i : idx) shown.push_back(std::move(out[i]));
  return shown;
}

RowBatch rowsAtOffsets(WorkerContext& ctx, const KeyScope& scope, qint64 begin, const std::vector<quint32>& offsets) {
  emdb::Keyspace* space = ctx.space(scope.ns);
  if (!space) return {};
  std::vector<QByteArray> keys;
  keys.reserve(offsets.size());
  for (quint32 off : offsets) {
    auto key = space->key_at(std::size_t(begin + off));
    if (!key) return {{}, messageOf(key.error())};
    if (!*key) break;
    keys.push_back(QByteArray::fromStdString(**key));
  }
  return rowsOf(ctx, scope, keys);
}

int rowInOrder(WorkerContext& ctx, const KeyScope& scope, const KeyOrder& order, const QByteArray& key) {
  emdb::Keyspace* space = ctx.space(scope.ns);
  if (!space) return -1;
  const std::string k = key.toStdString();
  auto pos = space->position_of(k);
  if (!pos || qint64(*pos) < order.begin) return -1;
  if (auto at = space->key_at(*pos); !at || !*at || **at != k) return -1;
  const quint32 off = quint32(qint64(*pos) - order.begin);
  auto it = std::find(order.offsets.begin(), order.offsets.end(), off);
  return it == order.offsets.end() ? -1 : int(it - order.offsets.begin());
}

}  // namespace browser
