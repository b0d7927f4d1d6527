#!/usr/bin/env bash
# The shared-mime-info package parses, and the database built from it gives
# application/x-emdb-database to a file named *.emdb and to a file without the
# extension that starts with the journal magic "FSY\x01", and not to one that
# starts with other bytes. Uses a private XDG_DATA_HOME; xdg-mime answers from
# it outside a desktop session (through mimetype, libfile-mimeinfo-perl).
#   mime.sh FILE.mime.xml
set -uo pipefail
xml=$1
type=application/x-emdb-database
for tool in update-mime-database xdg-mime mimetype; do
  command -v $tool >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_DATA_DIRS=/usr/share
# xdg-mime asks a desktop's own tool when it sees one: make it use the database.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID
mkdir -p "$XDG_DATA_HOME/mime/packages"
cp "$xml" "$XDG_DATA_HOME/mime/packages/org.emdb.Browser.xml"

# update-mime-database exits 0 on some bad input, but always says so.
if ! out=$(update-mime-database "$XDG_DATA_HOME/mime" 2>&1) || [ -n "$out" ]; then
  echo "FAIL: update-mime-database did not accept $xml:"
  printf '%s\n' "$out"
  exit 1
fi
if ! grep -q "^$type\$" "$XDG_DATA_HOME/mime/types"; then
  echo "FAIL: $type is not in the database built from $xml"
  exit 1
fi

printf 'not a journal\n' >"$work/x.emdb"
printf 'FSY\001\052\000\000\000\000\377\377\377\377' >"$work/journal"
printf 'FSY\002\052\000\000\000\000\377\377\377\377' >"$work/other"

status=0
expect() {
  local got
  got=$(xdg-mime query filetype "$2" 2>&1)
  if [ "$got" = "$1" ]; then
    echo "ok: $(basename "$2") is $got"
  else
    echo "FAIL: xdg-mime query filetype $(basename "$2") gave '$got', wanted '$1'"
    status=1
  fi
}
expect $type "$work/x.emdb"                   # the glob
expect $type "$work/journal"                  # the magic
expect application/octet-stream "$work/other" # neither
exit $status
