#!/usr/bin/env bash
# Installs the browser component into a temporary prefix and checks the tree
# the packages are made of: programs, desktop entry, metainfo, MIME type,
# icons, translations, manual pages, shell completions and the copyright file,
# and nothing of the engine's development files. The manual pages must render
# without a warning (when groff is there) and the completions must parse.
#   install.sh CMAKE BUILD_DIR SIZE...
set -uo pipefail
cmake=$1 build=$2; shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/usr
if ! "$cmake" --install "$build" --component browser --prefix "$prefix" >"$work/log" 2>&1; then
  echo "FAIL: cmake --install --component browser:"; cat "$work/log"; exit 1
fi

status=0
want=(bin/emdb-browser bin/emdb
      share/applications/org.emdb.Browser.desktop
      share/metainfo/org.emdb.Browser.metainfo.xml
      share/mime/packages/org.emdb.Browser.xml
      share/icons/hicolor/scalable/apps/org.emdb.Browser.svg
      share/doc/emdb-browser/copyright
      share/bash-completion/completions/emdb
      share/zsh/vendor-completions/_emdb
      share/fish/vendor_completions.d/emdb.fish)
# Manual pages are compressed at build time when there is gzip (cmake/Manuals.cmake).
man_ext=''
command -v gzip >/dev/null && man_ext=.gz
man_pages=("share/man/man1/emdb.1$man_ext" "share/man/man1/emdb-browser.1$man_ext")
want+=("${man_pages[@]}")
for lang in en de es fr ja zh_CN; do want+=("share/emdb-browser/translations/emdb_browser_$lang.qm"); done
for size in "$@"; do want+=("share/icons/hicolor/${size}x${size}/apps/org.emdb.Browser.png"); done
for f in "${want[@]}"; do
  [ -e "$prefix/$f" ] || { echo "FAIL: $f is not installed"; status=1; }
done
extra=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort | grep -vxF -f <(printf '%s\n' "${want[@]}"))
if [ -n "$extra" ]; then
  echo "FAIL: the browser component installs more than it should:"
  printf '  %s\n' $extra
  status=1
fi
for page in "${man_pages[@]}"; do
  [ -f "$prefix/$page" ] || continue
  if [ -n "$man_ext" ] && ! gzip -t "$prefix/$page" 2>"$work/gzip"; then
    echo "FAIL: $page is not a valid gzip file:"; cat "$work/gzip"; status=1; continue
  fi
  if command -v groff >/dev/null; then
    gzip -cdf "$prefix/$page" | groff -man -Tutf8 -ww -z >"$work/groff" 2>&1
    if [ -s "$work/groff" ]; then echo "FAIL: groff warns about $page:"; cat "$work/groff"; status=1; fi
  fi
done
bash -n "$prefix/share/bash-completion/completions/emdb" 2>"$work/syntax" ||
  { echo "FAIL: the bash completion does not parse:"; cat "$work/syntax"; status=1; }
if command -v zsh >/dev/null; then
  zsh -n "$prefix/share/zsh/vendor-completions/_emdb" 2>"$work/syntax" ||
    { echo "FAIL: the zsh completion does not parse:"; cat "$work/syntax"; status=1; }
fi
if command -v fish >/dev/null; then
  fish --no-execute "$prefix/share/fish/vendor_completions.d/emdb.fish" 2>"$work/syntax" ||
    { echo "FAIL: the fish completion does not parse:"; cat "$work/syntax"; status=1; }
fi
# AppStream's view of the installed tree: metainfo, its desktop entry, its icons.
if command -v appstreamcli >/dev/null; then
  if ! appstreamcli validate-tree --no-net --no-color "$work" >"$work/tree" 2>&1; then
    echo "FAIL: appstreamcli validate-tree:"; cat "$work/tree"; status=1
  fi
fi
"$prefix/bin/emdb-browser" --version >"$work/version" 2>&1 || { echo "FAIL: installed emdb-browser --version"; cat "$work/version"; status=1; }
[ $status -eq 0 ] && echo "browser component installs ${#want[@]} files: $(head -1 "$work/version")"
exit $status
