# SPDX-License-Identifier: MIT
"""The out-of-order window: calm, in both languages, closed to visitors and window managers,
and over by itself when its rest ends."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSize

from kiosk.resting import build_rest_window, rest
from tests.driver import ExhibitDriver


@pytest.fixture
def rested(qtbot):
    made = []

    def make(**kwargs):
        window = rest(**kwargs) if kwargs else build_rest_window("15:42", QSize(1366, 768))
        made.append(window)
        window.window.show()
        qtbot.waitExposed(window.window)
        content = window.window.contentItem()
        qtbot.waitUntil(lambda: content.height() == window.window.height() > 0)
        return window

    yield make
    for window in made:
        window.allow_close()
        window.window.close()
        window.engine.deleteLater()


def test_it_reads_in_both_languages_with_no_error_text(rested, qtbot):
    shown = ExhibitDriver(SimpleNamespace(window=rested().window, exhibit=None), qtbot)
    texts = shown.visible_texts()
    assert "This exhibit is taking a short break." in texts
    assert "Esta exposición se está tomando un breve descanso." in texts
    assert "15:42" in shown.text("outOfOrder.staff")
    assert not [t for t in texts if "rror" in t or "Traceback" in t]
    assert shown.cut_texts() == []


def test_it_refuses_to_close_until_its_rest_is_over(rested, qtbot):
    over = []
    window = rested(rest_s=0.2, done=lambda: over.append(True), size=QSize(1280, 720))
    window.window.close()
    assert window.window.isVisible()  # a close request, Alt+F4 or the compositor's: refused
    qtbot.waitUntil(lambda: over == [True])
    window.window.close()
    assert not window.window.isVisible()
