# Sourced by the shell suites of `emdb`: counting checks, skipping what a
# build or platform cannot do, and the closing line.
#
# What the build can do comes from the environment (CMake sets it):
#   EMDB_TEST_ENCRYPTION  0 when the engine is built without encryption (default 1)
#   EMDB_TEST_WINDOWS     1 when `emdb` is a Windows program run under Wine (default 0)
passed=0 failed=0 skipped=0
skip_kinds=()         # in the order first skipped
declare -A skip_count skip_why
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }

# skip KIND WHY CASE: CASE is not run; it is named now and counted, by KIND
# and WHY, in the closing line.
skip() {
  skipped=$((skipped + 1))
  echo "SKIP ($1): $3"
  [ -n "${skip_count[$1]:-}" ] || skip_kinds+=("$1")
  skip_count[$1]=$((${skip_count[$1]:-0} + 1))
  skip_why[$1]=$2
}

# encryption CASE: true when the engine has encryption; else CASE is skipped.
encryption() {
  [ "${EMDB_TEST_ENCRYPTION:-1}" != 0 ] && return 0
  skip encryption "the engine is built without it" "$1"
  return 1
}

# symlinks CASE: true when `emdb` sees symbolic links; else CASE is skipped.
symlinks() {
  [ "${EMDB_TEST_WINDOWS:-0}" != 1 ] && return 0
  skip "symbolic links" "Wine does not create them: emdb.exe sees a link as the file it points to" "$1"
  return 1
}

# hold DB: a second `emdb` process keeps DB open for writing (a load that
# waits for its input on a FIFO, DB-input) until release or kill_holder;
# holder_pid is the pid it wrote in DB.lock-meta (under Wine, a Windows pid).
hold() {
  holder_db=$1
  rm -f "$holder_db-input"
  mkfifo "$holder_db-input"
  exec 8<>"$holder_db-input"
  "$emdb" load "$holder_db" "$holder_db-input" 2>/dev/null 8>&- &
  holder_job=$!
  local i
  for i in $(seq 100); do [ -s "$holder_db.lock-meta" ] && break; sleep 0.1; done
  holder_pid=$(sed -n 's/^pid=//p' "$holder_db.lock-meta")
  [ -n "$holder_pid" ] || bad "the holder of $holder_db did not take the lock"
}
# release: the holder's input ends; it loads nothing and closes the database.
release() {
  exec 8>&-
  wait "$holder_job" && ok || bad "the holder of $holder_db failed"
  rm -f "$holder_db-input"
}
# kill_holder: the holder dies holding the lock (SIGKILL): its .lock-meta stays.
kill_holder() {
  kill -KILL "$holder_job" 2>/dev/null
  wait "$holder_job" 2>/dev/null
  exec 8>&-
  rm -f "$holder_db-input"
}

# summary NAME: the closing line, "NAME: P passed, F failed" and, when cases
# were skipped, ", S skipped: N KIND (WHY), ..."; the status is the suite's.
summary() {
  local line="$1: $passed passed, $failed failed" sep=": " k
  if [ "$skipped" != 0 ]; then
    line="$line, $skipped skipped"
    for k in "${skip_kinds[@]}"; do
      line="$line$sep${skip_count[$k]} $k (${skip_why[$k]})"
      sep=", "
    done
  fi
  echo "$line"
  [ "$failed" = 0 ]
}
