#!/usr/bin/env bash
# Takes the README's pictures again, from the window tests (offscreen, 1366x768 where the test sets
# it) and the report test, into docs/: every picture docs/ already shows is replaced by the test's,
# and a picture named on the command line is added. Run after a build (build/ci); look at each one.
#   bash scripts/take-screenshots.sh [NEW.png ...]
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -d build/ci ]] || { echo "take-screenshots: build first (bash scripts/run-tests.sh)" >&2; exit 1; }
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
(cd build/ci && PAYDESK_SCREENSHOT_DIR="$shots" QT_QPA_PLATFORM=offscreen \
    ctest -L gui --output-on-failure > "$shots/ctest.log" 2>&1 ||
    { tail -n 30 "$shots/ctest.log" >&2; exit 1; })
(cd build/ci && PAYDESK_SCREENSHOT_DIR="$shots" ctest -R tst_disbursementflow > /dev/null)
taken=0
for picture in docs/*.png; do
    name=$(basename "$picture")
    if [[ -f "$shots/$name" ]]; then
        cp "$shots/$name" "$picture"
        taken=$((taken + 1))
    else
        echo "take-screenshots: no test takes $name; it is left as it was"
    fi
done
for name in "$@"; do
    [[ -f "$shots/$name" ]] || { echo "take-screenshots: no test takes $name" >&2; exit 1; }
    cp "$shots/$name" "docs/$name"
    taken=$((taken + 1))
done
echo "take-screenshots: $taken pictures taken again into docs/; look at each before committing"
