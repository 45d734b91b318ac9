# SPDX-License-Identifier: MIT
"""One measured start of the exhibit (run by benchmarks/startup.py as a fresh process).

Starts exactly as `kiosk --windowed` does (same imports, same build), then reports on stdout, as
one JSON object, CLOCK_MONOTONIC times of: the first frame of home, the frame after which nothing
is pending (settled), a tap on the first tile and the first frame after it, the end of the
transition, and the process's resident memory (PSS).
"""

from __future__ import annotations

import json
import sys

from measure import now, pss_mib, walk


def main() -> int:
    from PySide6.QtCore import QPointF, QSize, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from kiosk import graphics
    from kiosk.app import build
    from kiosk.content_choice import choose_content

    marks: dict[str, object] = {}
    app = QGuiApplication(sys.argv[:1])
    # As the runner does: the renderer from the settings, chosen before the first window.
    choice = choose_content(None)
    marks["renderer"] = graphics.choose_renderer(
        choice.settings.settings.display.renderer
    ).as_dict()
    built = build(choice.result, size=QSize(1920, 1080))
    window, exhibit = built.window, built.exhibit
    frames = {"count": 0}

    def find(name: str):
        return next((item for item in walk(window) if item.objectName() == name), None)

    def tile_centre():
        item = find("tile.remove-missiles")
        return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()

    def on_frame() -> None:
        frames["count"] += 1
        t = now()
        if "first_frame" not in marks:
            marks["first_frame"] = t
            # Settled: a frame with nothing left to load or lay out; check after the loop idles.
            QTimer.singleShot(0, lambda: marks.setdefault("settled", now()))
            QTimer.singleShot(300, tap)
        elif "tap" in marks and "tap_frame" not in marks:
            marks["tap_frame"] = t
        if "screen_changed" in marks and "panel_frame" not in marks:
            marks["panel_frame"] = t
        elif (
            "tap_frame" in marks
            and "transition_end" not in marks
            and not find("stack").property("busy")
        ):
            marks["transition_end"] = t

    def tap() -> None:
        point = tile_centre()
        marks["tap"] = now()
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        QTimer.singleShot(600, finish)

    def finish() -> None:
        marks["pss_mib"] = pss_mib()
        marks["screen_after_tap"] = exhibit.currentScreen
        marks["frames"] = frames["count"]
        print(json.dumps(marks), flush=True)
        built.close()
        app.quit()

    exhibit.screenChanged.connect(lambda: marks.setdefault("screen_changed", now()))
    window.frameSwapped.connect(on_frame)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
