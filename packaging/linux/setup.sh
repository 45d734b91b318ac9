#!/bin/sh
# SPDX-License-Identifier: MIT
# System set-up shared by the .deb (postinst) and the tar.gz installer (install.sh): the
# unprivileged exhibit user, its data folder, and the boot unit. Safe to run again.
set -e
APP=cuban-crisis-kiosk
USER_NAME=cuban-crisis-kiosk
DATA=/var/lib/cuban-crisis-kiosk

if ! getent passwd "$USER_NAME" >/dev/null; then
  adduser --system --group --home "$DATA" --shell /usr/sbin/nologin \
    --gecos "Cuban Missile Crisis exhibit" "$USER_NAME" >/dev/null
fi
# Display, GPU and touch devices of the seat.
for group in video render input; do
  if getent group "$group" >/dev/null; then adduser "$USER_NAME" "$group" >/dev/null 2>&1 || true; fi
done
install -d -o "$USER_NAME" -g "$USER_NAME" -m 0750 "$DATA"
# Content packs copied in by staff (see INSTALL.md); readable by the exhibit.
install -d -m 0755 "$DATA/content"

if [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  systemctl enable "$APP.service" >/dev/null 2>&1
  # An upgrade restarts a running exhibit; a first install starts at the next boot.
  systemctl try-restart "$APP.service" || true
else
  # No running systemd (a chroot or container): enable for the next boot all the same.
  deb-systemd-helper enable "$APP.service" >/dev/null 2>&1 || systemctl enable "$APP.service" >/dev/null 2>&1 || true
fi
