#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster on loopback for the tests.
#   postgres-cluster.sh start DIR PORT   -> prints the postgresql:// URL of the cluster
#   postgres-cluster.sh stop DIR
# PostgreSQL refuses to run as root, so the cluster runs as the postgres user when we are root.
set -euo pipefail

action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_owner=()
if ((EUID == 0)); then
    as_owner=(runuser -u postgres --)
fi

case "$action" in
start)
    port=$3
    mkdir -p "$dir"
    ((EUID == 0)) && chown postgres: "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    # The test superuser is trusted on loopback; every other login (an officer's) gives its
    # password, checked with SCRAM-SHA-256, as on a real shared server.
    cat >"$dir/data/pg_hba.conf" <<'HBA'
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA
    mkdir -p "$dir/sock"
    ((EUID == 0)) && chown postgres: "$dir/sock"
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir/sock -c fsync=off" start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    if [[ -d "$dir/data" ]]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
