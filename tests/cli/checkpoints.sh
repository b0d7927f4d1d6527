#!/usr/bin/env bash
# Every writing command of `emdb` leaves a checkpoint that covers the whole
# journal, and an open from it reads exactly what a replay of the journal
# reads; reading commands write none.
#   checkpoints.sh EMDB_BINARY
set -u
. "$(dirname "$0")/suite.sh"
emdb=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
export PASS='correct horse battery staple'

# covered DB: the checkpoint covers all of the journal, and reads as a replay does.
covered() {
  local db=$1 what=$2 extra=${3:-}
  [ -e "$db.hint" ] || { bad "$what: no checkpoint"; return; }
  local info; info=$("$emdb" info "$db" --json $extra) || { bad "$what: info failed"; return; }
  local logical=${info#*\"logical_size_bytes\": }; logical=${logical%%,*}
  local cp=${info#*\"checkpoint_bytes\": }; cp=${cp%%,*}
  [ "$cp" = "$logical" ] && ok || bad "$what: the checkpoint covers $cp of $logical bytes"
  rm -rf replay && mkdir replay && cp "$db" "$db.meta" replay/
  "$emdb" dump "$db" $extra | sort >with-hint
  "$emdb" dump "replay/$(basename "$db")" $extra | sort >replayed
  cmp -s with-hint replayed && ok || bad "$what: the checkpoint reads otherwise than a replay"
}

fresh() { rm -f db db.*; for i in $(seq 1 50); do echo "{\"key\":\"k$i\",\"value\":\"v$i\"}"; done | "$emdb" load db 2>/dev/null; }

fresh; covered db load
fresh; "$emdb" put db new value; covered db put
fresh; "$emdb" put db t 1 --ttl 1h --ns users; covered db "put --ns"
fresh; "$emdb" del db k1; covered db del
fresh; "$emdb" ttl db k2 --set 10ms; covered db "ttl --set"
fresh; "$emdb" put db t 1 --ttl 1h; rm db.hint; "$emdb" ttl db t --persist; covered db "ttl --persist"
fresh; "$emdb" put db gone 1 --ttl 1ms; sleep 0.01; rm db.hint; "$emdb" sweep db >/dev/null; covered db sweep
fresh; "$emdb" put db x 1 --ns temp; rm db.hint; "$emdb" ns drop db temp; covered db "ns drop"
fresh; rm db.hint; "$emdb" compact db 2>/dev/null; covered db compact
fresh; rm db.hint; "$emdb" checkpoint db; covered db checkpoint
# Encrypted: sealed with the database's key, nothing in the clear.
if encryption "encrypt, put and decrypt leave sealed checkpoints"; then
  fresh; "$emdb" encrypt db --new-passphrase-env PASS; covered db encrypt "--passphrase-env PASS"
  grep -q 'k17' db.hint && bad "the sealed checkpoint shows a key" || ok
  "$emdb" put db secret-key secret-value --passphrase-env PASS; covered db "put (encrypted)" "--passphrase-env PASS"
  grep -q 'secret-key' db.hint && bad "the sealed checkpoint shows a key" || ok
  "$emdb" decrypt db --passphrase-env PASS; covered db decrypt
fi

# Reading commands write none.
fresh; rm db.hint
for c in "info db" "keys db" "get db k1" "dump db" "check db" "ns list db" "ttl db k1"; do
  $emdb $c >/dev/null 2>&1
  [ -e db.hint ] && bad "$c wrote a checkpoint" || ok
done

summary cli_checkpoints
