#!/usr/bin/env bash
# The test command (README; CI runs exactly this through .ci/run):
#
#   ./scripts/test.sh
#
# 1. installs missing system libraries (scripts/install-system-packages.sh),
# 2. builds everything, tests included,
# 3. runs every test target with `swift test`,
# 4. the Jupyter kernel harness runs inside `swift test` (KernelTests.KernelHarnessTests) with the venv
#    made below; without that venv those tests are skipped with a message.
# Exits non-zero if any step fails, and ends with the test runner's summary lines.
#
# Tests run in one process, one at a time (no --parallel): the machines we use have 2 cores, some
# tests measure timeouts, and later cluster tests start processes of their own. Swift Testing
# (`import Testing`) tests still run concurrently inside that process; XCTest tests run in order.
#
# Environment:
#   TEST_TIMEOUT=seconds   limit for the test run (default 3600); a hung test then fails the run.
#   SWIFT_TEST_ARGS="..."  extra arguments for `swift test`, e.g. "--filter NativeWrapperTests".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v swift >/dev/null 2>&1; then
    echo "test: no 'swift' on PATH; install the Swift 6 toolchain from https://swift.org/install" >&2
    exit 1
fi

./scripts/install-system-packages.sh

echo "test: swift build --build-tests"
swift build --build-tests

# Optional: a python3 with the nbformat package, so the notebook tests can validate executed notebooks
# against Jupyter's official schema. Without python3, venv or network this is skipped and those checks are
# skipped too (the tests say so); nothing else depends on it.
nbvenv=.build/nbformat-venv
if ! "$nbvenv/bin/python" -c "import nbformat" >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
    echo "test: python3 venv with nbformat in $nbvenv (optional)"
    { python3 -m venv "$nbvenv" && timeout 180 "$nbvenv/bin/pip" install --quiet nbformat; } >/dev/null 2>&1 \
        || echo "test: could not install nbformat; notebook schema checks will be skipped"
fi

# The Jupyter kernel harness (Tests/Kernel, run by KernelTests): real Jupyter clients in a venv. Skipped,
# with a message, where python3, venv or PyPI are not available; the kernel tests then skip themselves.
jvenv=.build/jupyter-venv
jpkgs="jupyter_client==8.10.0 jupyter_kernel_test==0.7.0 nbclient==0.11.0 nbformat==5.11.1 ipykernel==7.4.0 jupyter_console==6.6.3 pexpect==4.9.0"
if ! "$jvenv/bin/python" -c "import jupyter_client, jupyter_kernel_test, nbclient, nbformat, ipykernel, jupyter_console, pexpect" >/dev/null 2>&1; then
    if command -v python3 >/dev/null 2>&1; then
        echo "test: python3 venv with Jupyter clients in $jvenv (for the kernel harness)"
        # shellcheck disable=SC2086
        { python3 -m venv "$jvenv" && timeout 600 "$jvenv/bin/pip" install --quiet $jpkgs; } >/dev/null 2>&1 \
            || echo "test: could not install the Jupyter clients with pip; the kernel harness (KernelHarnessTests) will be skipped"
    else
        echo "test: no python3; the kernel harness (KernelHarnessTests) will be skipped"
    fi
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "test: swift test"
status=0
# shellcheck disable=SC2086
timeout --kill-after=30 "${TEST_TIMEOUT:-3600}" swift test --skip-build ${SWIFT_TEST_ARGS:-} 2>&1 | tee "$log" \
    || status=$?
if [ "$status" -eq 124 ]; then
    echo "test: the test run exceeded ${TEST_TIMEOUT:-3600} s and was stopped" >&2
fi

echo
echo "==== test summary ===="
# XCTest prints a total after all suites; Swift Testing prints one "Test run with N tests" line.
grep -E "Executed [0-9]+ tests?, with" "$log" | tail -n 1 | sed 's/^[[:space:]]*/XCTest: /' || true
grep -E "Test run with [0-9]+ tests?" "$log" | tail -n 1 | sed 's/^/Swift Testing: /' || true
if grep -qE ": error: |✘ " "$log"; then
    echo "failures:"
    grep -E ": error: |✘ " "$log" | head -n 50 || true
fi
if [ "$status" -ne 0 ]; then
    echo "test: FAILED (swift test exit status $status)"
    exit "$status"
fi
echo "test: all tests passed"
