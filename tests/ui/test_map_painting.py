# SPDX-License-Identifier: MIT
"""The map's still picture: plain at once, sharpened on the map's own thread, kept sharp while
the lines over it change; and the map pictures of pages a visitor leaves are really freed."""

from __future__ import annotations

import threading
from array import array

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QTransform

from kiosk.backend import map_worker
from kiosk.backend.base_map import BaseMap
from kiosk.backend.map_still import Still, path
from kiosk.backend.qml_lifetime import dead_objects

pytestmark = pytest.mark.usefixtures("qapp")


def painted_on(monkeypatch, gate: threading.Event | None = None) -> list[str]:
    """The names of the threads on which fine pictures are painted, from now on; with a `gate`,
    each painting waits for it to open."""
    threads: list[str] = []
    real = map_worker.fine_picture

    def recording(*args, **kwargs):
        threads.append(threading.current_thread().name)
        if gate is not None:
            gate.wait(timeout=10)
        return real(*args, **kwargs)

    monkeypatch.setattr(map_worker, "fine_picture", recording)
    return threads


def colours(kiosk, item) -> int:
    """How many different colours a visitor sees in the middle of `item`."""
    box = item.mapRectToScene(item.boundingRect()).toRect()
    middle = QRect(box.center().x() - 200, box.center().y() - 150, 400, 300)
    image = kiosk.window.grabWindow().copy(middle)
    return len({image.pixel(x, y) for x in range(0, 400, 2) for y in range(0, 300, 2)})


def open_map(kiosk):
    """The map screen shown; its still map (painted plainly at first)."""
    kiosk.exhibit.openScreen("map")
    kiosk.wait_for_screen("map")
    return kiosk.find("map.base")


def wait_fine(kiosk, base) -> None:
    kiosk.qtbot.waitUntil(lambda: base.property("fine"), timeout=5000)


def test_the_coast_sharpens_on_the_maps_own_thread(start_exhibit, monkeypatch):
    # The gate holds the fine painting back until the plain map has been looked at: on a busy
    # machine the screen's transition can outlast the fine picture's delay.
    gate = threading.Event()
    threads = painted_on(monkeypatch, gate)
    kiosk = start_exhibit()
    try:
        base = open_map(kiosk)
        assert not base.property("fine")
        plain = colours(kiosk, base)
    finally:
        gate.set()
    wait_fine(kiosk, base)
    kiosk.next_frame()
    # Antialiasing: the coast's edge pixels blend into land and sea.
    assert colours(kiosk, base) > plain
    assert threads and all(name.startswith("map-fine") for name in threads)


def test_a_ring_appearing_keeps_the_coast_sharp(start_exhibit, monkeypatch):
    threads = painted_on(monkeypatch)
    kiosk = start_exhibit()
    base = open_map(kiosk)
    wait_fine(kiosk, base)
    painted = len(threads)
    before = kiosk.window.grabWindow()
    base.setProperty("t", 30.0)  # every ring and the arc have appeared by then
    kiosk.next_frame()
    assert kiosk.window.grabWindow() != before  # the lines were drawn
    assert base.property("fine")
    assert len(threads) == painted  # over the same fine picture, not painted again


def test_moving_the_view_drops_the_fine_picture_and_paints_it_again(start_exhibit):
    kiosk = start_exhibit()
    base = open_map(kiosk)
    wait_fine(kiosk, base)
    kiosk.double_tap(kiosk.centre(base))  # zoom in: a new view
    kiosk.qtbot.waitUntil(lambda: not base.property("fine"))
    wait_fine(kiosk, base)


def square_still() -> Still:
    ring = [array("d", [-50, -50, 50, -50, 50, 50, -50, 50])]
    land = path(ring, closed=True)
    return Still(path([], False), path([], False), land, lambda: [path(ring, closed=False)], 1.0)


def test_a_cancelled_painting_never_arrives(qtbot):
    arrived: list[object] = []

    class Receiver:
        def done(self, picture) -> None:
            arrived.append(picture)

    receiver = Receiver()
    kept = map_worker.Ticket(receiver.done, "kept")
    cancelled = map_worker.Ticket(receiver.done, "cancelled")
    cancelled.cancel()
    transform = QTransform()
    transform.translate(100, 100)
    for ticket in (cancelled, kept):
        map_worker.paint_finely(ticket, square_still(), QSize(200, 200), 1.0, transform)
    qtbot.waitUntil(lambda: len(arrived) == 1)
    picture = arrived[0]
    assert picture.size() == QSize(200, 200)
    assert picture.pixelColor(100, 100).name() == "#2e3b40"  # the land
    assert picture.pixelColor(5, 5).name() == "#0e1a24"  # the sea
    # One more painting, queued after the cancelled one: only it arrives next.
    last = map_worker.Ticket(receiver.done, "last")
    map_worker.paint_finely(last, square_still(), QSize(10, 10), 1.0, transform)
    qtbot.waitUntil(lambda: len(arrived) == 2)
    assert arrived[1].size() == QSize(10, 10)


def test_a_painting_stops_between_steps_when_told(qtbot):
    from kiosk.backend.map_still import fine_picture

    asked = []

    def keep_going() -> bool:
        asked.append(True)
        return len(asked) < 2

    assert fine_picture(square_still(), QSize(50, 50), 1.0, QTransform(), keep_going) is None
    assert len(asked) == 2


def dead_maps() -> int:
    return dead_objects(BaseMap)


def test_pages_a_visitor_leaves_free_their_map_pictures(start_exhibit):
    kiosk = start_exhibit()
    before = dead_maps()
    for _ in range(3):
        kiosk.exhibit.openScreen("alpha")
        kiosk.wait_for_screen("alpha")
        kiosk.qtbot.waitUntil(lambda: kiosk.find("panel.mapPreview") is not None)
        kiosk.qtbot.waitUntil(
            lambda: any(isinstance(i, BaseMap) for i in kiosk.items(kiosk.current_screen_item()))
        )
        kiosk.exhibit.goHome()
        kiosk.wait_for_screen("home")
    kiosk.next_frame()
    # Each visit made and destroyed two maps (the panel's picture, home's); none is left.
    assert dead_maps() == before
