# SPDX-License-Identifier: MIT
"""The Exhibit's navigation and language state, without a window."""

from __future__ import annotations

from kiosk.backend import Exhibit
from kiosk.content import load_pack
from tests.conftest import TEST_PACK


def make(qapp, **kwargs) -> Exhibit:
    return Exhibit(load_pack(TEST_PACK).pack, **kwargs)


def test_starts_at_home_in_the_default_language(qapp):
    exhibit = make(qapp)
    assert exhibit.currentScreen == "home"
    assert exhibit.language == "en"
    assert exhibit.screens == ["home", "alpha", "beta", "ending", "map"]
    assert exhibit.currentPanel is None


def test_numbers_count_objectives_only(qapp):
    exhibit = make(qapp)
    assert [exhibit.panel(p).number for p in ("alpha", "beta", "ending")] == [1, 2, 0]


def test_navigation_and_transitions(qapp, qtbot):
    exhibit = make(qapp)
    with qtbot.waitSignal(exhibit.screenChanged):
        exhibit.openScreen("alpha")
    assert (exhibit.currentScreen, exhibit.transition) == ("alpha", "fade")
    exhibit.goNext()
    assert (exhibit.currentScreen, exhibit.transition) == ("beta", "forward")
    exhibit.goPrevious()
    assert (exhibit.currentScreen, exhibit.transition) == ("alpha", "back")
    assert not exhibit.hasPrevious
    exhibit.goPrevious()
    assert exhibit.currentScreen == "alpha"
    exhibit.openScreen("no-such-panel")
    assert exhibit.currentScreen == "alpha"
    exhibit.goHome()
    assert (exhibit.currentScreen, exhibit.transition) == ("home", "fade")


def test_language_change_updates_tiles_and_panels_in_place(qapp, qtbot):
    exhibit = make(qapp)
    alpha = exhibit.panel("alpha")
    with qtbot.waitSignals([exhibit.languageChanged, alpha.changed]):
        exhibit.setLanguage("es")
    assert alpha.title == "Título alfa"
    tiles = exhibit.tiles.rows()
    assert tiles[0]["title"] == "Título alfa"
    assert exhibit.question == "¿Qué quería la prueba?"
    with qtbot.assertNotEmitted(exhibit.languageChanged):
        exhibit.setLanguage("es")
        exhibit.setLanguage("fr")


def test_source_markers_number_sources_in_reading_order(qapp):
    exhibit = make(qapp)  # owns the panel objects: keep it alive
    alpha = exhibit.panel("alpha")
    facts = alpha.facts.rows()
    assert [f["markers"] for f in facts] == [[1], [1, 2], [3]]
    assert [s["sourceId"] for s in alpha.sources.rows()] == ["T1", "T2", "T3-d4"]
    assert all(s["available"] for s in alpha.sources.rows())
    assert alpha.quoteMarkers == [2]
    assert alpha.outcomeMarkers == [3]


def test_empty_pack_has_only_home(qapp, pack_copy):
    for path in (pack_copy / "en").glob("*.toml"):
        path.write_text("broken = [", encoding="utf-8")
    exhibit = Exhibit(load_pack(pack_copy).pack)
    assert exhibit.currentScreen == "home"
    assert exhibit.screens == ["home"]
    assert not exhibit.hasPanels
    exhibit.openScreen("alpha")
    assert exhibit.currentScreen == "home"


def test_a_source_missing_from_sources_toml_is_listed_as_unavailable(qapp, pack_copy):
    (pack_copy / "sources.toml").unlink()
    exhibit = Exhibit(load_pack(pack_copy).pack)
    assert exhibit.hasPanels
    rows = exhibit.panel("alpha").sources.rows()
    assert [(r["number"], r["sourceId"], r["available"]) for r in rows] == [
        (1, "T1", False),
        (2, "T2", False),
        (3, "T3-d4", False),
    ]
