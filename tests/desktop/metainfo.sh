#!/usr/bin/env bash
# The AppStream metainfo passes `appstreamcli validate --no-net`: no errors and
# no warnings (infos and pedantic notes are printed, not failures).
#   metainfo.sh FILE.metainfo.xml
set -uo pipefail
file=$1
command -v appstreamcli >/dev/null || { echo "SKIP: appstreamcli is not installed"; exit 77; }

out=$(appstreamcli validate --no-net --no-color "$file" 2>&1)
status=$?
printf '%s\n' "$out"
if [ $status -ne 0 ] || grep -Eq '^(E|W):' <<<"$out"; then
  echo "FAIL: appstreamcli validate --no-net $file (exit $status)"
  exit 1
fi
echo "metainfo valid: $file"
