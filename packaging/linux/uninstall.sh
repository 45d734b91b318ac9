#!/bin/sh
# SPDX-License-Identifier: MIT
# Remove the exhibit installed by install.sh. Settings, logs and content packs stay unless
# --purge is given.
set -e
[ "$(id -u)" -eq 0 ] || { echo "Run as root: sudo $0 [--purge]" >&2; exit 1; }
systemctl disable --now cuban-crisis-kiosk.service >/dev/null 2>&1 || true
systemctl stop cuban-crisis-kiosk-resting.service >/dev/null 2>&1 || true
rm -f /etc/systemd/system/cuban-crisis-kiosk.service /etc/systemd/system/cuban-crisis-kiosk-resting.service /etc/pam.d/cuban-crisis-kiosk /usr/bin/cuban-crisis-kiosk
rm -rf /opt/cuban-crisis-kiosk
systemctl daemon-reload >/dev/null 2>&1 || true
if [ "${1:-}" = --purge ]; then
  rm -rf /var/lib/cuban-crisis-kiosk /etc/xdg/cuban-crisis-kiosk
  deluser --system cuban-crisis-kiosk >/dev/null 2>&1 || true
fi
echo "Removed."
