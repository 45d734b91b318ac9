# SPDX-License-Identifier: MIT
"""The map as QML sees it: geometry computed once, words in the current language, and requests.

The timeline's clock (`t`, days since midnight in Washington, 04:00 GMT, on 14 October 1962; see
kiosk/content/map_schema.py) runs in QML while it plays,
so nothing here runs per frame. Python asks the map to show a moment (a date, a view, a card)
through `request`; QML applies it and reports where it stands with `settle` when it stops.
"""

from __future__ import annotations

import logging
import math
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QDate, QLocale, QObject, QRectF, Signal, Slot
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.backend.list_model import RowListModel
from kiosk.backend.panel_models import SourceModel
from kiosk.backend.qt_types import QVariantList, QVariantMap
from kiosk.content import ContentPack
from kiosk.content.map_loader import MapContent
from kiosk.content.map_schema import DAY_END, START, TIMELINE_DAYS, moment_of
from kiosk.geo import KM_PER_NM, LatLon, destination
from kiosk.map_geometry import EMPTY_COAST, SAMPLE_DAYS, Coast, CoastError, Line, Projector
from kiosk.map_labels import Box, Placement, place_labels

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)
_LOCALES = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish}
_DAY_FORMAT = {"en": "dddd d MMMM yyyy", "es": "dddd d 'de' MMMM 'de' yyyy"}
_SHORT_FORMAT = {"en": "d MMM", "es": "d MMM"}
# Map labels as MapLabel.qml draws them (Theme.caption, small caps), in reference pixels, and
# the symbols they sit beside (MapCanvas.qml): for placing labels where they can be read.
LABEL_FONT = "Atkinson Hyperlegible"
LABEL_PX = 24
REFERENCE_WIDTH = 1920
SYMBOL_PX = {"site": 30.0, "place": 16.0, "ring": 12.0}
NO_PLACEMENT = Placement(0.0, False)
SAME_LABEL_ZOOM = 1.0  # reference px per km: about the Cuba view
LABEL_RANK = {"site": 0, "city": 1, "arc": 2, "port": 3, "base": 3, "island": 3, "ring": 4}


@dataclass(frozen=True)
class RingLine:
    item_id: str
    start: float  # t from which it is drawn
    points: Line


@dataclass(frozen=True)
class ArcLine:
    item_id: str
    effective: float
    suspended_from: float  # -1: never suspended
    suspended_to: float
    lifted: float
    points: Line


@QmlElement
@QmlUncreatable("Ships come from the MapView.")
class ShipModel(RowListModel):
    """Ships, submarines and aircraft; `samples` are x, y, heading every `step` days."""

    ROLES = ("itemId", "side", "kind", "name", "start", "end", "samples")


@QmlElement
@QmlUncreatable("Markers come from the MapView.")
class MarkerModel(RowListModel):
    """Things drawn at one point: sites, places and events; `start`/`end` bound when shown."""

    ROLES = (
        "itemId",
        "group",
        "kind",
        "name",
        "wx",
        "wy",
        "start",
        "end",
        "labelZoom",
        "labelLeft",
    )


@QmlElement
@QmlUncreatable("Rings come from the MapView.")
class RingModel(RowListModel):
    # wx, wy: where the label sits on the ring (the ring itself is painted: MapLines).
    ROLES = ("itemId", "kind", "name", "wx", "wy", "start", "labelZoom", "labelLeft")


@QmlElement
@QmlUncreatable("The MapView is made by the Exhibit.")
class MapView(QObject):
    changed = Signal()  # language: names, captions, dates
    requested = Signal()  # Python asks the map to show a moment

    def __init__(self, pack: ContentPack, coast_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self._map: MapContent = pack.map  # type: ignore[assignment] - only made when it exists
        self._language = pack.default_language
        self._projector = Projector()
        self._coast_file = coast_file
        self._coast: Coast | None = None  # read when first drawn, after home's first frame
        self._ships = ShipModel(self)
        self._markers = MarkerModel(self)
        self._rings = RingModel(self)
        self._card_sources = SourceModel(self)
        # What a visitor does here, for the statistics (the Exhibit sets it): kind, name.
        self.record: Callable[..., None] = lambda kind, name="": None
        self._tracks = {ship.id: self._projector.track(ship) for ship in self._map.ships}
        self._arc_points = self._projector.arc_points(self._map)
        self._arc_label = NO_PLACEMENT
        self._static_rows()
        self._request: dict[str, Any] = {"t": 0.0, "view": "region", "card": "", "play": False}
        self._t = 0.0
        self._refresh()

    def ring_lines(self) -> list[RingLine]:
        """Every range ring in world km, with the time it is drawn from (MapLines paints them)."""
        return list(self._ring_lines)

    def arc_line(self) -> ArcLine | None:
        """The quarantine arc in world km and its times (MapLines paints it)."""
        arc = self._map.arc
        if arc is None or not self._arc_points:
            return None
        return ArcLine(
            arc.id,
            arc.effective,
            _day_start(arc.suspended[0]) if arc.suspended else -1.0,
            _day_after(arc.suspended[1]) if arc.suspended else -1.0,
            arc.lifted,
            array("d", (v for point in self._arc_points for v in point)),
        )

    def coast(self) -> Coast:
        """The still map in world km, projected once (painted by kiosk/backend/base_map.py).

        Read and projected on first use (some 50 ms), so the exhibit's first frame never waits
        for it: home's picture of the map is built just after that frame.
        """
        if self._coast is None:
            try:
                self._coast = self._projector.coast(self._coast_file)
            except CoastError as exc:
                log.error("%s", exc)  # the map still shows its content on the sea
                self._coast = EMPTY_COAST
        return self._coast

    # --- requests from Python (moments, screenshots, a reset) -------------------------------

    def request(
        self,
        t: float | None = None,
        view: str = "region",
        card: str = "",
        play: bool = False,
        highlight: tuple[str, ...] = (),
    ) -> None:
        """Show the map at `t` (days since the start), in a named view, with a card open."""
        start = self._t if t is None else min(max(t, 0.0), TIMELINE_DAYS)
        self._request = {
            "t": start,
            "view": view if view in self._map.views else "region",
            "card": card if card in self._ids() else "",
            "play": play,
            "highlight": [h for h in highlight if h in self._ids()],
        }
        self._t = start
        self.requested.emit()

    def open_moment(self, moment_id: str) -> bool:
        moment = next((m for m in self._map.moments if m.id == moment_id), None)
        if moment is None:
            return False
        self.request(moment.at, moment.view, highlight=moment.highlight)
        return True

    @Slot(float)
    def settle(self, t: float) -> None:
        """QML reports the time it stopped at (paused, scrubbed, stepped)."""
        self._t = t

    def set_language(self, language: str) -> None:
        self._language = language
        self._refresh()
        self.changed.emit()

    # --- what the view binds to -------------------------------------------------------------

    def _get_request(self) -> dict[str, Any]:
        return dict(self._request)

    def _get_t(self) -> float:
        return self._t

    def _get_days(self) -> float:
        return TIMELINE_DAYS

    def _get_day_end(self) -> float:
        return DAY_END

    def _get_world(self) -> QRectF:
        x0, y0, x1, y1 = self.coast().bbox
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def _get_arc(self) -> dict[str, Any]:
        arc = self._map.arc
        if arc is None:
            return {}
        points = self._arc_points
        mid = points[len(points) // 2] if points else (0.0, 0.0)
        text = self._map.text(self._language, arc.id)
        return {
            "itemId": arc.id,
            "name": text.name,
            "label": text.label,
            "effective": arc.effective,
            "lifted": arc.lifted,
            # Whole Washington days: suspended "30-31 October" is paused from the start of the
            # 30th to the end of the 31st (times, if given, are kept as they are).
            "suspendedFrom": _day_start(arc.suspended[0]) if arc.suspended else -1.0,
            "suspendedTo": _day_after(arc.suspended[1]) if arc.suspended else -1.0,
            "labelX": mid[0],
            "labelY": mid[1],
            "labelZoom": self._arc_label.zoom,
            "labelLeft": self._arc_label.left,
        }

    def _get_captions(self) -> list[dict[str, Any]]:
        # A caption belongs to its day: shown from that day's first moment on the timeline.
        return [
            {"t": math.floor(c.start), "text": c.text}
            for c in self._map.captions_in(self._language)
        ]

    def _get_day_labels(self) -> list[str]:
        return [self._day_label(day) for day in range(math.ceil(TIMELINE_DAYS))]

    def _day_label(self, day: int) -> str:
        return day_label(self._language, day)

    @Slot(int, result=str)
    def dayInEveryLanguage(self, day: int) -> str:
        """Timeline day `day` in each language the pack offers, for the attract loop's still
        views, which speak to every passer-by at once: "Monday 22 October 1962 · lunes…"."""
        return " · ".join(day_label(language, day) for language in self._pack.languages)

    def _get_short_dates(self) -> list[str]:
        locale = QLocale(_LOCALES.get(self._language, QLocale.Language.English))
        first = QDate(START.year, START.month, START.day)
        fmt = _SHORT_FORMAT[self._language]
        return [locale.toString(first.addDays(i), fmt) for i in range(math.ceil(TIMELINE_DAYS))]

    def _get_event_days(self) -> list[int]:
        return sorted({math.floor(e.at) for e in self._map.events})

    def _get_views(self) -> dict[str, Any]:
        views = {}
        for view in self._map.views.values():
            x, y = self._projector.xy(view.centre.lat, view.centre.lon)
            views[view.id] = {"x": x, "y": y, "width": view.width_km}
        return views

    def _get_entry_title(self) -> str:
        entry = self._map.entry(self._language)
        return entry.title if entry else ""

    def _get_entry_teaser(self) -> str:
        entry = self._map.entry(self._language)
        return entry.teaser if entry else ""

    def _get_entry_t(self) -> float:
        # Home's picture of the map: the end of the day the quarantine took effect, with the
        # arc drawn and the ships that turned back on their way home.
        arc = self._map.arc
        return math.floor(arc.effective) + DAY_END if arc else DAY_END

    def _get_card_sources(self) -> SourceModel:
        return self._card_sources

    pending = Property(QVariantMap, _get_request, notify=requested)
    t = Property(float, _get_t, notify=requested)
    days = Property(float, _get_days, constant=True)
    # Where a day step lands within its day (late that day: everything of the day is shown).
    dayEnd = Property(float, _get_day_end, constant=True)
    world = Property(QRectF, _get_world, constant=True)
    views = Property(QVariantMap, _get_views, constant=True)
    arc = Property(QVariantMap, _get_arc, notify=changed)
    captions = Property(QVariantList, _get_captions, notify=changed)
    dayLabels = Property(QVariantList, _get_day_labels, notify=changed)
    shortDates = Property(QVariantList, _get_short_dates, notify=changed)
    eventDays = Property(QVariantList, _get_event_days, constant=True)
    entryTitle = Property(str, _get_entry_title, notify=changed)
    entryTeaser = Property(str, _get_entry_teaser, notify=changed)
    entryT = Property(float, _get_entry_t, constant=True)
    cardSources = Property(SourceModel, _get_card_sources, constant=True)

    def _get_ships(self) -> ShipModel:
        return self._ships

    def _get_markers(self) -> MarkerModel:
        return self._markers

    def _get_rings(self) -> RingModel:
        return self._rings

    def _get_step(self) -> float:
        return SAMPLE_DAYS

    ships = Property(ShipModel, _get_ships, constant=True)
    markers = Property(MarkerModel, _get_markers, constant=True)
    rings = Property(RingModel, _get_rings, constant=True)
    step = Property(float, _get_step, constant=True)

    # --- moments: a panel's picture on the map ---------------------------------------------

    # --- cards ------------------------------------------------------------------------------

    @Slot(str)
    def tapped(self, item_id: str) -> None:
        """A visitor opened an item's card (for the statistics)."""
        if item_id in self._ids():
            self.record("map_item", item_id)

    @Slot()
    def played(self) -> None:
        """A visitor started the timeline (for the statistics)."""
        self.record("timeline_play")

    @Slot(str, float, result=QVariantMap)
    def card(self, item_id: str, t: float) -> dict[str, Any]:
        """The card of one item at time `t`; its sources fill `cardSources` for the sheet."""
        if item_id not in self._ids():
            return {}
        text = self._map.text(self._language, item_id)
        item = self._item(item_id)
        sources = list(dict.fromkeys(item.sources))
        for point in getattr(item, "track", []):
            if point.source:
                sources.append(point.source)
        sources = list(dict.fromkeys(sources))
        self._card_sources.show(sources, self._pack.sources)
        panels = [
            {"panelId": pid, "title": self._pack.panel(self._language, pid).title}
            for pid in getattr(item, "panels", ())
            if pid in self._pack.panel_ids
        ]
        return {
            "itemId": item_id,
            "name": text.name,
            "label": text.label,
            "text": text.text,
            "markers": list(range(1, len(sources) + 1)),
            "panels": panels,
            "illustrative": self._illustrative(item_id, t),
        }

    def _illustrative(self, item_id: str, t: float) -> bool:
        track = self._tracks.get(item_id)
        if track is not None:
            return not any(start - 1e-3 <= t <= end for start, end in track.exact)
        event = next((e for e in self._map.events if e.id == item_id), None)
        if event is None or event.exact:
            return False
        # An event on a ship is where the ship was: exact if the ship's position then is.
        return event.ship is None or self._illustrative(event.ship, event.at)

    # --- helpers ----------------------------------------------------------------------------

    def _ids(self) -> set[str]:
        return set(self._map.item_ids())

    def _item(self, item_id: str) -> Any:
        items: list[Any] = [
            *self._map.places,
            *self._map.sites,
            *self._map.rings,
            *self._map.ships,
            *self._map.events,
        ]
        if self._map.arc:
            items.append(self._map.arc)
        return next(item for item in items if item.id == item_id)

    def _name(self, item_id: str) -> str:
        """What the map prints beside the item (its card shows the full name)."""
        return self._map.text(self._language, item_id).on_map

    def _refresh(self) -> None:
        self._ships.set_rows(
            [
                {
                    "itemId": ship.id,
                    "side": ship.side,
                    "kind": ship.kind,
                    "name": self._name(ship.id),
                    "start": self._tracks[ship.id].start,
                    "end": self._tracks[ship.id].end,
                    "samples": self._tracks[ship.id].samples,
                }
                for ship in self._map.ships
            ]
        )
        labels = self._place_labels()
        # Rings that read the same (the two groups of medium-range sites): one label at the
        # whole-region view is enough; the other shows when highlighted or zoomed well in.
        seen: set[str] = set()
        for row in self._ring_rows:
            name = self._name(row["itemId"])
            if name in seen and row["itemId"] in labels:
                placed = labels[row["itemId"]]
                labels[row["itemId"]] = Placement(max(placed.zoom, SAME_LABEL_ZOOM), placed.left)
            seen.add(name)
        self._markers.set_rows([self._labelled(row, labels) for row in self._marker_rows])
        self._rings.set_rows([self._labelled(row, labels) for row in self._ring_rows])
        self._arc_label = (
            labels.get(self._map.arc.id, NO_PLACEMENT) if self._map.arc else NO_PLACEMENT
        )

    def _labelled(self, row: dict[str, Any], labels: dict[str, Placement]) -> dict[str, Any]:
        placement = labels.get(row["itemId"], NO_PLACEMENT)
        return {
            **row,
            "name": self._name(row["itemId"]),
            "labelZoom": placement.zoom,
            "labelLeft": placement.left,
        }

    def _static_rows(self) -> None:
        """Where each marker and ring is: projected once, whatever the language."""
        rows = []
        for site in self._map.sites:
            x, y = self._projector.xy(site.lat, site.lon)
            rows.append(_marker(site.id, "site", site.kind, x, y, site.known_from))
        for place in self._map.places:
            x, y = self._projector.xy(place.lat, place.lon)
            rows.append(_marker(place.id, "place", place.kind, x, y, 0.0))
        for event in self._map.events:
            x, y = self._event_xy(event)
            rows.append(_marker(event.id, "event", event.icon, x, y, event.at, event.at + 3))
        self._marker_rows = rows
        sites = {site.id: site for site in self._map.sites}
        self._ring_rows = []
        self._ring_lines: list[RingLine] = []
        for ring in self._map.rings:
            site = sites[ring.site]
            centre = LatLon(site.lat, site.lon)
            on_ring = destination(centre, ring.label_bearing, ring.radius_nm * KM_PER_NM)
            x, y = self._projector.xy(on_ring.lat, on_ring.lon)
            self._ring_lines.append(
                RingLine(ring.id, ring.known_from, self._projector.ring(centre, ring.radius_nm))
            )
            self._ring_rows.append(
                {
                    "itemId": ring.id,
                    "kind": site.kind,
                    "wx": x,
                    "wy": y,
                    "start": ring.known_from,
                }
            )

    def _place_labels(self) -> dict[str, Placement]:
        """From which zoom each still label is shown (kiosk/map_labels.py), in this language."""
        font = QFont(LABEL_FONT)
        font.setPixelSize(LABEL_PX)
        font.setCapitalization(QFont.Capitalization.SmallCaps)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1)
        metrics = QFontMetricsF(font)

        def box(item_id: str, x: float, y: float, symbol: float, rank: int) -> Box:
            name = self._name(item_id)
            return Box(
                item_id, x, y, symbol, metrics.horizontalAdvance(name), metrics.height(), rank
            )

        boxes = [
            box(
                row["itemId"],
                row["wx"],
                row["wy"],
                SYMBOL_PX[row["group"]],
                LABEL_RANK.get("site" if row["group"] == "site" else row["kind"], 5),
            )
            for row in self._marker_rows
            if row["group"] != "event"
        ]
        boxes += [
            box(r["itemId"], r["wx"], r["wy"], SYMBOL_PX["ring"], LABEL_RANK["ring"])
            for r in self._ring_rows
        ]
        if self._map.arc and self._arc_points:
            x, y = self._arc_points[len(self._arc_points) // 2]
            boxes.append(box(self._map.arc.id, x, y, SYMBOL_PX["ring"], LABEL_RANK["arc"]))
        # The whole-region view on a 1920-px-wide screen: the least zoom the map shows.
        least = REFERENCE_WIDTH / self._map.views["region"].width_km
        return place_labels(boxes, least)

    def _event_xy(self, event: Any) -> tuple[float, float]:
        if event.ship is None:
            return self._projector.xy(event.lat, event.lon)
        track = self._tracks[event.ship]
        index = min(
            max(0, round((event.at - track.start) / SAMPLE_DAYS)), len(track.samples) // 3 - 1
        )
        return track.samples[3 * index], track.samples[3 * index + 1]


def _marker(
    item_id: str,
    group: str,
    kind: str,
    x: float,
    y: float,
    start: float,
    end: float = TIMELINE_DAYS,
) -> dict[str, Any]:
    return {
        "itemId": item_id,
        "group": group,
        "kind": kind,
        "wx": x,
        "wy": y,
        "start": start,
        "end": end,
    }


def day_label(language: str, day: int) -> str:
    """The date of timeline day `day` as the timeline shows it, e.g. "Monday 22 October 1962"."""
    locale = QLocale(_LOCALES.get(language, QLocale.Language.English))
    first = QDate(START.year, START.month, START.day)
    return locale.toString(first.addDays(day), _DAY_FORMAT.get(language, "d MMMM yyyy"))


def moment_of_panel(content: MapContent | None, language: str, panel_id: str) -> dict[str, Any]:
    """A panel's picture on the map: its first moment, in `language`; {} when it has none."""
    moment = next((m for m in content.moments if m.panel == panel_id), None) if content else None
    if content is None or moment is None:
        return {}
    return {
        "momentId": moment.id,
        "t": moment.at,
        "view": moment.view,
        "highlight": list(moment.highlight),
        "text": content.moment_text(language, moment.id),
        "date": day_label(language, math.floor(moment.at)),
    }


def _day_start(t: float) -> float:
    """A date alone (noon GMT) widened to the start of its day; an exact time kept."""
    return math.floor(t) if _is_date_alone(t) else t


def _day_after(t: float) -> float:
    """A date alone widened to the end of its day; an exact time kept."""
    return math.floor(t) + 1 if _is_date_alone(t) else t


def _is_date_alone(t: float) -> bool:
    """Whether `t` is how a date without a time is stored (noon GMT, map_schema)."""
    moment = moment_of(t)
    noon = moment.replace(hour=12, minute=0, second=0, microsecond=0)
    return abs((moment - noon).total_seconds()) < 1
