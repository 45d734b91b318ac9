# SPDX-License-Identifier: MIT
"""What a visitor sees on a panel: the sources sheet, markers, and text that runs long."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF

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


def test_a_sideways_swipe_on_the_open_sheet_stays_on_the_sheet(start_exhibit):
    kiosk = open_panel(start_exhibit, "beta")
    kiosk.tap("panel.sources", touch=True)
    kiosk.qtbot.waitUntil(lambda: sheet_is_open(kiosk))
    panel = kiosk.find("sourcesSheet.panel")
    rect = panel.mapRectToScene(panel.boundingRect())
    y = int(rect.top() + rect.height() * 0.6)
    for dx in (-600, 600):  # a sloppy finger scrolling the citations, both ways
        kiosk.swipe(dx, y=y)
        kiosk.qtbot.wait(50)  # let a wrongly started transition show itself
        assert kiosk.exhibit.currentScreen == "beta"
        assert sheet_is_open(kiosk)
    # Once the sheet is closed, the same swipe changes the panel as before.
    kiosk.tap("sourcesSheet.close")
    kiosk.qtbot.waitUntil(lambda: not kiosk.find_all("sourcesSheet")[0].isVisible())
    kiosk.swipe(-600, y=y)
    kiosk.wait_for_screen("ending")


def many_sources_pack(pack_copy: Path) -> Path:
    with (pack_copy / "sources.toml").open("a", encoding="utf-8") as sources:
        for n in range(4, 13):
            sources.write(f'\n[[sources]]\nid = "X{n}"\ncitation = "Extra source {n}."\n')
    ids = ", ".join(f'"X{n}"' for n in range(4, 13))
    for language in ("en", "es"):
        path = pack_copy / language / "alpha.toml"
        text = path.read_text(encoding="utf-8")
        text = text.replace('sources = ["T3-d4"]', f'sources = ["T3-d4", {ids}]', 1)
        path.write_text(text, encoding="utf-8")
    return pack_copy


def test_two_digit_source_markers_fit_inside_their_badge(start_exhibit, pack_copy):
    kiosk = open_panel(start_exhibit, content=many_sources_pack(pack_copy))
    for name in ("marker.third.3", "marker.third.12"):
        marker = kiosk.find(name)
        badge = next(i for i in kiosk.items(marker) if i.objectName() == "sourceBadge")
        label = next(i for i in kiosk.items(badge) if i.property("text") == name.split(".")[-1])
        box = badge.mapRectToScene(badge.boundingRect())
        corner = badge.property("radius") / 2  # the rounded ends leave less room
        inner = box.adjusted(corner, 0, -corner, 0)
        origin = label.mapToScene(QPointF(0, 0))
        drawn = QRectF(
            origin.x(), origin.y(), label.property("contentWidth"), label.property("contentHeight")
        )
        assert inner.contains(drawn), f"{name}: text {drawn} spills out of {box}"
        assert min(marker.width(), marker.height()) >= 72
    # Many markers wrap inside their card instead of running out of it.
    card = kiosk.find("fact.third")
    card_box = card.mapRectToScene(card.boundingRect())
    for number in range(3, 13):
        badge = next(
            i
            for i in kiosk.items(kiosk.find(f"marker.third.{number}"))
            if i.objectName() == "sourceBadge"
        )
        assert card_box.contains(badge.mapRectToScene(badge.boundingRect())), number


def test_every_text_on_screen_is_plain_text(start_exhibit):
    """A curator's `<` or `&` shows as typed: no Text item interprets markup."""
    kiosk = open_panel(start_exhibit)
    kiosk.tap("panel.sources")
    kiosk.qtbot.waitUntil(lambda: sheet_is_open(kiosk))
    texts = [i for i in kiosk.items() if i.metaObject().className() == "QQuickText"]
    assert len(texts) > 20
    assert [i.property("text") for i in texts if not is_plain(i)] == []
    kiosk.tap("sourcesSheet.close")
    kiosk.tap("nav.home")
    kiosk.wait_for_screen("home")
    home = [i for i in kiosk.items() if i.metaObject().className() == "QQuickText"]
    assert [i.property("text") for i in home if not is_plain(i)] == []


def is_plain(item) -> bool:
    from PySide6.QtQml import QQmlEngine, QQmlExpression

    # PySide6 cannot convert the TextFormat enum through QObject.property(): ask QML.
    expression = QQmlExpression(QQmlEngine.contextForObject(item), item, "textFormat === 0")
    value, undefined = expression.evaluate()
    assert not undefined and not expression.hasError(), expression.error().toString()
    return value is True  # 0 is Text.PlainText
