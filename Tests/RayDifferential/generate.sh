#!/usr/bin/env bash
# Regenerates the expected outputs of the Ray differential corpus from real Ray (the oracle).
#
#   Tests/RayDifferential/generate.sh              regenerate every NAME.out / NAME.err / NAME.exit
#   Tests/RayDifferential/generate.sh cancel reprs regenerate some programs only (names without .py)
#   Tests/RayDifferential/generate.sh --check      afterwards run every program once more and report
#                                                  programs whose normalized output differs (nondeterminism)
#
# Each program runs as `cd Tests/RayDifferential && $PYTHON NAME.py` (PYTHON defaults to /tmp/rayenv/bin/python,
# a venv with `pip install ray==2.60.0`).
#   NAME.out   normalized stdout (normalize.py)
#   NAME.err   normalized stderr (normalize.py --stderr: Ray's INFO/WARNING log lines dropped), written only for
#              programs whose header contains the line `# differential: stderr`
#   NAME.exit  the exit status, written only when it is not 0 (programs ending in an uncaught exception)
# A program without a `# differential: stderr` line that exits non-zero is reported as a failure.
set -u
cd "$(dirname "$0")"
HERE="$(pwd)"
PYTHON="${PYTHON:-/tmp/rayenv/bin/python}"
NORMALIZE="${NORMALIZE_PYTHON:-python3} $HERE/normalize.py --program-dir $HERE"
export LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS PYTHONHASHSEED RAY_ADDRESS RAY_DEDUP_LOGS RAY_COLOR_PREFIX

if ! "$PYTHON" -c 'import ray, sys; sys.exit(0 if ray.__version__ == "2.60.0" else 1)' 2>/dev/null; then
  echo "generate.sh: $PYTHON has no ray 2.60.0" >&2
  exit 2
fi

check=0
names=()
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    *) names+=("${arg%.py}") ;;
  esac
done
if [ ${#names[@]} -eq 0 ]; then
  for py in *.py; do [ "$py" = normalize.py ] || names+=("${py%.py}"); done
fi

wants_stderr() { grep -q '^# differential: stderr' "$1.py"; }

failures=0
count=0
tmp="$(mktemp -d)"
for name in "${names[@]}"; do
  [ -f "$name.py" ] || { echo "no such program: $name.py" >&2; failures=$((failures + 1)); continue; }
  count=$((count + 1))
  start=$(date +%s.%N)
  "$PYTHON" "$name.py" > "$tmp/out" 2> "$tmp/err"
  rc=$?
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  $NORMALIZE < "$tmp/out" > "$name.out"
  rm -f "$name.err" "$name.exit"
  if wants_stderr "$name"; then
    $NORMALIZE --stderr < "$tmp/err" > "$name.err"
  fi
  if [ $rc != 0 ]; then
    echo $rc > "$name.exit"
    if ! wants_stderr "$name"; then
      echo "FAILED (exit $rc): $name.py" >&2; tail -n 5 "$tmp/err" >&2
      failures=$((failures + 1))
    fi
  fi
  printf '%-28s exit %s  %5.1fs\n' "$name" "$rc" "$secs"
  if [ $check = 1 ]; then
    "$PYTHON" "$name.py" > "$tmp/out2" 2> "$tmp/err2"
    if ! $NORMALIZE < "$tmp/out2" | cmp -s - "$name.out"; then
      echo "NONDETERMINISTIC stdout: $name.py" >&2
      $NORMALIZE < "$tmp/out2" | diff "$name.out" - >&2
      failures=$((failures + 1))
    fi
    if wants_stderr "$name" && ! $NORMALIZE --stderr < "$tmp/err2" | cmp -s - "$name.err"; then
      echo "NONDETERMINISTIC stderr: $name.py" >&2
      $NORMALIZE --stderr < "$tmp/err2" | diff "$name.err" - >&2
      failures=$((failures + 1))
    fi
  fi
done
rm -rf "$tmp"
echo "generate.sh: $count programs, $failures problems"
[ $failures = 0 ]
