# SPDX-License-Identifier: MIT
"""What a visitor sees on a panel: the sources sheet, markers, and text that runs long."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import TEST_PACK


def open_panel(start_exhibit, panel: str = "alpha", **kwargs):
    kiosk = start_exhibit(**kwargs)
    kiosk.tap(f"tile.{panel}")
    kiosk.wait_for_screen(panel)
    return kiosk


def sheet_is_open(kiosk) -> bool:
    sheet = kiosk.find_all("sourcesSheet")
    shown = [s for s in sheet if kiosk.is_shown(s)]
    return bool(shown) and shown[0].property("progress") == 1.0


def test_sources_button_opens_the_sheet_with_every_full_citation(start_exhibit):
    kiosk = open_panel(start_exhibit)
    assert not sheet_is_open(kiosk)
    kiosk.tap("panel.sources", touch=True)
    kiosk.qtbot.waitUntil(lambda: sheet_is_open(kiosk))
    for source_id, start in (
        ("T1", "Test source one"),
        ("T2", "Test source two"),
        ("T3-d4", "Test source three"),
    ):
        entry = kiosk.find(f"source.{source_id}")
        assert entry.property("citation").startswith(start)
    kiosk.tap("sourcesSheet.close")
    kiosk.qtbot.waitUntil(lambda: not kiosk.find_all("sourcesSheet")[0].isVisible())


def test_tapping_a_marker_highlights_its_source(start_exhibit):
    kiosk = open_panel(start_exhibit)
    kiosk.tap("marker.third.3", touch=True)
    kiosk.qtbot.waitUntil(lambda: sheet_is_open(kiosk))
    assert kiosk.find("source.T3-d4").property("isHighlighted")
    assert not kiosk.find("source.T1").property("isHighlighted")


def test_quote_and_outcome_markers_open_their_sources(start_exhibit):
    kiosk = open_panel(start_exhibit, "beta")
    kiosk.tap("marker.quote.2")
    kiosk.qtbot.waitUntil(lambda: sheet_is_open(kiosk))
    assert kiosk.find("source.T2").property("isHighlighted")
    kiosk.tap("sourcesSheet.close")
    kiosk.qtbot.waitUntil(lambda: not kiosk.find_all("sourcesSheet")[0].isVisible())
    kiosk.tap("marker.outcome.3")
    kiosk.qtbot.waitUntil(lambda: sheet_is_open(kiosk))
    assert kiosk.find("source.T3-d4").property("isHighlighted")


def test_tapping_outside_the_sheet_closes_it(start_exhibit):
    from PySide6.QtCore import QPoint

    kiosk = open_panel(start_exhibit)
    kiosk.tap("panel.sources")
    kiosk.qtbot.waitUntil(lambda: sheet_is_open(kiosk))
    kiosk.tap_at(QPoint(kiosk.window.width() // 2, 20))
    kiosk.qtbot.waitUntil(lambda: not kiosk.find_all("sourcesSheet")[0].isVisible())
    assert kiosk.exhibit.currentScreen == "alpha"


def test_quote_shows_speaker_date_and_document(start_exhibit):
    kiosk = open_panel(start_exhibit)
    assert kiosk.text("quote.attribution") == "— A Speaker, 1 January 1900. A test document"


def test_images_show_with_caption_and_credit(start_exhibit):
    kiosk = open_panel(start_exhibit)
    images = kiosk.find("panel.images")
    texts = [i.property("text") for i in kiosk.items(images)]
    assert "A test image." in texts and "Test suite" in texts


def test_every_touch_target_is_at_least_72_reference_pixels(start_exhibit):
    kiosk = open_panel(start_exhibit, size=(1920, 1080))
    targets = [
        i
        for i in kiosk.items()
        if kiosk.is_shown(i)
        and i.objectName().startswith(("marker.", "nav.", "language.", "panel.sources"))
    ]
    assert len(targets) > 8
    for item in targets:
        assert min(item.width(), item.height()) >= 72, item.objectName()


def long_pack(pack_copy: Path) -> Path:
    words = " ".join(["longer"] * 44)
    for panel in ("alpha",):
        path = pack_copy / "en" / f"{panel}.toml"
        text = path.read_text(encoding="utf-8")
        for n in (
            "first fact card, short and plain.",
            "second fact card, which cites two sources.",
            "third fact card.",
        ):
            text = text.replace(f"Alpha {n}", f"Alpha {words}")
        path.write_text(text, encoding="utf-8")
    return pack_copy


def test_long_text_offers_more_and_top_buttons(start_exhibit, pack_copy):
    kiosk = open_panel(start_exhibit, content=long_pack(pack_copy), size=(1366, 768))
    scroll = kiosk.find("panel.scroll")
    more = kiosk.find("panel.more")
    assert more.property("text") == "More"
    kiosk.tap("panel.more")
    kiosk.qtbot.waitUntil(lambda: scroll.property("contentY") > 0)
    while not scroll.property("atYEnd"):
        before = scroll.property("contentY")
        kiosk.tap("panel.more")
        kiosk.qtbot.waitUntil(lambda b=before: scroll.property("contentY") > b)
    kiosk.qtbot.waitUntil(lambda: kiosk.find("panel.more").property("text") == "Top")
    kiosk.tap("panel.more")
    kiosk.qtbot.waitUntil(lambda: scroll.property("contentY") == 0)


def test_short_panel_needs_no_more_button(start_exhibit):
    kiosk = open_panel(start_exhibit, "beta", content=TEST_PACK)
    assert not [i for i in kiosk.find_all("panel.more") if kiosk.is_shown(i)]


def test_more_button_steps_aside_while_the_sources_sheet_is_open(start_exhibit, pack_copy):
    kiosk = open_panel(start_exhibit, content=long_pack(pack_copy), size=(1366, 768))
    assert kiosk.is_shown(kiosk.find("panel.more"))
    kiosk.tap("panel.sources")
    kiosk.qtbot.waitUntil(lambda: sheet_is_open(kiosk))
    assert not [i for i in kiosk.find_all("panel.more") if kiosk.is_shown(i)]
    kiosk.tap("sourcesSheet.close")
    kiosk.qtbot.waitUntil(lambda: kiosk.is_shown(kiosk.find("panel.more")))
