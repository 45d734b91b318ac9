# SPDX-License-Identifier: MIT
"""Where a panel's dates fall on the thin timeline strip under its title: the same 14 October –
20 November 1962 the map plays, so a visitor sees when in the crisis each card happened."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from kiosk.content.card_dates import CardDate, span_label
from kiosk.content.map_schema import START, TIMELINE_DAYS
from kiosk.content.schema import Panel

FIRST_DAY = START.date()
LAST_DAY = FIRST_DAY + timedelta(days=TIMELINE_DAYS - 1)


def position(day: CardDate) -> float:
    """0 on 14 October, 1 on 20 November; a month alone sits mid-month."""
    first = day.first if day.day is not None else day.first + timedelta(days=14)
    return (first - FIRST_DAY).days / (LAST_DAY - FIRST_DAY).days


def strip_marks(panel: Panel, language: str) -> list[dict[str, Any]]:
    """One mark per dated card, in the cards' order; a span marks where it starts and ends."""
    marks = []
    for fact in panel.facts:
        span = fact.span()
        if span is None:
            continue
        start, end = span
        marks.append(
            {
                "factId": fact.id,
                "start": position(start),
                "end": position(end) if end else position(start),
                "label": span_label(start, end, language),
            }
        )
    return marks


def end_labels(language: str) -> tuple[str, str]:
    """The strip's two ends, as its captions show them."""
    first = CardDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day)
    last = CardDate(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day)
    return first.label(language), last.label(language)
