#!/usr/bin/env bash
# The full size of the exactly-once crash test (tests/e2e/tst_sendcrash): paydesk-cli killed with
# SIGKILL while it posts, until CRASH_LANDED kills (default 1000) per row have landed during a POST,
# against a sandbox hub with capped pages, late visibility and an older hub's paging, and through
# G2P Connect. CI runs the same test at its CI size (170 per row). Needs a built tree (build/ci, or
# the folder given as the first argument).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
export PAYDESK_CRASH_LANDED=${CRASH_LANDED:-1000}
export QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-14400000} # four hours a row
echo "crash-soak: ${PAYDESK_CRASH_LANDED} kills landed during posts, per row"
exec "$build/tests/e2e/tst_sendcrash"
