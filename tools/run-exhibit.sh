#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fresh Debian/Ubuntu machine: install everything and start the exhibit in a window.
# Extra arguments go to `kiosk`, e.g. tools/run-exhibit.sh --lang es --size 1080x1920
set -euo pipefail
cd "$(dirname "$0")/.."
tools/system-deps.sh
tools/venv.sh
exec .venv/bin/kiosk --windowed "$@"
