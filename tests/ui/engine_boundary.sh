#!/usr/bin/env bash
# Builds tests/ui/engine_boundary.cpp with emdb_ui's flags: it must fail, and
# because the engine's header is out of reach, not for another reason.
set -uo pipefail
build_dir=$1
out=$(cmake --build "$build_dir" --target ui_engine_boundary 2>&1)
status=$?
if [ $status -eq 0 ]; then
  echo "FAIL: a file linked to emdb_ui included <emdb/emdb.hpp>"
  exit 1
fi
if ! grep -q "emdb/emdb.hpp: No such file" <<<"$out"; then
  echo "FAIL: the probe failed for another reason:"
  echo "$out" | tail -20
  exit 1
fi
echo "emdb_ui does not reach the engine's headers"
