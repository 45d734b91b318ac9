# SPDX-License-Identifier: MIT
"""The Windows bundle and installer, built on Linux, checked under Wine (offscreen).

Needs `python packaging/build.py --target windows` first (tools/run-tests.sh does it)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import __version__
from tests.conftest import TEST_PACK
from tests.packaging.conftest import ROOT, expected_screens

sys.path.insert(0, str(ROOT / "packaging"))
from windows_build import wine, wine_env

BUNDLE = ROOT / "dist" / f"cuban-crisis-kiosk-{__version__}-windows-x64"
SETUP = ROOT / "dist" / f"cuban-crisis-kiosk-{__version__}-setup.exe"
PREFIX = ROOT / "build" / "windows" / "wineprefix"
PROGRAM = PREFIX / "drive_c" / "Program Files" / "Cuban Missile Crisis Exhibit"
DATA = PREFIX / "drive_c" / "ProgramData" / "ExhibitWorks" / "cuban-crisis-kiosk"

pytestmark = pytest.mark.skipif(
    not (BUNDLE / "kiosk-cli.exe").exists() or shutil.which("wine") is None or not PREFIX.is_dir(),
    reason="no Windows bundle: build it with `python packaging/build.py --target windows`",
)


def self_test(cli: Path, *args: str) -> dict:
    done = wine(PREFIX, cli, "--self-test", *args)
    start = done.stdout.find("{")
    assert start >= 0, done.stdout
    report = json.loads(done.stdout[start:])
    assert done.returncode == 0 and report["ok"], [c for c in report["checks"] if not c["ok"]]
    return report


def test_frozen_windows_self_test_passes_under_wine():
    report = self_test(BUNDLE / "kiosk-cli.exe")
    assert report["frozen"] is True
    screens = next(c for c in report["checks"] if c["name"] == "screens")
    assert screens["detail"]["rendered"] == expected_screens(report) > 0


def test_frozen_windows_self_test_decodes_images():
    # Wine maps the Linux root to drive Z:.
    report = self_test(BUNDLE / "kiosk-cli.exe", "--content", "Z:" + str(TEST_PACK))
    content = next(c for c in report["checks"] if c["name"] == "content")
    assert content["detail"]["images"] == 1


def test_visitor_exe_is_a_gui_program_and_staff_exe_a_console_one():
    def subsystem(exe: Path) -> int:
        data = exe.read_bytes()
        pe = int.from_bytes(data[0x3C:0x40], "little")
        return int.from_bytes(data[pe + 0x5C : pe + 0x5E], "little")

    assert subsystem(BUNDLE / "kiosk.exe") == 2  # IMAGE_SUBSYSTEM_WINDOWS_GUI: no console
    assert subsystem(BUNDLE / "kiosk-cli.exe") == 3  # IMAGE_SUBSYSTEM_WINDOWS_CUI


def run_setup(*args: str) -> None:
    done = wine(PREFIX, *args)
    subprocess.run(["wineserver", "-w"], env={"WINEPREFIX": str(PREFIX)}, check=True)
    assert done.returncode == 0, done.stdout


def test_installer_installs_upgrades_and_uninstalls_keeping_data():
    shutil.rmtree(PROGRAM, ignore_errors=True)
    shutil.rmtree(DATA, ignore_errors=True)
    try:
        run_setup(SETUP, "/S")
        assert (PROGRAM / "kiosk.exe").is_file() and (PROGRAM / "uninstall.exe").is_file()
        assert (DATA / "settings.toml").is_file() and (DATA / "content").is_dir()
        # Where the exhibit writes, whichever user runs it (kiosk/paths.py).
        assert (DATA / "data").is_dir() and (DATA / "logs").is_dir()
        installed = self_test(PROGRAM / "kiosk-cli.exe")
        assert "Program Files" in installed["assets"]

        (DATA / "settings.toml").write_text('language = "es"\n', encoding="utf-8")
        run_setup(SETUP, "/S")  # upgrade over itself
        assert (DATA / "settings.toml").read_text(encoding="utf-8") == 'language = "es"\n'

        run_setup(PROGRAM / "uninstall.exe", "/S")
        assert not PROGRAM.exists()
        assert (DATA / "settings.toml").is_file(), "uninstalling must keep settings and data"
    finally:
        shutil.rmtree(PROGRAM, ignore_errors=True)
        shutil.rmtree(DATA, ignore_errors=True)


def test_the_supervisor_restarts_a_frozen_exhibit_under_wine(qtbot):
    """The logon task's command, `kiosk.exe --supervise`: the exhibit freezes (a test hook), its
    heartbeat over localhost UDP stops, and the supervisor kills it and starts it again at once.
    Wine runs the real Windows process, sockets and TerminateProcess."""
    for old in PREFIX.glob("drive_c/users/*/AppData/Local/ExhibitWorks/cuban-crisis-kiosk"):
        shutil.rmtree(old)
    env = {**wine_env(PREFIX), "KIOSK_TEST_FREEZE_AFTER_S": "6", "KIOSK_SUPERVISOR_WATCHDOG_S": "4"}
    # Wine passes no QT_* variable from Linux to Windows programs; its registry can set them.
    windows_env = {"QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    for name, value in windows_env.items():
        wine(PREFIX, "reg", "add", r"HKCU\Environment", "/v", name, "/d", value, "/f")
    supervisor = subprocess.Popen(
        ["wine", str(BUNDLE / "kiosk.exe"), "--supervise", "--windowed", "--size", "800x600"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def log(name: str) -> str:
        found = list(PREFIX.glob(f"drive_c/users/*/AppData/Local/ExhibitWorks/*/Logs/{name}"))
        return found[0].read_text(encoding="utf-8", errors="replace") if found else ""

    try:
        qtbot.waitUntil(
            lambda: log("kiosk.log").count("ready: first frame drawn") >= 2, timeout=240_000
        )
        supervised = log("supervisor.log")
        assert "event=supervisor_restart reason=heartbeat_stopped" in supervised
        assert "delay_s=1.0" in supervised  # the first restart: within the 5 s
        assert len(set(re.findall(r"event=start .*?pid=(\d+)", log("kiosk.log")))) >= 2
        assert "uncaught exception" not in log("kiosk.log")
    finally:
        subprocess.run(["wineserver", "-k"], env={"WINEPREFIX": str(PREFIX)}, check=False)
        supervisor.wait(timeout=60)
        for name in windows_env:
            wine(PREFIX, "reg", "delete", r"HKCU\Environment", "/v", name, "/f")
