# SPDX-License-Identifier: MIT
"""A visitor taps and swipes through the real QML exhibit."""

from __future__ import annotations

import pytest


def test_home_shows_question_and_one_tile_per_panel(start_exhibit):
    kiosk = start_exhibit()
    assert kiosk.text("home.question") == "What did the test want?"
    assert kiosk.text("home.framing") == "A small content pack for the test suite."
    for panel_id in ("alpha", "beta", "ending"):
        assert kiosk.is_shown(kiosk.find(f"tile.{panel_id}"))
    assert not [i for i in kiosk.find_all("nav.home") if kiosk.is_shown(i)]


@pytest.mark.parametrize("touch", [True, False], ids=["touch", "mouse"])
def test_tapping_a_tile_opens_its_panel(start_exhibit, touch):
    kiosk = start_exhibit()
    kiosk.tap("tile.beta", touch=touch)
    kiosk.wait_for_screen("beta")
    assert kiosk.text("panel.title") == "Beta title"
    assert kiosk.text("panel.shortAnswer") == "Beta short answer in English."
    assert kiosk.text("outcome.text") == "Beta outcome of this objective."
    assert kiosk.text("quote.text") == "Beta quotation from a test document."
    facts = [kiosk.find(f"fact.{fid}").property("text") for fid in ("first", "second", "third")]
    assert facts[0] == "Beta first fact card, short and plain."


def test_next_previous_and_home_buttons(start_exhibit):
    kiosk = start_exhibit()
    kiosk.tap("tile.alpha")
    kiosk.wait_for_screen("alpha")
    assert not kiosk.find("nav.previous").isEnabled()
    kiosk.tap("nav.next")
    kiosk.wait_for_screen("beta")
    kiosk.tap("nav.next")
    kiosk.wait_for_screen("ending")
    # The last panel is no dead end: Next becomes the way back to the question.
    assert not [i for i in kiosk.find_all("nav.next") if kiosk.is_shown(i)]
    assert kiosk.is_shown(kiosk.find("nav.backToQuestion"))
    kiosk.tap("nav.previous")
    kiosk.wait_for_screen("beta")
    kiosk.tap("nav.home")
    kiosk.wait_for_screen("home")
    assert kiosk.is_shown(kiosk.find("tile.alpha"))


@pytest.mark.parametrize("touch", [True, False], ids=["touch", "mouse"])
def test_swipe_moves_between_panels(start_exhibit, touch):
    kiosk = start_exhibit()
    kiosk.tap("tile.alpha")
    kiosk.wait_for_screen("alpha")
    kiosk.swipe(-600, touch=touch)
    kiosk.wait_for_screen("beta")
    assert kiosk.text("panel.title") == "Beta title"
    kiosk.swipe(600, touch=touch)
    kiosk.wait_for_screen("alpha")


def test_short_drag_does_not_change_panel(start_exhibit, qtbot):
    kiosk = start_exhibit()
    kiosk.tap("tile.alpha")
    kiosk.wait_for_screen("alpha")
    kiosk.swipe(-60)
    kiosk.wait_for_screen("alpha")
    assert kiosk.text("panel.title") == "Alpha title"


def test_transition_takes_no_longer_than_250_ms(start_exhibit):
    kiosk = start_exhibit()
    stack = kiosk.find("stack")
    kiosk.tap("tile.alpha")
    assert stack.property("busy")
    kiosk.qtbot.waitUntil(lambda: not stack.property("busy"), timeout=250 + 100)


def test_press_gives_visible_feedback(start_exhibit):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    kiosk = start_exhibit()
    tile = kiosk.find("tile.alpha")
    QTest.mousePress(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, kiosk.centre(tile)
    )
    kiosk.qtbot.waitUntil(lambda: tile.scale() < 1.0, timeout=100)
    QTest.mouseRelease(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, kiosk.centre(tile)
    )
    kiosk.wait_for_screen("alpha")
