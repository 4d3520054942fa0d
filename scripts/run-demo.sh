#!/usr/bin/env bash
# Installs what is missing, builds PayDesk, prepares a demo registry (50,000 synthetic
# beneficiaries, some rows deliberately broken), an administrator and two officers, each with their
# own encrypted key (in the demo folder's keys/, passphrase "paydesk demo": a demo's, never a real
# one), and a demo program whose first cycle
# waits for the checker's approval, and starts the GUI on it in sandbox mode: a sandbox Payment Hub
# EE runs inside PayDesk on free loopback ports, and the demo program pays through it (tenant
# greenbank, whose X-SIGNATURE key pair is made here with openssl); a second program pays through
# the sandbox's G2P Connect side, its addresses from the sandbox's mapper. The first command of the
# README's quick start. Without a display it starts on a virtual one (Xvfb) and says so.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
# The same build as the test command's (build/ci, the same flags and cache settings), so that the
# README's two commands compile PayDesk once between them.
export CCACHE_BASEDIR=$(pwd)
export CCACHE_SLOPPINESS=include_file_mtime,include_file_ctime,time_macros
export CCACHE_NOHASHDIR=true
cmake --preset ci
cmake --build --preset ci

cli=build/ci/app/paydesk-cli/paydesk-cli
demo=${PAYDESK_DEMO_DIR:-$HOME/.local/share/PayDesk/demo}
mkdir -p "$demo"
# The marker names the demo's version: a demo made by an older PayDesk is made again.
keys="$demo/keys"
# The demo officers' keys are encrypted with this passphrase; real officers choose their own.
export PAYDESK_KEY_PASSPHRASE="paydesk demo"
if [[ ! -f "$demo/demo-ready-4" ]]; then
    rm -f "$demo"/paydesk-demo.sqlite* "$demo"/imported "$demo"/sandbox-state.json
    rm -rf "$keys"
    mkdir -p "$keys"
    db=(--database "$demo/paydesk-demo.sqlite")
    # The administrator makes the anchor; each officer makes a key and a request, which the
    # administrator certifies after adding them with their role.
    "$cli" admin init --id demo.admin --name "Ada Okello" --key-out "$keys/demo.admin.key.pem" \
        --certificate-out "$keys/anchor.pem" "${db[@]}"
    as_admin=(--officer demo.admin --officer-key "$keys/demo.admin.key.pem")
    for officer in "demo.maker:maker:Amina Diallo" "demo.checker:checker:Kofi Mensah"; do
        IFS=: read -r id role name <<<"$officer"
        "$cli" officer request "$id" --key-out "$keys/$id.key.pem" --request-out "$keys/$id.req"
        "$cli" officer add "$id" --name "$name" --role "$role" "${as_admin[@]}" "${db[@]}"
        "$cli" officer certify "$id" --request "$keys/$id.req" "${as_admin[@]}" "${db[@]}"
    done
    as_maker=(--officer demo.maker --officer-key "$keys/demo.maker.key.pem")
    # The demo tenant's signing key and certificate (the sandbox checks uploads with the certificate).
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$demo/greenbank-key.pem" -out "$demo/greenbank-cert.pem" \
        -subj "/O=PayDesk demo/CN=greenbank" -days 3650 2>/dev/null
    "$cli" demo-data --count 50000 --seed 2026 --bad-share 0.01 --out "$demo/registry.csv"
    rc=0
    "$cli" import "$demo/registry.csv" "${db[@]}" "${as_maker[@]}" --rejects "$demo/registry.rejected.csv" \
        >"$demo/import.log" || rc=$?
    head -n 3 "$demo/import.log"
    # 3: imported, with the deliberately broken rows rejected (see registry.rejected.csv)
    if ((rc != 0 && rc != 3)); then
        echo "run-demo: the demo import failed (exit code $rc)" >&2
        exit 1
    fi
    # A demo program with a cycle waiting for the checker's approval.
    "$cli" program create --name "Household grant (demo)" --currency USD \
        --rule '{"kind":"per_household_member","base":{"amount":"20","currency":"USD"},"per_member":{"amount":"5","currency":"USD"},"member_cap":6}' \
        --regions Northern,Coastal,Eastern --household-min 2 --payer-type msisdn --payer 254700000001 \
        --tenant greenbank --payment-mode MOJALOOP --hub sandbox --budget 5000000 "${as_maker[@]}" "${db[@]}"
    "$cli" program enrol 1 "${as_maker[@]}" "${db[@]}"
    "$cli" cycle create 1 --name "2027-01" --start 2027-01-01 --end 2027-01-31 "${as_maker[@]}" "${db[@]}"
    "$cli" cycle generate 1 "${as_maker[@]}" "${db[@]}"
    "$cli" cycle submit 1 "${as_maker[@]}" "${db[@]}"
    # A second program pays through G2P Connect, its beneficiaries' accounts asked of the sandbox's
    # ID-to-account mapper, which knows all but one in 25 of them (mapper.json).
    awk -F, 'NR > 1 && (NR % 25) != 0 && $1 ~ /^[A-Za-z0-9_-]+$/ { printf "%s\"%s\":\"account:%08d@demo.dfsp1.bank_acc\"", (n++ ? ",\n" : "{\n"), $1, NR }
             END { print "\n}" }' "$demo/registry.csv" >"$demo/mapper.json"
    "$cli" program create --name "Mapped grant (demo)" --currency USD --fixed 12.50 --regions Lake \
        --payer-type msisdn --payer 254700000001 --backend g2p_connect --payee-type registry_id --hub sandbox \
        --sender-id paydesk-demo --budget 1000000 "${as_maker[@]}" "${db[@]}"
    "$cli" program enrol 2 "${as_maker[@]}" "${db[@]}"
    "$cli" cycle create 2 --name "2027-01" --start 2027-01-01 --end 2027-01-31 "${as_maker[@]}" "${db[@]}"
    "$cli" cycle generate 2 "${as_maker[@]}" "${db[@]}"
    "$cli" cycle submit 2 "${as_maker[@]}" "${db[@]}"
    touch "$demo/demo-ready-4"
fi
unset PAYDESK_KEY_PASSPHRASE
echo "run-demo: sign in as demo.maker (Amina Diallo) or demo.checker (Kofi Mensah), or demo.admin to manage officers,"
echo "run-demo: with the key file $keys/<officer>.key.pem and the passphrase: paydesk demo"

app=(build/ci/app/paydesk/paydesk --database "$demo/paydesk-demo.sqlite"
     --sandbox --sandbox-tenant "greenbank,$demo/greenbank-cert.pem" --sandbox-mapper "$demo/mapper.json"
     --sandbox-state "$demo/sandbox-state.json")
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    XDG_RUNTIME_DIR=$(mktemp -d /tmp/paydesk-xdg.XXXXXX)
    export XDG_RUNTIME_DIR
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run-demo: no display here; starting PayDesk on a virtual X display (xvfb-run)."
    echo "run-demo: from a desktop session, the same command opens the window on your screen."
    exec xvfb-run -a -s "-screen 0 1366x768x24" "${app[@]}"
fi
exec "${app[@]}"
