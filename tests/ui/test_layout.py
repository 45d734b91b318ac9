# SPDX-License-Identifier: MIT
"""The home screen fits every reference size in both languages, with the shipped text:
the six questions and the map's way in."""

from __future__ import annotations

import pytest

from kiosk import paths
from kiosk.content import load_pack

SIZES = [(1920, 1080), (1366, 768), (1080, 1920), (3840, 2160)]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_home_tiles_are_whole_and_above_the_bottom_bar(start_exhibit, size, lang):
    kiosk = start_exhibit(paths.content_dir(), lang=lang, size=size)
    bar = kiosk.find("bottomBar")
    bar_top = bar.mapRectToScene(bar.boundingRect()).top()
    tiles = [i for i in kiosk.items() if i.objectName().startswith("tile.")]
    assert len(tiles) == len(load_pack(paths.content_dir()).pack.panel_ids) > 0
    # The map's way in, too, whole and above the bar.
    for tile in [*tiles, kiosk.find("home.map")]:
        rect = tile.mapRectToScene(tile.boundingRect())
        assert rect.left() >= 0 and rect.right() <= size[0], tile.objectName()
        assert rect.bottom() <= bar_top, f"{tile.objectName()} runs under the bottom bar"
    question = kiosk.find("home.question")
    assert question.property("lineCount") <= 3


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_home_says_where_to_start_and_stays_put_across_languages(start_exhibit, size):
    kiosk = start_exhibit(paths.content_dir(), size=size, animated=False)
    invitation = kiosk.find("home.invitation")
    assert kiosk.text("home.invitation.text") == "Touch a question to begin"
    where = invitation.mapToScene(invitation.boundingRect().topLeft())
    kiosk.tap("language.es")
    kiosk.qtbot.waitUntil(
        lambda: kiosk.text("home.invitation.text") == "Toca una pregunta para empezar"
    )
    # The header is as tall as the longer language needs: nothing below it moves.
    assert invitation.mapToScene(invitation.boundingRect().topLeft()) == where


def test_the_ending_has_a_form_of_its_own_and_the_chosen_language_is_quiet(start_exhibit):
    from PySide6.QtGui import QColor

    kiosk = start_exhibit(paths.content_dir())
    assert kiosk.text("tileText.how-it-ended.eyebrow") == "Epilogue"
    numbers = [t for t in kiosk.visible_texts() if t in {"1", "2", "3", "4", "5", "6"}]
    assert sorted(numbers) == ["1", "2", "3", "4", "5"]  # the ending has no number
    chosen = kiosk.find("language.en")
    assert chosen.property("selected") and not chosen.property("accent")
    marks = [i for i in kiosk.items(chosen) if i.objectName() == "selectedMark"]
    assert marks and marks[0].isVisible()
    fill = max((i for i in kiosk.items(chosen) if i.property("radius")), key=lambda i: i.width())
    assert QColor(fill.property("color")).name() == "#1f3a52"  # Raised, not the loud Paper of old
