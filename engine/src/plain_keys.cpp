#include "plain_keys.hpp"

#include <cstring>

#include "codec.hpp"

namespace emdb::detail {

bool PlainKeys::find(std::uint64_t loc, Entry& out) const noexcept {
  if (slots_.empty() || loc == 0) return false;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = home(loc);; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.loc == 0) return false;
    if (s.loc == loc) {
      out = Entry{std::string_view(arena_.data() + s.key_at, s.key_len), s.expires_at};
      return true;
    }
  }
}

void PlainKeys::place(const Slot& s) noexcept {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = home(s.loc);
  while (slots_[i].loc) i = (i + 1) & mask;
  slots_[i] = s;
}

void PlainKeys::grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
  for (const Slot& s : old)
    if (s.loc) place(s);
}

void PlainKeys::compact_arena() {
  std::string fresh;
  fresh.reserve(arena_.size() - garbage_);
  for (Slot& s : slots_)
    if (s.loc) {
      const std::uint64_t at = fresh.size();
      fresh.append(arena_, std::size_t(s.key_at), std::size_t(s.key_len));
      s.key_at = at;
    }
  arena_.swap(fresh);
  garbage_ = 0;
}

void PlainKeys::put(std::uint64_t loc, std::string_view key, std::uint64_t expires_at) {
  if ((count_ + 1) * 4 > slots_.size() * 3) grow();
  // Erased keys' bytes go once they are half the arena.
  if (garbage_ > (std::uint64_t(64) << 10) && garbage_ * 2 > arena_.size()) compact_arena();
  const std::uint64_t at = arena_.size();
  arena_.append(key);
  place(Slot{loc, expires_at, at, key.size()});
  ++count_;
}

void PlainKeys::erase(std::uint64_t loc) noexcept {
  if (slots_.empty() || loc == 0) return;
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = home(loc);
  for (;; i = (i + 1) & mask) {
    if (slots_[i].loc == 0) return;
    if (slots_[i].loc == loc) break;
  }
  garbage_ += slots_[i].key_len;
  --count_;
  // Backward-shift deletion: pull later members of the cluster into the hole
  // when their home slot allows it.
  std::size_t hole = i;
  for (std::size_t j = (i + 1) & mask;; j = (j + 1) & mask) {
    if (slots_[j].loc == 0) break;
    const std::size_t h = home(slots_[j].loc);
    const bool stays = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j);
    if (!stays) {
      slots_[hole] = slots_[j];
      hole = j;
    }
  }
  slots_[hole] = Slot{};
}

void PlainKeys::clear() noexcept {
  slots_.clear();
  slots_.shrink_to_fit();
  arena_.clear();
  arena_.shrink_to_fit();
  count_ = 0;
  garbage_ = 0;
}

void PlainKeys::save(std::string& out) const {
  put_u64(out, slots_.size());
  put_u64(out, count_);
  out.append(reinterpret_cast<const char*>(slots_.data()), slots_.size() * sizeof(Slot));
  put_u64(out, arena_.size());
  out.append(arena_);
}

bool PlainKeys::load(std::string_view& in, std::uint64_t end) {
  auto take_u64 = [&](std::uint64_t& v) {
    if (in.size() < 8) return false;
    v = load_u64(in.data());
    in.remove_prefix(8);
    return true;
  };
  std::uint64_t n, count, arena;
  if (!take_u64(n) || (n & (n - 1)) != 0 || n > (std::uint64_t(1) << 32) || !take_u64(count) || count > n ||
      in.size() / sizeof(Slot) < n)
    return false;
  std::vector<Slot> slots(n);
  if (n) std::memcpy(slots.data(), in.data(), n * sizeof(Slot));
  in.remove_prefix(n * sizeof(Slot));
  if (!take_u64(arena) || in.size() < arena) return false;
  std::uint64_t used = 0, live = 0;
  for (const Slot& s : slots) {
    if (!s.loc) continue;
    ++used;
    if (s.loc >= end || s.key_at > arena || s.key_len > arena - s.key_at) return false;
    live += s.key_len;
  }
  if (used != count || live > arena) return false;
  slots_ = std::move(slots);
  count_ = count;
  arena_.assign(in.data(), arena);
  in.remove_prefix(arena);
  garbage_ = arena - live;
  return true;
}

}  // namespace emdb::detail
