# SPDX-License-Identifier: MIT
"""Keeps the exhibit running where no systemd does (Windows; `kiosk --supervise`).

It plays systemd's part in the same contract (kiosk/liveness.py): it starts the exhibit, hears
READY=1 at its first frame and WATCHDOG=1 while its window still draws, over a localhost UDP
socket named in NOTIFY_SOCKET. It restarts the exhibit after any end but a staff exit, within
FIRST_DELAY_S of a crash; kills and restarts it when it never gets ready or its beats stop; and
backs off while starts keep failing quickly (each quick failure doubles the wait, up to
LONGEST_DELAY_S; a run that lasted STABLE_S starts the count again). A crash loop the exhibit
itself notices rests on its out-of-order screen (kiosk/start_history.py), so visitors do not
see the desktop flicker between tries.

It imports no Qt and reads no content: little that can fail. It logs to its own file beside the
exhibit's (two processes must not rotate one file).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kiosk.events import event
from kiosk.exit_codes import EXIT_RESTART, EXIT_STAFF
from kiosk.logs import file_handler

log = logging.getLogger("kiosk.supervisor")

WATCHDOG_S = 30.0  # as the .deb's WatchdogSec=
START_TIMEOUT_S = 120.0  # as TimeoutStartSec=: a cold start on a slow disk
FIRST_DELAY_S = 1.0
LONGEST_DELAY_S = 60.0
STABLE_S = 60.0  # a run this long was no crash loop: the back-off starts again
STOP_TIMEOUT_S = 10.0  # for the exhibit to quit when the supervisor is stopped


@dataclass(frozen=True)
class Ending:
    """How one run of the exhibit ended."""

    code: int | None  # its exit status, or None when the supervisor killed it
    reason: str  # "exit", "never ready" or "heartbeat stopped"
    lived_s: float


class Supervisor:
    def __init__(
        self,
        command: Sequence[str],
        watchdog_s: float = WATCHDOG_S,
        start_timeout_s: float = START_TIMEOUT_S,
        wait: Callable[[float], bool] | None = None,
    ) -> None:
        self._command = list(command)
        self._watchdog_s = watchdog_s
        self._start_timeout_s = start_timeout_s
        self._stopping = threading.Event()
        # Waiting between tries; stop() interrupts it.
        self._wait = wait or self._stopping.wait
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._process: subprocess.Popen | None = None
        self.delay_s = FIRST_DELAY_S
        self.starts = 0

    def run(self) -> int:
        """Run the exhibit until staff exit it (returns EXIT_STAFF, so a shell that restarts
        its program, Shell Launcher, can be told to leave it stopped) or stop() is called
        (returns 1)."""
        try:
            while not self._stopping.is_set():
                ending = self._run_once()
                if ending.code == EXIT_STAFF:
                    log.info("the exhibit was exited by staff: not restarting")
                    event("supervisor_stop", reason="staff_exit")
                    return EXIT_STAFF
                if self._stopping.is_set():
                    break
                delay = self._next_delay(ending)
                log.warning(
                    "the exhibit ended (%s, status %s, after %.0f s): restarting in %.0f s",
                    ending.reason,
                    ending.code,
                    ending.lived_s,
                    delay,
                )
                event("supervisor_restart", reason=ending.reason, code=ending.code, delay_s=delay)
                self._wait(delay)
            return 1
        finally:
            self._sock.close()

    def stop(self) -> None:
        """End supervision and, cleanly, the exhibit (from another thread or a signal handler:
        the loop notices within half a second)."""
        self._stopping.set()

    @property
    def stopped(self) -> bool:
        return self._stopping.is_set()

    def _next_delay(self, ending: Ending) -> float:
        if ending.code == EXIT_RESTART and ending.reason == "exit":
            self.delay_s = FIRST_DELAY_S  # a staff restart or the end of a rest: at once
            return 0.0
        if ending.lived_s >= STABLE_S:
            self.delay_s = FIRST_DELAY_S
        delay = self.delay_s
        self.delay_s = min(self.delay_s * 2, LONGEST_DELAY_S)
        return delay

    def _run_once(self) -> Ending:
        host, port = self._sock.getsockname()
        env = {
            **os.environ,
            "NOTIFY_SOCKET": f"udp:{host}:{port}",
            "WATCHDOG_USEC": str(int(self._watchdog_s * 1e6)),
        }
        self._drain()  # a late beat from the run before must not pass for this run's READY
        started = time.monotonic()
        self._process = process = subprocess.Popen(self._command, env=env)
        self.starts += 1
        log.info("started the exhibit (pid %d): %s", process.pid, " ".join(self._command))
        ready = False
        deadline = started + self._start_timeout_s
        while (code := process.poll()) is None:
            if self._stopping.is_set():
                self._end(process)
                return Ending(process.returncode, "stopped", time.monotonic() - started)
            now = time.monotonic()
            if now >= deadline:
                reason = "heartbeat stopped" if ready else "never ready"
                log.error("the exhibit (pid %d): %s; killing it", process.pid, reason)
                process.kill()
                process.wait()
                return Ending(None, reason, now - started)
            for message in self._hear(min(deadline - now, 0.5)):
                if message in ("READY=1", "WATCHDOG=1"):
                    ready = True
                    deadline = time.monotonic() + self._watchdog_s
        return Ending(code, "exit", time.monotonic() - started)

    @staticmethod
    def _end(process: subprocess.Popen) -> None:
        """Ask the exhibit to quit (it closes its statistics and says goodbye), then make sure."""
        process.terminate()  # SIGTERM; on Windows TerminateProcess, which is already final
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def _drain(self) -> None:
        self._sock.setblocking(False)
        try:
            while True:
                self._sock.recv(4096)
        except OSError:  # BlockingIOError: nothing left
            pass
        finally:
            self._sock.setblocking(True)

    def _hear(self, within: float) -> list[str]:
        self._sock.settimeout(max(within, 0.01))
        try:
            data = self._sock.recv(4096)
        except (TimeoutError, OSError):
            return []
        return data.decode("utf-8", "replace").split("\n")


def exhibit_command(arguments: Sequence[str]) -> list[str]:
    """The exhibit as this program was started, without --supervise."""
    rest = [a for a in arguments if a != "--supervise"]
    if getattr(sys, "frozen", False):
        return [sys.executable, *rest]
    return [sys.executable, "-m", "kiosk", *rest]


def supervise(arguments: Sequence[str]) -> int:
    """`kiosk --supervise [exhibit options]`: the Windows logon task's command."""
    logger = logging.getLogger("kiosk")
    logger.setLevel(logging.INFO)
    if sys.stderr:  # a developer's terminal; the Windows GUI build has none
        logger.addHandler(logging.StreamHandler())
    with contextlib.suppress(OSError):  # an unwritable log folder must not stop the exhibit
        logger.addHandler(file_handler("supervisor.log"))
    watchdog_s = float(os.environ.get("KIOSK_SUPERVISOR_WATCHDOG_S") or WATCHDOG_S)
    supervisor = Supervisor(exhibit_command(arguments), watchdog_s=watchdog_s)
    # Stopping the supervisor (a shutdown, Ctrl+C, the task ended) stops the exhibit with it:
    # never an exhibit left running with nobody watching it.
    for name in ("SIGTERM", "SIGHUP", "SIGINT", "SIGBREAK"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_: supervisor.stop())
    event("supervisor_start", pid=os.getpid(), watchdog_s=watchdog_s)
    code = supervisor.run()
    if supervisor.stopped:
        event("supervisor_stop", reason="stopped")
    return code
