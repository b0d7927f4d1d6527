#!/usr/bin/env bash
# The build rendered the icon at every size, as PNGs of that many pixels a side.
#   icons.sh ICON_DIR SIZE...
set -uo pipefail
dir=$1; shift
command -v file >/dev/null || { echo "SKIP: file is not installed"; exit 77; }
status=0
for size in "$@"; do
  png=$dir/hicolor/${size}x${size}/apps/org.emdb.Browser.png
  what=$(file -b "$png" 2>&1)
  if [[ "$what" == "PNG image data, $size x $size, 8-bit/color RGBA"* ]]; then
    echo "ok: $size x $size"
  else
    echo "FAIL: $png: $what"
    status=1
  fi
done
exit $status
