# SPDX-License-Identifier: MIT
"""Recovery under a supervisor with systemd's contract (a notify socket, READY=1, WATCHDOG=1
within WatchdogSec, a restart on any exit or silence): a kill -9 brings the exhibit back, and a
frozen interface stops its heartbeat, so the supervisor restarts it."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="systemd's contract")
WATCHDOG_S = 2.0  # WatchdogSec= for the test: the exhibit beats every second


class Supervisor:
    """systemd's side of the contract, small: start, listen, restart."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.address = str(tmp / "notify")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.address)
        self.process: subprocess.Popen | None = None

    def start(self, **extra: str) -> None:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "NOTIFY_SOCKET": self.address,
            "WATCHDOG_USEC": str(int(WATCHDOG_S * 1e6)),
            "XDG_STATE_HOME": str(self.tmp / "state"),
            "XDG_DATA_HOME": str(self.tmp / "data"),
            **extra,
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--windowed", "--size", "800x600"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def hear(self, message: str, within: float) -> float | None:
        """Seconds until `message` arrived, or None after `within` seconds of silence on it."""
        started = time.monotonic()
        while (left := within - (time.monotonic() - started)) > 0:
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(4096).decode()
            except TimeoutError:
                return None
            if message in data.split("\n"):
                return time.monotonic() - started
        return None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.sock.close()


@pytest.fixture
def supervisor(tmp_path):
    # A short path: a unix socket's name is limited to about 100 characters.
    short = Path(os.environ.get("TMPDIR", "/tmp")) / f"k{os.getpid()}"
    short.mkdir(exist_ok=True)
    supervisor = Supervisor(short)
    yield supervisor
    supervisor.stop()
    for item in sorted(short.rglob("*"), reverse=True):
        item.unlink() if not item.is_dir() else item.rmdir()
    short.rmdir()


def test_after_a_kill_9_the_exhibit_is_back_and_ready_within_5_s(supervisor):
    supervisor.start()
    assert supervisor.hear("READY=1", within=60) is not None
    assert supervisor.hear("WATCHDOG=1", within=WATCHDOG_S * 2) is not None
    supervisor.process.send_signal(signal.SIGKILL)
    supervisor.process.wait()
    supervisor.start()  # Restart=always, RestartSec= aside
    back = supervisor.hear("READY=1", within=30)
    assert back is not None and back < 5, back


def test_a_frozen_interface_stops_the_heartbeat_and_is_restarted(supervisor):
    supervisor.start(KIOSK_TEST_FREEZE_AFTER_S="3")
    assert supervisor.hear("READY=1", within=60) is not None
    assert supervisor.hear("WATCHDOG=1", within=WATCHDOG_S * 2) is not None
    # Frozen after 3 s: the beats stop, and after WatchdogSec the supervisor acts.
    deadline = time.monotonic() + 20
    while supervisor.hear("WATCHDOG=1", within=WATCHDOG_S) is not None:
        assert time.monotonic() < deadline, "the heartbeat went on although the interface froze"
    assert supervisor.process.poll() is None  # alive, but frozen
    supervisor.process.send_signal(signal.SIGABRT)  # what systemd sends at a watchdog timeout
    supervisor.process.wait()
    supervisor.start()
    assert supervisor.hear("READY=1", within=30) is not None


def test_after_three_crashes_in_a_minute_it_rests_calmly_and_stays_alive(supervisor):
    for _ in range(3):
        supervisor.start()
        assert supervisor.hear("READY=1", within=60) is not None
        supervisor.process.send_signal(signal.SIGKILL)
        supervisor.process.wait()
    supervisor.start()
    assert supervisor.hear("READY=1", within=30) is not None  # the out-of-order window's frame
    assert supervisor.hear("WATCHDOG=1", within=WATCHDOG_S * 2) is not None  # alive, resting
    log = (supervisor.tmp / "state" / "cuban-crisis-kiosk" / "log" / "kiosk.log").read_text()
    assert "event=out_of_order crashes=3 rest_s=120" in log
    assert supervisor.process.poll() is None


def test_a_stop_signal_ends_the_exhibit_cleanly_and_is_no_crash(supervisor):
    supervisor.start()
    assert supervisor.hear("READY=1", within=60) is not None
    supervisor.process.send_signal(signal.SIGTERM)  # systemd stopping the unit, a shutdown
    assert supervisor.process.wait(timeout=30) == 0
    history = supervisor.tmp / "data" / "cuban-crisis-kiosk" / "starts.json"
    assert json.loads(history.read_text())["starts"][-1]["ended"] is True
    # And the real runner started and stopped without a single error on the way.
    log = (supervisor.tmp / "state" / "cuban-crisis-kiosk" / "log" / "kiosk.log").read_text()
    assert "uncaught exception" not in log and "event=crash" not in log
