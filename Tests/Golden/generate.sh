#!/usr/bin/env bash
# Regenerates the expected outputs of the golden corpus from CPython 3.11 (the oracle).
#
#   Tests/Golden/generate.sh            regenerate every .out / .err / .exit
#   Tests/Golden/generate.sh lexing     regenerate one area (or several: lexing values errors)
#   Tests/Golden/generate.sh --check    also run every program under two other hash seeds and
#                                       report programs whose output is not deterministic
#
# Programs run exactly as the harness runs swiftray: cwd = the program's folder, bare file name.
# Ordinary areas: stdout -> NAME.out (the program must exit 0).
# errors/: stdout -> NAME.out, stderr -> NAME.err (normalized, see normalize_stderr), exit code -> NAME.exit.
set -u
cd "$(dirname "$0")"
GOLDEN="$(pwd)"
PYTHON="${PYTHON:-python3}"
# The numpy/ area needs an oracle with numpy 2.4 (the system python3 has none): a CPython 3.11 with numpy.
NUMPY_PYTHON="${NUMPY_PYTHON:-/tmp/rayenv/bin/python}"
export LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS PYTHONHASHSEED

if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
  echo "generate.sh: $PYTHON is not CPython 3.11 ($("$PYTHON" --version 2>&1))" >&2
  exit 2
fi

check=0
areas=()
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    *) areas+=("${arg%/}") ;;
  esac
done
if [ ${#areas[@]} -eq 0 ]; then
  for d in */; do areas+=("${d%/}"); done
fi

# Normalizes CPython's stderr:
# 1. CPython 3.11 makes the main script's path absolute (`File "/abs/dir/name.py"`); the expected files show the
#    path exactly as passed on the command line (`File "name.py"`), so the program folder prefix is removed.
# 2. Removes traceback caret lines: a line made only of spaces, '^' and '~' (at least one of them) that follows a
#    frame's source line (i.e. two lines below `  File "...", line N, in NAME`).
#    SyntaxError carets follow `  File "...", line N` (no ", in") and are kept.
normalize_stderr() {
  "$PYTHON" -c "$(cat <<'PY'
import os, re, sys
dirs = {os.getcwd(), os.path.realpath(os.getcwd()), os.environ.get("PWD", os.getcwd())}
lines = sys.stdin.read().split("\n")
out = []
for i, line in enumerate(lines):
    if (re.fullmatch(r"\s*[\^~]+[\s\^~]*", line) and i >= 2
            and re.match(r"\s*File \".*\", line \d+, in ", lines[i - 2])):
        continue
    for d in sorted(dirs, key=len, reverse=True):
        line = line.replace('File "' + d.rstrip("/") + "/", 'File "')
    out.append(line)
sys.stdout.write("\n".join(out))
PY
)"
}

failures=0
count=0
for area in "${areas[@]}"; do
  [ -d "$area" ] || { echo "no such area: $area" >&2; failures=$((failures + 1)); continue; }
  cd "$GOLDEN/$area"
  PY="$PYTHON"
  if [ "$area" = numpy ]; then PY="$NUMPY_PYTHON"; fi
  for py in *.py; do
    [ -e "$py" ] || continue
    name="${py%.py}"
    count=$((count + 1))
    if [ "$area" = errors ]; then
      "$PY" "$py" > "$name.out" 2> "$name.err.raw"
      echo $? > "$name.exit"
      normalize_stderr < "$name.err.raw" > "$name.err"
      rm -f "$name.err.raw"
      if [ "$(cat "$name.exit")" = 0 ]; then
        echo "WARNING: errors/$py exited 0" >&2; failures=$((failures + 1))
      fi
    else
      if ! "$PY" "$py" > "$name.out" 2> "/tmp/swiftray-golden-gen.err"; then
        echo "FAILED: $area/$py" >&2; tail -n 5 /tmp/swiftray-golden-gen.err >&2
        failures=$((failures + 1))
      elif [ -s /tmp/swiftray-golden-gen.err ] && ! grep -q 'stderr' "$py"; then
        echo "NOTE: $area/$py wrote to stderr:" >&2; head -n 3 /tmp/swiftray-golden-gen.err >&2
      fi
    fi
    if [ $check = 1 ]; then
      for seed in 1 4242; do
        if ! PYTHONHASHSEED=$seed "$PY" "$py" 2>/tmp/swiftray-golden-gen.err2 | cmp -s - "$name.out"; then
          echo "NONDETERMINISTIC (PYTHONHASHSEED=$seed): $area/$py" >&2; failures=$((failures + 1))
        fi
        if [ "$area" = errors ] && ! normalize_stderr < /tmp/swiftray-golden-gen.err2 | cmp -s - "$name.err"; then
          echo "NONDETERMINISTIC stderr (PYTHONHASHSEED=$seed): $area/$py" >&2; failures=$((failures + 1))
        fi
      done
    fi
  done
  cd "$GOLDEN"
done
rm -f /tmp/swiftray-golden-gen.err /tmp/swiftray-golden-gen.err2
echo "generate.sh: $count programs, $failures problems"
[ $failures = 0 ]
