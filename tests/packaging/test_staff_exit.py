# SPDX-License-Identifier: MIT
"""The Linux session script: a staff exit (the exhibit's note) ends the session with status 75,
which the unit's RestartPreventExitStatus= names, so systemd leaves the exhibit stopped; any
other end restarts it. A stand-in for Cage plays the exhibit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SESSION = Path(__file__).parents[2] / "packaging" / "linux" / "session.sh"
UNIT = Path(__file__).parents[2] / "packaging" / "linux" / "cuban-crisis-kiosk.service"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux unit")


def session(tmp_path: Path, stand_in: str) -> int:
    cage = tmp_path / "cage"
    cage.write_text(f"#!/bin/sh\n{stand_in}\n", encoding="utf-8")
    cage.chmod(0o755)
    env = {**os.environ, "HOME": str(tmp_path), "KIOSK_CAGE": str(cage)}
    env.pop("XDG_DATA_HOME", None)
    return subprocess.run(["sh", str(SESSION)], env=env, timeout=30).returncode


def test_a_staff_exit_stops_the_unit_and_anything_else_restarts_it(tmp_path):
    note = tmp_path / ".local" / "share" / "cuban-crisis-kiosk" / "staff-exit"
    unit = UNIT.read_text(encoding="utf-8")
    assert "Restart=always" in unit and "RestartPreventExitStatus=75" in unit
    leave = f"mkdir -p {note.parent} && date > {note}; exit 0"  # Cage ends 0 whatever happens
    assert session(tmp_path, leave) == 75
    assert not note.exists()  # the next boot starts the exhibit again
    assert session(tmp_path, "exit 0") == 0  # a crash or a restart: systemd brings it back
    # A note left from before (a power cut during an exit) does not stop the next start.
    note.write_text("old", encoding="utf-8")
    assert session(tmp_path, "exit 0") == 0
