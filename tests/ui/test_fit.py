# SPDX-License-Identifier: MIT
"""Nothing a visitor needs is cut off: with the shipped text, in both languages and at every
reference size, no text on any screen is elided, overflows its box or is cut by a clip, and
each panel is whole on its first view (no scrolling, nothing under a fade) with one amber next
step."""

from __future__ import annotations

import pytest

from kiosk import paths
from kiosk.content import load_pack

SIZES = [(1920, 1080), (1366, 768), (1080, 1920), (3840, 2160)]
PACK = load_pack(paths.content_dir()).pack


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_screen_shows_all_its_text_whole(start_exhibit, size, lang):
    kiosk = start_exhibit(paths.content_dir(), lang=lang, size=size, animated=False)
    problems = {}
    for name in ["home", *PACK.panel_ids, "map"]:
        kiosk.exhibit.openScreen(name)
        kiosk.wait_for_screen(name)
        kiosk.next_frame()
        cut = kiosk.cut_texts()
        if name in PACK.panel_ids:
            screen = kiosk.current_screen_item()
            if screen.property("overflowing"):
                cut.append("the panel runs below its first view")
            amber = [
                i.objectName() for i in kiosk.items() if kiosk.is_shown(i) and i.property("accent")
            ]
            if len(amber) != 1:
                cut.append(f"amber controls: {amber} (one next step, and only one)")
        if cut:
            problems[name] = cut
    assert not problems, problems


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_sources_sheet_shows_every_entry_whole(start_exhibit, lang):
    kiosk = start_exhibit(paths.content_dir(), lang=lang, animated=False)
    for name in PACK.panel_ids:
        kiosk.exhibit.openScreen(name)
        kiosk.wait_for_screen(name)
        kiosk.tap("panel.sources")
        sheet = next(i for i in kiosk.find_all("sourcesSheet") if i.parentItem().isVisible())
        kiosk.qtbot.waitUntil(lambda sheet=sheet: sheet.property("progress") == 1.0)
        # The list scrolls; what it shows must be whole across.
        cut = [p for p in kiosk.cut_texts() if "cut by" not in p]
        assert not cut, (name, cut)
        kiosk.tap("nav.close")
        kiosk.qtbot.waitUntil(lambda sheet=sheet: not sheet.isVisible())
