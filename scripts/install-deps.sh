#!/usr/bin/env bash
# Installs the Debian 12 packages PayDesk needs to build, test and run, skipping those present.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config ccache dpkg-dev file clang-format
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6opengl6-dev libxkbcommon-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6svg6
    libsqlite3-dev sqlite3 libssl-dev openssl postgresql libpq-dev redis-server
    qtkeychain-qt6-dev libsecret-1-0 libsecret-tools gnome-keyring dbus-daemon dbus-bin
    xvfb xauth x11-utils x11-apps imagemagick fonts-dejavu-core poppler-utils debootstrap
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are present"
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
