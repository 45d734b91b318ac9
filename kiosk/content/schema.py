# SPDX-License-Identifier: MIT
"""Typed schema of every content file. Field limits follow docs/CONTENT.md and ../WRITING.md."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

from kiosk.content.card_dates import CardDate, parse_card_date

SUPPORTED_LANGUAGES = ("en", "es")
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SOURCE_ID_PATTERN = r"^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
# Screen names of kinds other than panels (kiosk/screens.py): a panel may not take one.
RESERVED_PANEL_IDS = frozenset({"home", "map", "staff", "idle"})
_TAG = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>")


def _normalise(value: str) -> str:
    # Curators break long text over several lines; a visitor sees one flowing paragraph.
    return " ".join(value.split())


def word_count(value: str) -> int:
    return len(value.split())


def _plain(value: str) -> str:
    if _TAG.search(value):
        raise PydanticCustomError(
            "markup", "contains an HTML tag ({tag})", {"tag": _TAG.search(value).group(0)}
        )
    return value


def _words(limit: int) -> AfterValidator:
    def check(value: str) -> str:
        count = word_count(value)
        if count > limit:
            raise PydanticCustomError(
                "too_many_words",
                "has {count} words; the limit is {limit}",
                {"count": count, "limit": limit},
            )
        if count == 0:
            raise PydanticCustomError("empty_text", "is empty", {})
        return value

    return AfterValidator(check)


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[¿¡\"“‘(]?[A-ZÁÉÍÓÚÑ0-9]")


def _one_sentence(value: str) -> str:
    breaks = len(_SENTENCE_BREAK.findall(value))
    if breaks:
        raise PydanticCustomError(
            "several_sentences", "has {count} sentences; it must be one", {"count": breaks + 1}
        )
    return value


def _text(limit: int) -> object:
    return Annotated[str, AfterValidator(_normalise), AfterValidator(_plain), _words(limit)]


Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=40)]
SourceId = Annotated[str, StringConstraints(pattern=SOURCE_ID_PATTERN, max_length=40)]
Line = _text(20)
Language = Literal["en", "es"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _card_date(value: str) -> str:
    try:
        parse_card_date(value)
    except ValueError as error:
        raise PydanticCustomError("card_date", str(error), {}) from None
    return value


def _figure(value: str) -> str:
    if not 0 < len(value) <= FIGURE_CHARACTERS:
        raise PydanticCustomError(
            "figure_length",
            "is {count} characters; the limit is {limit}",
            {"count": len(value), "limit": FIGURE_CHARACTERS},
        )
    return value


FIGURE_CHARACTERS = 14
CardDateText = Annotated[str, AfterValidator(_card_date)]
# The line icons a card may carry (kiosk/backend/icons.py draws them): the kind of evidence.
CARD_ICONS = ("camera", "letter", "ship", "ballot", "broadcast", "talk", "missile", "plane")


class Fact(_Strict):
    id: Id
    # The card's main date, shown above its text rather than inside the sentence.
    date: CardDateText | None = None
    until: CardDateText | None = None
    # The one number that carries the card, set large ("42 missiles").
    figure: Annotated[str, AfterValidator(_normalise), AfterValidator(_figure)] | None = None
    icon: Literal[CARD_ICONS] | None = None
    text: _text(30)
    sources: Annotated[list[SourceId], Field(min_length=1)]

    @model_validator(mode="after")
    def _span_in_order(self) -> Fact:
        if self.until is not None:
            if self.date is None:
                raise PydanticCustomError("until_alone", "until needs a date to start from", {})
            if parse_card_date(self.until).first <= parse_card_date(self.date).first:
                raise PydanticCustomError(
                    "until_order",
                    "until ({until}) is not after date ({date})",
                    {"until": self.until, "date": self.date},
                )
        return self

    def span(self) -> tuple[CardDate, CardDate | None] | None:
        if self.date is None:
            return None
        end = parse_card_date(self.until) if self.until else None
        return parse_card_date(self.date), end


class Quote(_Strict):
    text: _text(40)
    speaker: Line
    date: Line
    document: _text(8)
    sources: Annotated[list[SourceId], Field(min_length=1)]
    translated: bool = False


class Outcome(_Strict):
    text: _text(45)
    sources: Annotated[list[SourceId], Field(min_length=1)]


class Image(_Strict):
    file: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    caption: _text(25)
    credit: Line
    licence: Line


class Panel(_Strict):
    id: Id
    kind: Literal["objective", "ending"]
    title: _text(6)
    teaser: _text(12)
    short_answer: Annotated[_text(25), AfterValidator(_one_sentence)]
    # Four cards fill a screen beside the answer, the quotation and the outcome.
    facts: Annotated[list[Fact], Field(min_length=2, max_length=4)]
    quote: Quote
    outcome: Outcome
    images: list[Image] = []

    def source_ids(self) -> list[str]:
        """Every source the panel cites, in the order a visitor first meets them."""
        seen: dict[str, None] = {}
        for fact in self.facts:
            seen.update(dict.fromkeys(fact.sources))
        seen.update(dict.fromkeys(self.quote.sources))
        seen.update(dict.fromkeys(self.outcome.sources))
        return list(seen)


class Home(_Strict):
    question: _text(20)
    framing: _text(20)


def _web_address(value: str) -> str:
    if not re.match(r"^https?://[^\s/$.?#][^\s]*$", value):
        raise PydanticCustomError(
            "web_address", "is “{value}”, not a web address starting https://", {"value": value}
        )
    return value


class Source(_Strict):
    """A source as the sheet lists it: its title first, then who made it, when and where, then
    its web address (also shown as a QR code), if it has one."""

    id: SourceId
    title: _text(40)
    details: Annotated[str, AfterValidator(_normalise), AfterValidator(_plain), _words(100)] = ""
    url: Annotated[str, AfterValidator(_web_address)] | None = None


class PackManifest(_Strict):
    languages: Annotated[list[Language], Field(min_length=1)]
    panels: list[Id]
