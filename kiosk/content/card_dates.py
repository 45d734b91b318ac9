# SPDX-License-Identifier: MIT
"""A fact card's date: written by curators as ISO ("1962-10-14", or "1962-09" when a source gives
only the month) and shown above the card in the visitor's language ("14 Oct 1962")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")

# Short month names as a label sets them: English with a capital, Spanish in lower case
# (Fundéu: "14 oct 1962"), both without a full stop so the line reads as a label, not prose.
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}


@dataclass(frozen=True, order=True)
class CardDate:
    """A day, or a whole month when `day` is None."""

    year: int
    month: int
    day: int | None = None

    @property
    def first(self) -> date:
        return date(self.year, self.month, self.day or 1)

    def label(self, language: str) -> str:
        month = _MONTHS.get(language, _MONTHS["en"])[self.month - 1]
        return f"{month} {self.year}" if self.day is None else f"{self.day} {month} {self.year}"


def parse_card_date(value: str) -> CardDate:
    """Raise ValueError, with a message fit for a curator, unless `value` is an ISO date."""
    match = _ISO.match(value.strip())
    if not match:
        raise ValueError(f"is “{value}”, not a date written as 1962-10-14 (or 1962-09 for a month)")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        date(year, month, day or 1)
    except ValueError:
        raise ValueError(f"is “{value}”, not a date in the calendar") from None
    return CardDate(year, month, day)


def span_label(start: CardDate, end: CardDate | None, language: str) -> str:
    """ "14 Oct 1962", or a span written as briefly as it stays clear: "8–20 Nov 1962",
    "30 Oct – 2 Nov 1962"."""
    if end is None or end == start:
        return start.label(language)
    same_month = (start.year, start.month) == (end.year, end.month)
    if same_month and start.day is not None and end.day is not None:
        return f"{start.day}–{end.label(language)}"
    if start.year == end.year:
        head = start.label(language).removesuffix(f" {start.year}")
        return f"{head} – {end.label(language)}"
    return f"{start.label(language)} – {end.label(language)}"
