# SPDX-License-Identifier: MIT
"""Telling the supervisor the exhibit is alive: systemd's notify protocol (READY=1, then
WATCHDOG=1 every few seconds), sent only while the interface still answers.

"Still answers" means both that the event loop runs (the heartbeat's timer fires) and that the
window still draws (each beat asks for a frame and the next beat checks that one came): a frozen
render thread or a stuck slot stops the beats, and systemd's WatchdogSec= restarts the exhibit.
The protocol is one datagram to $NOTIFY_SOCKET: a unix socket from systemd, or
`udp:127.0.0.1:PORT` from the exhibit's own supervisor where there is no systemd (Windows,
kiosk/supervisor.py). Without that variable (a developer's run) nothing is sent.
"""

from __future__ import annotations

import logging
import os
import socket
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtQuick import QQuickWindow

log = logging.getLogger(__name__)


def notify(message: str) -> bool:
    """Send one sd_notify message; False when there is no supervisor to hear it."""
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address:
        return False
    family = getattr(socket, "AF_UNIX", None)
    target: str | tuple[str, int] = address
    if address.startswith("udp:"):
        host, _, port = address[4:].rpartition(":")
        family, target = socket.AF_INET, (host, int(port) if port.isdigit() else 0)
    elif address.startswith("@"):  # an abstract socket
        target = "\0" + address[1:]
    if family is None:
        log.warning("supervisor address %r needs unix sockets, which this system lacks", address)
        return False
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as sock:
            sock.sendto(message.encode(), target)
    except OSError as exc:
        log.warning("supervisor notification %r failed (%s)", message, exc)
        return False
    return True


def watchdog_interval_s() -> float | None:
    """Half of systemd's WatchdogSec=, as it asks, or None when no watchdog is set."""
    microseconds = os.environ.get("WATCHDOG_USEC", "")
    return int(microseconds) / 2e6 if microseconds.isdigit() else None


class Heartbeat(QObject):
    """READY=1 at the first frame, then WATCHDOG=1 on each beat that finds a frame drawn since
    the beat before."""

    def __init__(
        self, window: QQuickWindow, interval_s: float, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._asked = time.monotonic()
        self._drawn = 0.0
        self._ready = False
        window.frameSwapped.connect(self._frame)
        self._timer = QTimer(self)
        self._timer.setInterval(max(500, int(interval_s * 1000)))
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _frame(self) -> None:
        self._drawn = time.monotonic()
        if not self._ready:
            self._ready = True
            notify("READY=1")
            log.info("ready: first frame drawn")

    def _beat(self) -> None:
        if self._ready and self._drawn >= self._asked:
            notify("WATCHDOG=1")
        self._asked = time.monotonic()
        self._window.update()  # the next beat checks that this frame came
