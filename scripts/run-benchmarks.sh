#!/usr/bin/env bash
# Runs the benchmarks with a database on SQLite and on PostgreSQL, side by side, each against its
# baseline measured in the same run, on a PostgreSQL cluster of its own (started and stopped here,
# as the tests do). The tables go to stdout; docs/benchmarks.md quotes them.
#   run-benchmarks.sh [--rows N] [--runs R] [BUILD_DIR]   (default: 1,000,000 rows, 1 run, build/ci)
# CI runs each benchmark once at a small size (ctest label benchsmoke); this is the full size.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rows=1000000
runs=1
build="$here/../build/ci"
while (($#)); do
    case "$1" in
    --rows) rows=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) build=$1; shift ;;
    esac
done
bench="$build/tests/bench"
[[ -x "$bench/bench_cycle" ]] || { echo "run-benchmarks: build first (no $bench/bench_cycle)" >&2; exit 1; }

cluster=$(mktemp -d /tmp/paydesk-bench-pg.XXXXXX)
trap 'bash "$here/postgres-cluster.sh" stop "$cluster"' EXIT
PAYDESK_TEST_POSTGRES_URL=$(bash "$here/postgres-cluster.sh" start "$cluster" 55499)
export PAYDESK_TEST_POSTGRES_URL

for database in sqlite postgresql; do
    echo "== $database"
    "$bench/bench_registry_import" --rows "$rows" --runs "$runs" --database "$database"
    "$bench/bench_registry_model" --rows "$rows" --database "$database"
    "$bench/bench_cycle" --rows "$rows" --database "$database"
    "$bench/bench_gui_stalls" --rows "$rows" --database "$database"
done 2> >(grep -v '^NOTICE:' >&2)
