# SPDX-License-Identifier: MIT
"""Packaging tests use the bundle built by `python packaging/build.py` (tools/run-tests.sh builds
it first); without one they are skipped with that instruction."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from kiosk import __version__

ROOT = Path(__file__).parents[2]
LINUX = ROOT / "dist" / f"cuban-crisis-kiosk-{__version__}-linux-x86_64"
DEB = ROOT / "dist" / f"cuban-crisis-kiosk_{__version__}_amd64.deb"


@pytest.fixture(scope="session")
def linux_bundle() -> Path:
    app = LINUX / "app"
    if not (app / "kiosk").exists():
        pytest.skip("no Linux bundle: build it with `python packaging/build.py`")
    return app


def expected_screens(report: dict) -> int:
    """Screens × languages × the self-test's sizes, from what the report says it loaded."""
    from kiosk.self_test import SIZES

    content = next(c for c in report["checks"] if c["name"] == "content")["detail"]
    assert content["map"], "the shipped pack has its map"
    return len(content["screens"]) * len(content["languages"]) * len(SIZES)


def self_test(executable: list[str], env: dict | None = None) -> tuple[int, dict]:
    merged = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    merged.update(env or {})
    done = subprocess.run(
        [*executable, "--self-test"], capture_output=True, text=True, timeout=300, env=merged
    )
    try:
        return done.returncode, json.loads(done.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"self-test printed no JSON:\n{done.stdout}\n{done.stderr}")
