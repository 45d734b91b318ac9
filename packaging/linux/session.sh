#!/bin/sh
# SPDX-License-Identifier: MIT
# The exhibit's Cage session, as the systemd unit starts it. Cage always ends with status 0,
# whatever the exhibit's own, so a staff exit (the exhibit's "Exit to the desktop") leaves a note
# in the exhibit's data folder; this script turns the note into status 75, which the unit's
# RestartPreventExitStatus= names: the unit then stays stopped instead of restarting.
# (KIOSK_CAGE: tests put a stand-in for Cage here.)
note="${XDG_DATA_HOME:-$HOME/.local/share}/cuban-crisis-kiosk/staff-exit"
rm -f "$note"
"${KIOSK_CAGE:-/usr/bin/cage}" -d -s -- /opt/cuban-crisis-kiosk/kiosk
status=$?
if [ -e "$note" ]; then
    rm -f "$note"
    exit 75
fi
exit "$status"
