#!/usr/bin/env bash
# Builds the .deb and .tar.gz of a build folder and checks them: the .deb carries the programs, the
# .desktop file and the icon, installs with apt-get, the installed paydesk-cli and paydesk-hubsim
# run, and the installed paydesk starts offscreen and saves a picture of its window.
set -euo pipefail
build=$1
cd "$build"
rm -f paydesk_*.deb paydesk-*.tar.gz
cpack -G "DEB;TGZ" >cpack.log 2>&1 || { cat cpack.log; exit 1; }
deb=$(ls paydesk_*.deb)
tgz=$(ls paydesk-*.tar.gz)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/paydesk ./usr/bin/paydesk-cli ./usr/bin/paydesk-hubsim ./usr/share/applications/org.paydesk.PayDesk.desktop \
    ./usr/share/icons/hicolor/scalable/apps/paydesk.svg; do
    grep -q " $path\$" <<<"$contents" || { echo "check-package: $deb lacks $path" >&2; exit 1; }
done
# The whole listing first: grep -q would stop reading early, and tar, killed by SIGPIPE, would fail the pipe.
tgz_contents=$(tar -tzf "$tgz")
for program in paydesk paydesk-cli paydesk-hubsim; do
    grep -q "/bin/$program\$" <<<"$tgz_contents" || { echo "check-package: $tgz lacks bin/$program" >&2; exit 1; }
done
if ((EUID == 0)) && [[ "${PAYDESK_SKIP_DEB_INSTALL:-0}" != 1 ]]; then
    apt-get install -y -qq "./$deb" >/dev/null
    installed=$(/usr/bin/paydesk-cli --version)
    hubsim=$(/usr/bin/paydesk-hubsim --version)
    # The installed window starts (offscreen) on a fresh database and is photographed.
    shots=$(mktemp -d)
    QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/paydesk --database "$shots/installed.sqlite" --screenshot "$shots/installed.png" \
        >"$shots/paydesk.log" 2>&1 || { cat "$shots/paydesk.log"; echo "check-package: the installed paydesk did not start" >&2; exit 1; }
    [[ "$(head -c 8 "$shots/installed.png" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] \
        || { echo "check-package: the installed paydesk saved no picture of its window" >&2; exit 1; }
    gui_bytes=$(stat -c %s "$shots/installed.png")
    rm -rf "$shots"
    apt-get remove -y -qq paydesk >/dev/null
    [[ "$hubsim" == "paydesk-hubsim "* ]] || { echo "check-package: installed paydesk-hubsim printed '$hubsim'" >&2; exit 1; }
    [[ "$installed" == "paydesk-cli "* ]] || { echo "check-package: installed paydesk-cli printed '$installed'" >&2; exit 1; }
    echo "check-package: $deb installs; the installed CLI says: $installed; the installed window was photographed ($gui_bytes bytes)"
else
    echo "check-package: $deb and $tgz built (install check needs root)"
fi
