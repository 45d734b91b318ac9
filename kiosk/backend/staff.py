# SPDX-License-Identifier: MIT
"""Staff mode: behind a hidden gesture and a PIN, what museum staff need without a keyboard:
close back to visitors, restart the exhibit, exit to the desktop, and what the exhibit knows of
itself (diagnostics, today's visitors).

Exit to the desktop must really stop: under the .deb's systemd unit (Restart=always) the
exhibit leaves a note, `staff-exit`, in its data folder and quits; the unit's session script
sees the note and ends with EXIT_STAFF, which the unit's RestartPreventExitStatus= names (Cage
itself always ends with 0, so the exhibit's own exit status cannot say it). On Windows the
exhibit's own supervisor (kiosk/supervisor.py) reads EXIT_STAFF directly.
"""

from __future__ import annotations

import logging
import platform
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk import __version__, export, paths
from kiosk.backend.qt_types import QStringList, QVariantMap
from kiosk.events import event
from kiosk.exit_codes import EXIT_RESTART, EXIT_STAFF
from kiosk.staff_pin import PinLock
from kiosk.visitor_stats import VisitorStats

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

STAFF_EXIT_NOTE = "staff-exit"


@QmlElement
@QmlUncreatable("The Exhibit owns staff mode.")
class Staff(QObject):
    changed = Signal()
    # Leaving for good or restarting: the application quits with this status (the runner).
    quitRequested = Signal(int)
    # From the export's thread: its state and what to tell staff.
    _exportFinished = Signal(str, str)

    def __init__(
        self,
        lock: PinLock,
        data_dir: Path,
        diagnostics: Callable[[], dict[str, Any]],
        stats: VisitorStats | None,
        parent: QObject | None = None,
        export_to: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._export_to = export_to
        self._export_state = ""  # "", "working", "done", "no drive", "failed"
        self._export_detail = ""
        self._exportFinished.connect(self._export_finished)
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

    # --- taking logs and statistics away -----------------------------------------------------

    @Slot()
    def exportData(self) -> None:
        """Copy logs and statistics to a USB drive (or `[staff] export_to`), off the interface
        thread: a slow stick must not freeze the screen."""
        if self._export_state == "working":
            return
        self._export_state, self._export_detail = "working", ""
        self.changed.emit()
        about = {k: str(v) for k, v in self._get_diagnostics().items()}
        threading.Thread(target=self._export, args=(about,), daemon=True).start()

    def _export(self, about: dict[str, str]) -> None:
        targets = [Path(self._export_to)] if self._export_to else export.removable_drives()
        if not targets:
            self._exportFinished.emit("no drive", "")
            return
        problems = []
        for target in targets:
            stats = self._statistics_reader()
            try:
                done = export.export(target, paths.log_dir(), stats, about)
            except (OSError, sqlite3.Error) as exc:
                problems.append(f"{target}: {exc}")
                continue
            finally:
                if stats is not None:
                    stats.close()
            log.info("staff: exported %s to %s", ", ".join(done.files), done.folder)
            event("staff_export", files=len(done.files))
            self._exportFinished.emit("done", str(done.folder))
            return
        log.error("staff: export failed: %s", "; ".join(problems))
        self._exportFinished.emit("failed", problems[-1])

    def _statistics_reader(self) -> VisitorStats | None:
        """Its own read-only connection (SQLite connections stay in their thread), or None:
        the logs are worth taking even without the statistics."""
        if self._stats is None:
            return None
        try:
            return VisitorStats(self._stats.path, 1, read_only=True)
        except sqlite3.Error as exc:
            log.warning("staff: the export goes without statistics (%s)", exc)
            return None

    @Slot(str, str)
    def _export_finished(self, state: str, detail: str) -> None:
        self._export_state, self._export_detail = state, detail
        self.changed.emit()

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

    def _get_export_state(self) -> str:
        return self._export_state

    def _get_export_detail(self) -> str:
        return self._export_detail

    enabled = Property(bool, _get_enabled, notify=changed)
    # The last export: "", "working", "done", "no drive" or "failed"; and its folder or error.
    exportState = Property(str, _get_export_state, notify=changed)
    exportDetail = Property(str, _get_export_detail, notify=changed)
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
