#!/usr/bin/env bash
# How fast a file written by our own tools opens: `emdb load` of N records
# (which leaves a checkpoint), then `emdb get` of one key and the browser's
# first rows (`emdb-browser --smoke-test --read-only`), each with the
# checkpoint the load wrote and with it moved aside (a replay of the whole
# journal, as every open did before the engine wrote checkpoints by itself).
# Also what writing the checkpoint cost. Prints figures (medians of RUNS
# runs); asserts nothing about time.
#
#   tool_written.sh BUILD_DIR [RECORDS] [RUNS] [DIR]
set -euo pipefail
build=$(realpath "$1")
records=${2:-10000000}
runs=${3:-3}
dir=${4:-$(mktemp -d)}
emdb=$build/cli/emdb
browser=$build/app/emdb-browser
export QT_QPA_PLATFORM=offscreen
db=$dir/tool-written.emdb
rm -f "$db" "$db".*

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
# median COMMAND...: the median wall time in ms of RUNS runs
median() {
  local times=()
  for _ in $(seq "$runs"); do
    local t0; t0=$(now)
    "$@" >/dev/null 2>&1
    times+=("$(ms "$t0" "$(now)")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }

echo "writing $records JSON lines..."
awk -v n="$records" 'BEGIN { for (i = 0; i < n; i++) printf "{\"key\":\"user:%09d\",\"value\":\"value-of-%09d-padded-to-about-sixty-four-bytes-xxxxxxxxxxxxxxxx\"}\n", i, i }' \
  >"$dir/lines.jsonl"
t0=$(now)
"$emdb" load "$db" "$dir/lines.jsonl" 2>/dev/null
load_ms=$(ms "$t0" "$(now)")
rm -f "$dir/lines.jsonl"
journal=$(stat -c %s "$db")
hint=$(stat -c %s "$db.hint")
key=$(printf 'user:%09d' $((records / 2)))

get_with=$(median "$emdb" get "$db" "$key")
rows_with=$(median "$browser" --smoke-test --read-only "$db")
mv "$db.hint" "$dir/aside.hint"
get_without=$(median "$emdb" get "$db" "$key")
rows_without=$(median "$browser" --smoke-test --read-only "$db")
t0=$(now)
"$emdb" checkpoint "$db"
checkpoint_ms=$(ms "$t0" "$(now)")
rm -f "$dir/aside.hint"

echo
echo "records                          $records"
echo "journal                          $((journal / 1048576)) MiB"
echo "checkpoint (P.hint)              $((hint / 1048576)) MiB"
echo "emdb load (with its checkpoint)  $load_ms ms"
echo "emdb checkpoint on its own       $checkpoint_ms ms"
echo
printf '%-28s %12s %12s %8s\n' "median of $runs" "replay" "checkpoint" "ratio"
printf '%-28s %9s ms %9s ms %7sx\n' "emdb get" "$get_without" "$get_with" "$(ratio "$get_without" "$get_with")"
printf '%-28s %9s ms %9s ms %7sx\n' "browser, first rows" "$rows_without" "$rows_with" "$(ratio "$rows_without" "$rows_with")"
