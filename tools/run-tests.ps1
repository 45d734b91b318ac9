# SPDX-License-Identifier: MIT
# Fresh Windows 10/11 machine with Python 3.11: install everything and run every check and test.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
.venv\Scripts\python.exe -m pip install -q --disable-pip-version-check --upgrade pip
.venv\Scripts\python.exe -m pip install -q --disable-pip-version-check -e ".[test]"
$env:PATH = "$PWD\.venv\Scripts;$env:PATH"
function Step($name, [scriptblock]$block) {
    Write-Host "== $name"; & $block; if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
Step "ruff" { ruff check .; if ($LASTEXITCODE -eq 0) { ruff format --check . } }
Step "import-linter" { lint-imports }
Step "qmllint" { python tools\qmllint.py }
Step "translations" { python tools\translations.py check }
Step "content" { kiosk validate }
Step "pytest" { pytest -q }
