#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The system libraries Qt's wheels expect on Debian/Ubuntu (xcb, EGL/GL, xkbcommon, fontconfig,
# dbus), plus Xvfb for benchmarks and the tools that build the installers. Installs them with apt-get when run as root; otherwise names
# the missing ones and the command to install them.
set -euo pipefail

packages=(
  libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0
  libxcb-xinerama0 libxcb-xkb1 libxrender1 xvfb
  # Qt's Wayland plugin (the exhibit runs inside Cage): the bundle leaves these to the system,
  # and building it resolves every such library to the package named in the .deb's Depends.
  libwayland-client0 libwayland-cursor0 libwayland-egl1
  binutils xz-utils   # building the bundle: strip; the .deb is xz-compressed
)
# `system-deps.sh windows-build`: also what building the Windows installer on Linux needs.
if [ "${1:-}" = windows-build ]; then
  # `wine` gives the wine, wineboot and wineserver commands (Debian's `wine64` alone has none
  # of them); packaging/windows_build.py names the same packages when a command is missing.
  packages+=(wine wine64 nsis gcc-mingw-w64-x86-64)
fi

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian/Ubuntu: nothing to do here

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system libraries for Qt: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Qt needs these system libraries, which are not installed:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
