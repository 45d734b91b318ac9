# SPDX-License-Identifier: MIT
"""The content pack the exhibit ships with is complete and valid in both languages."""

from __future__ import annotations

import re

from kiosk import paths
from kiosk.content import load_pack

OBJECTIVES = [
    "remove-missiles",
    "national-security",
    "reassure-allies",
    "peaceful-way-out",
    "american-leadership",
]


def test_shipped_pack_has_no_errors_or_warnings():
    result = load_pack(paths.content_dir())
    assert [p.format() for p in result.problems] == []


def test_five_objectives_then_how_it_ended_in_english_and_spanish():
    pack = load_pack(paths.content_dir()).pack
    assert pack.languages == ("en", "es")
    assert list(pack.panel_ids) == [*OBJECTIVES, "how-it-ended"]
    for panel_id in OBJECTIVES:
        assert pack.panels[("en", panel_id)].kind == "objective"
    assert pack.panels[("en", "how-it-ended")].kind == "ending"
    assert not pack.fallbacks
    for language in pack.languages:
        assert pack.homes[language].question


def test_spanish_quotations_are_marked_as_translations():
    pack = load_pack(paths.content_dir()).pack
    for panel_id in pack.panel_ids:
        assert pack.panels[("en", panel_id)].quote.translated is False
        assert pack.panels[("es", panel_id)].quote.translated is True


def test_dates_follow_the_house_style():
    """ "22 October 1962" in English, "22 de octubre de 1962" in Spanish (WRITING.md)."""
    pack = load_pack(paths.content_dir()).pack
    us_style = re.compile(
        r"\b(January|February|March|April|May|June|July|August|September|"
        r"October|November|December) \d{1,2}\b"
    )
    for (language, panel_id), panel in pack.panels.items():
        texts = [
            panel.short_answer,
            panel.outcome.text,
            panel.quote.date,
            *(f.text for f in panel.facts),
        ]
        for text in texts:
            if language == "en":
                assert not us_style.search(text), f"{panel_id}: {text}"
            else:
                assert "October" not in text and "November" not in text, f"{panel_id}: {text}"


def test_every_source_is_cited_somewhere():
    pack = load_pack(paths.content_dir()).pack
    cited = {s for panel in pack.panels.values() for s in panel.source_ids()}
    assert pack.map is not None
    cited |= pack.map.source_ids()
    assert set(pack.sources) == cited
