# SPDX-License-Identifier: MIT
"""Drive the real QML window as a visitor would: find items, tap, swipe, read what is shown."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.app import ExhibitWindow

_touch_device = None


def touch_device():
    global _touch_device
    if _touch_device is None:
        _touch_device = QTest.createTouchDevice()
    return _touch_device


class ExhibitDriver:
    def __init__(self, built: ExhibitWindow, qtbot) -> None:
        self.built = built
        self.window = built.window
        self.exhibit = built.exhibit
        self.qtbot = qtbot

    # --- finding ------------------------------------------------------------------------------

    def items(self, root: QQuickItem | None = None):
        """Every item in the visual tree (findChild misses view delegates)."""
        stack = [root or self.window.contentItem()]
        while stack:
            item = stack.pop()
            yield item
            stack.extend(item.childItems())

    def find_all(self, name: str) -> list[QQuickItem]:
        return [i for i in self.items() if i.objectName() == name]

    def find(self, name: str) -> QQuickItem:
        """The one visible item called `name`; fails the test if there is none or several."""
        found = [i for i in self.find_all(name) if self.is_shown(i)]
        assert len(found) == 1, f"expected one visible {name!r}, found {len(found)}"
        return found[0]

    def is_shown(self, item: QQuickItem) -> bool:
        """Visible, opaque and at least partly inside the window."""
        node = item
        while node is not None:
            if not node.isVisible() or node.opacity() == 0:
                return False
            node = node.parentItem()
        rect = item.mapRectToScene(item.boundingRect())
        return (
            rect.right() > 0
            and rect.bottom() > 0
            and rect.left() < self.window.width()
            and rect.top() < self.window.height()
        )

    def text(self, name: str) -> str:
        return self.find(name).property("text")

    def visible_texts(self) -> list[str]:
        return [
            t
            for i in self.items()
            if self.is_shown(i) and isinstance(t := i.property("text"), str) and t
        ]

    def cut_texts(self) -> list[str]:
        """Every shown text that a visitor would see cut: elided, wider or taller than its box,
        or partly outside a clipping item it sits in (a text wholly outside one is not shown,
        not cut). Each as "text: what is wrong"."""
        problems = []
        for item in self.items():
            if not isinstance(item.property("truncated"), bool) or not self.is_shown(item):
                continue
            text = item.property("text")
            if not text or not item.property("visible"):
                continue
            label = f"{item.objectName() or type(item).__name__} {text[:40]!r}"
            if item.property("truncated"):
                problems.append(f"{label}: elided or truncated")
            width, height = item.width(), item.height()
            if item.property("contentWidth") > width + 1:
                problems.append(
                    f"{label}: {item.property('contentWidth'):.0f} px wide in {width:.0f}"
                )
            if item.property("contentHeight") > height + 1:
                problems.append(
                    f"{label}: {item.property('contentHeight'):.0f} px tall in {height:.0f}"
                )
            drawn = item.mapRectToScene(
                QRectF(0, 0, item.property("contentWidth"), item.property("contentHeight"))
            )
            node = item.parentItem()
            while node is not None:
                if node.clip():
                    box = node.mapRectToScene(node.boundingRect()).adjusted(-1, -1, 1, 1)
                    if box.intersects(drawn) and not box.contains(drawn):
                        problems.append(f"{label}: cut by {node.objectName() or 'a clip'}")
                        break
                node = node.parentItem()
        return problems

    def current_screen_item(self) -> QQuickItem:
        name = "screen." + self.exhibit.currentScreen
        return self.find(name)

    # --- acting -------------------------------------------------------------------------------

    def centre(self, item: QQuickItem) -> QPoint:
        point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        return point.toPoint()

    def tap(self, name: str, touch: bool = False) -> None:
        """Tap the middle of `name` as it is drawn: after the next frame, so a view that has
        just appeared has laid out its items (a Flow places its children at polish time)."""
        self.next_frame()
        item = self.find(name)
        self.tap_at(self.centre(item), touch)

    def wait_still(self, item: QQuickItem, name: str) -> None:
        """Until `item`'s property `name` holds still from one frame to the next (an animation
        such as a scroll has finished)."""
        for _ in range(120):
            before = item.property(name)
            self.next_frame()
            if item.property(name) == before:
                return
        raise AssertionError(f"{item.objectName()}.{name} never held still")

    def next_frame(self) -> None:
        with self.qtbot.waitSignal(self.window.frameSwapped, timeout=2000):
            self.window.update()

    def tap_at(self, point: QPoint, touch: bool = False) -> None:
        if touch:
            QTest.touchEvent(self.window, touch_device()).press(0, point, self.window).commit()
            QTest.touchEvent(self.window, touch_device()).release(0, point, self.window).commit()
        else:
            QTest.mouseClick(
                self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
            )

    def swipe(self, dx: int, touch: bool = True, y: int | None = None) -> None:
        """A horizontal swipe across the screen (its middle, or at height `y`), in small steps
        like a finger."""
        height = self.window.height() // 2 if y is None else y
        start = QPoint(self.window.width() // 2 - dx // 2, height)
        steps = 12
        if touch:
            QTest.touchEvent(self.window, touch_device()).press(0, start, self.window).commit()
            for step in range(1, steps + 1):
                point = start + QPoint(dx * step // steps, 0)
                # A finger reports once per frame, and Qt Quick merges the touch moves of one
                # frame; moves sent all at once would reach the handlers after the release.
                self.qtbot.wait(16)
                QTest.touchEvent(self.window, touch_device()).move(0, point, self.window).commit()
            self.qtbot.wait(16)
            QTest.touchEvent(self.window, touch_device()).release(0, point, self.window).commit()
        else:
            QTest.mousePress(
                self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
            )
            for step in range(1, steps + 1):
                point = start + QPoint(dx * step // steps, 0)
                QTest.mouseMove(self.window, point)
            QTest.mouseRelease(
                self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
            )

    def drag(self, start: QPoint, end: QPoint, steps: int = 12) -> None:
        """One finger from `start` to `end`, a move per frame, like a visitor's drag."""
        QTest.touchEvent(self.window, touch_device()).press(0, start, self.window).commit()
        for step in range(1, steps + 1):
            point = start + (end - start) * step / steps
            self.qtbot.wait(16)  # one move per frame: Qt Quick merges the moves of a frame
            QTest.touchEvent(self.window, touch_device()).move(0, point, self.window).commit()
        self.qtbot.wait(16)
        QTest.touchEvent(self.window, touch_device()).release(0, end, self.window).commit()

    def pinch(self, centre: QPoint, start_gap: int, end_gap: int, steps: int = 12) -> None:
        """Two fingers either side of `centre`, moving from `start_gap` to `end_gap` apart."""

        def points(gap: float) -> tuple[QPoint, QPoint]:
            half = QPoint(round(gap / 2), 0)
            return centre - half, centre + half

        a, b = points(start_gap)
        QTest.touchEvent(self.window, touch_device()).press(0, a, self.window).press(
            1, b, self.window
        ).commit()
        for step in range(1, steps + 1):
            a, b = points(start_gap + (end_gap - start_gap) * step / steps)
            self.qtbot.wait(16)
            QTest.touchEvent(self.window, touch_device()).move(0, a, self.window).move(
                1, b, self.window
            ).commit()
        self.qtbot.wait(16)
        QTest.touchEvent(self.window, touch_device()).release(0, a, self.window).release(
            1, b, self.window
        ).commit()

    def double_tap(self, point: QPoint) -> None:
        QTest.mouseDClick(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )

    # --- waiting ------------------------------------------------------------------------------

    def wait_for_screen(self, name: str) -> None:
        """Until `name` is the current screen and its transition has finished."""
        stack = self.find("stack")

        def settled() -> None:
            assert self.exhibit.currentScreen == name
            assert not stack.property("busy")
            screen = self.find("screen." + name)
            assert screen.x() == 0
            assert screen.opacity() == 1

        self.qtbot.waitUntil(settled, timeout=3000)
