#!/usr/bin/env bash
# Checks that the C++ sources follow .clang-format (clang-format 14, Debian 12's), naming each file
# that does not. The tree was formatted once, in the commit whose message starts with
# "Format the tree with .clang-format"; from then on CI checks the files changed since that commit
# (and any not committed yet). With a revision, the files changed since it; with --all, every
# source. Outside a git checkout every source is checked.
#   bash scripts/check-format.sh [--all | REVISION]
# To mend a file: clang-format -i FILE
set -euo pipefail
cd "$(dirname "$0")/.."

sources=()
if [[ "${1:-}" != "--all" ]] && git rev-parse --git-dir >/dev/null 2>&1; then
    base=${1:-$(git log -1 --format=%H --grep='^Format the tree with .clang-format' || true)}
    if [[ -n "$base" ]]; then
        mapfile -t sources < <({ git diff --name-only --diff-filter=d "$base" -- '*.cpp' '*.h'
                                 git ls-files --others --exclude-standard -- '*.cpp' '*.h'; } | sort -u)
    else
        mapfile -t sources < <(git ls-files -- '*.cpp' '*.h')
    fi
else
    mapfile -t sources < <(find app core ui tests -name '*.cpp' -o -name '*.h' | sort)
fi

if ((${#sources[@]} == 0)); then
    echo "check-format: no C++ source changed"
    exit 0
fi
unformatted=()
for source in "${sources[@]}"; do
    clang-format --dry-run -Werror "$source" >/dev/null 2>&1 || unformatted+=("$source")
done
if ((${#unformatted[@]} > 0)); then
    echo "check-format: ${#unformatted[@]} of ${#sources[@]} files do not follow .clang-format" \
        "(mend with: clang-format -i FILE):" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
fi
echo "check-format: ${#sources[@]} files follow .clang-format"
