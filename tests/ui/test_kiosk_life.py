# SPDX-License-Identifier: MIT
"""An exhibit nobody supervises: a visitor who walks away is asked "Still there?" and the exhibit
then resets; a passer-by sees the attract loop, and the touch that ends it does nothing else; the
window cannot be closed or left by a key. Time comes from a fake clock: no test waits for it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.content.map_schema import end_of_day


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def watched(kiosk) -> tuple[object, FakeClock]:
    clock = FakeClock()
    watch = kiosk.exhibit.visitors
    watch.set_clock(clock)
    return watch, clock


def later(watch, clock: FakeClock, seconds: float) -> None:
    clock.now += seconds
    watch.check()


def shown(kiosk, name: str) -> bool:
    return any(kiosk.is_shown(i) for i in kiosk.find_all(name))


def open_a_card_on_the_map(kiosk):
    """The map on 20 October with the test freighter's card open; the map screen."""
    kiosk.exhibit.openMap()
    kiosk.wait_for_screen("map")
    screen = kiosk.current_screen_item()
    screen.setProperty("t", end_of_day(date(1962, 10, 20)))
    kiosk.qtbot.waitUntil(lambda: shown(kiosk, "map.pin.test-freighter"))
    kiosk.tap("map.pin.test-freighter", touch=True)
    kiosk.qtbot.waitUntil(lambda: screen.property("cardOpen"))
    return screen


def test_a_visitor_who_stops_is_asked_and_can_carry_on(start_exhibit):
    kiosk = start_exhibit()
    kiosk.tap("tile.alpha", touch=True)
    kiosk.wait_for_screen("alpha")
    watch, clock = watched(kiosk)
    later(watch, clock, 89)
    assert not shown(kiosk, "idle.warning")
    later(watch, clock, 1)
    kiosk.qtbot.waitUntil(lambda: shown(kiosk, "idle.warning"))
    assert kiosk.text("idle.question") == "Still there?"
    assert kiosk.text("idle.seconds") == "20"
    later(watch, clock, 7)
    kiosk.qtbot.waitUntil(lambda: kiosk.text("idle.seconds") == "13")
    kiosk.tap("idle.continue", touch=True)
    kiosk.qtbot.waitUntil(lambda: not shown(kiosk, "idle.warning"))
    # Carrying on changed nothing: the same panel, and the touch did not reach it.
    assert kiosk.exhibit.currentScreen == "alpha"
    later(watch, clock, 60)
    assert watch.property("phase") == "active"


def test_after_the_countdown_everything_goes_back_to_the_start(start_exhibit):
    kiosk = start_exhibit()
    kiosk.exhibit.setLanguage("es")
    screen = open_a_card_on_the_map(kiosk)
    watch, clock = watched(kiosk)
    later(watch, clock, 90)
    kiosk.qtbot.waitUntil(lambda: shown(kiosk, "idle.warning"))
    assert kiosk.text("idle.question") == "¿Sigues ahí?"
    later(watch, clock, 20)
    kiosk.wait_for_screen("home")
    assert kiosk.exhibit.language == "en"
    assert not shown(kiosk, "idle.warning")
    # The map, kept between visits, is as a first visitor finds it.
    assert screen.property("t") == 0
    assert not screen.property("cardOpen") and not screen.property("playing")
    assert not screen.property("sheetOpen")


def test_home_is_never_interrupted_by_the_warning_but_starts_the_attract_loop(start_exhibit):
    kiosk = start_exhibit()
    kiosk.exhibit.setLanguage("es")
    watch, clock = watched(kiosk)
    later(watch, clock, 119)
    assert not shown(kiosk, "idle.warning") and not shown(kiosk, "attract")
    later(watch, clock, 1)
    kiosk.qtbot.waitUntil(lambda: shown(kiosk, "attract"))
    assert kiosk.text("attract.touch.en") == "Touch to begin"
    assert kiosk.text("attract.touch.es") == "Toca para empezar"
    # Whoever comes next finds the default language.
    assert kiosk.exhibit.language == "en"


def test_the_touch_that_ends_the_attract_loop_does_nothing_else(start_exhibit):
    kiosk = start_exhibit()
    tile = kiosk.centre(kiosk.find("tile.alpha"))
    watch, clock = watched(kiosk)
    later(watch, clock, 120)
    kiosk.qtbot.waitUntil(lambda: shown(kiosk, "attract"))
    kiosk.tap_at(tile, touch=True)  # right where a question's tile lies beneath
    kiosk.qtbot.waitUntil(lambda: not shown(kiosk, "attract"))
    kiosk.next_frame()
    assert kiosk.exhibit.currentScreen == "home"
    kiosk.tap_at(tile, touch=True)  # the next touch is the visitor's own
    kiosk.wait_for_screen("alpha")


def test_the_window_refuses_to_close_and_keys_do_not_leave_it(start_exhibit):
    kiosk = start_exhibit()
    kiosk.tap("tile.alpha")
    kiosk.wait_for_screen("alpha")
    kiosk.window.close()  # what Alt+F4 or a compositor's close asks
    kiosk.next_frame()
    assert kiosk.window.isVisible()
    for key, modifiers in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
    ):
        QTest.keyClick(kiosk.window, key, modifiers)
    kiosk.next_frame()
    assert kiosk.window.isVisible() and kiosk.exhibit.currentScreen == "alpha"


def test_a_mouse_click_on_the_warning_continues_without_reaching_the_panel(start_exhibit):
    kiosk = start_exhibit()
    kiosk.tap("tile.alpha")
    kiosk.wait_for_screen("alpha")
    watch, clock = watched(kiosk)
    later(watch, clock, 95)
    kiosk.qtbot.waitUntil(lambda: shown(kiosk, "idle.warning"))
    # Where the bar's Next button lies under the warning's scrim.
    kiosk.tap_at(kiosk.centre(kiosk.find("nav.next")))
    kiosk.qtbot.waitUntil(lambda: not shown(kiosk, "idle.warning"))
    kiosk.next_frame()
    assert kiosk.exhibit.currentScreen == "alpha"


def test_what_a_visitor_does_is_counted_and_a_reset_ends_the_session(start_exhibit, tmp_path):
    import sqlite3

    from kiosk.visitor_stats import VisitorStats

    stats = VisitorStats(tmp_path / "stats.db", keep_days=400)
    kiosk = start_exhibit(stats=stats)
    kiosk.tap("tile.alpha", touch=True)
    kiosk.wait_for_screen("alpha")
    kiosk.tap("language.es")
    kiosk.qtbot.waitUntil(lambda: kiosk.exhibit.language == "es")
    open_a_card_on_the_map(kiosk)
    watch, clock = watched(kiosk)
    later(watch, clock, 110)
    kiosk.wait_for_screen("home")
    with sqlite3.connect(tmp_path / "stats.db") as db:
        events = db.execute("SELECT kind, name FROM events ORDER BY id").fetchall()
        sessions = db.execute("SELECT language, end_reason FROM sessions").fetchall()
    assert events == [
        ("screen", "alpha"),
        ("language", "es"),
        ("screen", "map"),
        ("map_item", "test-freighter"),
        ("idle_reset", ""),
    ]
    # The reset's own moves (home, back to English) are not a visitor's.
    assert sessions == [("en", "reset")]


def test_the_log_has_a_structured_line_for_each_event(start_exhibit, caplog):
    import logging

    caplog.set_level(logging.INFO, logger="kiosk.event")
    kiosk = start_exhibit()
    kiosk.tap("tile.alpha", touch=True)
    kiosk.wait_for_screen("alpha")
    kiosk.tap("language.es")
    kiosk.qtbot.waitUntil(lambda: kiosk.exhibit.language == "es")
    watch, clock = watched(kiosk)
    later(watch, clock, 110)
    kiosk.wait_for_screen("home")
    lines = [r.getMessage() for r in caplog.records if r.name == "kiosk.event"]
    assert lines == [
        "event=screen name=alpha language=en by=visitor",
        "event=language language=es by=visitor",
        "event=idle_reset screen=alpha language=en",
        "event=language language=en by=exhibit",
        "event=screen name=home language=en by=exhibit",
    ]


def test_with_reduced_motion_the_attract_loop_holds_still_and_cross_fades(start_exhibit):
    from kiosk.config import Display, Settings

    kiosk = start_exhibit(settings=Settings(display=Display(reduced_motion=True)))
    watch, clock = watched(kiosk)
    later(watch, clock, 120)
    kiosk.qtbot.waitUntil(lambda: shown(kiosk, "attract"))
    canvas = kiosk.find("attract.map")
    day_end = kiosk.exhibit.map.dayEnd
    assert canvas.property("t") == day_end  # 14 October, the sites found
    assert kiosk.text("attract.date") == "Sunday 14 October 1962 · domingo 14 de octubre de 1962"
    for _ in range(5):
        kiosk.next_frame()
    assert canvas.property("t") == day_end  # nothing moves from frame to frame
    kiosk.find("attract").setProperty("stillSeconds", 0.2)
    kiosk.qtbot.waitUntil(lambda: 0 < canvas.property("opacity") < 1)  # a cross-fade
    # 22 October, once it has begun to fade in (at the swap itself the view is fully faded out).
    kiosk.qtbot.waitUntil(
        lambda: canvas.property("t") == 8 + day_end and canvas.property("opacity") > 0, timeout=5000
    )
    assert kiosk.text("attract.date").startswith("Monday 22 October 1962 · lunes")
    # The map screen too starts with its timeline stepping a day at a time.
    kiosk.tap_at(kiosk.centre(kiosk.find("attract")), touch=True)
    kiosk.qtbot.waitUntil(lambda: not shown(kiosk, "attract"))
    kiosk.exhibit.openMap()
    kiosk.wait_for_screen("map")
    assert kiosk.current_screen_item().property("reducedMotion") is True


def test_an_idle_reset_and_the_attract_loop_give_freed_memory_back(start_exhibit, monkeypatch):
    from kiosk.backend import exhibit as exhibit_module

    given = []
    monkeypatch.setattr(exhibit_module, "GIVE_BACK_AFTER_MS", 10)
    monkeypatch.setattr(exhibit_module.memory, "give_back", lambda: given.append(True))
    kiosk = start_exhibit()
    kiosk.exhibit.openScreen("alpha")
    watch, clock = watched(kiosk)
    later(watch, clock, 90 + 20)  # the warning, then its countdown: the reset
    kiosk.qtbot.waitUntil(lambda: given == [True])
    later(watch, clock, 120)  # then nobody at home: the attract loop
    kiosk.qtbot.waitUntil(lambda: given == [True, True])
