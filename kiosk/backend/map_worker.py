# SPDX-License-Identifier: MIT
"""The map's fine pictures, painted on a thread of their own.

An antialiased coast takes 60-400 ms to paint without a GPU (docs/PERFORMANCE.md). Painted in
the interface thread, it held up any touch that arrived meanwhile by as long; here a touch waits
at most one short step of it (kiosk/backend/map_still.py). One thread serves every map: a kiosk
shows one map at a time, and a second core is all a museum PC is sure to have.

A request is a `Ticket`: whoever asked drops or cancels it when the view changes, and the painting
stops at its next step. The finished picture comes back on the interface thread (a queued
signal of `_Delivery`) to the ticket's `done`.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage, QTransform

from kiosk.backend.map_still import Still, fine_picture

log = logging.getLogger(__name__)


class Ticket:
    """One fine picture asked for, of the view `key`: `done(picture)` runs on the interface
    thread if it is neither cancelled nor dropped by then. `done` is a method, held weakly,
    so a ticket never keeps its map alive."""

    def __init__(self, done: Callable[[QImage], None], key: object) -> None:
        self._done = weakref.WeakMethod(done)
        self.key = key
        self.cancelled = False

    def done(self, picture: QImage) -> None:
        receiver = self._done()
        if receiver is not None:
            receiver(picture)

    def cancel(self) -> None:
        self.cancelled = True


class _Delivery(QObject):
    """Made on the interface thread: a signal emitted from the worker reaches it there."""

    arrived = Signal(object, object)  # weakref to a Ticket, QImage

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._hand_over)

    @staticmethod
    def _hand_over(ref: weakref.ref, picture: QImage) -> None:
        ticket = ref()
        if ticket is not None and not ticket.cancelled:
            ticket.done(picture)


_pool: ThreadPoolExecutor | None = None
_delivery: _Delivery | None = None


def paint_finely(
    ticket: Ticket, still: Still, size: QSize, ratio: float, transform: QTransform
) -> None:
    """Paint `still` finely on the worker; `ticket.done` gets the picture. Call on the
    interface thread."""
    global _pool, _delivery
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="map-fine")
        _delivery = _Delivery()
    ref = weakref.ref(ticket)  # the worker must not keep a dropped ticket (or its map) alive
    delivery = _delivery

    def keep_going() -> bool:
        current = ref()
        return current is not None and not current.cancelled

    def work() -> None:
        try:
            picture = fine_picture(still, size, ratio, transform, keep_going)
        except Exception:  # a painting bug leaves the plain map showing, never a dead thread
            log.exception("event=map_fine_failed")
            return
        if picture is not None and keep_going():
            delivery.arrived.emit(ref, picture)

    _pool.submit(work)
