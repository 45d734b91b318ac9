# SPDX-License-Identifier: MIT
"""One measured run of the map (run by benchmarks/map_frames.py as a fresh process).

Starts as the exhibit does (the renderer chosen by kiosk.graphics from the settings file the
parent wrote), shows home, taps the map's way in, times the first frame of the map, then lets
the timeline play and records every frame for the measured seconds. Prints "measuring" when the
measured window opens (the parent reads the virtual display's CPU then), and one JSON object at
the end: when each frame was shown and how long it took to make (from the render loop's
"frame begun" to "frame swapped": animation, bindings, scene graph sync and drawing), CPU of
this process, memory, and the renderer used and why.
"""

from __future__ import annotations

import json
import os
import sys

from measure import find_visible, now, pss_mib


def main() -> int:
    seconds = float(sys.argv[1])
    width, height = (int(v) for v in sys.argv[2].split("x"))

    from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QTimer
    from PySide6.QtGui import QGuiApplication, QMouseEvent

    from kiosk import graphics
    from kiosk.app import build
    from kiosk.content_choice import choose_content

    app = QGuiApplication(sys.argv[:1])
    choice = choose_content(None)
    renderer = graphics.choose_renderer(choice.settings.settings.display.renderer)
    built = build(choice.result, size=QSize(width, height))
    window, exhibit = built.window, built.exhibit
    marks: dict[str, float] = {}
    frames: list[float] = []  # when each frame was shown
    work: list[float] = []  # how long each took to make: frame begun -> swapped (ms)
    begun: list[float] = []

    def find(name: str):
        return find_visible(window, name)

    def on_begin() -> None:
        begun[:] = [now()]

    def on_frame() -> None:
        t = now()
        if "start" in marks and begun:
            work.append((t - begun[0]) * 1000)
        if "tap" in marks and "map_frame" not in marks and exhibit.currentScreen == "map":
            marks["map_frame"] = t
        if "start" in marks:
            frames.append(t)

    def tap_map_entry() -> None:
        entry = find("home.map")
        point = entry.mapToScene(QPointF(entry.width() / 2, entry.height() / 2)).toPoint()
        marks["tap"] = now()
        # Sent, not QTest.mouseClick: that spins an event loop while holding Python's lock,
        # and the threaded GPU render loop, calling on_frame, would wait for it for ever.
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            button = Qt.MouseButton.LeftButton
            buttons = button if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
            event = QMouseEvent(
                kind,
                QPointF(point),
                QPointF(point),
                button,
                buttons,
                Qt.KeyboardModifier.NoModifier,
            )
            QGuiApplication.sendEvent(window, event)
        # Measure once the transition and the first seconds of play are behind.
        QTimer.singleShot(1500, start)

    def start() -> None:
        marks["start"] = now()
        marks["cpu_start"] = sum(os.times()[:2])
        print("measuring", flush=True)
        QTimer.singleShot(int(seconds * 1000), finish)

    def finish() -> None:
        end = now()
        cpu = sum(os.times()[:2]) - marks["cpu_start"]
        report = {
            "renderer": renderer.as_dict(),
            "graphics_api": str(window.rendererInterface().graphicsApi().name),
            "tap_to_map_frame_ms": (marks["map_frame"] - marks["tap"]) * 1000
            if "map_frame" in marks
            else None,
            "frames": frames,
            "work_ms": work,
            "window_s": end - marks["start"],
            "cpu_s": cpu,
            "pss_mib": pss_mib(),
            "playing_at_end": find("screen.map").property("playing"),
            "screen": exhibit.currentScreen,
        }
        print(json.dumps(report), flush=True)
        built.close()
        app.quit()

    window.beforeFrameBegin.connect(on_begin)
    window.frameSwapped.connect(on_frame)
    window.show()
    QTimer.singleShot(1000, tap_map_entry)  # home settled, as a visitor arrives
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
