# SPDX-License-Identifier: MIT
"""Whether a visitor is still there: the idle warning, the reset, and the attract loop.

Any input anywhere (seen by an application-wide event filter, `InputSeen`) counts as a visitor.
Away from home, after `timeout_s` without input, the phase becomes "warning" ("Still there?",
counting down `countdown_s`), then the exhibit resets to home in its default language. On home,
after `attract_s`, the phase becomes "attract". A touch during the warning or the attract loop
only wakes the exhibit: the overlays in QML take it, so nothing under the finger acts.

Time comes from an injectable clock and is checked four times a second, so a test sets the
clock and calls `check()` rather than waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

ACTIVE, WARNING, ATTRACT = "active", "warning", "attract"
CHECK_MS = 250


@QmlElement
@QmlUncreatable("The Exhibit owns the visitor watch.")
class VisitorWatch(QObject):
    phaseChanged = Signal()
    remainingChanged = Signal()
    # The countdown ran out: the exhibit resets (Exhibit connects this).
    timedOut = Signal()

    def __init__(
        self,
        timeout_s: int,
        countdown_s: int,
        attract_s: int,
        on_home: Callable[[], bool],
        paused: Callable[[], bool] = lambda: False,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeout_s, self.countdown_s, self.attract_s = timeout_s, countdown_s, attract_s
        self._on_home = on_home
        self._paused = paused  # staff at the screen: no warning, no reset, no attract loop
        self._clock = clock
        self._last = clock()
        self._phase = ACTIVE
        self._remaining = countdown_s
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def set_clock(self, clock: Callable[[], float]) -> None:
        """Tests: time from `clock`, starting idle now."""
        self._clock = clock
        self._last = clock()

    @Slot()
    def seen(self) -> None:
        """A touch, a click or a key: a visitor is there."""
        self._last = self._clock()
        self._set_phase(ACTIVE)

    @Slot()
    def check(self) -> None:
        if self._paused():
            self.seen()
            return
        idle = self._clock() - self._last
        if self._on_home():
            if self._phase == WARNING:  # the visitor went home during the warning
                self._set_phase(ACTIVE)
            if idle >= self.attract_s:
                self._set_phase(ATTRACT)
            return
        if self._phase == ATTRACT:  # the screen left home without a touch (a test, the CLI)
            self._set_phase(ACTIVE)
        if idle < self.timeout_s:
            return
        left = self.timeout_s + self.countdown_s - idle
        if left <= 0:
            self._last = self._clock()
            self._set_phase(ACTIVE)
            self.timedOut.emit()
            return
        self._set_remaining(math.ceil(left))
        self._set_phase(WARNING)

    def _set_phase(self, phase: str) -> None:
        if phase != self._phase:
            self._phase = phase
            if phase == WARNING:
                self._set_remaining(self.countdown_s)
            self.phaseChanged.emit()

    def _set_remaining(self, seconds: int) -> None:
        if seconds != self._remaining:
            self._remaining = seconds
            self.remainingChanged.emit()

    def _get_phase(self) -> str:
        return self._phase

    def _get_remaining(self) -> int:
        return self._remaining

    def _get_countdown(self) -> int:
        return self.countdown_s

    # "active", "warning" (Still there?) or "attract" (the loop on home).
    phase = Property(str, _get_phase, notify=phaseChanged)
    # Whole seconds left of the warning's countdown.
    remaining = Property(int, _get_remaining, notify=remainingChanged)
    countdown = Property(int, _get_countdown, constant=True)


_INPUT = {
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.KeyPress,
}
_PRESSES = {QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress}
_MOVES = {QEvent.Type.MouseMove, QEvent.Type.TouchUpdate}
_POINTER = {
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
}
_ENDS = {QEvent.Type.TouchEnd, QEvent.Type.TouchCancel, QEvent.Type.MouseButtonRelease}
# Keys that would leave or close the exhibit on some desktops (Escape, Ctrl+Q, Ctrl+W; Alt+F4
# reaches the window as a close request, which Main refuses): taken here, so none reaches Qt.
_KEYS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}


class InputSeen(QObject):
    """The application's event filter: tells the watch of every input, keeps keys from the
    exhibit (a kiosk has no keyboard use; a keyboard left plugged in must not leave it), and
    takes the whole touch that wakes the exhibit from its warning or attract loop, so nothing
    under the finger acts on it."""

    def __init__(self, watch: VisitorWatch, take_keys: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watch = watch
        self._take_keys = take_keys
        self._waking = False  # the touch that woke the exhibit is still down

    def eventFilter(self, _target: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not event.spontaneous():
            return False
        asleep = self._watch.phase != ACTIVE
        if kind in _PRESSES:
            self._waking = asleep
        if kind in _INPUT and not (asleep and kind in _MOVES):
            # A pointer passing over the warning or the loop does not end it: only a press
            # does, and is taken, so its release cannot land on what the overlay uncovers.
            self._watch.seen()
        if asleep and kind == QEvent.Type.Wheel:
            return True
        if self._waking and kind in _POINTER:
            if kind in _ENDS:
                self._waking = False
            return True
        return self._take_keys and kind in _KEYS
