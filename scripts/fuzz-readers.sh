#!/usr/bin/env bash
# Fuzzes the readers of untrusted files (the CSV reader through the offline batch review) for
# FUZZ_SECONDS (default 300): random damage to valid files, each of which must get an answer,
# never a crash or a hang. Builds the dev preset first.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset dev >/dev/null
cmake --build --preset dev --target tst_batchfilereviewer
PAYDESK_FUZZ_SECONDS=${FUZZ_SECONDS:-300} build/dev/tests/core/tst_batchfilereviewer csvReaderFuzz
