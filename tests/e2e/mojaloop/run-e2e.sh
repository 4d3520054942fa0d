#!/usr/bin/env bash
# PayDesk's whole chain over real Mojaloop software, on loopback: paydesk-cli -> paydesk-hubsim (the
# sandbox Payment Hub EE, its Mojaloop connector on) -> the Mojaloop SDK scheme adapter (the payer
# DFSP's connector) -> the Mojaloop testing toolkit (the switch and the payee FSP), with redis for
# the adapter. Some payments are refused by the switch: one payee it does not know (3204), one whose
# quote the payee FSP rejects (5100), and a second program's top-up of 666 whose transfers the payee
# FSP rejects (4001). Every payment's final state and reason is checked against what the switch did
# (the toolkit's request history). Every process started here is stopped by its PID, even on failure.
#
#   run-e2e.sh PAYDESK_CLI PAYDESK_HUBSIM WORK_DIR
#
# PAYDESK_E2E_KEEP=1 keeps the switch, the adapter and the hub running afterwards (until Ctrl-C),
# for a look at the result: paydesk --database WORK_DIR/paydesk.sqlite.
#
# Exit 77 (skipped, with the reason) when node/npm or redis-server are missing or the npm install
# fails; the npm packages are pinned by the lockfiles beside this script and kept in WORK_DIR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=$1
hubsim=$2
mkdir -p "$3"
work=$(cd "$3" && pwd)

skip() { echo "e2e-mojaloop: SKIPPED: $*"; exit 77; }
fail() { echo "e2e-mojaloop: FAILED: $*" >&2; exit 1; }
command -v node >/dev/null && command -v npm >/dev/null || skip "node and npm are not installed"
command -v redis-server >/dev/null || skip "redis-server is not installed (scripts/install-deps.sh installs it)"
command -v sqlite3 >/dev/null || skip "the sqlite3 shell is not installed (scripts/install-deps.sh installs it)"

pids=()
stop_all() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
}
trap stop_all EXIT
trap 'exit 143' TERM INT # the EXIT trap still stops everything

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() {
    local port=$1 name=$2
    for _ in $(seq 1 300); do
        port_busy "$port" && return 0
        sleep 0.2
    done
    fail "$name did not open port $port within 60 s; its log: $work/logs/$name.log"
}
for port in 4000 4001 4004 4040 5050 16379; do
    port_busy "$port" && fail "port $port is taken: the toolkit, the adapter and redis need it"
done

# 1. The Mojaloop software, as pinned by the lockfiles (install scripts off: none is needed).
for part in ttk sdk; do
    mkdir -p "$work/$part"
    if ! cmp -s "$here/$part/package-lock.json" "$work/$part/package-lock.json" || [[ ! -d "$work/$part/node_modules" ]]; then
        cp "$here/$part/package.json" "$here/$part/package-lock.json" "$work/$part/"
        echo "e2e-mojaloop: npm ci in $part (about 30 s)"
        if ! (cd "$work/$part" && npm ci --ignore-scripts --no-audit --no-fund > "$work/$part-install.log" 2>&1); then
            rm -rf "$work/$part/node_modules"
            skip "npm ci for $part failed: $(tail -n 3 "$work/$part-install.log" | tr '\n' ' ')"
        fi
    fi
done
mkdir -p "$work/logs"

# 2. PayDesk: a registry, two officers, a program paying through the sandbox hub, an approved cycle
#    prepared into batches.
db="$work/paydesk.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/tenant-key.pem" 2>/dev/null
openssl req -new -x509 -key "$work/tenant-key.pem" -subj /CN=greenbank -days 2 -out "$work/tenant-cert.pem" 2>/dev/null
"$hubsim" --address 127.0.0.1 --tenant "greenbank,$work/tenant-cert.pem" --time-scale 100 \
    --mojaloop-connector http://127.0.0.1:4001 --mojaloop-concurrency 2 --mojaloop-timeout-ms 30000 \
    > "$work/logs/hubsim.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
    grep -q "operations app:" "$work/logs/hubsim.log" && break
    sleep 0.1
done
bulk_url=$(sed -n 's/^bulk processor: //p' "$work/logs/hubsim.log")
ops_url=$(sed -n 's/^operations app: //p' "$work/logs/hubsim.log")
[[ -n "$bulk_url" && -n "$ops_url" ]] || fail "paydesk-hubsim did not start: $(cat "$work/logs/hubsim.log")"

pd() { "$cli" "$@" --database "$db"; }
"$cli" demo-data --count 40 --seed 11 --bad-share 0 --out "$work/registry.csv" > /dev/null
# The administrator's anchor, then a maker and a checker, each with a key the administrator certified.
export PAYDESK_KEY_PASSPHRASE="e2e officer passphrase"
keys="$work/keys"
rm -rf "$keys" && mkdir -p "$keys"
pd admin init --id admin --name Administrator --key-out "$keys/admin.key.pem" --certificate-out "$keys/anchor.pem" > /dev/null
as_admin=(--officer admin --officer-key "$keys/admin.key.pem")
for officer in m:maker c:checker; do
    id=${officer%%:*}
    "$cli" officer request "$id" --key-out "$keys/$id.key.pem" --request-out "$keys/$id.req" > /dev/null
    pd officer add "$id" --name "$id" --role "${officer#*:}" "${as_admin[@]}" > /dev/null
    pd officer certify "$id" --request "$keys/$id.req" "${as_admin[@]}" > /dev/null
done
as_m=(--officer m --officer-key "$keys/m.key.pem")
as_c=(--officer c --officer-key "$keys/c.key.pem")
pd import "$work/registry.csv" "${as_m[@]}" > /dev/null
pd program create --name "Mojaloop grant" --currency USD --fixed 15 --payer-type msisdn --payer 254700000001 \
    --tenant greenbank --payment-mode MOJALOOP --bulk-url "$bulk_url" --ops-url "$ops_url" --max-batch-rows 8 \
    --budget 100000 "${as_m[@]}" > /dev/null
pd program enrol 1 "${as_m[@]}" > /dev/null
pd cycle create 1 --name 2027-01 --start 2027-01-01 --end 2027-01-31 "${as_m[@]}" > /dev/null
pd cycle generate 1 "${as_m[@]}" > /dev/null
pd cycle submit 1 "${as_m[@]}" > /dev/null
pd findings 1 --acknowledge "${as_c[@]}" > /dev/null
pd cycle approve 1 "${as_c[@]}" > /dev/null
pd batches prepare 1 "${as_m[@]}" > /dev/null
# A second program, a top-up of 666 for the Northern region: the payee FSP rejects such transfers.
pd program create --name "Top-up" --currency USD --fixed 666 --regions Northern --payer-type msisdn --payer 254700000001 \
    --tenant greenbank --payment-mode MOJALOOP --bulk-url "$bulk_url" --ops-url "$ops_url" --budget 100000 "${as_m[@]}" > /dev/null
pd program enrol 2 "${as_m[@]}" > /dev/null
pd cycle create 2 --name 2027-01 --start 2027-01-01 --end 2027-01-31 "${as_m[@]}" > /dev/null
pd cycle generate 2 "${as_m[@]}" > /dev/null
pd cycle submit 2 "${as_m[@]}" > /dev/null
pd findings 2 --acknowledge "${as_c[@]}" > /dev/null
pd cycle approve 2 "${as_c[@]}" > /dev/null
pd batches prepare 2 "${as_m[@]}" > /dev/null
payments=$(sqlite3 "$db" "SELECT COUNT(*) FROM payment WHERE cycle_id = 1")
topups=$(sqlite3 "$db" "SELECT COUNT(*) FROM payment WHERE cycle_id = 2")
((payments >= 5 && topups >= 1)) || fail "only $payments payments and $topups top-ups were prepared"
# Two payees of the first cycle the Northern top-up does not pay.
unknown_payee=$(sqlite3 "$db" "SELECT payee_address FROM payment WHERE cycle_id = 1 AND payee_address NOT IN (SELECT payee_address FROM payment WHERE cycle_id = 2) ORDER BY id LIMIT 1")
refused_payee=$(sqlite3 "$db" "SELECT payee_address FROM payment WHERE cycle_id = 1 AND payee_address NOT IN (SELECT payee_address FROM payment WHERE cycle_id = 2) ORDER BY id LIMIT 1 OFFSET 1")

# 3. The switch (the testing toolkit, with rules that make every outcome known in advance), the
#    payer DFSP's adapter and its redis.
ttk_package="$work/ttk/node_modules/ml-testing-toolkit"
rm -rf "$work/ttk/run" && mkdir -p "$work/ttk/run"
cp -r "$ttk_package/spec_files" "$work/ttk/run/"
rules="$work/ttk/run/spec_files"
cp "$here/ttk-rules/callback.json" "$rules/rules_callback/paydesk.json"
echo '{"activeRulesFile":"paydesk.json"}' > "$rules/rules_callback/config.json"
sed -e "s/@PARTY_NOT_FOUND@/$unknown_payee/" -e "s/@QUOTE_REJECTED@/$refused_payee/" "$here/ttk-rules/validation.json" \
    > "$rules/rules_validation/paydesk.json"
echo '{"activeRulesFile":"paydesk.json"}' > "$rules/rules_validation/config.json"
node -e '
const fs = require("fs");
const file = process.argv[1];
const config = JSON.parse(fs.readFileSync(file, "utf8"));
config.CALLBACK_ENDPOINT = "http://127.0.0.1:4000";
fs.writeFileSync(file, JSON.stringify(config, null, 2));
' "$rules/user_config.json"

mkdir -p "$work/redis"
redis-server --bind 127.0.0.1 --port 16379 --save "" --appendonly no --dir "$work/redis" > "$work/logs/redis.log" 2>&1 &
pids+=($!)
(cd "$work/ttk/run" && exec env LOG_LEVEL=warn TTK_SYSTEM_CONFIG='{"SERVER_LOGS":{"ENABLED":false}}' \
    node "$ttk_package/src/index.js") > "$work/logs/ttk.log" 2>&1 &
pids+=($!)
(cd "$work/sdk" && exec env INBOUND_LISTEN_PORT=4000 OUTBOUND_LISTEN_PORT=4001 TEST_LISTEN_PORT=4002 \
    METRICS_SERVER_LISTEN_PORT=4004 INBOUND_MUTUAL_TLS_ENABLED=false OUTBOUND_MUTUAL_TLS_ENABLED=false \
    VALIDATE_INBOUND_JWS=false VALIDATE_INBOUND_PUT_PARTIES_JWS=false JWS_SIGN=false JWS_SIGN_PUT_PARTIES=false \
    CACHE_URL=redis://127.0.0.1:16379 PEER_ENDPOINT=127.0.0.1:4040 ALS_ENDPOINT=127.0.0.1:4040 \
    QUOTES_ENDPOINT=127.0.0.1:4040 TRANSFERS_ENDPOINT=127.0.0.1:4040 BULK_QUOTES_ENDPOINT=127.0.0.1:4040 \
    BULK_TRANSFERS_ENDPOINT=127.0.0.1:4040 TRANSACTION_REQUESTS_ENDPOINT=127.0.0.1:4040 BACKEND_ENDPOINT=127.0.0.1:4099 \
    DFSP_ID=payerfsp ILP_SECRET=PayDeskEndToEndIlpSecretForTests EXPIRY_SECONDS=60 AUTO_ACCEPT_PARTY=true \
    AUTO_ACCEPT_QUOTES=true CHECK_ILP=true ENABLE_TEST_FEATURES=false ENABLE_OAUTH_TOKEN_ENDPOINT=false \
    PM4ML_ENABLED=false REQUEST_PROCESSING_TIMEOUT_SECONDS=10 RESERVE_NOTIFICATION=false LOG_INDENT=0 \
    node node_modules/@mojaloop/sdk-scheme-adapter/src/index.js) > "$work/logs/sdk.log" 2>&1 &
pids+=($!)
wait_port 16379 redis
wait_port 4040 ttk
wait_port 5050 ttk
wait_port 4001 sdk
wait_port 4000 sdk
echo "e2e-mojaloop: the switch is up; sending $payments payments and $topups top-ups"

# 4. Send (the checker) and reconcile until each cycle is distributed.
started=$(date +%s)
for cycle in 1 2; do
    pd send "$cycle" --key "$work/tenant-key.pem" --yes "${as_c[@]}" > "$work/logs/send-$cycle.log" 2>&1 \
        || fail "send $cycle: $(cat "$work/logs/send-$cycle.log")"
done
for cycle in 1 2; do
    timeout 600 "$cli" reconcile "$cycle" --watch 2 "${as_c[@]}" --database "$db" > "$work/logs/reconcile-$cycle.log" 2>&1 \
        || fail "reconcile $cycle: $(tail -n 5 "$work/logs/reconcile-$cycle.log")"
done
elapsed=$(( $(date +%s) - started ))

# 5. Each payment as the switch decided.
paid=$(sqlite3 "$db" "SELECT COUNT(*) FROM payment WHERE cycle_id = 1 AND state = 'paid'")
[[ $(sqlite3 "$db" "SELECT group_concat(state) FROM cycle ORDER BY id") == distributed,distributed ]] \
    || fail "the cycles are not both distributed: $(sqlite3 "$db" "SELECT group_concat(state) FROM cycle")"
[[ $(sqlite3 "$db" "SELECT COUNT(*) FROM payment WHERE cycle_id = 2 AND state = 'failed' AND failure_reason = '4001 Payee FSP rejected the transfer'") == "$topups" ]] \
    || fail "the top-ups: $(sqlite3 "$db" "SELECT state, failure_reason FROM payment WHERE cycle_id = 2")"
[[ $(sqlite3 "$db" "SELECT state || ' ' || failure_reason FROM payment WHERE payee_address = '$unknown_payee'") == "failed 3204 Party not found" ]] \
    || fail "the unknown payee's payment: $(sqlite3 "$db" "SELECT state, failure_reason FROM payment WHERE payee_address = '$unknown_payee'")"
[[ $(sqlite3 "$db" "SELECT state || ' ' || failure_reason FROM payment WHERE payee_address = '$refused_payee'") == "failed 5100 Payee rejected quotation request" ]] \
    || fail "the refused payee's payment: $(sqlite3 "$db" "SELECT state, failure_reason FROM payment WHERE payee_address = '$refused_payee'")"
((paid == payments - 2)) || fail "$paid of $payments payments paid; expected all but the two refused"

# What the switch received: a party lookup for every payment, a quote for all but the unknown
# payee, a transfer for each payment PayDesk says was paid and for each top-up, nothing twice.
history=$(node -e '
fetch("http://127.0.0.1:5050/api/history/requests").then(r => r.json()).then(requests => {
    const count = (method, prefix) => requests.filter(r => r.method === method && r.path.startsWith(prefix)).length;
    console.log([count("get", "/parties/"), count("post", "/quotes"), count("post", "/transfers")].join(" "));
}).catch(e => { console.error(e); process.exit(1); });')
read -r lookups quotes transfers <<< "$history"
[[ "$lookups $quotes $transfers" == "$((payments + topups)) $((payments - 1 + topups)) $((paid + topups))" ]] \
    || fail "the switch saw $lookups lookups, $quotes quotes, $transfers transfers for $payments payments ($paid paid) and $topups top-ups"
# 6. Payees looked up before approval through the payer DFSP's adapter (GET /parties): a program that
# names it lists the payee the switch does not know among the findings, with Mojaloop's code.
pd program create --name "Looked-up grant" --currency USD --fixed 5 --payer-type msisdn --payer 254700000001 \
    --tenant greenbank --payment-mode MOJALOOP --bulk-url "$bulk_url" --ops-url "$ops_url" --budget 100000 \
    --party-lookup-url http://127.0.0.1:4001 "${as_m[@]}" > /dev/null
pd program enrol 3 "${as_m[@]}" > /dev/null
pd cycle create 3 --name 2027-01 --start 2027-01-01 --end 2027-01-31 "${as_m[@]}" > /dev/null
pd cycle generate 3 "${as_m[@]}" > /dev/null
pd cycle submit 3 "${as_m[@]}" > /dev/null
pd findings 3 "${as_c[@]}" > "$work/lookup-findings.txt" || fail "the findings with lookups failed: $(cat "$work/lookup-findings.txt")"
unknown_registry_id=$(sqlite3 "$db" "SELECT b.registry_id FROM beneficiary b WHERE b.phone = '$unknown_payee' OR (b.payee_type = 'msisdn' AND b.payee_address = '$unknown_payee') LIMIT 1")
grep -q "not found, " "$work/lookup-findings.txt" || fail "no lookups were made: $(cat "$work/lookup-findings.txt")"
# (SDK 18 answers a party the switch refused with an empty one, without the code: mojaloop-lab.md §6.3.)
grep "$unknown_registry_id" "$work/lookup-findings.txt" | grep -q "found no account for this payee" ||
    fail "the payee the switch does not know ($unknown_registry_id) is not a finding: $(cat "$work/lookup-findings.txt")"
looked_up=$(sqlite3 "$db" "SELECT COUNT(*) FROM party_lookup WHERE program_id = 3 AND found = 1")
not_found=$(sqlite3 "$db" "SELECT COUNT(*) FROM party_lookup WHERE program_id = 3 AND found = 0")
((looked_up >= 5 && not_found == 1)) || fail "$looked_up payees found and $not_found not found by the lookups"
echo "e2e-mojaloop: the payees were looked up through the adapter: $looked_up known, $not_found unknown"

echo "e2e-mojaloop: PASSED: $((payments + topups)) payments over the Mojaloop switch in ${elapsed} s: $paid paid, 1 unknown payee (3204), 1 refused quote (5100), $topups rejected transfers (4001); the switch saw $lookups lookups, $quotes quotes, $transfers transfers"
if [[ "${PAYDESK_E2E_KEEP:-}" == 1 ]]; then
    echo "e2e-mojaloop: still running (Ctrl-C stops everything). Look at it with:"
    echo "  paydesk --database $db"
    echo "  PAYDESK_KEY_PASSPHRASE='$PAYDESK_KEY_PASSPHRASE' paydesk-cli report cycle 1 --pdf cycle.pdf --officer c --officer-key $keys/c.key.pem --database $db"
    wait
fi
