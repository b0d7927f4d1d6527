#!/usr/bin/env bash
# Fails unless lrelease reports every catalog complete: each .ts compiles with
# "N finished and 0 unfinished" and no ignored untranslated source texts.
set -euo pipefail
lrelease=$1
dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$dir"/*.ts; do
  out=$("$lrelease" "$ts" -qm "$work/$(basename "$ts" .ts).qm" 2>&1)
  summary=$(grep -E 'Generated [0-9]+ translation' <<<"$out" || true)
  echo "$(basename "$ts"): $summary"
  if ! grep -qE '\(([0-9]+) finished and 0 unfinished\)' <<<"$summary"; then
    echo "  unfinished entries in $ts" >&2
    status=1
  fi
  if grep -q 'untranslated' <<<"$out"; then
    grep 'untranslated' <<<"$out" >&2
    status=1
  fi
done
exit $status
