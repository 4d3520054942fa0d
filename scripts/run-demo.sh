#!/usr/bin/env bash
# Installs what is missing, builds PayDesk, prepares a demo registry (50,000 synthetic
# beneficiaries, some rows deliberately broken) and starts the GUI on it. The first command of the
# README's quick start. Without a display it starts on a virtual one (Xvfb) and says so.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
export CCACHE_BASEDIR=$(pwd)
cmake --preset release
cmake --build --preset release

cli=build/release/app/paydesk-cli/paydesk-cli
demo=${PAYDESK_DEMO_DIR:-$HOME/.local/share/PayDesk/demo}
mkdir -p "$demo"
if [[ ! -f "$demo/imported" ]]; then
    rm -f "$demo"/paydesk-demo.sqlite*
    "$cli" demo-data --count 50000 --seed 2026 --bad-share 0.01 --out "$demo/registry.csv"
    rc=0
    "$cli" import "$demo/registry.csv" --database "$demo/paydesk-demo.sqlite" --rejects "$demo/registry.rejected.csv" \
        >"$demo/import.log" || rc=$?
    head -n 3 "$demo/import.log"
    # 3: imported, with the deliberately broken rows rejected (see registry.rejected.csv)
    if ((rc != 0 && rc != 3)); then
        echo "run-demo: the demo import failed (exit code $rc)" >&2
        exit 1
    fi
    touch "$demo/imported"
fi

app=(build/release/app/paydesk/paydesk --database "$demo/paydesk-demo.sqlite")
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    XDG_RUNTIME_DIR=$(mktemp -d /tmp/paydesk-xdg.XXXXXX)
    export XDG_RUNTIME_DIR
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run-demo: no display here; starting PayDesk on a virtual X display (xvfb-run)."
    echo "run-demo: from a desktop session, the same command opens the window on your screen."
    exec xvfb-run -a -s "-screen 0 1280x800x24" "${app[@]}"
fi
exec "${app[@]}"
