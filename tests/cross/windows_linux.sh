#!/usr/bin/env bash
# Files move between the Linux build and the Windows build (run under Wine)
# both ways: the same records loaded by each give the same journal, byte for
# byte; each reads, checks, compacts and dumps what the other wrote exactly as
# its writer does; a binary value written on one side comes back whole on the
# other.
#   windows_linux.sh LINUX_EMDB WINDOWS_EMDB_EXE
set -u
linux=$1
windows_exe=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
lin() { "$linux" "$@"; }
win() { wine "$windows_exe" "$@"; }
# run NAME COMMAND...: the command succeeds, or the check fails with its message.
run() {
  local name=$1; shift
  if "$@" >"$work/out" 2>"$work/err"; then ok; else bad "$name: $(grep -v XDG_RUNTIME_DIR "$work/err")"; fi
}
# to FILE NAME COMMAND...: as run, with the command's standard output in FILE.
to() {
  local file=$1 name=$2; shift 2
  if "$@" >"$file" 2>"$work/err"; then ok; else bad "$name: $(grep -v XDG_RUNTIME_DIR "$work/err")"; fi
}
same_file() { if cmp -s "$2" "$3"; then ok; else bad "$1: $2 and $3 differ"; fi; }

# The records: text, a value with line breaks and NUL bytes, a binary key,
# namespaces, a far expiry, a removal, a value of 1.5 MiB.
src="$work/src.emdb"
head -c 1572864 /dev/urandom >"$work/big.bin"
printf 'line one\nline two\r\nend\0with nul\n' >"$work/lines.bin"
run "put" lin put "$src" user:1 alice
run "put" lin put "$src" user:2 bob
run "put lines" lin put "$src" notes --file "$work/lines.bin"
run "put big" lin put "$src" blob --file "$work/big.bin"
run "put ttl" lin put "$src" session:9 token --ttl 3650d
run "put ns" lin put "$src" --ns users admin root
run "put ns" lin put "$src" --ns cache k v
run "put gone" lin put "$src" gone soon
run "del" lin del "$src" gone
to "$work/src.jsonl" "dump source" lin dump "$src"

# The same records loaded by each build: the same journal.
run "linux load" lin load "$work/a.emdb" "$work/src.jsonl"
run "windows load" win load "$work/b.emdb" "$work/src.jsonl"
same_file "journals loaded by Linux and by Windows" "$work/a.emdb" "$work/b.emdb"

# Each reads what the other wrote as its writer does.
to "$work/a-lin.jsonl" "linux dumps linux's" lin dump "$work/a.emdb"
to "$work/b-lin.jsonl" "linux dumps windows's" lin dump "$work/b.emdb"
to "$work/a-win.jsonl" "windows dumps linux's" win dump "$work/a.emdb"
to "$work/b-win.jsonl" "windows dumps windows's" win dump "$work/b.emdb"
same_file "Linux reading Windows's file" "$work/a-lin.jsonl" "$work/b-lin.jsonl"
same_file "Windows reading Linux's file" "$work/a-lin.jsonl" "$work/a-win.jsonl"
same_file "Windows reading its own file" "$work/a-lin.jsonl" "$work/b-win.jsonl"
run "linux checks windows's" lin check "$work/b.emdb"
run "windows checks linux's" win check "$work/a.emdb"

# Binary values through standard output, both ways.
to "$work/blob-win.bin" "windows get of linux's value" win get "$work/a.emdb" blob
same_file "the value Windows read" "$work/big.bin" "$work/blob-win.bin"
win get "$work/a.emdb" notes >"$work/notes-win.bin" 2>/dev/null && ok || bad "windows get to stdout"
same_file "a value with line breaks through Windows's stdout" "$work/lines.bin" "$work/notes-win.bin"
run "windows put" win put "$work/b.emdb" upload --file "$work/big.bin"
lin get "$work/b.emdb" upload >"$work/upload-lin.bin" 2>/dev/null && ok || bad "linux get"
same_file "a value Windows wrote, read on Linux" "$work/big.bin" "$work/upload-lin.bin"

# Compaction on one side, read on the other.
run "windows compacts linux's" win compact "$work/a.emdb"
to "$work/a-compacted.jsonl" "linux dumps it" lin dump "$work/a.emdb"
same_file "after Windows's compaction" "$work/a-lin.jsonl" "$work/a-compacted.jsonl"
run "linux compacts windows's" lin compact "$work/b.emdb"
to "$work/b-compacted.jsonl" "windows dumps it" win dump "$work/b.emdb"
to "$work/b-compacted-lin.jsonl" "linux dumps it" lin dump "$work/b.emdb"
same_file "after Linux's compaction" "$work/b-compacted-lin.jsonl" "$work/b-compacted.jsonl"

echo "windows_linux: $passed passed, $failed failed"
[ "$failed" = 0 ]
