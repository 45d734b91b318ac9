#!/bin/sh
# SPDX-License-Identifier: MIT
# Install the exhibit from this folder on a Linux PC without the .deb (other distributions).
# Run as root: sudo ./install.sh      Then reboot, or: sudo systemctl start cuban-crisis-kiosk
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
[ "$(id -u)" -eq 0 ] || { echo "Run as root: sudo $0" >&2; exit 1; }

for tool in cage adduser systemctl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "Missing: $tool (install it with your package manager)" >&2; exit 1; }
done
# Every shared library the exhibit needs must be on this system (the bundle ships only Qt's).
missing=$(for f in "$HERE/app/kiosk" "$HERE"/app/_internal/PySide6/Qt/plugins/platforms/*.so; do
  ldd "$f" 2>/dev/null | awk '/not found/ {print $1}'; done | sort -u)
if [ -n "$missing" ]; then
  echo "These system libraries are missing; install them with your package manager:" >&2
  echo "$missing" >&2
  exit 1
fi

rm -rf /opt/cuban-crisis-kiosk.new
cp -a "$HERE/app" /opt/cuban-crisis-kiosk.new
rm -rf /opt/cuban-crisis-kiosk
mv /opt/cuban-crisis-kiosk.new /opt/cuban-crisis-kiosk
ln -sf /opt/cuban-crisis-kiosk/kiosk /usr/bin/cuban-crisis-kiosk
install -m 0644 "$HERE/app/system/cuban-crisis-kiosk.service" /etc/systemd/system/cuban-crisis-kiosk.service
install -m 0644 "$HERE/app/system/cuban-crisis-kiosk-resting.service" /etc/systemd/system/cuban-crisis-kiosk-resting.service
install -m 0644 "$HERE/app/system/pam.d-cuban-crisis-kiosk" /etc/pam.d/cuban-crisis-kiosk
install -d /etc/xdg/cuban-crisis-kiosk
[ -e /etc/xdg/cuban-crisis-kiosk/settings.toml ] || \
  install -m 0644 "$HERE/app/system/settings.toml" /etc/xdg/cuban-crisis-kiosk/settings.toml
/opt/cuban-crisis-kiosk/system/setup.sh
echo "Installed. Check it: cuban-crisis-kiosk --self-test ; it starts at the next boot."
