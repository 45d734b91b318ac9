# SPDX-License-Identifier: MIT
"""Run the exhibit for visitors: logging, the window, and keeping errors off the screen."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from kiosk import __version__, paths
from kiosk.content_choice import ContentChoice
from kiosk.events import event
from kiosk.liveness import Heartbeat, notify, watchdog_interval_s
from kiosk.visitor_stats import VisitorStats

log = logging.getLogger("kiosk")


_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _file_handler() -> logging.Handler:
    """The rotating log file in the platform log folder (raises OSError if not writable)."""
    paths.log_dir().mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "kiosk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    return handler


def log_to_file() -> str:
    """Send the kiosk's log to its rotating file only (never to the terminal); returns where."""
    logger = logging.getLogger("kiosk")
    logger.propagate = False
    try:
        logger.addHandler(_file_handler())
    except OSError:
        return "no log file: the log folder is not writable"
    return str(paths.log_dir() / "kiosk.log")


def setup_logging() -> None:
    """Log to a rotating file in the platform log folder, and to stderr for developers."""
    # The Windows GUI build has no stderr at all.
    handlers: list[logging.Handler] = [logging.StreamHandler()] if sys.stderr else []
    try:
        handlers.append(_file_handler())
    except OSError as exc:  # a read-only disk must not stop the exhibit
        if sys.stderr:
            print(f"kiosk: logging to stderr only ({exc})", file=sys.stderr)
    logging.basicConfig(level=logging.INFO, handlers=handlers, format=_FORMAT)


def _log_uncaught(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    # An exception in a Qt slot would otherwise print to a console nobody reads; the event loop
    # keeps running, so the visitor sees nothing.
    log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    event("crash", error=kind.__name__)


def _test_freeze_hook(app: object) -> None:
    """KIOSK_TEST_FREEZE_AFTER_S=N: after N seconds the interface thread stops answering for good
    (tests/backend/test_watchdog.py shows the supervisor then restarts the exhibit)."""
    after = os.environ.get("KIOSK_TEST_FREEZE_AFTER_S")
    if not after:
        return
    from PySide6.QtCore import QTimer

    log.warning("test hook: the interface freezes in %s s", after)
    QTimer.singleShot(int(float(after) * 1000), app, lambda: time.sleep(10**6))


def _benchmark_hook(built: object, app: object) -> None:
    """KIOSK_BENCHMARK_FIRST_FRAME=FILE: write the CLOCK_MONOTONIC time of the first frame to
    FILE and quit (benchmarks/bundle.py times the frozen exhibit this way)."""
    target = os.environ.get("KIOSK_BENCHMARK_FIRST_FRAME")
    if not target:
        return

    def first_frame() -> None:
        built.window.frameSwapped.disconnect(first_frame)
        Path(target).write_text(str(time.clock_gettime(time.CLOCK_MONOTONIC)), encoding="ascii")
        # The window refuses to close while visitors use it, and Qt's quit asks it first.
        built.exhibit.allow_close()
        app.quit()

    built.window.frameSwapped.connect(first_frame)


def log_start(choice: ContentChoice) -> None:
    """What the exhibit runs on, and every problem with it, for staff reading the log."""
    settings = choice.settings
    log.info(
        "settings %s (%s): %s",
        settings.path,
        "found" if settings.exists else "not found, defaults",
        ", ".join(f"{k}={v}" for k, v in settings.in_use().items()),
    )
    for problem in settings.problems:
        log.warning("settings: %s", problem.format())
        event("settings_problem", key=problem.field, line=problem.line)
    result = choice.result
    log.info(
        "content %s (%s): %d panel(s), %d error(s), %d warning(s)",
        result.pack.root,
        choice.origin,
        len(result.pack.panel_ids),
        len(result.errors),
        len(result.warnings),
    )
    # Staff find every content problem in the log even when nobody ran `kiosk validate`.
    for problem in result.problems:
        log.warning("content: %s", problem.format(result.pack.root))
        event("content_problem", file=problem.path.name, field=problem.field or "-")


RECENT = 10
HEARTBEAT_S = 5.0  # without a systemd watchdog: the beat still keeps READY=1 honest


class RecentProblems(logging.Handler):
    """The last warnings and errors, for the staff screen's diagnostics."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        stamp = time.strftime("%H:%M", time.localtime(record.created))
        self.lines = [*self.lines, f"{stamp} {record.getMessage()[:160]}"][-RECENT:]


recent_problems = RecentProblems()


def diagnostics(choice: ContentChoice, renderer: str) -> dict[str, str]:
    """What the staff screen shows of the exhibit itself."""
    result = choice.result
    return {
        "content": f"{result.pack.root} ({choice.origin}): {len(result.pack.panel_ids)} panels, "
        f"{len(result.errors)} errors, {len(result.warnings)} warnings",
        "settings": f"{choice.settings.path}: {len(choice.settings.problems)} problems",
        "renderer": renderer,
        "log": str(paths.log_dir()),
        "recent problems": " · ".join(recent_problems.lines) or "none",
    }


def run(
    choice: ContentChoice,
    language: str | None = None,
    windowed: bool = False,
    size: tuple[int, int] | None = None,
    screen: str | None = None,
    play: bool = False,
) -> int:
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QCursor, QGuiApplication

    from kiosk import graphics, qt_messages
    from kiosk.app import build

    setup_logging()
    logging.getLogger().addHandler(recent_problems)
    sys.excepthook = _log_uncaught
    # Before the application exists, so the platform plugin's own messages are logged too.
    qt_log = qt_messages.install(logging.getLogger("kiosk.qt"))
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    log_start(choice)
    # After the application exists (the probe needs the platform) and before the first window.
    renderer = graphics.choose_renderer(choice.settings.settings.display.renderer)
    log.info("graphics: %s", renderer.summary())
    event("start", version=__version__, renderer=renderer.renderer, pid=os.getpid())
    language = language or choice.settings.settings.default_language
    settings = choice.settings.settings
    stats = VisitorStats(paths.statistics_file(), settings.statistics.keep_days)
    built = build(
        choice.result,
        language=language,
        size=QSize(*size) if size else None,
        settings=settings,
        stats=stats,
        diagnostics=lambda: diagnostics(choice, renderer.summary()),
    )

    def leave(code: int) -> None:  # staff: exit to the desktop, or restart
        built.exhibit.allow_close()
        app.exit(code)

    built.exhibit.staff.quitRequested.connect(leave)
    # The supervisor hears READY=1 at the first frame and WATCHDOG=1 while the window still
    # draws (systemd's WatchdogSec= restarts a frozen exhibit); nothing without one.
    heartbeat = Heartbeat(built.window, watchdog_interval_s() or HEARTBEAT_S, built.exhibit)
    _test_freeze_hook(app)
    if screen:
        built.exhibit.show_first(screen, play)
    _benchmark_hook(built, app)
    if windowed or size:
        built.window.show()
    else:
        # Lockdown: fullscreen without a frame or a title bar to grab; no pointer over the
        # exhibit (a touch screen has none; a mouse left plugged in would show one).
        built.window.setFlag(Qt.WindowType.FramelessWindowHint, True)
        if settings.display.hide_cursor:
            app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        # Start at the screen's size: the first frame is then drawn at the size it is shown at,
        # before a Wayland compositor such as Cage configures the window.
        built.window.resize(built.window.screen().size())
        built.window.showFullScreen()
    code = app.exec()
    event("stop", code=code)
    notify("STOPPING=1")
    del heartbeat
    built.close()
    stats.close()
    qt_log.flush()
    return code
