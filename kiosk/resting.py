# SPDX-License-Identifier: MIT
"""The out-of-order pause: after repeated failed starts (kiosk/start_history.py) the exhibit
shows a calm bilingual window instead of itself, keeps telling its supervisor it is alive, and
after the rest ends cleanly, so the supervisor starts a fresh try.

The window loads nothing from the content pack, the map or the statistics: whatever made the
exhibit fail may lie there.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, QTimer
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk import paths
from kiosk.app import StartupError, load_fonts

log = logging.getLogger(__name__)


@dataclass
class RestWindow:
    engine: QQmlApplicationEngine
    window: QQuickWindow

    def allow_close(self) -> None:
        self.window.setProperty("canClose", True)


def build_rest_window(retry_at: str, size: QSize | None = None) -> RestWindow:
    """The out-of-order window (not yet shown); `retry_at` is the local time of the next try."""
    load_fonts()
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(paths.qml_dir()))
    engine.setInitialProperties({"retryAt": retry_at})
    engine.loadFromModule("Kiosk", "OutOfOrder")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise StartupError("the out-of-order window failed to load")
    if size is not None:
        roots[0].resize(size)
    return RestWindow(engine, roots[0])


def retry_time(rest_s: float, now: float | None = None) -> str:
    """When the rest ends, as staff read a clock: "15:42"."""
    return time.strftime("%H:%M", time.localtime((now or time.time()) + rest_s))


def rest(rest_s: float, done: Callable[[], None], size: QSize | None = None) -> RestWindow:
    """Build the window (the caller shows it); after `rest_s` seconds it may close, and `done`
    is called (the runner ends the application, so the supervisor starts a fresh try)."""
    rested = build_rest_window(retry_time(rest_s), size)

    def over() -> None:
        log.info("out of order: the rest is over, trying again")
        rested.allow_close()
        done()

    QTimer.singleShot(int(rest_s * 1000), rested.window, over)
    return rested
