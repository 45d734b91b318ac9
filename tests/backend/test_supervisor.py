# SPDX-License-Identifier: MIT
"""The supervisor that keeps the exhibit running where there is no systemd (Windows): restarts
after a crash with back-off, at once after a staff restart, never after a staff exit; kills an
exhibit that never gets ready or whose heartbeat stops. First with a stand-in that follows a
plan, then with the real exhibit, killed -9 and back within 5 s."""

from __future__ import annotations

import logging
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.exit_codes import EXIT_STAFF
from kiosk.supervisor import FIRST_DELAY_S, LONGEST_DELAY_S, STABLE_S, Ending, Supervisor

FAKE = Path(__file__).parents[1] / "data" / "fake_exhibit.py"


class Plan:
    """A supervisor over the stand-in, with its waits recorded instead of waited."""

    def __init__(self, tmp: Path, *plans: str, **limits: float) -> None:
        self.runs = tmp / "runs"
        self.waits: list[float] = []
        self.supervisor = Supervisor(
            [sys.executable, str(FAKE), str(self.runs), *plans],
            wait=lambda s: self.waits.append(s) or False,
            **limits,
        )

    def run(self) -> int:
        return self.supervisor.run()


def test_a_staff_exit_ends_supervision(tmp_path):
    plan = Plan(tmp_path, "staff")
    assert plan.run() == EXIT_STAFF
    assert plan.supervisor.starts == 1 and plan.waits == []


def test_crashes_restart_at_once_then_back_off(tmp_path):
    plan = Plan(tmp_path, "crash", "crash", "crash", "crash", "staff")
    assert plan.run() == EXIT_STAFF
    assert plan.supervisor.starts == 5
    assert plan.waits == [FIRST_DELAY_S, 2 * FIRST_DELAY_S, 4 * FIRST_DELAY_S, 8 * FIRST_DELAY_S]
    assert plan.waits[0] <= 5  # the bound: back within 5 s of a crash


def test_a_staff_restart_starts_again_without_waiting(tmp_path):
    plan = Plan(tmp_path, "crash", "restart", "staff")
    assert plan.run() == EXIT_STAFF
    assert plan.waits == [FIRST_DELAY_S, 0.0]
    assert plan.supervisor.delay_s == FIRST_DELAY_S  # and the back-off starts again


def test_an_exhibit_that_never_gets_ready_is_killed_and_restarted(tmp_path, caplog):
    plan = Plan(tmp_path, "silent", "staff", start_timeout_s=1.0)
    assert plan.run() == EXIT_STAFF
    assert plan.supervisor.starts == 2
    assert "never ready" in caplog.text


def test_a_frozen_exhibit_is_killed_when_its_beats_stop(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    plan = Plan(tmp_path, "freeze", "staff", watchdog_s=1.0)
    assert plan.run() == EXIT_STAFF
    assert plan.supervisor.starts == 2
    assert "heartbeat stopped" in caplog.text
    assert "event=supervisor_restart reason=heartbeat_stopped" in caplog.text


def test_the_back_off_is_capped_and_forgotten_after_a_stable_run(tmp_path):
    supervisor = Supervisor([sys.executable, "-c", ""])
    delays = [supervisor._next_delay(Ending(1, "exit", 2.0)) for _ in range(10)]
    assert delays[0] == FIRST_DELAY_S and max(delays) == LONGEST_DELAY_S == delays[-1]
    assert supervisor._next_delay(Ending(1, "exit", STABLE_S + 1)) == FIRST_DELAY_S


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kill -9 and /proc")
def test_the_real_exhibit_is_back_within_5_s_after_a_kill_9(tmp_path, qtbot):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("NOTIFY_SOCKET", None)
    log_dir = tmp_path / "state" / "cuban-crisis-kiosk" / "log"
    supervisor = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--supervise", "--windowed", "--size", "800x600"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def ready_pids() -> list[str]:
        """The exhibits that drew their first frame, in order (their start lines name them)."""
        log = (log_dir / "kiosk.log").read_text() if (log_dir / "kiosk.log").exists() else ""
        pids = re.findall(r"event=start .*?pid=(\d+)", log)
        return pids[: log.count("ready: first frame drawn")]

    try:
        qtbot.waitUntil(lambda: len(ready_pids()) == 1, timeout=60_000)
        first = ready_pids()[0]
        os.kill(int(first), signal.SIGKILL)
        qtbot.waitUntil(lambda: len(ready_pids()) == 2, timeout=5_000)
        second = ready_pids()[1]
        assert second != first
        supervised = (log_dir / "supervisor.log").read_text()
        assert "event=supervisor_restart reason=exit code=-9" in supervised
        # Stopping the supervisor stops the exhibit with it, cleanly: none left unwatched.
        supervisor.send_signal(signal.SIGTERM)
        assert supervisor.wait(timeout=30) == 1
        assert not Path(f"/proc/{second}").exists()
        assert "event=stop code=0" in (log_dir / "kiosk.log").read_text()
        assert "event=supervisor_stop reason=stopped" in (log_dir / "supervisor.log").read_text()
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
            supervisor.wait()
        for pid in ready_pids():
            if Path(f"/proc/{pid}").exists():
                os.kill(int(pid), signal.SIGKILL)


def test_a_late_beat_from_the_run_before_does_not_pass_for_the_next_runs_ready(tmp_path, caplog):
    plan = Plan(tmp_path, "silent", "staff", start_timeout_s=1.0, watchdog_s=0.2)
    address = plan.supervisor._sock.getsockname()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as late:
        late.sendto(b"WATCHDOG=1", address)  # sent by an exhibit just killed
    assert plan.run() == EXIT_STAFF
    assert "never ready" in caplog.text and "heartbeat stopped" not in caplog.text
