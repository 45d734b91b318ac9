# SPDX-License-Identifier: MIT
"""The blockade map through the real QML, as a visitor uses it: scrub, play, tap, pinch, switch
language, and arrive from home and from a panel's picture."""

from __future__ import annotations

import math
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF

from kiosk import paths
from kiosk.content import load_pack
from kiosk.content.map_schema import DAY_END, TIMELINE_DAYS, end_of_day
from kiosk.geo import LatLon, track_point
from kiosk.map_geometry import Projector
from tests.conftest import TEST_PACK

pytestmark = pytest.mark.usefixtures("qapp")


def open_map(kiosk) -> None:
    kiosk.exhibit.openScreen("map")
    kiosk.wait_for_screen("map")


def screen(kiosk):
    return kiosk.find("screen.map")


def track_x(kiosk, t: float) -> QPoint:
    """The point on the timeline's track for time `t`."""
    track = kiosk.find("map.track")
    x = t / TIMELINE_DAYS * track.width()
    return track.mapToScene(QPointF(x, track.height() / 2)).toPoint()


def scene_of(kiosk, lat: float, lon: float) -> QPointF:
    """Where the map draws a position, from the canvas's view and the projection."""
    canvas = kiosk.find("map.canvas")
    x, y = Projector().xy(lat, lon)
    zoom = canvas.property("zoom")
    local = QPointF(
        canvas.width() / 2 + (x - canvas.property("centreX")) * zoom,
        canvas.height() / 2 + (y - canvas.property("centreY")) * zoom,
    )
    return canvas.mapToScene(local)


def pin_point(kiosk, item_id: str) -> QPointF:
    pin = kiosk.find(f"map.pin.{item_id}")
    return pin.mapToScene(QPointF(pin.width() / 2, pin.height() / 2))


def shown_ships(kiosk) -> set[str]:
    ships = {ship.id for ship in load_pack(TEST_PACK).pack.map.ships}
    return {s for s in ships if any(kiosk.is_shown(i) for i in kiosk.find_all(f"map.pin.{s}"))}


def test_scrubbing_to_24_october_shows_the_ships_at_sea_where_their_tracks_put_them(
    start_exhibit,
):
    kiosk = start_exhibit()
    open_map(kiosk)
    assert shown_ships(kiosk) == set()  # midnight, 14 October: nothing has sailed yet
    t = end_of_day(date(1962, 10, 24)) - 0.3  # the afternoon of 24 October
    kiosk.drag(track_x(kiosk, 0.2), track_x(kiosk, t))
    kiosk.qtbot.waitUntil(lambda: abs(screen(kiosk).property("t") - t) < 0.05)
    assert kiosk.text("map.date") == "Wednesday 24 October 1962"
    assert kiosk.text("map.caption") == "Test caption two in English."
    assert shown_ships(kiosk) == {"test-freighter", "test-destroyer"}
    ship = next(s for s in load_pack(TEST_PACK).pack.map.ships if s.id == "test-freighter")
    at = screen(kiosk).property("t")
    where = track_point([(p.at, LatLon(p.lat, p.lon)) for p in ship.track], at)
    drawn, expected = pin_point(kiosk, "test-freighter"), scene_of(kiosk, where.lat, where.lon)
    # Samples every three hours, straight between them: within a few pixels of the great circle.
    assert math.dist((drawn.x(), drawn.y()), (expected.x(), expected.y())) < 4


def test_a_tap_on_the_timeline_jumps_to_that_day(start_exhibit):
    kiosk = start_exhibit()
    open_map(kiosk)
    kiosk.tap_at(track_x(kiosk, 9.5), touch=True)
    kiosk.qtbot.waitUntil(lambda: kiosk.text("map.date") == "Tuesday 23 October 1962")


def test_play_moves_the_date_on_and_pause_stops_it(start_exhibit):
    kiosk = start_exhibit()
    open_map(kiosk)
    map_screen = screen(kiosk)
    map_screen.setProperty("msPerDay", 40)  # the whole timeline in about 1.5 s
    kiosk.tap("map.play", touch=True)
    kiosk.qtbot.waitUntil(lambda: map_screen.property("t") > 3)
    assert map_screen.property("playing")
    kiosk.tap("map.play", touch=True)  # now Pause
    assert not map_screen.property("playing")
    stopped = map_screen.property("t")
    day = kiosk.text("map.date")
    kiosk.tap("map.dayForward", touch=True)
    kiosk.qtbot.waitUntil(lambda: kiosk.text("map.date") != day)
    assert map_screen.property("t") == pytest.approx(math.floor(stopped) + 1 + DAY_END)
    kiosk.tap("map.dayBack", touch=True)
    kiosk.qtbot.waitUntil(lambda: kiosk.text("map.date") == day)
    # Played to the end, it stops on 20 November; Play again starts over.
    kiosk.tap("map.play", touch=True)
    kiosk.qtbot.waitUntil(lambda: not map_screen.property("playing"), timeout=5000)
    assert kiosk.text("map.date") == "Tuesday 20 November 1962"


def test_reduced_motion_steps_a_whole_day_at_a_time(start_exhibit):
    kiosk = start_exhibit()
    open_map(kiosk)
    map_screen = screen(kiosk)
    map_screen.setProperty("msPerDay", 30)
    kiosk.tap("map.reducedMotion", touch=True)
    assert map_screen.property("reducedMotion")
    seen: set[float] = set()

    def four_days_seen() -> bool:
        seen.add(map_screen.property("t"))
        return len(seen) >= 5

    kiosk.tap("map.play", touch=True)
    kiosk.qtbot.waitUntil(four_days_seen)
    kiosk.tap("map.play", touch=True)
    seen.discard(0.0)  # where it stood before Play
    # Every position the map took is late on a whole day: no motion in between.
    assert all(t % 1 == pytest.approx(DAY_END) for t in seen)


def test_a_tap_on_a_ship_opens_its_card_and_a_tap_outside_closes_it(start_exhibit):
    kiosk = start_exhibit()
    open_map(kiosk)
    screen(kiosk).setProperty("t", end_of_day(date(1962, 10, 20)))
    kiosk.qtbot.waitUntil(lambda: "test-freighter" in shown_ships(kiosk))
    kiosk.tap("map.pin.test-freighter", touch=True)
    kiosk.qtbot.waitUntil(lambda: kiosk.find("map.card.panel") is not None)
    assert kiosk.text("map.card.name") == "Test Freighter"
    assert kiosk.text("map.card.text") == "Test freighter card in English."
    assert kiosk.is_shown(kiosk.find("map.card.illustrative"))
    # Back to the panels it belongs to: a button per panel.
    titles = {"Alpha title", "Beta title"}
    assert titles <= set(kiosk.visible_texts())
    panel = kiosk.find("map.card.panel")
    outside = panel.mapToScene(QPointF(-40, panel.height() / 2)).toPoint()
    kiosk.tap_at(outside, touch=True)
    kiosk.qtbot.waitUntil(lambda: not kiosk.find_all("map.card.panel")[0].isVisible())


def test_a_sourced_position_is_not_called_illustrative(start_exhibit):
    kiosk = start_exhibit()
    open_map(kiosk)
    # The destroyer's last position (26 October) cites T3-d4 and is marked exact.
    screen(kiosk).setProperty("t", end_of_day(date(1962, 10, 26)))
    kiosk.tap("map.pin.test-destroyer", touch=True)
    kiosk.qtbot.waitUntil(lambda: kiosk.text("map.card.name") == "USS Test")
    assert not kiosk.find_all("map.card.illustrative")[0].isVisible()


def test_an_open_card_closes_from_the_bottom_bar_where_a_hand_is(start_exhibit):
    kiosk = start_exhibit(size=(1080, 1920))
    open_map(kiosk)
    screen(kiosk).setProperty("t", end_of_day(date(1962, 10, 20)))
    kiosk.tap("map.pin.test-freighter", touch=True)
    kiosk.qtbot.waitUntil(lambda: kiosk.text("map.card.name") == "Test Freighter")
    close = kiosk.find("nav.close")
    assert close.property("accent")  # the one way on while the card is up
    kiosk.tap("nav.close", touch=True)
    kiosk.qtbot.waitUntil(lambda: not screen(kiosk).property("cardOpen"))
    assert not [i for i in kiosk.find_all("nav.close") if kiosk.is_shown(i)]


def test_a_card_links_back_to_its_panel(start_exhibit):
    kiosk = start_exhibit()
    open_map(kiosk)
    screen(kiosk).setProperty("t", end_of_day(date(1962, 10, 20)))
    kiosk.tap("map.pin.test-freighter", touch=True)
    kiosk.qtbot.waitUntil(lambda: "Beta title" in kiosk.visible_texts())
    kiosk.tap("map.card.panel.beta", touch=True)
    kiosk.wait_for_screen("beta")


def test_pinch_zooms_within_bounds_and_the_region_never_leaves_the_screen(start_exhibit):
    kiosk = start_exhibit()
    open_map(kiosk)
    canvas = kiosk.find("map.canvas")
    fit, most = canvas.property("fitZoom"), canvas.property("maxZoom")
    assert canvas.property("zoom") == pytest.approx(fit)
    centre = kiosk.centre(canvas)
    kiosk.pinch(centre, 200, 700)
    assert canvas.property("zoom") > fit * 2
    for _ in range(4):
        kiosk.pinch(centre, 100, 900)
    assert canvas.property("zoom") == pytest.approx(most)
    kiosk.pinch(centre, 900, 60)
    kiosk.pinch(centre, 900, 60)
    assert canvas.property("zoom") == pytest.approx(fit)
    # Dragged far off, zoomed in or not, the mapped region still covers the whole canvas.
    world = kiosk.exhibit.map.property("world")
    for gap in (None, 600):
        if gap:
            kiosk.pinch(centre, 100, gap)
        for move in (QPoint(1500, 900), QPoint(-3000, -1800)):
            kiosk.drag(centre, centre + move)
            zoom = canvas.property("zoom")
            half_w, half_h = canvas.width() / 2 / zoom, canvas.height() / 2 / zoom
            x, y = canvas.property("centreX"), canvas.property("centreY")
            assert world.left() <= x - half_w + 1e-6 and x + half_w <= world.right() + 1e-6
            assert world.top() <= y - half_h + 1e-6 and y + half_h <= world.bottom() + 1e-6


def test_double_tap_zooms_in_and_whole_map_returns(start_exhibit):
    kiosk = start_exhibit(animated=False)
    open_map(kiosk)
    canvas = kiosk.find("map.canvas")
    fit = canvas.property("fitZoom")
    assert not kiosk.find_all("map.resetView")[0].isVisible()
    point = kiosk.centre(canvas)
    kiosk.tap_at(point, touch=True)
    kiosk.tap_at(point, touch=True)
    kiosk.qtbot.waitUntil(lambda: canvas.property("zoom") == pytest.approx(2 * fit))
    kiosk.tap("map.resetView", touch=True)
    kiosk.qtbot.waitUntil(lambda: canvas.property("zoom") == pytest.approx(fit))


def test_switching_language_changes_the_caption_and_an_open_card(start_exhibit):
    kiosk = start_exhibit()
    open_map(kiosk)
    screen(kiosk).setProperty("t", end_of_day(date(1962, 10, 25)))
    # The hail happened where the freighter lay: that day the news comes first.
    kiosk.tap("map.pin.test-freighter", touch=True)
    kiosk.qtbot.waitUntil(lambda: kiosk.text("map.card.name") == "Freighter hailed")
    kiosk.exhibit.setLanguage("es")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("map.card.name") == "Carguero interpelado")
    assert kiosk.text("map.card.text") == "Suceso de prueba en español."
    assert kiosk.text("map.caption") == "Leyenda de prueba dos en español."
    assert kiosk.text("map.date") == "jueves 25 de octubre de 1962"


def test_home_map_entry_opens_the_map_at_the_start_playing(start_exhibit):
    kiosk = start_exhibit()
    kiosk.tap("home.map", touch=True)
    kiosk.wait_for_screen("map")
    assert screen(kiosk).property("playing")
    assert screen(kiosk).property("t") < 1


def test_a_panels_picture_opens_the_map_at_its_moment(start_exhibit):
    kiosk = start_exhibit()
    kiosk.tap("tile.alpha", touch=True)
    kiosk.wait_for_screen("alpha")
    kiosk.qtbot.waitUntil(lambda: kiosk.find("panel.mapPreview") is not None)
    assert kiosk.text("panel.mapPreview.date") == "Thursday 25 October 1962"
    kiosk.tap("panel.mapPreview", touch=True)
    kiosk.wait_for_screen("map")
    assert kiosk.text("map.date") == "Thursday 25 October 1962"
    assert not screen(kiosk).property("playing")
    # The moment's items are highlighted: labelled, whatever the zoom.
    assert kiosk.is_shown(kiosk.find("map.label.test-arc"))


def test_every_shipped_panel_opens_its_moment_on_the_map(start_exhibit):
    """From every panel, in both languages, the bar's "On the map" opens its moment (the
    panel's picture of it shows too, where the column has room)."""
    pack = load_pack(paths.content_dir()).pack
    for language in pack.languages:
        kiosk = start_exhibit(paths.content_dir(), lang=language, animated=False)
        for panel_id in pack.panel_ids:
            kiosk.exhibit.openScreen(panel_id)
            kiosk.wait_for_screen(panel_id)
            kiosk.tap("panel.map", touch=True)
            kiosk.wait_for_screen("map")
            moment = next(m for m in pack.map.moments if m.panel == panel_id)
            assert screen(kiosk).property("t") == pytest.approx(moment.at)


def test_no_screen_uses_qt_quick_shapes(start_exhibit):
    """Qt Quick's software renderer (the one this exhibit runs where there is no GPU) draws a
    Shape over everything, ignoring clips: a panel's map picture scrolled below the fold drew
    its range rings over the bottom bar. Lines are painted and icons are pictures instead."""
    kiosk = start_exhibit(paths.content_dir(), animated=False)
    for name in ["home", *load_pack(paths.content_dir()).pack.panel_ids, "map"]:
        kiosk.exhibit.openScreen(name)
        kiosk.wait_for_screen(name)
        kiosk.next_frame()
        shapes = [
            i.objectName() or i.parentItem().objectName()
            for i in kiosk.items()
            if i.metaObject().className().startswith("QQuickShape")
        ]
        assert shapes == [], f"{name}: {shapes}"
