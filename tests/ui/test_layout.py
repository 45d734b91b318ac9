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
