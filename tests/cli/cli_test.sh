#!/usr/bin/env bash
# Drives the real `emdb` binary: every subcommand on emdb 0.9.7's fixtures and
# on fresh files, a dump | load round trip, and the exit status and one-line
# message of each kind of failure.
#   cli_test.sh EMDB_BINARY FIXTURES_DIR
set -u
. "$(dirname "$0")/suite.sh"
emdb=$1
fixtures=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# expect STATUS COMMAND...: runs it, checks the exit status; on failure, that
# standard error is exactly one line.
expect() {
  local want=$1; shift
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" != "$want" ]; then bad "$* -> $got, wanted $want: $(cat "$work/err")"; return; fi
  if [ "$want" != 0 ] && [ "$(wc -l <"$work/err")" != 1 ]; then bad "$*: stderr is not one line"; return; fi
  ok
}
# same TEXT FILE: the file holds exactly TEXT.
same() { if [ "$(cat "$2")" = "$1" ]; then ok; else bad "wanted '$1', got '$(cat "$2")'"; fi; }
fixture() { cp "$fixtures/$1" "$fixtures/$1.meta" "$work/"; chmod u+w "$work/$1" "$work/$1.meta"; echo "$work/$1"; }

plain=$(fixture plain.emdb)
ns=$(fixture ns.emdb)
ttl=$(fixture ttl.emdb)
aes=$(fixture enc-aes-pass.emdb)
chacha=$(fixture enc-chacha-key.emdb)
printf '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f' >"$work/chacha.key"
export PASS='correct horse battery staple' WRONG='wrong horse'

# Reading
expect 0 "$emdb" info "$plain"; grep -q "103 in the default namespace" "$work/out" && ok || bad "info counts"
expect 0 "$emdb" info "$ns" --json; grep -q '"namespace_count": 3' "$work/out" && ok || bad "info --json"
expect 0 "$emdb" ns list "$ns"; same "$(printf 'sessions\ntemp\nusers')" "$work/out"
expect 0 "$emdb" ns list "$ns" --json; same '["sessions", "temp", "users"]' "$work/out"
expect 0 "$emdb" keys "$ns" --ns users; same "$(printf 'u1\nu2')" "$work/out"
expect 0 "$emdb" keys "$plain" --prefix user:1 --limit 3; same "$(printf 'user:1\nuser:10\nuser:100')" "$work/out"
expect 0 "$emdb" keys "$plain" --from user:98 --to user:99; same "user:98" "$work/out"
expect 0 "$emdb" keys "$plain" --pattern 'user:?5'; [ "$(wc -l <"$work/out")" = 9 ] && ok || bad "keys --pattern"
expect 0 "$emdb" keys "$plain" --pattern 'b*'; same "big" "$work/out"
expect 0 "$emdb" get "$plain" user:7; same "alice-7" "$work/out"
expect 0 "$emdb" get "$plain" k --hex; same "7632" "$work/out"
expect 0 "$emdb" get "$plain" k --base64; same "djI=" "$work/out"
expect 0 "$emdb" keys "$plain" --limit 1; same "0x00ff01" "$work/out"
expect 0 "$emdb" get "$ttl" later; same "l" "$work/out"
expect 3 "$emdb" get "$ttl" past
expect 0 "$emdb" ttl "$ttl" later --json; grep -q '"expires_at": 4102444800000' "$work/out" && ok || bad "ttl --json"
if encryption "get from an AES database with --passphrase-env"; then
  expect 0 "$emdb" get "$aes" a --passphrase-env PASS; same "1" "$work/out"
fi
if encryption "get from a ChaCha20 database with --key-file"; then
  expect 0 "$emdb" get "$chacha" b --key-file "$work/chacha.key"; same "2" "$work/out"
fi
expect 0 "$emdb" check "$plain"; grep -q sound "$work/out" && ok || bad "check sound"
expect 0 "$emdb" check "$plain" --json; grep -q '"dead_records": 3' "$work/out" && ok || bad "check dead records"
expect 0 "$emdb" lock "$plain"; same "not locked" "$work/out"

# Writing
fresh="$work/fresh.emdb"
expect 0 "$emdb" put "$fresh" greeting hello
printf 'from stdin' | "$emdb" put "$fresh" piped && ok || bad "put from stdin"
printf 'from a file' >"$work/value"; expect 0 "$emdb" put "$fresh" filed --file "$work/value"
expect 0 "$emdb" get "$fresh" piped; same "from stdin" "$work/out"
expect 0 "$emdb" get "$fresh" filed; same "from a file" "$work/out"
# A pattern sees every byte of a key, NUL included.
expect 0 "$emdb" put "$fresh" 610062 nul --key-hex
expect 0 "$emdb" keys "$fresh" --pattern 'a?b'; same "0x610062" "$work/out"
expect 0 "$emdb" keys "$fresh" --pattern 'a'; same "" "$work/out"
expect 0 "$emdb" keys "$fresh" --pattern '[a-z][!a-z]?' --json; same '["0x610062"]' "$work/out"
expect 0 "$emdb" del "$fresh" 610062 --key-hex
# A large file streams in (never held whole); one past the format's limit is refused, nothing written.
head -c 20000000 /dev/urandom >"$work/large"
expect 0 "$emdb" put "$fresh" large --file "$work/large"
"$emdb" get "$fresh" large | cmp -s - "$work/large" && ok || bad "a streamed file reads back"
truncate -s 268435457 "$work/large"
size_before=$(stat -c %s "$fresh")
expect 1 "$emdb" put "$fresh" huge --file "$work/large"
grep -q "exceeds the format's limit of 256 MiB" "$work/err" && ok || bad "a file past 256 MiB is refused: $(cat "$work/err")"
[ "$(stat -c %s "$fresh")" = "$size_before" ] && ok || bad "a refused put wrote nothing"
rm -f "$work/large"
expect 0 "$emdb" del "$fresh" large
expect 0 "$emdb" put "$fresh" session abc --ttl 1h30m
expect 0 "$emdb" ttl "$fresh" session; grep -q "ms" "$work/out" && ok || bad "ttl shows the time left"
expect 0 "$emdb" ttl "$fresh" session --persist
expect 0 "$emdb" ttl "$fresh" session; same "no expiry" "$work/out"
expect 0 "$emdb" ttl "$fresh" greeting --set 10ms
sleep 0.05
expect 0 "$emdb" sweep "$fresh" --json; same '{"removed": 1}' "$work/out"
expect 0 "$emdb" del "$fresh" filed
expect 3 "$emdb" del "$fresh" filed
expect 0 "$emdb" put "$fresh" x 1 --ns extra
expect 0 "$emdb" ns drop "$fresh" extra
expect 3 "$emdb" ns drop "$fresh" extra
expect 0 "$emdb" compact "$fresh"
expect 0 "$emdb" backup "$fresh" "$work/backup.emdb"
expect 0 "$emdb" get "$work/backup.emdb" piped; same "from stdin" "$work/out"
if encryption "encrypt, rekey and decrypt"; then
  expect 0 "$emdb" encrypt "$fresh" --new-passphrase-env PASS --cipher chacha
  expect 5 "$emdb" get "$fresh" piped --passphrase-env WRONG
  expect 0 "$emdb" rekey "$fresh" --passphrase-env PASS --new-key-file "$work/chacha.key"
  expect 0 "$emdb" get "$fresh" piped --key-file "$work/chacha.key"; same "from stdin" "$work/out"
  expect 0 "$emdb" decrypt "$fresh" --key-file "$work/chacha.key"
  expect 0 "$emdb" get "$fresh" piped; same "from stdin" "$work/out"
fi

# dump | load into an empty file gives the same contents
"$emdb" dump "$ns" >"$work/ns.jsonl" && ok || bad "dump"
"$emdb" dump "$plain" >"$work/plain.jsonl" && ok || bad "dump binary"
grep -q '"key_b64":"AP8B"' "$work/plain.jsonl" && ok || bad "binary keys in Base64"
for name in ns plain; do
  "$emdb" load "$work/$name-copy.emdb" <"$work/$name.jsonl" 2>/dev/null && ok || bad "load $name"
  "$emdb" dump "$work/$name-copy.emdb" | sort >"$work/a"; sort "$work/$name.jsonl" >"$work/b"
  cmp -s "$work/a" "$work/b" && ok || bad "dump | load | dump differs for $name"
done
# A bad line: reported by number, nothing of its batch written.
printf '{"ns":"","key":"good","value":"1","expires_at":null}\nnot json\n' >"$work/bad.jsonl"
expect 2 "$emdb" load "$work/bad.emdb" "$work/bad.jsonl"; grep -q "line 2" "$work/err" && ok || bad "bad line number"
expect 3 "$emdb" get "$work/bad.emdb" good

# Failures: wrong key, locked file, corrupt file, usage
expect 5 "$emdb" get "$aes" a --passphrase-env WRONG </dev/null
expect 5 "$emdb" info "$aes" </dev/null
expect 2 "$emdb" get "$plain"
expect 2 "$emdb" frobnicate "$plain"
expect 2 "$emdb" put "$fresh" k v --ttl soon
expect 2 "$emdb" keys "$plain" --limit
expect 6 "$emdb" info "$work/ns.jsonl"
cp "$plain" "$work/torn.emdb"; cp "$plain.meta" "$work/torn.emdb.meta"; printf 'FSY\001\377' >>"$work/torn.emdb"
expect 6 "$emdb" check "$work/torn.emdb"
# Locked: a second process holds it open; once it is killed, its lock is stale.
"$emdb" put "$work/held.emdb" k v
hold "$work/held.emdb"
expect 4 "$emdb" put "$work/held.emdb" k2 v
expect 0 "$emdb" get "$work/held.emdb" k --read-only; same "v" "$work/out"
expect 0 "$emdb" lock "$work/held.emdb"; grep -q "^pid $holder_pid," "$work/out" && ok || bad "lock shows the holder"
expect 4 "$emdb" unlock "$work/held.emdb"
kill_holder
expect 0 "$emdb" lock "$work/held.emdb"; grep -q "stale" "$work/out" && ok || bad "lock shows a stale holder"
expect 0 "$emdb" unlock "$work/held.emdb"
expect 0 "$emdb" put "$work/held.emdb" k2 v
expect 0 "$emdb" --help

# Paths beyond ASCII: the file has the name given, byte for byte (UTF-8).
dir="$work/dé 数据"
mkdir "$dir"
expect 0 "$emdb" put "$dir/café数据.emdb" clé "valeur 数据"
expect 0 "$emdb" get "$dir/café数据.emdb" clé; same "valeur 数据" "$work/out"
expect 0 "$emdb" keys "$dir/café数据.emdb"; same "clé" "$work/out"
expect 0 "$emdb" backup "$dir/café数据.emdb" "$dir/副本.emdb"
printf 'données' >"$dir/entrée.txt"
expect 0 "$emdb" put "$dir/副本.emdb" f --file "$dir/entrée.txt"
expect 0 "$emdb" get "$dir/副本.emdb" f; same "données" "$work/out"
[ "$(cd "$dir" && ls | sort)" = "$(printf '%s\n' café数据.emdb café数据.emdb.hint café数据.emdb.meta entrée.txt \
    副本.emdb 副本.emdb.hint 副本.emdb.meta | sort)" ] && ok || bad "names beyond ASCII: $(ls "$dir")"
expect 3 "$emdb" get "$dir/nulle part.emdb" k; same "emdb: no database at $dir/nulle part.emdb" "$work/err"

summary cli
