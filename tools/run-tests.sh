#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fresh Debian/Ubuntu machine: install everything and run every check and the whole test suite.
# Needs no display: the tests run Qt offscreen (set by tests/conftest.py). Builds the Linux
# bundle and .deb first, so tests/packaging check the frozen exhibit (and, with
# KIOSK_TEST_INSTALL=1 as root, install, upgrade and remove the .deb on this machine).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/system-deps.sh windows-build
tools/venv.sh test
export PATH="$PWD/.venv/bin:$PATH"

echo "== ruff";            ruff check . && ruff format --check .
echo "== import-linter";   lint-imports
echo "== qmllint";         python tools/qmllint.py
echo "== translations";    python tools/translations.py check
echo "== content";         kiosk validate
echo "== linux bundle";    python packaging/build.py --target linux
echo "== windows bundle";  python packaging/build.py --target windows
echo "== pytest";          pytest -q
