# SPDX-License-Identifier: MIT
"""A card's date as a curator writes it and as a visitor reads it; sources as the sheet shows
them; where a panel's dates fall on its timeline strip."""

from __future__ import annotations

import pytest

from kiosk.backend.timeline_strip import end_labels, position
from kiosk.content.card_dates import CardDate, parse_card_date, span_label
from kiosk.content.citations import curl_quotes, shown_address


def test_a_day_and_a_month_read_as_short_labels_in_each_language():
    assert parse_card_date("1962-10-14").label("en") == "14 Oct 1962"
    assert parse_card_date("1962-10-14").label("es") == "14 oct 1962"
    assert parse_card_date("1962-09").label("en") == "Sep 1962"
    assert parse_card_date("1962-09").label("es") == "sept 1962"


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        ("1962-11-08", "1962-11-20", "8–20 Nov 1962"),
        ("1962-10-23", "1962-11-14", "23 Oct – 14 Nov 1962"),
        ("1962-12-30", "1963-01-02", "30 Dec 1962 – 2 Jan 1963"),
        ("1962-10-22", None, "22 Oct 1962"),
    ],
)
def test_a_span_is_written_as_briefly_as_it_stays_clear(start, end, label):
    assert span_label(parse_card_date(start), end and parse_card_date(end), "en") == label


@pytest.mark.parametrize("bad", ["22 October 1962", "1962-13-01", "1962-02-30", "62-10-22"])
def test_anything_but_a_calendar_date_is_refused_with_the_form_to_use(bad):
    with pytest.raises(ValueError, match="1962"):
        parse_card_date(bad)


def test_the_strip_runs_from_14_october_to_20_november():
    assert end_labels("en") == ("14 Oct 1962", "20 Nov 1962")
    assert position(CardDate(1962, 10, 14)) == 0
    assert position(CardDate(1962, 11, 20)) == 1
    assert position(CardDate(1962, 9)) < 0 < 1 < position(CardDate(1963, 4))


def test_sources_read_with_curly_quotes_and_addresses_that_break_at_their_seams():
    assert curl_quotes('Kennedy\'s "Thirteen Days"') == "Kennedy’s “Thirteen Days”"
    shown = shown_address("https://www.history.state.gov/frus1961-63v06/d60")
    assert shown.replace("\u200b", "|") == "history.state.gov/|frus1961-|63v06/|d60"


def test_a_qr_code_holds_its_address_on_paper_in_whole_pixel_modules(qapp):
    from PySide6.QtGui import QColor

    from kiosk.backend.qr_codes import PAPER, draw_code

    image = draw_code(
        "https://history.state.gov/historicaldocuments/frus1961-63v06/d60", QColor("#0E1A24"), 240
    )
    assert image.width() == image.height() == 240
    colours = {image.pixelColor(x, y).name() for x in range(0, 240, 3) for y in range(0, 240, 3)}
    assert {"#0e1a24", PAPER.name()} <= colours
    assert draw_code("", QColor("#0E1A24"), 64).pixelColor(10, 10).alpha() == 0
