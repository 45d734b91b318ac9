# SPDX-License-Identifier: MIT
"""The Linux units' start-rate limit and its calm fallback: five failed starts in two minutes
hand over to the resting unit, which shows a bilingual message on the console and starts the
exhibit again later; a staff exit is a clean stop that does not. systemd itself checks both
units' syntax."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

LINUX = Path(__file__).parents[2] / "packaging" / "linux"
UNITS = ("cuban-crisis-kiosk.service", "cuban-crisis-kiosk-resting.service")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux units")


def unit(name: str) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for line in (LINUX / name).read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            keys.setdefault(key, []).append(value)
    return keys


def test_repeated_failed_starts_hand_over_to_the_resting_unit_but_a_staff_exit_does_not():
    exhibit = unit(UNITS[0])
    assert exhibit["StartLimitIntervalSec"] == ["120"] and exhibit["StartLimitBurst"] == ["5"]
    assert exhibit["OnFailure"] == [UNITS[1]]
    # Exit status 75 stays stopped, and counts as success, so OnFailure= does not fire.
    assert exhibit["RestartPreventExitStatus"] == ["75"] == exhibit["SuccessExitStatus"]
    resting = unit(UNITS[1])
    assert resting["ExecStart"] == ["/opt/cuban-crisis-kiosk/system/resting.sh"]
    assert resting["TTYPath"] == ["/dev/tty1"] and resting["StandardOutput"] == ["tty"]
    assert "Install" not in (LINUX / UNITS[1]).read_text(encoding="utf-8")  # only OnFailure=


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_accepts_both_units(tmp_path):
    for name in (*UNITS, "session.sh", "resting.sh"):
        text = (LINUX / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(
            text.replace("/opt/cuban-crisis-kiosk/system/", f"{tmp_path}/"), encoding="utf-8"
        )
        (tmp_path / name).chmod(0o755 if name.endswith(".sh") else 0o644)
    done = subprocess.run(
        ["systemd-analyze", "verify", *(str(tmp_path / u) for u in UNITS)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and done.stderr.strip() == "", done.stderr


def test_the_resting_script_shows_a_calm_message_then_starts_the_exhibit_again(tmp_path):
    calls = tmp_path / "calls"
    systemctl = tmp_path / "systemctl"
    systemctl.write_text(f'#!/bin/sh\necho "$@" >> {calls}\n', encoding="utf-8")
    systemctl.chmod(0o755)
    env = {**os.environ, "KIOSK_SYSTEMCTL": str(systemctl), "KIOSK_RETRY_AFTER_S": "0"}
    done = subprocess.run(
        ["sh", str(LINUX / "resting.sh")], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0
    assert "This exhibit is taking a short break." in done.stdout
    assert "Esta exposición se está tomando un breve descanso." in done.stdout
    assert "rror" not in done.stdout
    assert calls.read_text(encoding="utf-8").splitlines() == [
        "reset-failed cuban-crisis-kiosk.service",
        "start --no-block cuban-crisis-kiosk.service",
    ]
