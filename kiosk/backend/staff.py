# SPDX-License-Identifier: MIT
"""Staff mode: behind a hidden gesture and a PIN, what museum staff need without a keyboard:
close back to visitors, restart the exhibit, exit to the desktop, and what the exhibit knows of
itself (diagnostics, today's visitors).

Exit to the desktop must really stop: under the .deb's systemd unit (Restart=always) the
exhibit leaves a note, `staff-exit`, in its data folder and quits; the unit's session script
sees the note and ends with EXIT_STAFF, which the unit's RestartPreventExitStatus= names (Cage
itself always ends with 0, so the exhibit's own exit status cannot say it).
"""

from __future__ import annotations

import logging
import platform
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk import __version__
from kiosk.backend.qt_types import QStringList, QVariantMap
from kiosk.events import event
from kiosk.staff_pin import PinLock
from kiosk.visitor_stats import VisitorStats

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

EXIT_STAFF = 75  # the session script's exit status after a staff exit (packaging/linux)
EXIT_RESTART = 0  # Restart=always brings the exhibit straight back
STAFF_EXIT_NOTE = "staff-exit"


@QmlElement
@QmlUncreatable("The Exhibit owns staff mode.")
class Staff(QObject):
    changed = Signal()
    # Leaving for good or restarting: the application quits with this status (the runner).
    quitRequested = Signal(int)

    def __init__(
        self,
        lock: PinLock,
        data_dir: Path,
        diagnostics: Callable[[], dict[str, Any]],
        stats: VisitorStats | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lock = lock
        self._data_dir = data_dir
        self._diagnostics = diagnostics
        self._stats = stats
        self._open = False
        self._pad_open = False
        self._message = ""
        self._started = time.monotonic()
        if not lock.enabled:
            log.info("staff mode is off: no PIN is set (kiosk set-pin sets one)")

    # --- the PIN pad ------------------------------------------------------------------------

    @Slot(str, result=bool)
    def enter(self, pin: str) -> bool:
        verdict = self._lock.check(pin)
        event(
            "staff_pin", result="ok" if verdict.ok else "locked" if verdict.locked_for else "wrong"
        )
        if verdict.ok:
            self._message = ""
            self._open = True
            log.info("staff: staff mode opened")
        elif verdict.locked_for:
            self._message = "locked"
        else:
            self._message = "wrong"
        self.changed.emit()
        return verdict.ok

    @Slot()
    def close(self) -> None:
        if self._open:
            log.info("staff: back to visitors")
        self._open = False
        self._pad_open = False
        self._message = ""
        self.changed.emit()

    # --- leaving ----------------------------------------------------------------------------

    @Slot()
    def exitToDesktop(self) -> None:
        log.info("staff: exit to the desktop")
        event("staff_exit")
        try:
            self._data_dir.mkdir(parents=True, exist_ok=True)
            (self._data_dir / STAFF_EXIT_NOTE).write_text(str(time.time()), encoding="ascii")
        except OSError as exc:
            log.error("staff exit note cannot be written (%s): the exhibit may restart", exc)
        self.quitRequested.emit(EXIT_STAFF)

    @Slot()
    def restart(self) -> None:
        log.info("staff: restart")
        event("staff_restart")
        self.quitRequested.emit(EXIT_RESTART)

    # --- what the exhibit knows of itself ----------------------------------------------------

    def _get_diagnostics(self) -> dict[str, Any]:
        uptime = int(time.monotonic() - self._started)
        return {
            **self._diagnostics(),
            "version": __version__,
            "uptime": f"{uptime // 3600} h {uptime % 3600 // 60:02d} min",
            "system": f"{platform.system()} {platform.release()}",
        }

    def _get_today(self) -> list[str]:
        if self._stats is None:
            return []
        try:
            return self._stats.summary(date.today()).lines()[1:]
        except Exception:  # a damaged statistics file must not close staff mode
            log.exception("today's statistics cannot be read")
            return []

    def _get_pad_open(self) -> bool:
        return self._pad_open

    def _set_pad_open(self, value: bool) -> None:
        if value != self._pad_open:
            self._pad_open = value
            self._message = ""
            self.changed.emit()

    @property
    def busy(self) -> bool:
        """Staff are at the screen (the PIN pad or staff mode): no idle warning, no reset."""
        return self._open or self._pad_open

    def _get_enabled(self) -> bool:
        return self._lock.enabled

    def _get_open(self) -> bool:
        return self._open

    def _get_message(self) -> str:
        return self._message

    def _get_locked_for(self) -> int:
        return self._lock.status().locked_for

    def _get_tries_left(self) -> int:
        return self._lock.status().tries_left

    enabled = Property(bool, _get_enabled, notify=changed)
    # The PIN pad is up (set by QML).
    padOpen = Property(bool, _get_pad_open, _set_pad_open, notify=changed)
    # The staff screen is showing.
    open = Property(bool, _get_open, notify=changed)
    # After a try: "", "wrong" or "locked".
    message = Property(str, _get_message, notify=changed)
    lockedFor = Property(int, _get_locked_for, notify=changed)
    triesLeft = Property(int, _get_tries_left, notify=changed)
    diagnostics = Property(QVariantMap, _get_diagnostics, notify=changed)
    today = Property(QStringList, _get_today, notify=changed)
