#!/bin/sh
# SPDX-License-Identifier: MIT
# The last calm fallback, run by cuban-crisis-kiosk-resting.service when the exhibit's unit hit
# its start-rate limit: five starts in two minutes failed, so not even the exhibit's own
# out-of-order screen could be shown (no display, a broken graphics driver). The console is
# all that is left: a calm message on it in both languages, then a fresh try.
# (KIOSK_SYSTEMCTL and KIOSK_RETRY_AFTER_S: tests put a stand-in and a short wait here.)
after="${KIOSK_RETRY_AFTER_S:-300}"
systemctl="${KIOSK_SYSTEMCTL:-systemctl}"
retry_at=$(date -d "+$after seconds" +%H:%M 2>/dev/null || echo "a few minutes")
printf '\033[2J\033[H\033[?25l'   # a clear console, no cursor
printf '\n\n\n    This exhibit is taking a short break.\n'
printf '    Please come back in a few minutes.\n\n'
printf '    Esta exposición se está tomando un breve descanso.\n'
printf '    Vuelve en unos minutos, por favor.\n\n\n\n'
printf '    Staff: it tries again by itself at %s (journalctl -u cuban-crisis-kiosk).\n' "$retry_at"
sleep "$after"
"$systemctl" reset-failed cuban-crisis-kiosk.service
exec "$systemctl" start --no-block cuban-crisis-kiosk.service
