#!/usr/bin/env bash
# Installs the .deb of a build folder into a clean Debian 12 (a minimal bookworm made by
# debootstrap, in a folder of the build's own, with Debian's own package sources) and uses it
# there: the CLI writes, imports and lists a registry; paydesk starts offscreen on a fresh
# database and saves a picture of its window, copied out as BUILD/clean-install.png. Needs root.
# The clean root is kept (BUILD/clean-debian12) and reused, emptied of PayDesk, on the next run.
set -euo pipefail
build=$(cd "$1" && pwd)
root="$build/clean-debian12"
mirror=${PAYDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${PAYDESK_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
if ((EUID != 0)); then
    echo "check-clean-install: needs root (debootstrap, chroot)" >&2
    exit 1
fi
deb=$(ls "$build"/paydesk_*.deb 2>/dev/null | head -1)
[[ -n "$deb" ]] || { echo "check-clean-install: no paydesk_*.deb in $build (scripts/check-package.sh builds it)" >&2; exit 1; }

unmount() {
    for point in proc dev/pts; do
        mountpoint -q "$root/$point" && umount -l "$root/$point" || true
    done
}
trap unmount EXIT

if [[ ! -x "$root/usr/bin/apt-get" ]]; then
    rm -rf "$root"
    echo "check-clean-install: making a minimal Debian 12 in $root"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$build/debootstrap.log" 2>&1 \
        || { tail -20 "$build/debootstrap.log"; echo "check-clean-install: debootstrap failed" >&2; exit 1; }
fi
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
SOURCES
mount -t proc proc "$root/proc"
mkdir -p "$root/dev/pts" && mount -t devpts devpts "$root/dev/pts"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

in_root dpkg --purge paydesk >/dev/null 2>&1 || true
cp "$deb" "$root/tmp/paydesk.deb"
in_root apt-get update -qq
# Only what the package itself asks for: no recommends, nothing else by hand.
DEBIAN_FRONTEND=noninteractive in_root apt-get install -y -qq --no-install-recommends /tmp/paydesk.deb >"$build/clean-install-apt.log" 2>&1 \
    || { tail -30 "$build/clean-install-apt.log"; echo "check-clean-install: the .deb does not install into a clean Debian 12" >&2; exit 1; }

rm -rf "$root/tmp/use" && mkdir -p "$root/tmp/use"
version=$(in_root paydesk-cli --version)
in_root paydesk-cli demo-data --count 200 --seed 3 --out /tmp/use/registry.csv >/dev/null
# As an officer would: the administrator's anchor, the officer's own key certified by it, then the import.
signing=(env PAYDESK_KEY_PASSPHRASE="clean install passphrase" paydesk-cli)
as_admin=(--officer admin --officer-key /tmp/use/admin.key.pem --database /tmp/use/paydesk.sqlite)
in_root "${signing[@]}" admin init --id admin --name Administrator --key-out /tmp/use/admin.key.pem \
    --certificate-out /tmp/use/anchor.pem --database /tmp/use/paydesk.sqlite >/dev/null
in_root "${signing[@]}" officer request installer --key-out /tmp/use/installer.key.pem --request-out /tmp/use/installer.req >/dev/null
in_root "${signing[@]}" officer add installer --name Installer --role maker "${as_admin[@]}" >/dev/null
in_root "${signing[@]}" officer certify installer --request /tmp/use/installer.req "${as_admin[@]}" >/dev/null
in_root "${signing[@]}" import /tmp/use/registry.csv --database /tmp/use/paydesk.sqlite --officer installer \
    --officer-key /tmp/use/installer.key.pem >/dev/null || [[ $? == 3 ]]
in_root paydesk-cli audit verify --trust /tmp/use/anchor.pem --database /tmp/use/paydesk.sqlite >/dev/null \
    || { echo "check-clean-install: the installed CLI's audit log does not verify against its anchor" >&2; exit 1; }
listed=$(in_root paydesk-cli beneficiaries --database /tmp/use/paydesk.sqlite --limit 5 --json)
grep -q '"registry_id"' <<<"$listed" || { echo "check-clean-install: the installed CLI listed no beneficiary: $listed" >&2; exit 1; }
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/use timeout 120 paydesk --database /tmp/use/paydesk.sqlite \
    --screenshot /tmp/use/window.png >"$build/clean-install-gui.log" 2>&1 \
    || { cat "$build/clean-install-gui.log"; echo "check-clean-install: the installed paydesk did not start" >&2; exit 1; }
[[ "$(head -c 8 "$root/tmp/use/window.png" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] \
    || { echo "check-clean-install: the installed paydesk saved no picture of its window" >&2; exit 1; }
cp "$root/tmp/use/window.png" "$build/clean-install.png"
packages=$(in_root dpkg-query -W -f='.\n' | wc -l)
in_root dpkg --purge paydesk >/dev/null
DEBIAN_FRONTEND=noninteractive in_root apt-get autoremove -y -qq --purge >/dev/null
echo "check-clean-install: $(basename "$deb") installs into a clean Debian 12 ($packages packages there with its dependencies);" \
    "$version set up an administrator, certified an officer's key, imported and listed a registry and verified the signed audit log; the window was photographed ($(stat -c %s "$build/clean-install.png") bytes, $build/clean-install.png)"
