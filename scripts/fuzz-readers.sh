#!/usr/bin/env bash
# Fuzzes every reader of untrusted bytes — registry CSV import, batch review (Payment Hub EE CSV
# and G2P Connect JSON), the hub's and G2P Connect's JSON answers, MT940 and CSV bank statements —
# for FUZZ_SECONDS each (default 300; FUZZ_SEED picks the damage): random damage to valid inputs,
# each of which must get an answer, never a crash or a hang. A crashing input is left as
# fuzz-READER.crash, a slow one as fuzz-READER.slow, in build/dev/tests/fuzz. Builds the dev preset first.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset dev >/dev/null
cmake --build --preset dev --target fuzz_readers
cd build/dev/tests/fuzz
exec ./fuzz_readers --seconds "${FUZZ_SECONDS:-300}" --seed "${FUZZ_SEED:-$RANDOM}"
