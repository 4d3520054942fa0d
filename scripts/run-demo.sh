#!/usr/bin/env bash
# Installs what is missing, builds PayDesk, prepares a demo registry (50,000 synthetic
# beneficiaries, some rows deliberately broken), two officers and a demo program whose first cycle
# waits for the checker's approval, and starts the GUI on it in sandbox mode: a sandbox Payment Hub
# EE runs inside PayDesk on free loopback ports, and the demo program pays through it (tenant
# greenbank, whose X-SIGNATURE key pair is made here with openssl). The first command of the
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
# The marker names the demo's version: a demo made by an older PayDesk is made again.
if [[ ! -f "$demo/demo-ready-2" ]]; then
    rm -f "$demo"/paydesk-demo.sqlite* "$demo"/imported
    # The demo tenant's signing key and certificate (the sandbox checks uploads with the certificate).
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$demo/greenbank-key.pem" -out "$demo/greenbank-cert.pem" \
        -subj "/O=PayDesk demo/CN=greenbank" -days 3650 2>/dev/null
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
    # Two officers and a demo program with a cycle waiting for the checker's approval.
    db=(--database "$demo/paydesk-demo.sqlite")
    "$cli" officer add demo.maker --name "Amina Diallo" --role maker --by run-demo "${db[@]}"
    "$cli" officer add demo.checker --name "Kofi Mensah" --role checker --by demo.maker "${db[@]}"
    "$cli" program create --name "Household grant (demo)" --currency USD \
        --rule '{"kind":"per_household_member","base":{"amount":"20","currency":"USD"},"per_member":{"amount":"5","currency":"USD"},"member_cap":6}' \
        --regions Northern,Coastal,Eastern --household-min 2 --payer-type msisdn --payer 254700000001 \
        --tenant greenbank --payment-mode MOJALOOP --hub sandbox --budget 5000000 --officer demo.maker "${db[@]}"
    "$cli" program enrol 1 --officer demo.maker "${db[@]}"
    "$cli" cycle create 1 --name "2027-01" --start 2027-01-01 --end 2027-01-31 --officer demo.maker "${db[@]}"
    "$cli" cycle generate 1 --officer demo.maker "${db[@]}"
    "$cli" cycle submit 1 --officer demo.maker "${db[@]}"
    touch "$demo/demo-ready-2"
fi

app=(build/release/app/paydesk/paydesk --database "$demo/paydesk-demo.sqlite"
     --sandbox --sandbox-tenant "greenbank,$demo/greenbank-cert.pem")
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
