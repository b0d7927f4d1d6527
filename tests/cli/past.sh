#!/usr/bin/env bash
# `emdb history`, `emdb undelete` and `emdb diff` on files written through
# `emdb` itself: what each prints, what undelete writes back (one batch,
# expiry kept or dropped), and that the reading forms write nothing.
#   past.sh EMDB_BINARY
set -u
. "$(dirname "$0")/suite.sh"
emdb=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
# expect STATUS COMMAND...: the exit status, and one line on stderr when it fails.
expect() {
  local want=$1; shift
  "$@" >out 2>err
  local got=$?
  if [ "$got" != "$want" ]; then bad "$* -> $got, wanted $want: $(cat err)"; return; fi
  if [ "$want" != 0 ] && [ "$(wc -l <err)" != 1 ]; then bad "$*: stderr is not one line"; return; fi
  ok
}
same() { if [ "$(cat "$2")" = "$1" ]; then ok; else bad "wanted '$1', got '$(cat "$2")'"; fi; }
unchanged() { # unchanged DB STAMP: the files are byte for byte as when STAMP was taken
  (cd "$(dirname "$1")" && sha256sum "$(basename "$1")"* | grep -v '\.lock') | cmp -s - "$2" && ok || bad "a reading command changed $1"
}
stamp() { (cd "$(dirname "$1")" && sha256sum "$(basename "$1")"* | grep -v '\.lock') >"$2"; }

"$emdb" put db user:1 alice
"$emdb" put db user:1 alice-2
"$emdb" put db user:2 bob --ttl 1h
"$emdb" del db user:1
"$emdb" put db gone soon --ttl 1ms
"$emdb" put db other x --ns jobs
"$emdb" del db other --ns jobs
sleep 0.01
"$emdb" sweep db >/dev/null

# history: every version, oldest first, the current one marked
stamp db before
expect 0 "$emdb" history db user:1 --json
[ "$(grep -c '"change": "written"' out)" = 2 ] && ok || bad "history: two written versions"
[ "$(grep -c '"change": "removed"' out)" = 1 ] && ok || bad "history: one removal"
[ "$(tail -1 out | grep -c removed)" = 1 ] && ok || bad "history: the removal last"
expect 0 "$emdb" history db user:1 --show 2; same alice-2 out
expect 0 "$emdb" history db user:1 --show 1 --hex; same 616c696365 out
expect 3 "$emdb" history db user:1 --show 3
expect 2 "$emdb" history db user:1 --show 4
expect 2 "$emdb" history db user:1 --show x1
expect 0 "$emdb" history db user:2; grep -q "(current)" out && ok || bad "history: current marked"
grep -q "T.*Z" out && ok || bad "history: expiry in UTC"
expect 3 "$emdb" history db nobody
expect 3 "$emdb" history db other   # it was in the namespace jobs
expect 0 "$emdb" history db other --ns jobs
expect 0 "$emdb" history db 757365723a31 --key-hex --json; [ "$(wc -l <out)" = 3 ] && ok || bad "history --key-hex"
expect 2 "$emdb" history db
expect 2 "$emdb" history db user:1 --shwo 1

# undelete lists without writing
expect 0 "$emdb" undelete db; same "$(printf 'gone\t4 bytes\nuser:1\t7 bytes')" out
expect 0 "$emdb" undelete db --ns jobs --json
grep -q '"key": "other", "size": 1' out && ok || bad "undelete --json: $(cat out)"
unchanged db before
expect 2 "$emdb" undelete db user:1 --all
expect 3 "$emdb" undelete db nobody
expect 1 "$emdb" undelete db user:2   # present: nothing to restore

# undelete KEY writes the last value back; --all the rest, an expired one without its expiry
expect 0 "$emdb" undelete db user:1; same "1 record restored" out
expect 0 "$emdb" get db user:1; same alice-2 out
expect 0 "$emdb" ttl db user:1; same "no expiry" out
expect 0 "$emdb" undelete db --all; same "1 record restored" out
expect 0 "$emdb" get db gone; same soon out
expect 0 "$emdb" ttl db gone; same "no expiry" out
expect 0 "$emdb" undelete db; same "" out
expect 0 "$emdb" undelete db --all --ns jobs --json; same '{"restored": 1}' out
expect 0 "$emdb" get db other --ns jobs; same x out
# a removal that a compaction took away is gone for good
"$emdb" del db user:1
"$emdb" compact db 2>/dev/null
expect 3 "$emdb" undelete db user:1
expect 3 "$emdb" history db user:1

# diff: added, removed, changed per namespace, in key order
rm -f a a.* b b.*
for k in k1 k2 k3; do "$emdb" put a $k v; done
"$emdb" put a t 1 --ns jobs
"$emdb" backup a b >/dev/null
"$emdb" put b k2 changed
"$emdb" del b k3
"$emdb" put b k4 new
"$emdb" put b t 1 --ns jobs --ttl 1h     # the same value, another expiry
"$emdb" put b n 1 --ns fresh
stamp a sa; stamp b sb
expect 0 "$emdb" diff a b
same "$(printf '~ k2\t1 -> 7 bytes\n- k3\t1 bytes\n+ k4\t3 bytes\n+ fresh\tn\t1 bytes\n~ jobs\tt\t1 -> 1 bytes')" out
same "2 added, 1 removed, 2 changed" err
expect 0 "$emdb" diff a b --json --ns jobs
grep -q '^{"ns":"jobs","key":"t","change":"changed","a":{"size":1,"expires_at":null},"b":{"size":1,"expires_at":[0-9]*}}$' out && ok || bad "diff --json: $(cat out)"
expect 0 "$emdb" diff a a; same "" out
expect 3 "$emdb" diff a b --ns nowhere
expect 2 "$emdb" diff a
expect 3 "$emdb" diff a missing-file
unchanged a sa; unchanged b sb

# encrypted: history decrypts each record; undelete writes encrypted records
export PASS='correct horse battery staple' WRONG='wrong horse'
if encryption "history and undelete on an encrypted database"; then
  rm -f e e.*
  "$emdb" put e secret one
  "$emdb" encrypt e --new-passphrase-env PASS
  "$emdb" put e secret two --passphrase-env PASS
  "$emdb" del e secret --passphrase-env PASS
  expect 0 "$emdb" history e secret --passphrase-env PASS --show 2; same two out
  expect 0 "$emdb" history e secret --passphrase-env PASS --json; [ "$(wc -l <out)" = 3 ] && ok || bad "encrypted history"
  expect 5 "$emdb" history e secret --passphrase-env WRONG
  expect 0 "$emdb" undelete e secret --passphrase-env PASS
  expect 0 "$emdb" get e secret --passphrase-env PASS; same two out
  grep -q "two" e && bad "a restored value in the clear" || ok
fi
summary cli_past
