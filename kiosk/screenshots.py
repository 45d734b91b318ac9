# SPDX-License-Identifier: MIT
"""Render screens offscreen to PNG files, and a contact sheet of every screen and language."""

from __future__ import annotations

import html
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kiosk.content import ContentPack, LoadResult
from kiosk.content.map_loader import MapContent
from kiosk.content.map_schema import DAY_END, START, TIMELINE_DAYS, end_of_day
from kiosk.screens import MAP, ScreenList

REFERENCE_SIZES = ((1920, 1080), (1366, 768), (1080, 1920))
# The map in `kiosk screenshots`: the sites found, the speech and the rings, the quarantine and
# the ships turning back, Black Saturday at sea and in the air, the quarantine lifted.
MAP_KEY_DATES = (
    date(1962, 10, 14),
    date(1962, 10, 22),
    date(1962, 10, 24),
    date(1962, 10, 27),
    date(1962, 11, 20),
)


@dataclass(frozen=True)
class MapAt:
    """How the map stands in a screenshot: `t` on its timeline, and a card open or not."""

    t: float
    card: str = ""
    day: date | None = None


@dataclass(frozen=True)
class Shot:
    screen: str
    language: str
    size: tuple[int, int]
    out: Path | None = None
    map_at: MapAt | None = None
    sources: bool = False  # a panel with its sources sheet open

    @property
    def label(self) -> str:
        extra = f" · {self.map_at.day.isoformat()}" if self.map_at and self.map_at.day else ""
        if self.sources:
            extra += " · sources"
        if self.map_at and self.map_at.card:
            extra += f" · {self.map_at.card}"
        return f"{self.screen}{extra}"


def map_moment(pack: ContentPack, day: date | None, card: str = "") -> MapAt | None:
    """The map late on `day` with `card` open; ValueError names what is wrong."""
    if day is None and not card:
        return None
    if pack.map is None:
        raise ValueError("this content pack has no map")
    if card and card not in pack.map.item_ids():
        raise ValueError(f"no map item {card!r}; the ids are in the pack's map/map.toml")
    if day is None:  # the card on the day its item first shows
        return MapAt(_first_shown(pack.map, card), card)
    first, last = START.date(), (START + timedelta(days=TIMELINE_DAYS - 1)).date()
    if not first <= day <= last:
        raise ValueError(f"map date {day.isoformat()} is outside {first} – {last}")
    return MapAt(end_of_day(day), card, day)


def every_shot(pack: ContentPack, directory: Path, sizes: list[tuple[int, int]]) -> list[Shot]:
    """Every screen in every language and size; the map once per key date; the first panel
    with its sources sheet open."""
    shots = []
    for width, height in sizes:
        for language in pack.languages:
            for name in ScreenList(pack).names():
                stem = f"{language}-{width}x{height}.png"
                if name != MAP:
                    shots.append(
                        Shot(name, language, (width, height), directory / f"{name}-{stem}")
                    )
                    if pack.panel_ids and name == pack.panel_ids[0]:
                        out = directory / f"{name}-sources-{stem}"
                        shots.append(Shot(name, language, (width, height), out, sources=True))
                    continue
                for day in MAP_KEY_DATES:
                    at = MapAt(end_of_day(day), "", day)
                    out = directory / f"map-{day.isoformat()}-{stem}"
                    shots.append(Shot(name, language, (width, height), out, at))
    return shots


class RenderError(Exception):
    pass


def use_offscreen_platform() -> None:
    """Screenshots never need a display; must run before the QGuiApplication exists."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def render(result: LoadResult, shots: list[Shot], sink: Callable | None = None) -> None:
    """Render each shot, reusing one window per size. The QGuiApplication must already exist.

    Each image goes to `sink(shot, image)`, by default a PNG file at `shot.out`.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_warnings: list[str] = []

    def collect(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            qt_warnings.append(message)

    previous = qInstallMessageHandler(collect)
    try:
        _render(result, shots, qt_warnings, sink or _save)
    finally:
        qInstallMessageHandler(previous)
    if qt_warnings:
        raise RenderError("Qt warnings while rendering: " + " | ".join(qt_warnings[:5]))


def _wait_until_exposed(window: object) -> None:
    # Render only once the platform has exposed the window, as a real screen would.
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(5000)
    while not window.isExposed():
        if deadline.hasExpired():
            raise RenderError("the offscreen window was never exposed")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _save(shot: Shot, image: object) -> None:
    shot.out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(shot.out)):
        raise RenderError(f"could not write {shot.out}")


def _render(result: LoadResult, shots: list[Shot], qt_warnings: list[str], sink: Callable) -> None:
    from PySide6.QtCore import QCoreApplication, QSize

    from kiosk.app import build

    windows = {}
    for shot in shots:
        built = windows.get(shot.size)
        if built is None:
            for other in windows.values():
                other.close()  # one window at a time: interface translations are app-wide
            windows.clear()
            built = build(result, size=QSize(*shot.size))
            built.exhibit.animated = False
            built.window.show()
            _wait_until_exposed(built.window)
            windows[shot.size] = built
        exhibit = built.exhibit
        if shot.screen not in exhibit.screen_names():
            raise RenderError(f"unknown screen {shot.screen!r}")
        exhibit.setLanguage(shot.language)
        if shot.map_at is not None:
            exhibit.map.request(t=shot.map_at.t, card=shot.map_at.card)
        exhibit.openScreen(shot.screen)
        for _ in range(3):
            QCoreApplication.processEvents()
        if shot.sources:
            _open_sources(built.window)
        _finish_maps(built.window)
        image = built.window.grabWindow()
        if image.isNull():
            raise RenderError(f"could not render {shot.screen}")
        sink(shot, image)
        if built.warnings or qt_warnings:
            raise RenderError("QML warnings: " + "; ".join(built.warnings + qt_warnings))
    for built in windows.values():
        built.close()


def _open_sources(window: object) -> None:
    """The current panel's sources sheet, wholly raised (it slides up in 0.2 s)."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QMetaObject

    stack = next(i for i in _items(window) if i.objectName() == "stack")
    page = stack.property("currentItem")
    QMetaObject.invokeMethod(page, "showSources")
    sheet = next(i for i in _items(page) if i.objectName() == "sourcesSheet")
    clock = QElapsedTimer()
    clock.start()
    while sheet.property("progress") < 1.0 and clock.elapsed() < 3000:
        QCoreApplication.processEvents()


def _finish_maps(window: object) -> None:
    """Every picture of the map built and every still map in its fine painting, as a visitor
    sees them a moment later (MapThumbnail waits 0.6 s, BaseMap paints finely when still)."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.backend.base_map import BaseMap

    for loader in _items(window):
        if loader.objectName() == "map.thumbnail" and not loader.property("active"):
            loader.setProperty("asynchronous", False)
            loader.setProperty("active", True)
    for _ in range(2):
        QCoreApplication.processEvents()
    for item in _items(window):
        if isinstance(item, BaseMap) and item.isVisible():
            item.finish()
    for _ in range(2):
        QCoreApplication.processEvents()


def _items(root: object) -> list:
    """Every item under a window (or an item), in the visual tree."""
    found = []
    stack = [root.contentItem() if hasattr(root, "contentItem") else root]
    while stack:
        item = stack.pop()
        found.append(item)
        stack.extend(item.childItems())
    return found


def contact_sheet(shots: list[Shot], directory: Path) -> Path:
    """A self-contained index.html (no remote resources) showing every PNG with its name."""
    figures = "\n".join(
        f'<figure><img src="{html.escape(s.out.name)}" loading="lazy">'
        f"<figcaption>{html.escape(s.label)} · {s.language} · {s.size[0]}×{s.size[1]}"
        f"</figcaption></figure>"
        for s in shots
    )
    page = f"""<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Exhibit screens</title>
<style>
body {{ background: #0E1A24; color: #F3EDE2; font-family: sans-serif; margin: 24px; }}
main {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 24px; }}
figure {{ margin: 0; }} img {{ width: 100%; border: 1px solid #1F3A52; }}
figcaption {{ color: #CFC7B8; padding: 6px 0; }}
</style>
<h1>Every screen, every language</h1>
<main>
{figures}
</main>
</html>
"""
    index = directory / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def _first_shown(content: MapContent, item_id: str) -> float:
    """`t` late on the day an item first appears (before it leaves, for a brief visitor)."""
    for ship in content.ships:
        if ship.id == item_id:
            start = ship.track[0].at
            gone = next((p.at for p in ship.track if p.state == "gone"), TIMELINE_DAYS)
            return min(math.floor(start) + DAY_END, gone - 0.01)
    for event in content.events:
        if event.id == item_id:
            return max(event.at, math.floor(event.at) + DAY_END)
    starts = {s.id: s.known_from for s in content.sites}
    starts |= {r.id: r.known_from for r in content.rings}
    if content.arc:
        starts[content.arc.id] = content.arc.effective
    start = starts.get(item_id, 0.0)
    return max(start, math.floor(start) + DAY_END)
