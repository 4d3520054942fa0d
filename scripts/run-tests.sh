#!/usr/bin/env bash
# Installs what is missing, checks the formatting of changed sources, builds PayDesk with warnings
# as errors, checks the packages (and, as root, installs the .deb into a clean Debian 12), starts a
# throwaway PostgreSQL cluster and runs every test. The second command of the README's quick start.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash scripts/install-deps.sh
# The C++ changed since the tree was formatted follows .clang-format.
bash scripts/check-format.sh

export CCACHE_BASEDIR="$root"
export CCACHE_SLOPPINESS=include_file_mtime,include_file_ctime,time_macros
# A clone in another folder (as CI makes) hits the cache too: the build folder is not hashed.
export CCACHE_NOHASHDIR=true
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/paydesk-xdg.XXXXXX)}
chmod 700 "$XDG_RUNTIME_DIR"

cmake --preset ci
cmake --build --preset ci

bash scripts/check-package.sh build/ci
# The .deb in a clean Debian 12 (debootstrap): installed with its dependencies only, then used.
if ((EUID == 0)); then
    bash scripts/check-clean-install.sh build/ci
fi

pgdir=$(mktemp -d /tmp/paydesk-pg.XXXXXX)
trap 'bash scripts/postgres-cluster.sh stop "$pgdir"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
PAYDESK_TEST_POSTGRES_URL=$(bash scripts/postgres-cluster.sh start "$pgdir" "$port")
export PAYDESK_TEST_POSTGRES_URL
echo "run-tests: PostgreSQL test cluster at $PAYDESK_TEST_POSTGRES_URL"

ctest --preset ci -j2
# The real-Mojaloop test says whether it ran, or why it was skipped.
grep -h "^e2e-mojaloop: \(PASSED\|SKIPPED\)" build/ci/Testing/Temporary/LastTest*.log 2>/dev/null || true
