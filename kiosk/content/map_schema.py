# SPDX-License-Identifier: MIT
"""Typed schema of the map files (map/map.toml and map/<language>.toml). See docs/CONTENT.md.

Times become one number, `t`: days since midnight in Washington at the start of 14 October 1962
(04:00 GMT), so the timeline, the tracks and the QML all share one clock and day `floor(t)` is
the date a Washington reader of the sources would give. A date alone means "during that day"
(12:00 GMT, 8 a.m. in Washington).

The timeline keeps Washington's daylight time (GMT-4) to the end, although Washington went back
to standard time (GMT-5) on 28 October: only something that happened between 04:00 and 05:00 GMT
after that would show on the next day, and nothing on the map did.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from kiosk.content.schema import Id, SourceId, _Strict, _text

START = datetime(1962, 10, 14, 4, tzinfo=UTC)  # midnight in Washington (EDT, GMT-4)
TIMELINE_DAYS = 38  # 14 October to the end of 20 November
END = START + timedelta(days=TIMELINE_DAYS)
# Where a day step lands: late on that day (about 11:45 p.m. in Washington), so everything that
# happened that day is on the map, and a date alone ("during that day") always is.
DAY_END = 0.99

# The region the bundled coastline covers (tools/derive_map.py): a position outside it could
# never be seen, so it is a mistake, usually a sign slip in a longitude.
REGION = {"west": -125.0, "south": -20.0, "east": -45.0, "north": 66.0}


def days_since_start(moment: datetime) -> float:
    return (moment - START) / timedelta(days=1)


def moment_of(t: float) -> datetime:
    return START + timedelta(days=t)


def end_of_day(day: date) -> float:
    """`t` late on `day`: how the map stands on that date (screenshots, day steps)."""
    return (day - START.date()).days + DAY_END


def _when(value: Any) -> float:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise PydanticCustomError(
                "naive_time", "gives a time without its zone (GMT, EDT, …)", {}
            )
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time(12), tzinfo=UTC)
    else:
        raise PydanticCustomError("not_a_date", "is not a date", {})
    if not START <= moment < END:
        raise PydanticCustomError(
            "out_of_range",
            "is {value}, outside the map's 14 October – 20 November 1962 (Washington time)",
            {"value": value.isoformat()},
        )
    return days_since_start(moment)


def _on_map(axis: str, low: float, high: float) -> AfterValidator:
    def check(value: float) -> float:
        if not low <= value <= high:
            raise PydanticCustomError(
                "off_map",
                "is {value}, off the map, which covers {axis} {low} to {high}",
                {"value": f"{value:g}", "axis": axis, "low": f"{low:g}", "high": f"{high:g}"},
            )
        return value

    return AfterValidator(check)


When = Annotated[float, BeforeValidator(_when)]
Lat = Annotated[float, _on_map("latitude", REGION["south"], REGION["north"])]
Lon = Annotated[float, _on_map("longitude", REGION["west"], REGION["east"])]
Sources = Annotated[list[SourceId], Field(min_length=1)]


class Point(_Strict):
    lat: Lat
    lon: Lon


class View(_Strict):
    id: Id
    centre: Point
    width_km: Annotated[float, Field(ge=200, le=12000)]


class Place(_Strict):
    id: Id
    kind: Literal["city", "port", "base", "island"]
    lat: Lat
    lon: Lon
    sources: tuple[SourceId, ...] = ()


class Site(_Strict):
    id: Id
    kind: Literal["mrbm", "irbm"]
    lat: Lat
    lon: Lon
    known_from: When
    sources: Sources
    panels: tuple[Id, ...] = ()


class Ring(_Strict):
    id: Id
    site: Id
    radius_nm: Annotated[float, Field(gt=0, le=3000)]
    # Where on the ring its label sits, as a bearing from the site: north-east by default, out
    # over the open Atlantic on this map.
    label_bearing: Annotated[float, Field(ge=0, le=360)] = 45.0
    known_from: When
    sources: Sources
    panels: tuple[Id, ...] = ()


Bearing = Annotated[float, Field(ge=0, le=360)]


class Arc(_Strict):
    id: Id
    centre: Point
    radius_nm: Annotated[float, Field(gt=0, le=2000)]
    from_bearing: Bearing
    to_bearing: Bearing
    effective: When
    suspended: tuple[When, When] | None = None
    lifted: When
    sources: Sources
    panels: tuple[Id, ...] = ()

    @model_validator(mode="after")
    def _in_order(self) -> Arc:
        if self.lifted <= self.effective:
            raise PydanticCustomError("out_of_order", "lifted comes before effective", {})
        return self


class TrackPoint(_Strict):
    at: When
    lat: Lat
    lon: Lon
    exact: bool = False
    source: SourceId | None = None
    state: Literal["under-way", "stopped", "docked", "surfaced", "gone"] = "under-way"

    @model_validator(mode="after")
    def _exact_needs_source(self) -> TrackPoint:
        if self.exact and self.source is None:
            raise PydanticCustomError(
                "exact_without_source", "claims an exact position but names no source", {}
            )
        return self


def _time_order(track: list[TrackPoint]) -> list[TrackPoint]:
    for index, (before, after) in enumerate(pairwise(track), start=1):
        if after.at <= before.at:
            # "element" names the point at fault, so the problem points at its line.
            raise PydanticCustomError(
                "out_of_order", "is not later than the point before it", {"element": index}
            )
    return track


class Ship(_Strict):
    id: Id
    side: Literal["soviet", "charter", "us", "allied"]
    kind: Literal[
        "cargo", "tanker", "passenger", "submarine", "warship", "carrier", "aircraft", "group"
    ]
    sources: Sources
    panels: tuple[Id, ...] = ()
    track: Annotated[list[TrackPoint], Field(min_length=1), AfterValidator(_time_order)]


EventIcon = Literal[
    "photo",
    "turn-back",
    "hail",
    "boarding",
    "surfaced",
    "shot-down",
    "crash",
    "inspection",
    "arrival",
    "stopped",
    "speech",
    "lifted",
    "suspended",
    "vote",
]


class Event(_Strict):
    id: Id
    at: When
    ship: Id | None = None
    lat: Lat | None = None
    lon: Lon | None = None
    exact: bool = False
    icon: EventIcon
    sources: Sources
    panels: tuple[Id, ...] = ()

    @model_validator(mode="after")
    def _one_place(self) -> Event:
        has_point = self.lat is not None and self.lon is not None
        if (self.ship is None) == (not has_point):
            raise PydanticCustomError("no_place", "needs either `ship` or both `lat` and `lon`", {})
        return self


class Moment(_Strict):
    id: Id
    panel: Id
    at: When
    view: Id
    highlight: tuple[Id, ...] = ()


# --- the language files ---------------------------------------------------------------------


class ItemText(_Strict):
    name: _text(8)
    # What the map prints beside the symbol, when shorter than the name ("near Guanajay").
    short: _text(4) | None = None
    label: _text(8)
    text: _text(50)

    @property
    def on_map(self) -> str:
        return self.short or self.name


class MomentText(_Strict):
    text: _text(25)


class EntryText(_Strict):
    """The map's way in on home: a title and one line under it."""

    title: _text(8)
    teaser: _text(20)


class Caption(_Strict):
    start: Annotated[When, Field(alias="from")]
    text: _text(35)
