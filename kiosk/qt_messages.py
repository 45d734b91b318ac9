# SPDX-License-Identifier: MIT
"""Send every Qt and QML message to the exhibit's log, with its level, at a bounded rate.

Without this, Qt prints to a console nobody reads (and the Windows GUI build has none), and a
warning raised in a binding that re-evaluates every frame would write 60 lines a second for ten
hours. Each distinct message is logged a few times per minute; further repeats are counted and
summarised once, and a flood of distinct messages is capped as a whole.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class QtMessageLog:
    """A Qt message handler: per window of `window_s` seconds, each distinct message is logged
    at most `per_message` times and all messages together at most `per_window` times."""

    def __init__(
        self,
        logger: logging.Logger,
        per_message: int = 3,
        per_window: int = 60,
        window_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._log = logger
        self._per_message = per_message
        self._per_window = per_window
        self._window_s = window_s
        self._clock = clock
        self._lock = threading.Lock()
        self._window_start = clock()
        self._counts: dict[tuple[int, str], int] = {}  # at most per_window keys
        self._logged = 0
        self._dropped = 0  # over the window's cap: not even counted per message

    def __call__(self, kind: QtMsgType, context: QMessageLogContext | None, message: str) -> None:
        level = _LEVELS.get(kind, logging.WARNING)
        category = getattr(context, "category", None) or ""
        text = message if category in ("", "default", "qml", "js") else f"{category}: {message}"
        with self._lock:
            self._roll_window()
            key = (level, text)
            seen = self._counts.get(key, 0)
            if seen == 0 and self._logged >= self._per_window:
                self._dropped += 1
                return
            self._counts[key] = seen + 1
            if seen >= self._per_message:
                return
            self._logged += 1
        self._log.log(level, "%s", text)
        if kind == QtMsgType.QtFatalMsg:  # Qt aborts the process when this returns
            self.flush()
            for handler in self._log.handlers:
                handler.flush()

    def _roll_window(self) -> None:
        if self._clock() - self._window_start < self._window_s:
            return
        self._summarise()
        self._window_start = self._clock()

    def _summarise(self) -> None:
        minutes = self._window_s / 60
        for (level, text), count in self._counts.items():
            if count > self._per_message:
                self._log.log(
                    level,
                    "repeated %d more times within %g minute(s): %s",
                    count - self._per_message,
                    minutes,
                    text,
                )
        if self._dropped:
            self._log.warning(
                "%d further Qt messages within %g minute(s) were not logged (too many)",
                self._dropped,
                minutes,
            )
        self._counts.clear()
        self._logged = 0
        self._dropped = 0

    def flush(self) -> None:
        """Log the pending repeat counts (at exit, or before a fatal message aborts)."""
        with self._lock:
            self._summarise()


def install(logger: logging.Logger) -> QtMessageLog:
    """Route Qt's messages to `logger` from now on; returns the handler (call flush at exit)."""
    handler = QtMessageLog(logger)
    qInstallMessageHandler(handler)
    return handler
