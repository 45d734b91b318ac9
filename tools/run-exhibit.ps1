# SPDX-License-Identifier: MIT
# Fresh Windows 10/11 machine with Python 3.11 (python.org installer, "py" launcher):
# install everything and start the exhibit in a window. Extra arguments go to `kiosk`.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
.venv\Scripts\python.exe -m pip install -q --disable-pip-version-check --upgrade pip
.venv\Scripts\python.exe -m pip install -q --disable-pip-version-check -e .
.venv\Scripts\kiosk.exe --windowed @args
