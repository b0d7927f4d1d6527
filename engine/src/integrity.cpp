// Database::check(): every frame of a file read, decoded and (if encrypted)
// authenticated, with nothing written.
#include "engine.hpp"

namespace emdb::detail {

Result<IntegrityReport> Engine::check(const std::filesystem::path& path, std::optional<EncryptionInput> key,
                                      const Progress& progress) {
  {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
      return std::unexpected(
          Error::io(std::make_error_code(std::errc::no_such_file_or_directory), "no database at " + path.string()));
  }
  Options o;
  o.path = path;
  o.read_only = true;
  o.encryption = std::move(key);
  o.use_hint = false;                   // every frame replayed, so the notes cover the whole journal
  auto e = Engine::open(std::move(o));  // checks `.meta` and the key; indexes what is readable
  if (!e) return std::unexpected(e.error());
  Engine& db = **e;
  IntegrityReport r;
  auto size = db.journal_->file_size();
  if (!size) return std::unexpected(size.error());
  r.file_size = *size;
  {
    std::shared_lock ns(db.ns_mu_);
    for (const auto& [id, s] : db.spaces_)
      if (id != format::kLegacyMarkerNamespace) r.live_records += s->index.size();
  }
  const char* base = db.journal_->data();
  std::uint64_t pos = 0;
  std::string scratch;
  for (;;) {
    if (progress && r.frames % 4096 == 0 && !progress(pos, r.file_size))
      return std::unexpected(Error(ErrorCode::Cancelled, "cancelled"));
    FrameView f;
    const char* why = "bad frame";
    const FrameCheck c = check_frame(base, r.file_size, pos, f, &why);
    if (c == FrameCheck::End) break;
    if (c == FrameCheck::Bad) {
      r.first_bad_offset = pos;
      r.reason = why;
      r.torn_tail = torn_tail_at(base, r.file_size, pos);
      break;
    }
    auto rec = db.decode(f.payload, f.payload_offset(), scratch);
    if (!rec) {
      r.first_bad_offset = pos;
      r.reason = rec.error().message();
      break;
    }
    ++r.frames;
    const bool marker =
        rec->ns == format::kLegacyMarkerNamespace ||
        (rec->ns == format::kDefaultNamespace && rec->kind == format::Kind::Remove && has_marker_magic(rec->key));
    if (!marker && rec->kind != format::Kind::NamespaceName) ++r.records;
    pos = f.end();
  }
  r.valid_bytes = pos;
  r.notes = db.replay_notes();
  r.dead_records = r.records > r.live_records ? r.records - r.live_records : 0;
  if (progress && !progress(r.file_size, r.file_size)) return std::unexpected(Error(ErrorCode::Cancelled, "cancelled"));
  return r;
}

}  // namespace emdb::detail
