#!/usr/bin/env bash
# The Debian package, installed the way a user would: builds it with
# `cpack -G DEB`, installs it with apt into a fresh minimal Debian 13 root
# (Depends only, no Recommends, so a missing dependency fails here), runs both
# programs there, opens a database headless, checks the MIME type, the manual
# pages and the shell completions, then removes the package.
#
#   deb_check.sh BUILD_DIR
#
# Needs root (debootstrap, chroot, mounts; the build root runs tests as root)
# and the Debian mirror ($EMDB_MIRROR, default http://deb.debian.org/debian).
# The minimal root is made once under BUILD_DIR/deb-check/trixie and reused
# while its .complete marker exists (delete the folder to make it again); each
# run works in a fresh copy of it. Mounts live in a private mount namespace and
# are unmounted on exit, so none outlives the test.
set -euo pipefail

build=$(cd "$1" && pwd)
mirror=${EMDB_MIRROR:-http://deb.debian.org/debian}
top=$build/deb-check
cache=$top/trixie
root=$top/run
logs=$top/logs
start=$SECONDS

say() { printf '== [%3ds] %s\n' $((SECONDS - start)) "$*"; }
skip() { echo "SKIP: $*"; exit 77; }
fail() {
  echo "FAIL: $1"
  if [ -n "${2:-}" ] && [ -f "$2" ]; then
    echo "---- last lines of $2"
    tail -n 40 "$2"
  fi
  exit 1
}

[ "$(id -u)" -eq 0 ] || skip "needs root for debootstrap, chroot and mounts (run it in tools/buildroot)"
for tool in cpack dpkg-deb debootstrap chroot unshare mount findmnt; do
  command -v "$tool" >/dev/null || skip "$tool is not installed"
done
[ -f "$build/CPackConfig.cmake" ] || fail "no $build/CPackConfig.cmake: configure the build first"
mkdir -p "$top" "$logs"

# Refuse to delete a folder something is still mounted in.
mounted_under() { grep -q " $1/" /proc/self/mounts; }

# private_ns COMMAND...: runs COMMAND in a mount namespace of its own whose
# mounts cannot propagate out. Inside a chroot (the build root) "/" is no mount
# point and cannot be made private, but the mounts there already are.
private_ns() {
  if unshare --mount --propagation private true 2>/dev/null; then
    unshare --mount --propagation private "$@"
  elif [ "$(findmnt -no PROPAGATION --target "$top" 2>/dev/null)" = private ]; then
    unshare --mount --propagation unchanged "$@"
  else
    echo "FAIL: cannot make a private mount namespace here"
    return 1
  fi
}

say "cpack -G DEB"
rm -rf "$top/cpack"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$top/cpack" >"$logs/cpack.log" 2>&1 ||
  fail "cpack -G DEB failed" "$logs/cpack.log"
debs=("$top"/cpack/emdb-browser_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single emdb-browser_*.deb" "$logs/cpack.log"
deb=${debs[0]}
echo "   $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
dpkg-deb --field "$deb" Package Version Architecture Section Depends Recommends | sed 's/^/   /'
# An empty program means cpack copied it while a build was relinking it.
for prog in emdb-browser emdb; do
  dpkg-deb -c "$deb" | awk -v p="./usr/bin/$prog" '$6 == p && $3 > 0 { found = 1 } END { exit !found }' ||
    fail "the package holds no (or an empty) /usr/bin/$prog: was the build still running?"
done
# Manual pages (compressed, as Debian policy wants) and the completions of emdb.
extras=(./usr/share/man/man1/emdb.1.gz ./usr/share/man/man1/emdb-browser.1.gz
        ./usr/share/bash-completion/completions/emdb ./usr/share/zsh/vendor-completions/_emdb
        ./usr/share/fish/vendor_completions.d/emdb.fish)
contents=$(dpkg-deb -c "$deb" | awk '{ print $6 }')
for f in "${extras[@]}"; do
  grep -qxF "$f" <<<"$contents" || fail "the package does not hold $f"
done
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6widgets6 libqt6svg6 libkf6syntaxhighlighting6; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (dpkg-shlibdeps did not run?)"
done

if [ -f "$cache/.complete" ]; then
  say "minimal Debian 13 root: reusing $cache"
else
  say "debootstrap --variant=minbase trixie $cache (made once, then reused)"
  mounted_under "$cache" && fail "something is still mounted under $cache"
  rm -rf "$cache"
  private_ns debootstrap --variant=minbase trixie "$cache" "$mirror" >"$logs/debootstrap.log" 2>&1 ||
    fail "debootstrap failed (is $mirror reachable?)" "$logs/debootstrap.log"
  touch "$cache/.complete"
fi

say "fresh copy of the root"
mounted_under "$root" && fail "something is still mounted under $root"
rm -rf "$root"
cp -a "$cache" "$root"
rm -f "$root/.complete"
cp "$deb" "$root/tmp/"
chmod 644 "$root/tmp/$(basename "$deb")"

# What runs inside the fresh root, as root, with no display.
cat >"$root/deb-check.sh" <<'INSIDE'
#!/bin/bash
set -uo pipefail
start=$1 deb=/tmp/$2
export DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen
type=application/x-emdb-database
say() { printf '== [%3ds] %s\n' $((SECONDS + start)) "$*"; }
fail() {
  echo "FAIL: $1"
  if [ -n "${2:-}" ] && [ -f "$2" ]; then echo "---- last lines of $2"; tail -n 40 "$2"; fi
  exit 1
}
log=/tmp/step.log

say "apt-get update"
apt-get update -q >$log 2>&1 || fail "apt-get update (no network to the mirror?)" $log

say "apt-get install --no-install-recommends ./$(basename "$deb")"
apt-get install -y -q --no-install-recommends "$deb" >$log 2>&1 ||
  fail "apt-get install of the package (a missing or uninstallable dependency?)" $log
grep -E '^(Need to get|After this operation|[0-9]+ upgraded)' $log | sed 's/^/   /'
for f in /usr/bin/emdb-browser /usr/bin/emdb /usr/share/applications/org.emdb.Browser.desktop \
         /usr/share/metainfo/org.emdb.Browser.metainfo.xml /usr/share/mime/packages/org.emdb.Browser.xml \
         /usr/share/icons/hicolor/256x256/apps/org.emdb.Browser.png \
         /usr/share/icons/hicolor/scalable/apps/org.emdb.Browser.svg \
         /usr/share/man/man1/emdb.1.gz /usr/share/man/man1/emdb-browser.1.gz \
         /usr/share/bash-completion/completions/emdb /usr/share/zsh/vendor-completions/_emdb \
         /usr/share/fish/vendor_completions.d/emdb.fish; do
  [ -f "$f" ] || fail "the package did not install $f"
done
for page in emdb emdb-browser; do
  zcat /usr/share/man/man1/$page.1.gz >$log 2>&1 && grep -q '^\.SH SEE ALSO' $log ||
    fail "/usr/share/man/man1/$page.1.gz is not a manual page" $log
done
bash -n /usr/share/bash-completion/completions/emdb 2>$log || fail "the bash completion does not parse" $log
missing=$(ldd /usr/bin/emdb-browser /usr/bin/emdb | grep 'not found')
[ -z "$missing" ] || fail "libraries the package does not depend on: $missing"

say "emdb-browser --version"
out=$(emdb-browser --version 2>&1) || fail "emdb-browser --version: $out"
echo "   $out"
grep -q '0\.1\.0' <<<"$out" || fail "emdb-browser --version does not say 0.1.0"

say "emdb --help"
emdb --help >$log 2>&1 || fail "emdb --help" $log
grep -q 'put' $log || fail "emdb --help does not list its commands" $log

say "emdb put /tmp/s.emdb k v"
emdb put /tmp/s.emdb k v >$log 2>&1 || fail "emdb put" $log
out=$(emdb get /tmp/s.emdb k 2>&1)
[ "$out" = v ] || fail "emdb get /tmp/s.emdb k gave '$out'"

say "emdb-browser --smoke-test /tmp/s.emdb (offscreen)"
out=$(timeout 120 emdb-browser --smoke-test /tmp/s.emdb 2>&1) || fail "emdb-browser --smoke-test: $out"
opened=$(grep '^opened ' <<<"$out")
echo "   $opened"
grep -q '^opened /tmp/s.emdb: 1 records' <<<"$opened" || fail "the smoke test did not report the one record: $out"

say "apt-get install shared-mime-info xdg-utils libfile-mimeinfo-perl desktop-file-utils"
apt-get install -y -q --no-install-recommends shared-mime-info xdg-utils libfile-mimeinfo-perl \
  desktop-file-utils >$log 2>&1 || fail "apt-get install of the MIME tools" $log
if ! grep -qx "$type" /usr/share/mime/types 2>/dev/null; then
  echo "   the trigger did not add $type: update-mime-database /usr/share/mime"
  update-mime-database /usr/share/mime
fi
cp /tmp/s.emdb /tmp/journal
for f in /tmp/s.emdb /tmp/journal; do
  out=$(xdg-mime query filetype $f 2>&1)
  echo "   xdg-mime query filetype $f: $out"
  [ "$out" = $type ] || fail "xdg-mime query filetype $f gave '$out', wanted $type"
done
out=$(xdg-mime query default $type 2>&1)
echo "   xdg-mime query default $type: $out"
[ "$out" = org.emdb.Browser.desktop ] || fail "the desktop entry is not the handler of $type"

say "apt-get remove emdb-browser"
apt-get remove -y -q emdb-browser >$log 2>&1 || fail "apt-get remove" $log
for f in /usr/bin/emdb-browser /usr/bin/emdb /usr/share/applications/org.emdb.Browser.desktop \
         /usr/share/mime/packages/org.emdb.Browser.xml /usr/share/man/man1/emdb.1.gz \
         /usr/share/bash-completion/completions/emdb; do
  [ ! -e "$f" ] || fail "$f is still there after apt-get remove"
done
out=$(xdg-mime query filetype /tmp/journal 2>&1)
[ "$out" != $type ] || fail "the MIME database still knows $type after apt-get remove"
echo "   removed; /tmp/journal is now $out"
exit 0
INSIDE
chmod +x "$root/deb-check.sh"

say "chroot into the fresh root"
status=0
private_ns bash -c '
  set -e
  root=$1; shift
  trap "umount -R \"\$root/dev\" \"\$root/proc\" 2>/dev/null || true" EXIT
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /deb-check.sh "$@"
' bash "$root" "$((SECONDS - start))" "$(basename "$deb")" || status=$?

if [ $status -ne 0 ]; then
  echo "FAIL: the package check in the fresh root failed (exit $status); the root is kept in $root"
  exit 1
fi
rm -rf "$root"
say "deb_package passed"
