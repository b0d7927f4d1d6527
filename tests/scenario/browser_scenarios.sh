#!/usr/bin/env bash
# Scenario tests of the installed emdb Browser on a real X server.
#
# The build tree is installed into a temporary prefix; the installed
# emdb-browser runs on Xvfb and is driven with xdotool as a user would drive
# it (keys, dialogs, window titles); what reaches the file is checked with the
# installed emdb command line. A screenshot of every step is kept in OUTPUT_DIR.
#
#   browser_scenarios.sh CMAKE BUILD_DIR OUTPUT_DIR
#
# Exit status: 0 all scenarios pass, 1 a scenario failed, 77 no Xvfb or no
# xdotool (the test is skipped). Without ImageMagick's import there are no
# screenshots.
set -uo pipefail
cmake=$1 build=$2 out=$3

for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
command -v import >/dev/null || echo "note: no ImageMagick import, so no screenshots"

mkdir -p "$out"
rm -f "$out"/*.png "$out"/*.log
work=$(mktemp -d "$(dirname "$out")/run.XXXXXX")
prefix=$work/prefix
pids=()
xvfb=''
browser=''

cleanup() {
  local p
  for p in "${pids[@]}" $xvfb; do kill "$p" 2>/dev/null; done
  for p in "${pids[@]}" $xvfb; do
    for _ in $(seq 20); do alive "$p" || break; sleep 0.1; done
    kill -KILL "$p" 2>/dev/null
  done
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# --- helpers ----------------------------------------------------------------

now_ms() { date +%s%3N; }

# deadline SECONDS: the time in milliseconds that many (possibly fractional) seconds from now.
deadline() { echo $(($(now_ms) + $(awk -v s="$1" 'BEGIN { printf "%d", s * 1000 }'))); }

# alive PID: the process runs (an exited child that was not reaped yet does not count).
alive() {
  local state
  [ -r "/proc/$1/stat" ] || return 1
  read -r _ _ state _ <"/proc/$1/stat" 2>/dev/null || return 1
  [ "$state" != Z ]
}

step=0
shot() {
  command -v import >/dev/null || return 0
  step=$((step + 1))
  local file
  file=$(printf '%s/%02d-%s.png' "$out" "$step" "$1")
  import -window root "$file" 2>/dev/null && echo "  screenshot: $file"
}

# The mapped windows and their titles.
windows() {
  local id
  for id in $(xdotool search --onlyvisible --name . 2>/dev/null); do
    printf '    window %s: %s\n' "$id" "$(xdotool getwindowname "$id" 2>/dev/null)"
  done
}

fail() {
  echo "FAIL: $*"
  echo "  on screen:"
  windows
  shot failure
  if [ -s "$out/browser.log" ]; then
    echo "  the end of $out/browser.log:"
    tail -n 15 "$out/browser.log" | sed 's/^/    /'
  fi
  exit 1
}

# wait_window REGEX [SECONDS]: prints the id of the first mapped window whose
# title matches. Gives up early when the browser is gone.
wait_window() {
  local end id
  end=$(deadline "${2:-10}")
  while [ "$(now_ms)" -lt "$end" ]; do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1)
    [ -n "$id" ] && { echo "$id"; return 0; }
    alive "$browser" || { echo "emdb-browser is gone" >&2; return 1; }
    sleep 0.1
  done
  return 1
}

# wait_gone REGEX [SECONDS]: no mapped window has a title that matches.
wait_gone() {
  local end
  end=$(deadline "${2:-10}")
  while [ "$(now_ms)" -lt "$end" ]; do
    [ -z "$(xdotool search --onlyvisible --name "$1" 2>/dev/null)" ] && return 0
    sleep 0.1
  done
  return 1
}

# wait_title WINDOW REGEX [SECONDS]: the window's title matches.
wait_title() {
  local end
  end=$(deadline "${3:-10}")
  while [ "$(now_ms)" -lt "$end" ]; do
    [[ "$(xdotool getwindowname "$1" 2>/dev/null)" =~ $2 ]] && return 0
    sleep 0.1
  done
  return 1
}

# wait_exit PID [SECONDS]: the process ended; its exit status is in $exit_status.
wait_exit() {
  local end
  end=$(deadline "${2:-10}")
  while alive "$1"; do
    [ "$(now_ms)" -lt "$end" ] || return 1
    sleep 0.05
  done
  wait "$1"
  exit_status=$?
  return 0
}

# press WINDOW [KEY...]: gives the window the keyboard focus, then presses the keys.
press() {
  local window=$1
  shift
  timeout 5 xdotool windowfocus --sync "$window" 2>/dev/null || fail "window $window cannot take the keyboard focus"
  [ $# -eq 0 ] || xdotool key --delay 40 "$@"
}

# start_browser ARG...: runs the installed browser; its pid is in $browser.
start_browser() {
  "$prefix/bin/emdb-browser" "$@" >>"$out/browser.log" 2>&1 &
  browser=$!
  pids+=("$browser")
}

# quit_browser WINDOW: Ctrl+Q with nothing pending ends the process at once, with status 0.
quit_browser() {
  press "$1" ctrl+q
  wait_exit "$browser" 10 || fail "Ctrl+Q did not end emdb-browser"
  [ "$exit_status" -eq 0 ] || fail "emdb-browser exited with status $exit_status"
}

emdb() { "$prefix/bin/emdb" "$@"; }

# info_field FILE FIELD: a number from `emdb info --json`.
info_field() { emdb info --json "$1" | sed -n "s/.*\"$2\": \([0-9]*\).*/\1/p"; }

# expect_value FILE KEY VALUE: emdb reads VALUE under KEY.
expect_value() {
  local got
  got=$(emdb get "$1" "$2" 2>&1) || fail "emdb get $2: $got"
  [ "$got" = "$3" ] || fail "emdb get $2 gives '$got', expected '$3'"
}

# expect_missing FILE KEY: emdb finds no record under KEY.
expect_missing() {
  local got status
  got=$(emdb get "$1" "$2" 2>&1)
  status=$?
  [ "$status" -eq 3 ] || fail "emdb get $2 should find nothing (status 3), got status $status: $got"
}

# expect_sound FILE RECORDS: the integrity scan finds no damage and RECORDS live records.
expect_sound() {
  local report
  report=$(emdb check "$1" 2>&1) || fail "emdb check $(basename "$1") failed:"$'\n'"$report"
  grep -qx sound <<<"$report" || fail "emdb check $(basename "$1") does not report the file sound:"$'\n'"$report"
  [ "$(info_field "$1" total_live_records)" = "$2" ] ||
    fail "$(basename "$1") holds $(info_field "$1" total_live_records) records, expected $2"
}

# wait_rows WINDOW: the key table shows its first rows: Delete on the first row
# asks its question (which Escape cancels). The first row ends up current and
# selected, whether or not the table made it current without selecting it.
wait_rows() {
  local dialog tries=0
  until press "$1" Home Down Up Delete && dialog=$(wait_window '^Delete Records$' 1); do
    tries=$((tries + 1))
    [ $tries -lt 20 ] || fail "the key table shows no rows"
  done
  press "$dialog" Escape
  wait_gone '^Delete Records$' || fail "Escape did not cancel the Delete Records question"
}

# stage_delete WINDOW TEXT FILE: selects the key that starts with TEXT by typing
# it into the key table, presses Delete and confirms; the title then shows "* ".
stage_delete() {
  local window=$1 text=$2 name dialog tries=0
  name=$(basename "$3")
  # The first rows load after the title shows; a search before they did finds nothing.
  until press "$window" && xdotool type --delay 40 "$text" && xdotool key Delete &&
        dialog=$(wait_window '^Delete Records$' 1); do
    tries=$((tries + 1))
    [ $tries -lt 10 ] || fail "no record starting with '$text' could be selected and deleted"
  done
  shot delete-question
  press "$dialog" Tab space  # from Cancel, the default button, to Delete
  wait_gone '^Delete Records$' || fail "the Delete Records question stays open"
  wait_title "$window" "^\\* ${name//./\\.} — emdb Browser\$" ||
    fail "the title does not show the pending delete: '$(xdotool getwindowname "$window")'"
}

# --- setup ------------------------------------------------------------------

if ! "$cmake" --install "$build" --component browser --prefix "$prefix" >"$out/install.log" 2>&1; then
  echo "FAIL: cmake --install:"
  cat "$out/install.log"
  exit 1
fi
[ -x "$prefix/bin/emdb-browser" ] && [ -x "$prefix/bin/emdb" ] || fail "the install has no bin/emdb-browser or bin/emdb"

# No user settings, recent files or caches of the machine are read or written.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=xcb
unset SESSION_MANAGER DBUS_SESSION_BUS_ADDRESS QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS

# Xvfb picks a free display number and writes it to -displayfd once it listens.
exec {displayfd}>"$work/display"
# -noreset: no server reset (and no refused connections) between two browser runs.
Xvfb -displayfd "$displayfd" -screen 0 1280x800x24 -nolisten tcp -noreset >"$out/xvfb.log" 2>&1 &
xvfb=$!
exec {displayfd}>&-
for _ in $(seq 100); do
  [ -s "$work/display" ] && break
  alive "$xvfb" || { cat "$out/xvfb.log"; echo "FAIL: Xvfb did not start"; exit 1; }
  sleep 0.1
done
[ -s "$work/display" ] || { echo "FAIL: Xvfb gave no display number"; exit 1; }
export DISPLAY=:$(head -1 "$work/display")
echo "Xvfb on $DISPLAY; installed into $prefix; screenshots in $out"
started=$(now_ms)

# --- scenario 1 -------------------------------------------------------------
# A staged delete and the Pending Changes question: Cancel keeps the database
# open with the edit pending and the file untouched, Discard drops the edit and
# closes the database without writing; Write Changes really removes the record.
echo "== 1: a staged delete, Cancel and Discard at Pending Changes, then Write Changes"
sample=$work/sample.emdb

# --create-sample writes the demo database and opens it.
start_browser --create-sample "$sample"
main=$(wait_window '^sample\.emdb — emdb Browser$' 60) || fail "--create-sample did not open sample.emdb"
shot sample-created
expect_value "$sample" schema.version 7
records=$(info_field "$sample" total_live_records)
[ "${records:-0}" -gt 1000 ] || fail "the sample holds ${records:-no} records"
quit_browser "$main"

# Opened from the command line, a delete staged, then Ctrl+W.
start_browser "$sample"
main=$(wait_window '^sample\.emdb — emdb Browser$' 30) || fail "emdb-browser FILE did not open the sample"
before=$(sha256sum <"$sample")
stage_delete "$main" schema.version "$sample"
shot delete-staged
press "$main" ctrl+w
question=$(wait_window '^Pending Changes$') || fail "Ctrl+W with a pending delete asked nothing"
shot pending-question

# Cancel (Escape): still open, still pending, nothing written.
press "$question" Escape
wait_gone '^Pending Changes$' || fail "Escape did not close the Pending Changes question"
wait_title "$main" '^\* sample\.emdb — emdb Browser$' 2 ||
  fail "after Cancel the database should stay open with its edit pending: '$(xdotool getwindowname "$main")'"
shot cancelled
[ "$(sha256sum <"$sample")" = "$before" ] || fail "Cancel at Pending Changes changed the file"
expect_value "$sample" schema.version 7

# Discard: the database closes and the record is still in the file.
press "$main" ctrl+w
question=$(wait_window '^Pending Changes$') || fail "the second Ctrl+W asked nothing"
press "$question" Tab space  # from Cancel, the default button, to Discard
wait_gone '^Pending Changes$' || fail "Discard did not close the Pending Changes question"
wait_title "$main" '^emdb Browser$' 10 || fail "Discard did not close the database: '$(xdotool getwindowname "$main")'"
shot discarded
[ "$(sha256sum <"$sample")" = "$before" ] || fail "Discard changed the file"
expect_value "$sample" schema.version 7
expect_sound "$sample" "$records"
quit_browser "$main"

# The same delete, written with Write Changes (Ctrl+S).
start_browser "$sample"
main=$(wait_window '^sample\.emdb — emdb Browser$' 30) || fail "emdb-browser FILE did not open the sample again"
stage_delete "$main" schema.version "$sample"
press "$main" ctrl+s
wait_title "$main" '^sample\.emdb — emdb Browser$' 30 ||
  fail "Write Changes did not finish: '$(xdotool getwindowname "$main")'"
shot written
expect_missing "$sample" schema.version
expect_value "$sample" welcome "This is a demo database. Pick a namespace on the left to browse its keys."
expect_sound "$sample" $((records - 1))
quit_browser "$main"

# --- scenario 2 -------------------------------------------------------------
# An edit staged while Write Changes runs is not lost: it stays pending once
# the write is done, and the next Write Changes writes it.
echo "== 2: an edit staged during a long Write Changes"
big=$work/write.emdb
# 100 values of 10 MB with an expiry: dropping their expiry rewrites 1 GB,
# which takes seconds even where a disk writes 300 MB in one. a.note and a.other sort first and stay small, so the
# value panel never has to show a large value.
head -c 10000000 /dev/zero | tr '\0' x >"$work/value-10mb"
emdb put "$big" a.note "keep me" && emdb put "$big" a.other other || fail "emdb put failed"
for i in $(seq -w 0 99); do
  emdb put "$big" "big:$i" --file "$work/value-10mb" --ttl 30d || fail "emdb put big:$i failed"
done
start_browser "$big"
main=$(wait_window '^write\.emdb — emdb Browser$' 30) || fail "emdb-browser did not open write.emdb"
wait_rows "$main"
# a.note is current and selected. Select all, then take a.note and a.other out
# of the selection (Ctrl+Space toggles the current row, Ctrl+arrows move without
# selecting).
press "$main" ctrl+a ctrl+space ctrl+Down ctrl+space ctrl+Up
press "$main" ctrl+t
dialog=$(wait_window '^Set Expiry$') || fail "Ctrl+T did not open Set Expiry"
shot set-expiry
press "$dialog" Return  # "Never expires" is chosen: the expiry goes
wait_gone '^Set Expiry$' || fail "Set Expiry stays open"
wait_title "$main" '^\* write\.emdb — emdb Browser$' || fail "the expiry change is not pending"
write_started=$(now_ms)
press "$main" ctrl+s
# While the batch is built and written: select a.note alone and delete it.
press "$main" ctrl+Down Up Delete
dialog=$(wait_window '^Delete Records$' 5) || fail "Delete during the write asked nothing"
press "$dialog" Tab space
wait_gone '^Delete Records$' || fail "the Delete Records question stays open"
shot staged-during-write
[ "$(emdb ttl "$big" big:99 2>/dev/null)" != "no expiry" ] ||
  fail "the write was over before the delete was staged: the scenario proves nothing (make the values larger)"
# The first write lands.
until_ms=$(deadline 120)
until [ "$(emdb ttl "$big" big:99 2>/dev/null)" = "no expiry" ]; do
  [ "$(now_ms)" -lt "$until_ms" ] || fail "the first write did not land within 120 s"
  sleep 0.2
done
echo "  the first write landed after $(($(now_ms) - write_started)) ms"
expect_value "$big" a.note "keep me"
# The delete staged meanwhile is still pending: Write Changes writes it. While
# the window still handles the end of the first write, Ctrl+S does nothing: try again.
until_ms=$(deadline 60)
until wait_title "$main" '^write\.emdb — emdb Browser$' 2; do
  [ "$(now_ms)" -lt "$until_ms" ] || fail "the second Write Changes did not finish"
  [[ "$(xdotool getwindowname "$main")" == "* "* ]] || fail "unexpected title '$(xdotool getwindowname "$main")'"
  press "$main" ctrl+s
done
shot second-write
emdb get "$big" a.note >/dev/null 2>&1 && fail "the delete of a.note staged during the first write was dropped"
expect_missing "$big" a.note
expect_value "$big" a.other other
for i in $(seq -w 0 99); do
  [ "$(emdb ttl "$big" "big:$i")" = "no expiry" ] || fail "big:$i keeps its expiry: $(emdb ttl "$big" "big:$i")"
done
expect_sound "$big" 101
quit_browser "$main"
rm -f "$big" "$work/value-10mb"

# --- scenario 3 -------------------------------------------------------------
# Quitting during a compaction: the compaction stops at once, the process ends
# within 3 s (the compaction alone takes longer), the file stays as it was, with
# every record. Then the same with the process terminated mid-compaction (as at
# logout): the file is intact and the next writer clears what the copy left.
echo "== 3: quitting during a compaction"
db=$work/compact.emdb
# Eight groups of 5,000 small records, each written twice (the first versions
# are dead bytes), and a 100 MB record after each group: about 800 MB to copy.
# A compaction checks for a stop every 4,096 records it copies, so here at
# least once between two large records.
head -c 100000000 /dev/zero | tr '\0' y >"$work/value-100mb"
for g in $(seq 1 8); do
  for version in first second; do
    awk -v g="$g" -v v="$version" \
      'BEGIN { for (i = 0; i < 5000; i++) printf("{\"key\":\"g%d:%05d\",\"value\":\"%s %d\"}\n", g, i, v, i) }' \
      >"$work/group.jsonl"
    emdb load "$db" "$work/group.jsonl" 2>/dev/null || fail "emdb load failed"
  done
  emdb put "$db" "z:$g" --file "$work/value-100mb" || fail "emdb put z:$g failed"
done
rm -f "$work/group.jsonl" "$work/value-100mb"
records=$(info_field "$db" total_live_records)
dead=$(info_field "$db" dead_bytes)
[ "$records" = 40008 ] && [ "${dead:-0}" -gt 0 ] || fail "compact.emdb holds $records records, $dead dead bytes"

# start_compaction: opens the file, starts Tools > Compact and waits until it copies.
start_compaction() {
  start_browser "$db"
  main=$(wait_window '^compact\.emdb — emdb Browser$' 60) || fail "emdb-browser did not open compact.emdb"
  local tries=0
  # Alt+T opens the Tools menu, C picks Compact… once the menu is up.
  until press "$main" alt+t && sleep 0.3 && xdotool key c && dialog=$(wait_window '^Compact Database$' 2); do
    tries=$((tries + 1))
    [ $tries -lt 3 ] || fail "Tools > Compact did not open the Compact Database dialog"
    xdotool key Escape
  done
  shot compact-dialog
  press "$dialog" Return  # Compact, the default button
  local end
  end=$(deadline 30)
  until [ -e "$db.compact.tmp" ]; do
    [ "$(now_ms)" -lt "$end" ] || fail "the compaction did not start (no $(basename "$db").compact.tmp)"
    sleep 0.05
  done
  shot compacting
}

# The Compact dialog leaves the main window free: Ctrl+Q there, while the
# compaction runs, stops it and ends the process.
start_compaction
asked=$(now_ms)
press "$main" ctrl+q
wait_exit "$browser" 10 || fail "Ctrl+Q during the compaction did not end emdb-browser"
took=$(($(now_ms) - asked))
[ "$exit_status" -eq 0 ] || fail "emdb-browser exited with status $exit_status"
echo "  emdb-browser was gone $took ms after the user asked to stop"
[ "$took" -le 3000 ] || fail "quitting during the compaction took $took ms (more than 3 s)"
[ ! -e "$db.compact.tmp" ] || fail "the stopped compaction left $(basename "$db").compact.tmp"
[ "$(info_field "$db" dead_bytes)" = "$dead" ] || fail "the compaction was not stopped: the dead bytes are gone"
expect_sound "$db" "$records"
expect_value "$db" g8:04999 "second 4999"
[ "$(emdb get "$db" z:8 | wc -c)" = 100000000 ] || fail "z:8 does not read back whole"

# Terminated mid-compaction (SIGTERM, as a session ending sends it).
start_compaction
kill -TERM "$browser"
wait_exit "$browser" 10 || fail "emdb-browser did not end on SIGTERM"
expect_sound "$db" "$records"
[ "$(info_field "$db" dead_bytes)" = "$dead" ] || fail "the terminated compaction changed the file"
expect_value "$db" g1:00000 "second 0"
# The next writer clears the copy's leftovers and compacts; this also shows
# how long the compaction takes when nobody stops it.
compact_started=$(now_ms)
report=$(emdb compact "$db" 2>&1) || fail "emdb compact after the terminated compaction failed: $report"
echo "  the whole compaction takes $(($(now_ms) - compact_started)) ms (emdb compact)"
[ ! -e "$db.compact.tmp" ] || fail "$(basename "$db").compact.tmp is still there after emdb compact"
[ "$(info_field "$db" dead_bytes)" = 0 ] || fail "emdb compact left dead bytes"
expect_sound "$db" "$records"
rm -f "$db"

echo "all scenarios pass in $((($(now_ms) - started) / 1000)) s; screenshots in $out"
