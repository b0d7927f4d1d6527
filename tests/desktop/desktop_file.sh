#!/usr/bin/env bash
# The desktop entry passes desktop-file-validate (no errors, no warnings) and
# says what the packages rely on: the command, the icon, the MIME type.
#   desktop_file.sh FILE.desktop
set -uo pipefail
file=$1
command -v desktop-file-validate >/dev/null || { echo "SKIP: desktop-file-validate is not installed"; exit 77; }

status=0
out=$(desktop-file-validate "$file" 2>&1)
if [ $? -ne 0 ] || [ -n "$out" ]; then
  echo "FAIL: desktop-file-validate $file:"
  printf '%s\n' "$out"
  status=1
fi
want() {
  if ! grep -qx -- "$1" "$file"; then echo "FAIL: $file has no line '$1'"; status=1; fi
}
want 'Exec=emdb-browser %f'
want 'Icon=org.emdb.Browser'
want 'MimeType=application/x-emdb-database;'
want 'Categories=Development;Database;Qt;'
[ $status -eq 0 ] && echo "desktop entry valid: $file"
exit $status
