// A model of emdb 0.9.7 reading and writing a plain journal, written from its
// replay rules (docs/FORMAT.md, "How emdb 0.9.7 reads a journal"):
//
// - every frame it can read is applied in order, up to the first one it
//   cannot; it has no batches;
// - Insert and Remove register their namespace id, Remove of an absent key
//   changes nothing visible; NamespaceName binds a name (a later binding of
//   the same name wins), a non-UTF-8 name refuses the file;
// - every record moves the namespace allocator: next = max(next, id + 1) in
//   64 bits, and a new namespace gets next truncated to 32 bits;
// - after every open it appends a Remove for each expired record of the
//   default namespace;
// - an unknown record tag refuses the file.
//
// Tests use it as the second reader and writer of a file this engine writes.
#pragma once

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "codec.hpp"

namespace emdbtest {

class EmdbModel {
 public:
  struct Value {
    std::string value;
    std::uint64_t expires_at = 0;
    bool operator==(const Value&) const = default;
  };
  using Space = std::map<std::string, Value>;
  // What the API shows: "" is the default namespace, then every bound name.
  using View = std::map<std::string, std::map<std::string, std::string>>;

  // Reads a journal's bytes as emdb 0.9.7 would. `refused()` tells whether it
  // would refuse the file, and why.
  static EmdbModel read(std::string_view journal) {
    EmdbModel m;
    std::uint64_t pos = 0;
    for (;;) {
      emdb::detail::FrameView f;
      if (emdb::detail::check_frame(journal.data(), journal.size(), pos, f) != emdb::detail::FrameCheck::Valid) break;
      const auto tag = static_cast<unsigned char>(f.payload.empty() ? 0xff : f.payload[0]);
      if (tag > 2) {
        m.refused_ = "unknown record tag";
        return m;
      }
      auto rec = emdb::detail::decode_payload(f.payload, f.payload_offset());
      if (!rec) {
        m.refused_ = rec.error().message();
        return m;
      }
      m.next_ = std::max<std::uint64_t>(m.next_, std::uint64_t(rec->ns) + 1);
      switch (rec->kind) {
        case emdb::format::Kind::Insert:
          m.spaces_[rec->ns][std::string(rec->key)] = Value{std::string(rec->value), rec->expires_at};
          break;
        case emdb::format::Kind::Remove: m.spaces_[rec->ns].erase(std::string(rec->key)); break;
        case emdb::format::Kind::NamespaceName:
          if (!emdb::detail::is_utf8(rec->key)) {
            m.refused_ = "namespace-name record carried non-UTF-8 name";
            return m;
          }
          m.spaces_[rec->ns];
          m.names_[std::string(rec->key)] = rec->ns;
          break;
      }
      pos = f.end();
    }
    m.end_ = pos;
    return m;
  }

  static EmdbModel read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    return read(bytes);
  }

  const std::optional<std::string>& refused() const { return refused_; }
  // Where the last frame it read ends: it appends there (writes made through
  // this model are not counted: append them at the end() read before).
  std::uint64_t end() const { return end_; }
  std::vector<std::string> list_namespaces() const {
    std::vector<std::string> out;
    for (const auto& [name, id] : names_) out.push_back(name);
    return out;
  }
  std::optional<std::uint32_t> id_of(const std::string& name) const {
    auto it = names_.find(name);
    if (it == names_.end()) return std::nullopt;
    return it->second;
  }
  const Space& space(std::uint32_t id) const {
    static const Space empty;
    auto it = spaces_.find(id);
    return it == spaces_.end() ? empty : it->second;
  }

  // The records reads return at `now_ms`, by name.
  View view(std::uint64_t now_ms) const {
    View out;
    auto visible = [&](std::uint32_t id) {
      std::map<std::string, std::string> v;
      for (const auto& [k, val] : space(id))
        if (val.expires_at == 0 || val.expires_at > now_ms) v[k] = val.value;
      return v;
    };
    out[""] = visible(0);
    // emdb lists an empty name too; a View keys the default namespace by "", so it is left out here.
    for (const auto& [name, id] : names_)
      if (!name.empty()) out[name] = visible(id);
    return out;
  }

  // ---- Writing as emdb 0.9.7 does: frames appended at end(). ----

  // emdb's open: one Remove per expired record of the default namespace.
  std::string open_sweep(std::uint64_t now_ms) {
    std::string out;
    std::vector<std::string> gone;
    for (const auto& [k, v] : space(0))
      if (v.expires_at != 0 && v.expires_at <= now_ms) gone.push_back(k);
    for (const auto& k : gone) out += remove(0, k);
    return out;
  }
  // namespace(name): the bound id, or a new one from the allocator with its record.
  std::uint32_t namespace_id(const std::string& name, std::string& out) {
    if (auto id = id_of(name)) return *id;
    const auto id = static_cast<std::uint32_t>(next_);
    out += frame(emdb::detail::Record{emdb::format::Kind::NamespaceName, id, name, {}, 0});
    return id;
  }
  std::string insert(std::uint32_t ns, std::string_view key, std::string_view value, std::uint64_t expires_at = 0) {
    return frame(emdb::detail::Record{emdb::format::Kind::Insert, ns, key, value, expires_at});
  }
  std::string remove(std::uint32_t ns, std::string_view key) {
    return frame(emdb::detail::Record{emdb::format::Kind::Remove, ns, key, {}, 0});
  }

  // Appends `frames` to the journal at `p` where emdb would: after the last
  // frame it can read (the bytes after it are overwritten).
  static void append_to(const std::filesystem::path& p, std::uint64_t at, const std::string& frames) {
    std::filesystem::resize_file(p, at);
    std::ofstream out(p, std::ios::binary | std::ios::app);
    out.write(frames.data(), static_cast<std::streamsize>(frames.size()));
  }

 private:
  // Applies the record to the model too, so later writes see it.
  std::string frame(const emdb::detail::Record& r) {
    std::string out;
    emdb::detail::append_plain_frame(out, r);
    next_ = std::max<std::uint64_t>(next_, std::uint64_t(r.ns) + 1);
    switch (r.kind) {
      case emdb::format::Kind::Insert:
        spaces_[r.ns][std::string(r.key)] = Value{std::string(r.value), r.expires_at};
        break;
      case emdb::format::Kind::Remove: spaces_[r.ns].erase(std::string(r.key)); break;
      case emdb::format::Kind::NamespaceName:
        spaces_[r.ns];
        names_[std::string(r.key)] = r.ns;
        break;
    }
    return out;
  }

  std::map<std::uint32_t, Space> spaces_;
  std::map<std::string, std::uint32_t> names_;
  std::uint64_t next_ = 1;
  std::uint64_t end_ = 0;
  std::optional<std::string> refused_;
};

}  // namespace emdbtest
