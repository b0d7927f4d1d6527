#include "namespacequeries.hpp"

#include <algorithm>
#include <string>

#include "engineconversions.hpp"
#include "session.hpp"
#include "workercontext.hpp"

namespace browser {

namespace {

std::string bytes(const QByteArray& b) { return b.toStdString(); }

GroupBatch groupsIn(emdb::Keyspace& space, const QByteArray& prefix, char sep, qint64 from, int limit) {
  GroupBatch out;
  auto fail = [&](const emdb::Error& e) {
    out.error = errorText(e);
    return out;
  };
  auto len = space.len();
  if (!len) return fail(len.error());
  qint64 end = qint64(*len);
  if (!prefix.isEmpty()) {
    if (auto succ = prefixSuccessor(prefix)) {
      auto e = space.position_of(bytes(*succ));
      if (!e) return fail(e.error());
      end = qint64(*e);
    }
  }
  qint64 pos = from;
  if (pos < 0) {
    auto p = space.position_of(bytes(prefix));
    if (!p) return fail(p.error());
    pos = qint64(*p);
  }
  constexpr int kMaxSteps = 20000;
  int steps = 0;
  while (pos < end && int(out.groups.size()) < limit && steps++ < kMaxSteps) {
    auto key = space.key_at(std::size_t(pos));
    if (!key) return fail(key.error());
    if (!*key) break;
    const std::string& k = **key;
    const auto cut = k.find(sep, std::size_t(prefix.size()));
    if (cut == std::string::npos) {
      ++pos;  // a key directly at this level: shown in the table, not in the tree
      continue;
    }
    const QByteArray group = QByteArray::fromStdString(k.substr(0, cut + 1));
    qint64 group_end = end;
    if (auto succ = prefixSuccessor(group)) {
      auto e = space.position_of(bytes(*succ));
      if (!e) return fail(e.error());
      group_end = std::min(end, qint64(*e));
    }
    out.groups.push_back({group, group_end - pos});
    pos = group_end;
  }
  out.next = pos;
  out.done = pos >= end || steps > kMaxSteps;
  return out;
}

}  // namespace

NamespaceListing listNamespaces(WorkerContext& ctx) {
  NamespaceListing out;
  emdb::Database* db = ctx.database();
  if (!db) return out;
  auto stats = db->stats();
  if (!stats) {
    out.error = errorText(stats.error());
    return out;
  }
  auto count = [&](const std::string& name) {
    auto it = stats->namespaces.find(name);
    return it == stats->namespaces.end() ? qint64(0) : qint64(it->second.live_records);
  };
  out.spaces.emplace_back(QByteArray(), count(""));
  if (auto names = db->list_namespaces())
    for (const auto& n : *names) out.spaces.emplace_back(QByteArray::fromStdString(n), count(n));
  return out;
}

GroupBatch groupsOf(WorkerContext& ctx, const QByteArray& ns, const QByteArray& prefix, char sep, qint64 from,
                    int limit) {
  emdb::Keyspace* space = ctx.space(ns);
  if (!space) return GroupBatch{};
  return groupsIn(*space, prefix, sep, from, limit);
}

}  // namespace browser
