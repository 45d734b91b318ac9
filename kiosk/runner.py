# SPDX-License-Identifier: MIT
"""Run the exhibit for visitors: logging, the window, and keeping errors off the screen."""

from __future__ import annotations

import functools
import logging
import logging.handlers
import os
import signal
import socket
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSize, QSocketNotifier, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtQuick import QQuickWindow

from kiosk import __version__, memory, paths
from kiosk.content_choice import ContentChoice
from kiosk.events import event
from kiosk.graphics import RendererChoice
from kiosk.liveness import Heartbeat, notify, watchdog_interval_s
from kiosk.logs import setup_logging
from kiosk.start_history import StartHistory, Verdict
from kiosk.visitor_stats import VisitorStats

log = logging.getLogger("kiosk")


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


def diagnostics(choice: ContentChoice, renderer: str, verdict: Verdict) -> dict[str, str]:
    """What the staff screen shows of the exhibit itself."""
    result = choice.result
    return {
        "restarts today": str(verdict.restarts_today),
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
    from kiosk import graphics, qt_messages

    setup_logging()
    logging.getLogger().addHandler(recent_problems)
    sys.excepthook = _log_uncaught
    memory.map_large_blocks()
    # Before the application exists, so the platform plugin's own messages are logged too.
    qt_log = qt_messages.install(logging.getLogger("kiosk.qt"))
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    log_start(choice)
    # After the application exists (the probe needs the platform) and before the first window.
    renderer = graphics.choose_renderer(choice.settings.settings.display.renderer)
    log.info("graphics: %s", renderer.summary())
    settings = choice.settings.settings
    history = StartHistory(paths.data_dir() / "starts.json")
    verdict = history.begin()
    event(
        "start",
        version=__version__,
        renderer=renderer.renderer,
        pid=os.getpid(),
        restarts_today=verdict.restarts_today,
    )
    stopper = _stop_on_signals(lambda: app.exit(0))
    show = functools.partial(
        _show, app, windowed=windowed, size=size, hide_cursor=settings.display.hide_cursor
    )
    if verdict.rest_s:
        code = _rest(app, verdict, show, size)
    else:
        code = _run_exhibit(app, choice, renderer, verdict, show, language, size, screen, play)
    history.end()
    signal.set_wakeup_fd(-1)  # before its socket closes with `stopper`
    del stopper
    event("stop", code=code)
    notify("STOPPING=1")
    qt_log.flush()
    return code


def _stop_on_signals(stop: Callable[[], None]) -> object:
    """SIGTERM (systemd stopping the unit, a shutdown), SIGHUP and SIGINT end the exhibit as a
    staff restart would: statistics closed, and the start history told the end was meant, so a
    shutdown never counts towards the out-of-order pause. Python runs a signal's handler only
    when it next runs code; the wake-up socket makes Qt's loop call in at once."""
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: reader.recv(64))

    def handler(number: int, _frame: object) -> None:
        log.info("stopping: signal %s", signal.Signals(number).name)
        stop()

    for name in ("SIGTERM", "SIGHUP", "SIGINT"):
        if hasattr(signal, name):  # Windows has no SIGHUP
            signal.signal(getattr(signal, name), handler)
    return reader, writer, notifier


def _show(
    app: QGuiApplication,
    window: QQuickWindow,
    windowed: bool,
    size: tuple[int, int] | None,
    hide_cursor: bool,
) -> None:
    if windowed or size:
        window.show()
        return
    # Lockdown: fullscreen without a frame or a title bar to grab; no pointer over the exhibit
    # (a touch screen has none; a mouse left plugged in would show one).
    window.setFlag(Qt.WindowType.FramelessWindowHint, True)
    if hide_cursor:
        app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    # Start at the screen's size: the first frame is then drawn at the size it is shown at,
    # before a Wayland compositor such as Cage configures the window.
    window.resize(window.screen().size())
    window.showFullScreen()


def _rest(
    app: QGuiApplication,
    verdict: Verdict,
    show: Callable[[QQuickWindow], None],
    size: tuple[int, int] | None,
) -> int:
    """The out-of-order window instead of the exhibit, for verdict.rest_s seconds."""
    from kiosk.resting import rest

    log.error(
        "out of order: %d starts in the last minute ended without the exhibit closing; "
        "resting %d s before the next try (the errors above say why)",
        verdict.recent_crashes,
        verdict.rest_s,
    )
    event("out_of_order", crashes=verdict.recent_crashes, rest_s=verdict.rest_s)
    rested = rest(verdict.rest_s, lambda: app.exit(0), QSize(*size) if size else None)
    heartbeat = Heartbeat(rested.window, watchdog_interval_s() or HEARTBEAT_S)
    show(rested.window)
    code = app.exec()
    del heartbeat
    return code


def _run_exhibit(
    app: QGuiApplication,
    choice: ContentChoice,
    renderer: RendererChoice,
    verdict: Verdict,
    show: Callable[[QQuickWindow], None],
    language: str | None,
    size: tuple[int, int] | None,
    screen: str | None,
    play: bool,
) -> int:
    from kiosk.app import ExhibitWindow, build

    language = language or choice.settings.settings.default_language
    settings = choice.settings.settings
    stats = VisitorStats(paths.statistics_file(), settings.statistics.keep_days)

    built: ExhibitWindow | None = None  # the QML asks for diagnostics while `build` loads it

    def about() -> dict[str, str]:
        found = diagnostics(choice, renderer.summary(), verdict)
        if built is not None:
            screen = built.window.screen()
            found["screen"] = (
                f"{screen.size().width()}×{screen.size().height()} at "
                f"{screen.devicePixelRatio():g}× ({screen.name() or 'unnamed'}), "
                f"window {built.window.width()}×{built.window.height()}"
            )
        return found

    built = build(
        choice.result,
        language=language,
        size=QSize(*size) if size else None,
        settings=settings,
        stats=stats,
        diagnostics=about,
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
    show(built.window)
    code = app.exec()
    del heartbeat
    built.close()
    stats.close()
    return code
