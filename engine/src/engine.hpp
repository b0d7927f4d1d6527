// The engine behind every Database handle: the journal, the per-namespace
// indexes, the writer lock and recovery. One Engine per open database; handles
// share it through std::shared_ptr.
//
// engine.cpp: opening and recovery, figures; replay.cpp: reading the journal
// back; operations.cpp: the key/value operations; batches.cpp: transactions,
// namespaces, sweeping; hint.cpp: checkpoints.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "codec.hpp"
#include "crypto.hpp"
#include "shared_mutex.hpp"
#include "emdb/error.hpp"
#include "emdb/history.hpp"
#include "emdb/iter.hpp"
#include "emdb/transaction.hpp"
#include "emdb/types.hpp"
#include "emdb/value_ref.hpp"
#include "emdb/write_batch.hpp"
#include "env.hpp"
#include "hash_index.hpp"
#include "journal.hpp"
#include "lockfile.hpp"
#include "meta.hpp"
#include "ordered_index.hpp"

namespace emdb::detail {

struct Options {
  std::filesystem::path path;  // empty: in memory
  bool read_only = false;
  FlushPolicy flush_policy = FlushPolicy::OnEachFlush;
  bool range_scans = false;
  std::optional<std::chrono::milliseconds> default_ttl;
  std::shared_ptr<Env> env = Env::posix();
  std::function<std::uint64_t()> clock;       // Unix milliseconds; the system clock when empty
  std::optional<EncryptionInput> encryption;  // a key or passphrase
  Cipher cipher = Cipher::Aes256Gcm;          // for a new encrypted database
  bool use_hint = true;                       // false: replay the whole journal (integrity checks)
  bool auto_checkpoint = true;                // checkpoints without being asked (Builder::auto_checkpoint)
  bool checkpoint_order = false;              // checkpoints sort the keys without range scans (Builder::checkpoint_order)
  std::uint64_t background_checkpoint_min = std::uint64_t(256) << 20;  // journal growth a background one waits for
};

// One namespace's keys. Lives as long as the Engine.
struct Space {
  explicit Space(std::uint32_t i) : id(i) {}
  const std::uint32_t id;
  // Set by a drop batch: its names are not listed until a record or a name
  // binding reaches the namespace again (emdb 0.9.7 keeps the names bound).
  std::atomic<bool> dropped{false};
  HashIndex index;
  std::unique_ptr<OrderedIndex> ordered;     // with range scans; set at open (or when the namespace appears), then fixed
  std::atomic<std::uint64_t> live_bytes{0};  // whole frames of live records; changed under the writer lock

  // Records with a TTL, by the second their expiry falls in: what stats()
  // reports as expired, without scanning. Changed under the writer lock.
  struct Expiring {
    std::uint64_t records = 0, bytes = 0;
  };
  mutable std::mutex ttl_mu;
  std::map<std::uint64_t, Expiring> expiring;  // guarded by ttl_mu; key: expires_at / 1000
  void track_expiry(std::uint64_t expires_at, std::uint64_t bytes, bool add) {
    if (expires_at == 0) return;
    std::lock_guard lk(ttl_mu);
    auto& e = expiring[expires_at / 1000];
    if (add) {
      ++e.records;
      e.bytes += bytes;
    } else {
      --e.records;
      e.bytes -= bytes;
      if (e.records == 0) expiring.erase(expires_at / 1000);
    }
  }
};

// One staged change of a batch: an insert (value set) or a removal.
struct Op {
  std::uint32_t ns;
  std::string key;
  std::optional<std::string> value;
  std::uint64_t expires_at = 0;
  bool marker = false;  // the engine's own marker record (a drop), exempt from the reserved-key rule
  std::shared_ptr<const ValueSource> source = {};  // an insert whose value streams from here (value is empty)
  std::uint64_t source_size = 0;
  bool inserts() const noexcept { return value || source; }
};

class Engine : public std::enable_shared_from_this<Engine> {
 public:
  static Result<std::shared_ptr<Engine>> open(Options opts);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  const std::filesystem::path& path() const noexcept { return opts_.path; }
  Space& default_space() noexcept { return *default_; }
  std::uint64_t now_ms() const;
  std::uint64_t default_expiry() const;
  std::uint64_t expiry_for(const Ttl& ttl) const;
  bool expired(std::uint64_t expires_at) const { return expires_at != 0 && expires_at <= now_ms(); }

  // Key/value operations (operations.cpp).
  Result<void> put(Space& s, std::string_view key, std::string_view value, std::uint64_t expires_at);
  Result<void> put_many(Space& s, std::span<const std::pair<std::string_view, std::string_view>> items,
                        std::uint64_t expires_at);
  Result<std::optional<std::string>> get(const Space& s, std::string_view key) const;
  Result<std::optional<ValueRef>> get_ref(const Space& s, std::string_view key) const;
  Result<std::optional<ValuePart>> read_value(const Space& s, std::string_view key, std::uint64_t offset,
                                              std::span<char> out) const;
  Result<std::optional<std::string>> remove(Space& s, std::string_view key);
  Result<bool> contains(const Space& s, std::string_view key) const;
  std::size_t len(const Space& s) const { return s.index.size(); }
  Result<void> clear(Space& s);
  Result<std::unique_ptr<Source<Entry>>> entries(const Space& s) const;
  Result<std::unique_ptr<Source<std::string>>> keys(const Space& s) const;
  Result<std::unique_ptr<Source<Entry>>> range(const Space& s, const KeyRange& r) const;
  Result<std::optional<std::string>> key_at(const Space& s, std::size_t position) const;
  Result<std::size_t> position_of(const Space& s, std::string_view key) const;
  // The expiry of a record (0: none; it may be past), or nothing if absent.
  Result<std::optional<std::uint64_t>> expiry_of(const Space& s, std::string_view key) const;
  Result<bool> persist(Space& s, std::string_view key);
  // A live record's value size (as its frame declares it) and expiry, or nothing.
  Result<std::optional<RecordInfo>> info_of(const Space& s, std::string_view key) const;

  // Reading the journal as replay does (replay.cpp).
  // A batch seen by its begin marker, during a walk of the journal.
  struct PendingTx {
    std::uint64_t start = 0, txid = 0;
    std::uint32_t count = 0;
    bool legacy = false;              // an earlier version's markers: closed by an end marker
    std::vector<std::uint32_t> crcs;  // current markers: the CRC-32C of each record frame
    std::vector<std::pair<Record, std::pair<std::uint64_t, std::uint64_t>>> records;  // rec, (loc, bytes)
    std::deque<std::string> plaintexts;  // decrypted bodies the records view into
  };
  // What a walk of the journal hands on, in journal order: each record that
  // counts (outside batches), each whole batch, each batch left out, notes.
  struct JournalVisitor {
    virtual ~JournalVisitor() = default;
    virtual void saw(std::uint32_t ns) = 0;  // every decoded frame's namespace id
    virtual Result<void> record(const Record& r, std::uint64_t loc, std::uint64_t frame_bytes) = 0;
    virtual Result<void> batch(const PendingTx& tx) = 0;
    virtual void torn(const PendingTx& tx) = 0;
    virtual void note(std::uint64_t at, std::string what) = 0;
  };
  // The namespace id a drop marker (current or earlier form) drops.
  static std::optional<std::uint32_t> dropped_by(const Record& r);

  // The journal's past (history.cpp); see Keyspace::history().
  Result<std::vector<Version>> history(const Space& s, std::string_view key, const Progress& progress) const;
  Result<std::vector<RemovedKey>> removed_keys(const Space& s, const Progress& progress) const;
  Result<std::string> read_version(const Space& s, std::string_view key, std::uint64_t offset) const;

  // Batches (batches.cpp).
  std::unique_lock<std::mutex> lock_transactions() { return std::unique_lock(tx_mu_); }
  // Writes the ops as one crash-atomic batch and applies them. InvalidArgument
  // for a reserved key, InvalidConfig for a record or batch over the format's limits.
  Result<void> commit(std::vector<Op> ops);
  // Offline encryption changes (encryption_admin.cpp).
  static Result<void> change_encryption(const std::filesystem::path& path, std::optional<EncryptionInput> current,
                                        std::optional<EncryptionInput> next, std::optional<Cipher> cipher,
                                        const Progress& progress, std::shared_ptr<Env> env = Env::posix());
  static Result<IntegrityReport> check(const std::filesystem::path& path, std::optional<EncryptionInput> key,
                                       const Progress& progress);
  // Finishes or rolls back an encryption change a crash interrupted.
  static Result<void> recover_encryption_change(const std::filesystem::path& path, Env& env);
  Result<Space*> open_space(std::string_view name);
  Result<bool> drop_space(std::string_view name);
  std::vector<std::string> space_names() const;
  Result<std::size_t> sweep_expired();

  // Durability and figures (engine.cpp).
  Result<void> flush();
  // `background`: from the checkpointer thread (writers wait), which never sorts.
  Result<void> checkpoint(bool background = false);
  // Whether a checkpoint now pays for itself: the journal bytes it would
  // newly cover, against what writing it costs (hint.cpp). `background`
  // asks for a wider margin (writers wait while it is written).
  bool checkpoint_pays(bool background) const;
  Result<Stats> stats() const;
  Result<std::size_t> refresh();

  // Maintenance (maintenance.cpp).
  Result<void> compact(const Progress& progress);
  Result<void> backup_to(const std::filesystem::path& target, const Progress& progress);

  // For tests: fdatasync calls made on the journal; where the open's replay began.
  std::uint64_t journal_syncs() const;
  std::uint64_t replay_start() const noexcept { return replay_start_; }
  // Namespaces whose keys the open sorted (those without an order from the checkpoint).
  std::size_t sorted_at_open() const noexcept { return sorted_at_open_; }
  // What the open's replay noticed (integrity checks report it).
  const std::vector<IntegrityNote>& replay_notes() const noexcept { return notes_; }

 private:
  explicit Engine(Options o) : opts_(std::move(o)) {}

  struct Located {  // an Insert record's parts, as views into the journal
    std::string_view key, value;
    std::uint64_t expires_at;
    bool ok = true;  // false: the frame is not a whole Insert inside the journal (damaged since it was indexed)
  };
  // Plain databases only: the record at `loc` of a journal `end` bytes long,
  // read in place. The index may come from a checkpoint and the journal may
  // have been damaged since: a frame whose lengths do not fit comes back !ok,
  // with empty views, never a view outside it.
  static Located locate(const char* base, std::uint64_t end, std::uint64_t loc) noexcept;
  // Whether the frame whose payload starts at `loc` (inside [0, end)) still
  // has the checksum it was written with.
  static bool checksum_holds(const char* base, std::uint64_t loc) noexcept;
  // The key and expiry of the indexed record at `loc`; its shard's lock held.
  struct KeyInfo {
    std::string_view key;
    std::uint64_t expires_at;
    bool ok = true;  // as Located::ok
  };
  KeyInfo key_info(const HashIndex::Shard& sh, const char* base, std::uint64_t loc) const {
    if (!aead_) {
      const Located r = locate(base, journal_->end(), loc);
      return {r.key, r.expires_at, r.ok};
    }
    PlainKeys::Entry e;
    if (!sh.plain.find(loc, e)) return {{}, 0, false};
    return {e.key, e.expires_at};
  }
  // Decodes the payload at `loc` of a journal `end` bytes long (decrypting if
  // need be), after checking it lies inside and its checksum holds (Corrupted
  // otherwise); views into the journal or into `scratch`.
  Result<Record> decode_at(const char* base, std::uint64_t end, std::uint64_t loc, std::string& scratch) const;
  // Decodes a payload read from the journal at `offset`.
  Result<Record> decode(std::string_view payload, std::uint64_t offset, std::string& scratch) const;
  // Appends the frame of `r`, encrypted when the database is.
  Result<void> encode(std::string& out, const Record& r) const;
  // InvalidConfig when the record's payload would pass the format's limit;
  // InvalidArgument for a key of the default namespace that starts with the
  // marker magic (reserved for this engine's batch markers).
  // `streamed`: the size of a value that r.value does not hold (it streams).
  Result<void> check_size(const Record& r, std::uint64_t streamed = 0) const;
  // `body` (`count` whole record frames) behind its begin marker: the bytes of
  // one crash-atomic batch. InvalidConfig past kMaxBatchRecords.
  Result<std::string> batch_frames(std::string_view body, std::size_t count);
  // The key of a batch's begin marker for records with these frame CRCs.
  std::string begin_marker(std::span<const std::uint32_t> crcs);
  // Applies a written batch to the indexes: op i's frame starts at
  // at + where[i].first and is where[i].second bytes long.
  void apply_batch(const std::vector<Op>& ops, std::uint64_t at,
                   const std::vector<std::pair<std::uint64_t, std::uint64_t>>& where);
  // A Remove op for every record of `s` that `which` picks (all if empty). Writer lock held.
  std::vector<Op> removals(const Space& s, const std::function<bool(const KeyInfo&)>& which) const;
  static std::uint64_t frame_bytes_at(const char* base, std::uint64_t loc) noexcept;
  // The offset of a key's record, under the shard lock the caller holds.
  std::uint64_t find(const Space& s, const HashIndex::Shard& sh, std::uint64_t h, std::string_view key) const;

  template <class F>
  auto with_record(const Space& s, std::string_view key, bool need_value, F&& f) const
      -> Result<std::invoke_result_t<F&, const Located*>>;

  // What a copy of the database holds: namespace names and the offsets of
  // every indexed record, sorted, as of `end`.
  struct LiveSet {
    std::shared_ptr<Journal> journal;
    std::uint64_t end = 0;
    std::vector<std::pair<std::uint32_t, std::string>> names;
    std::vector<std::uint64_t> locs;
  };
  LiveSet live_set();
  // Writes the names and the records of `ls` to `fd` from offset 0; returns the
  // bytes written and, if asked, each record's new payload offset.
  Result<std::uint64_t> write_copy(int fd, const LiveSet& ls, const Progress& progress,
                                   std::vector<std::uint64_t>* new_locs);

  // compact() without the checkpoint after it.
  Result<void> compact_journal(const Progress& progress);
  Result<void> open_files();
  Result<void> setup_encryption(bool exists);
  // Replays valid frames of [from, size); returns where the next frame would go.
  // A transaction whose end marker is missing is left out; `tx_start` says where it began.
  struct ReplayEnd {
    std::uint64_t end = 0;
    std::optional<std::uint64_t> bad;       // first bad frame
    std::optional<std::uint64_t> tx_start;  // an incomplete transaction at the end
  };
  Result<ReplayEnd> replay(std::uint64_t from, std::uint64_t size);
  class Applier;
  // Reads the frames of [from, size) of the journal at `base` as emdb 0.9.7
  // and this engine's batches mean them, handing them to `v`; a visitor's
  // error stops the walk. A frame that does not decode stops it (`strict`:
  // fails with the decoding error). `progress` sees bytes read; false
  // cancels (Cancelled).
  Result<ReplayEnd> walk(const char* base, std::uint64_t from, std::uint64_t size, bool strict, JournalVisitor& v,
                         const Progress& progress) const;
  // The journal and its end, as a reader of the past sees them.
  struct JournalNow {
    std::shared_ptr<Journal> journal;
    std::uint64_t end = 0;
  };
  JournalNow journal_now() const;
  // Walks the frames of `snap` below `to`, handing f every record that
  // counts with its frame's offset, and the namespace a drop marker drops.
  Result<void> walk_records(const JournalNow& snap, std::uint64_t to, const Progress& progress,
                            const std::function<void(const Record&, std::uint64_t, std::optional<std::uint32_t>)>& f) const;
  // Whether the Written record whose frame is at `frame` of `snap` is `key`'s live one.
  bool is_live(const Space& s, std::string_view key, const JournalNow& snap, std::uint64_t frame) const;
  Result<void> apply(const Record& rec, std::uint64_t loc, std::uint64_t frame_bytes);
  Result<void> apply_batch(const PendingTx& tx);
  // A batch whose records stop before its count with other frames after them.
  void leave_out_torn(const PendingTx& tx);
  // Writes, for every key whose last record lies in a batch left out, the
  // record this engine reads, so emdb 0.9.7 (which applies every frame) reads
  // the same. Writable opens only.
  Result<void> restore_torn_keys();
  void note(std::uint64_t offset, std::string what);
  // Records the namespace ids emdb 0.9.7's allocator would count.
  void saw_space_id(std::uint32_t id) noexcept;
  Result<void> cut_tail(std::uint64_t at, std::uint64_t size);
  // An empty ordered index for `s`. Its entries are ordered_entry()s; keys
  // are read from the journal (plain) or the shard's PlainKeys (encrypted).
  std::unique_ptr<OrderedIndex> make_ordered(const Space& s) const;
  // The key an ordered entry of `s` names; the ordered index's lock held.
  std::string_view entry_key(const Space& s, std::uint64_t entry) const;
  // An ordered index entry: the payload offset of a key's live record and,
  // above it, its hash index shard.
  static std::uint64_t ordered_entry(std::uint64_t loc, std::size_t shard) noexcept {
    return loc | std::uint64_t(shard) << 40;
  }
  // Sorts the keys of every namespace that has no ordered index yet.
  void build_ordered_indexes();
  // The ordered entries of `s`'s records and their keys, in key order. Its
  // shards' locks held, or no writer.
  struct Sorted {
    std::vector<std::string_view> keys;
    std::vector<std::uint64_t> entries;
  };
  Sorted sorted_entries(const Space& s) const;
  Result<std::uint64_t> load_hint();
  std::filesystem::path hint_path() const;
  Result<void> writable() const;
  Space& space_for_id(std::uint32_t id);  // ns_mu_ held exclusively, or single-threaded open
  Space* space_if(std::uint32_t id) const;

  // Writer lock held:
  // With `shard_locked`, the caller holds the key's shard lock exclusively.
  void index_insert(Space& s, std::string_view key, std::uint64_t loc, std::uint64_t frame_bytes,
                    std::uint64_t expires_at, bool shard_locked = false);
  std::uint64_t index_erase(Space& s, std::string_view key, bool shard_locked = false);
  // A drop batch's end: the namespace's records and its listing go.
  void forget_space(Space& s);
  // A record or a name binding reached a dropped namespace: it is listed again.
  void revive_space(Space& s);

  Options opts_;
  std::optional<LockFile> lock_;
  Meta meta_;
  std::optional<Aead> aead_;  // set for encrypted databases; fixed after open
  std::optional<std::uint64_t> first_bad_offset_;
  std::uint64_t replay_start_ = 0;
  std::size_t sorted_at_open_ = 0;
  std::atomic<std::uint64_t> checkpoint_end_{0};  // journal bytes the current P.hint covers; 0: none
  std::atomic<bool> checkpoint_ordered_{false};   // the current P.hint keeps the key order
  bool opened_ = false;                           // the open finished: the index is whole

  // The background checkpointer of long write sessions (writable, file-backed,
  // plain databases with auto_checkpoint): started by the first append after
  // which the journal outgrew the last checkpoint by background_checkpoint_min
  // (so short sessions never have the thread), then wakes every second and
  // writes a checkpoint when checkpoint_pays(true). Stopped before the engine
  // closes. note_growth() runs after appends, with the writer lock held.
  void note_growth();
  bool checkpointer_started_ = false;  // guarded by write_mu_
  void start_checkpointer();
  void stop_checkpointer();
  std::thread checkpointer_;
  std::mutex checkpointer_mu_;
  std::condition_variable checkpointer_cv_;
  bool checkpointer_stop_ = false;  // guarded by checkpointer_mu_
  std::atomic<std::uint64_t> next_txid_{1};

  // The journal may be swapped (compaction) only while holding write_mu_,
  // journal_mu_ and every shard lock; it may be read while holding any one of them.
  std::shared_ptr<Journal> journal_;
  // Records read_value() checked whole (CRC, and authentication when
  // encrypted): the last few, by journal and payload offset.
  struct Checked {
    std::weak_ptr<const Journal> journal;
    std::uint64_t loc;
  };
  mutable std::mutex checked_mu_;
  mutable std::deque<Checked> checked_;  // guarded by checked_mu_; newest first
  bool was_checked(std::uint64_t loc) const;
  void note_checked(std::uint64_t loc) const;
  mutable std::mutex journal_mu_;
  std::mutex write_mu_;  // serialises appends and index changes
  std::mutex tx_mu_;     // serialises transactions

  mutable SharedMutex ns_mu_;
  std::map<std::uint32_t, std::unique_ptr<Space>> spaces_;  // guarded by ns_mu_; entries never erased
  // Name bindings as emdb 0.9.7 keeps them: the last NamespaceName record of
  // a name wins, and one id may have several names. Guarded by ns_mu_.
  std::map<std::string, std::uint32_t, std::less<>> names_;
  // One past the highest namespace id of any record (legacy markers aside):
  // the next id to give, as emdb 0.9.7's allocator would. Guarded by ns_mu_.
  std::uint64_t next_space_id_ = 1;
  Space* default_ = nullptr;
  std::atomic<std::uint64_t> structure_bytes_{0};  // NamespaceName frames

  // Keys whose last record lies in a batch left out, and where that batch began.
  std::map<std::pair<std::uint32_t, std::string>, std::uint64_t> torn_keys_;
  std::vector<IntegrityNote> notes_;
};

}  // namespace emdb::detail
