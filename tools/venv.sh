#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Create .venv with Python 3.11 and install the project (extras given as "$1", e.g. "test").
set -euo pipefail
cd "$(dirname "$0")/.."

python=""
for candidate in python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    python=$candidate; break
  fi
done
if [ -z "$python" ]; then
  echo "Python 3.11 is required (e.g. sudo apt-get install python3.11 python3.11-venv)" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
spec="."
[ -n "${1:-}" ] && spec=".[$1]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e "$spec"
