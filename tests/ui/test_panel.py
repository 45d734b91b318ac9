# SPDX-License-Identifier: MIT
"""What a visitor sees on a panel: cards, the quotation, the sources chips and sheet, the one
amber next step, and text that runs long."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF

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
        assert kiosk.text(f"source.{source_id}.title").startswith(start)
    # Titles first, then the details and the address (broken only after slashes and hyphens),
    # with a QR code of the address to take home.
    assert kiosk.text("source.T1.details") == "Test Archive, document 1."
    assert kiosk.text("source.T3-d4.address").replace("\u200b", "") == (
        "example.org/archive/a-rather-long-path/to/document-3"
    )
    code = kiosk.find("source.T1.qr")
    assert "example.org%2Farchive%2Fdocument-1" in code.property("source").toString()
    kiosk.qtbot.waitUntil(lambda: code.property("progress") == 1.0)
    assert not [i for i in kiosk.find_all("source.T2.qr") if kiosk.is_shown(i)]
    kiosk.tap("nav.close")
    kiosk.qtbot.waitUntil(lambda: not kiosk.find_all("sourcesSheet")[0].isVisible())


def test_tapping_a_cards_sources_chip_highlights_its_source(start_exhibit):
    kiosk = open_panel(start_exhibit)
    assert kiosk.text("sources.third.label") == "Source 3"
    assert kiosk.text("sources.second.label") == "Sources 1, 2"
    kiosk.tap("sources.third", touch=True)
    kiosk.qtbot.waitUntil(lambda: sheet_is_open(kiosk))
    assert kiosk.find("source.T3-d4").property("isHighlighted")
    assert not kiosk.find("source.T1").property("isHighlighted")


def test_quote_and_outcome_chips_open_their_sources(start_exhibit):
    kiosk = open_panel(start_exhibit, "beta")
    kiosk.tap("sources.quote")
    kiosk.qtbot.waitUntil(lambda: sheet_is_open(kiosk))
    assert kiosk.find("source.T2").property("isHighlighted")
    kiosk.tap("nav.close")
    kiosk.qtbot.waitUntil(lambda: not kiosk.find_all("sourcesSheet")[0].isVisible())
    kiosk.tap("sources.outcome")
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


def test_quote_is_a_transcript_with_its_dateline_and_speaker(start_exhibit):
    kiosk = open_panel(start_exhibit)
    assert kiosk.text("quote.dateline") == "A test document · 1 January 1900"
    assert kiosk.text("quote.speaker") == "— A Speaker"


def test_a_card_shows_its_date_its_figure_and_then_its_text(start_exhibit):
    kiosk = open_panel(start_exhibit)
    assert kiosk.text("fact.first.date") == "22 Oct 1962"
    assert kiosk.text("fact.first.figure") == "42 missiles"
    assert kiosk.text("fact.second.date") == "8–20 Nov 1962"
    date, figure, text = (kiosk.find(f"fact.first.{part}") for part in ("date", "figure", "text"))
    tops = [i.mapToScene(QPointF(0, 0)).y() for i in (date, figure, text)]
    assert tops == sorted(tops)
    # A card without a date or figure starts with its text.
    assert not [i for i in kiosk.find_all("fact.third.dateline") if kiosk.is_shown(i)]
    kiosk.tap("language.es")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("fact.first.date") == "22 oct 1962")
    assert kiosk.text("fact.first.figure") == "42 misiles"


def test_the_timeline_strip_marks_the_panels_dates(start_exhibit):
    kiosk = open_panel(start_exhibit)
    strip = kiosk.find("panel.timeline")
    marks = strip.property("dates")
    assert [m.toVariant()["label"] if hasattr(m, "toVariant") else m["label"] for m in marks] == [
        "22 Oct 1962",
        "8–20 Nov 1962",
    ]
    # 22 October is 8 of the strip's 37 days in; 8–20 November runs to its end.
    first, second = (m.toVariant() if hasattr(m, "toVariant") else m for m in marks)
    assert abs(first["start"] - 8 / 37) < 1e-6
    assert abs(second["end"] - 1.0) < 1e-6


def test_static_cards_are_outlined_and_only_what_responds_is_filled(start_exhibit):
    from PySide6.QtGui import QColor

    kiosk = open_panel(start_exhibit)
    card = kiosk.find("fact.first")
    assert QColor(card.property("color")).alpha() == 0
    preview = kiosk.find("panel.mapPreview")
    fills = [QColor(i.property("color")) for i in kiosk.items(preview) if i.property("radius")]
    assert fills and fills[0].alpha() == 255


def test_next_is_the_one_amber_control_and_the_last_panel_leads_back_to_the_question(
    start_exhibit,
):
    kiosk = open_panel(start_exhibit)
    amber = [i.objectName() for i in kiosk.items() if kiosk.is_shown(i) and i.property("accent")]
    assert amber == ["nav.next"]
    kiosk.exhibit.openScreen("ending")
    kiosk.wait_for_screen("ending")
    back = kiosk.find("nav.backToQuestion")
    assert back.property("accent") and back.property("text") == "Back to the question"
    assert not [i for i in kiosk.find_all("nav.next") if kiosk.is_shown(i)]
    kiosk.tap("nav.backToQuestion")
    kiosk.wait_for_screen("home")


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
        and i.objectName().startswith(("sources.", "nav.", "language.", "panel.sources"))
        and not i.objectName().endswith(".label")
    ]
    assert len(targets) > 8
    for item in targets:
        # A control drawn smaller (a sources chip) counts the margin its touch takes around it.
        margin = 2 * (item.property("touchMargin") or 0)
        assert min(item.width(), item.height()) + margin >= 72, item.objectName()


def long_pack(pack_copy: Path) -> Path:
    words = " ".join(["longer"] * 28)  # near the schema's 30-word limit for a card
    for panel in ("alpha",):
        path = pack_copy / "en" / f"{panel}.toml"
        text = path.read_text(encoding="utf-8")
        for n in (
            "first fact card, short and plain.",
            "second fact card, which cites two sources.",
            "third fact card.",
        ):
            text = text.replace(f"Alpha {n}", f"Alpha {words}")
        text = text.replace("Alpha outcome of this objective.", "Alpha " + " ".join(["out"] * 43))
        path.write_text(text, encoding="utf-8")
    return pack_copy


def test_long_text_offers_more_and_top_buttons(start_exhibit, pack_copy):
    kiosk = open_panel(start_exhibit, content=long_pack(pack_copy), size=(1366, 768))
    scroll = kiosk.find("panel.scroll")
    more = kiosk.find("panel.more")
    # Named after what it shows, and the one amber control while there is more to read.
    assert more.property("text") == "What happened"
    assert more.property("accent") and not kiosk.find("nav.next").property("accent")
    kiosk.tap("panel.more")
    kiosk.qtbot.waitUntil(lambda: scroll.property("contentY") > 0)
    while not scroll.property("atYEnd"):
        before = scroll.property("contentY")
        kiosk.tap("panel.more")
        kiosk.qtbot.waitUntil(lambda b=before: scroll.property("contentY") > b)
    kiosk.qtbot.waitUntil(lambda: kiosk.find("panel.more").property("text") == "Top")
    assert kiosk.find("nav.next").property("accent")
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
    kiosk.tap("nav.close")
    kiosk.qtbot.waitUntil(lambda: kiosk.is_shown(kiosk.find("panel.more")))


def test_a_sideways_swipe_on_the_open_sheet_stays_on_the_sheet(start_exhibit):
    kiosk = open_panel(start_exhibit, "beta")
    kiosk.tap("panel.sources", touch=True)
    kiosk.qtbot.waitUntil(lambda: sheet_is_open(kiosk))
    panel = kiosk.find("sourcesSheet.panel")
    rect = panel.mapRectToScene(panel.boundingRect())
    y = int(rect.top() + rect.height() * 0.6)
    for dx in (-600, 600):  # a sloppy finger scrolling the sources, both ways
        kiosk.swipe(dx, y=y)
        kiosk.qtbot.wait(50)  # let a wrongly started transition show itself
        assert kiosk.exhibit.currentScreen == "beta"
        assert sheet_is_open(kiosk)
    # Once the sheet is closed, the same swipe changes the panel as before.
    kiosk.tap("nav.close")
    kiosk.qtbot.waitUntil(lambda: not kiosk.find_all("sourcesSheet")[0].isVisible())
    kiosk.swipe(-600, y=y)
    kiosk.wait_for_screen("ending")


def many_sources_pack(pack_copy: Path) -> Path:
    with (pack_copy / "sources.toml").open("a", encoding="utf-8") as sources:
        for n in range(4, 13):
            sources.write(f'\n[[sources]]\nid = "X{n}"\ntitle = "Extra source {n}."\n')
    ids = ", ".join(f'"X{n}"' for n in range(4, 13))
    for language in ("en", "es"):
        path = pack_copy / language / "alpha.toml"
        text = path.read_text(encoding="utf-8")
        text = text.replace('sources = ["T3-d4"]', f'sources = ["T3-d4", {ids}]', 1)
        path.write_text(text, encoding="utf-8")
    return pack_copy


def test_a_chip_with_many_sources_stays_whole_inside_its_card(start_exhibit, pack_copy):
    kiosk = open_panel(start_exhibit, content=many_sources_pack(pack_copy))
    label = kiosk.text("sources.third.label")
    assert label == "Sources " + ", ".join(str(n) for n in range(3, 13))
    card = kiosk.find("fact.third")
    card_box = card.mapRectToScene(card.boundingRect())
    chip = kiosk.find("sources.third")
    assert card_box.contains(chip.mapRectToScene(chip.boundingRect()))
    assert chip.height() + 2 * chip.property("touchMargin") >= 72
    assert kiosk.cut_texts() == []


def test_every_text_on_screen_is_plain_text(start_exhibit):
    """A curator's `<` or `&` shows as typed: no Text item interprets markup."""
    kiosk = open_panel(start_exhibit)
    kiosk.tap("panel.sources")
    kiosk.qtbot.waitUntil(lambda: sheet_is_open(kiosk))
    texts = [i for i in kiosk.items() if i.metaObject().className() == "QQuickText"]
    assert len(texts) > 20
    assert [i.property("text") for i in texts if not is_plain(i)] == []
    kiosk.tap("nav.close")
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
