# SPDX-License-Identifier: MIT
"""Read and validate the map files of a content pack (map/map.toml, map/<language>.toml).

Each view, place, site, ring, ship, event and moment is checked on its own: a broken one is
left out with its problem (file, line, field, fix) and the map runs on the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kiosk.content.map_schema import (
    Arc,
    Caption,
    EntryText,
    Event,
    ItemText,
    Moment,
    MomentText,
    Place,
    Point,
    Ring,
    Ship,
    Site,
    View,
)
from kiosk.content.problems import Severity
from kiosk.content.reading import Collector, read_toml, validate
from kiosk.content.toml_lines import LineIndex, Loc, field_name

# What the map needs to fill a screen when map.toml names no "region" view.
DEFAULT_REGION = View(id="region", centre=Point(lat=25.0, lon=-75.0), width_km=7000)
LISTS: dict[str, type[BaseModel]] = {
    "views": View,
    "places": Place,
    "sites": Site,
    "rings": Ring,
    "ships": Ship,
    "events": Event,
    "moments": Moment,
}
Cite = Callable[[str, Path, int | None, str], None]
LANGUAGE_PARTS = ("entry", "items", "moments", "captions")


@dataclass(frozen=True)
class MapContent:
    """The valid part of the map files, with every visitor-facing word by language."""

    languages: tuple[str, ...]
    views: dict[str, View]
    places: tuple[Place, ...] = ()
    sites: tuple[Site, ...] = ()
    rings: tuple[Ring, ...] = ()
    arc: Arc | None = None
    ships: tuple[Ship, ...] = ()
    events: tuple[Event, ...] = ()
    moments: tuple[Moment, ...] = ()
    texts: dict[tuple[str, str], ItemText] = field(default_factory=dict)
    moment_texts: dict[tuple[str, str], str] = field(default_factory=dict)
    entries: dict[str, EntryText] = field(default_factory=dict)
    captions: dict[str, tuple[Caption, ...]] = field(default_factory=dict)

    def text(self, language: str, item_id: str) -> ItemText:
        """The item's words in `language`, else in the default language (always present)."""
        return self.texts.get((language, item_id)) or self.texts[(self.languages[0], item_id)]

    def moment_text(self, language: str, moment_id: str) -> str:
        return self.moment_texts.get((language, moment_id)) or self.moment_texts.get(
            (self.languages[0], moment_id), ""
        )

    def entry(self, language: str) -> EntryText | None:
        """Home's map entry in `language`, else in the default language (None: neither)."""
        return self.entries.get(language) or self.entries.get(self.languages[0])

    def captions_in(self, language: str) -> tuple[Caption, ...]:
        return self.captions.get(language) or self.captions.get(self.languages[0], ())

    def source_ids(self) -> set[str]:
        """Every source the map cites, on its items and their dated positions."""
        items: list[Any] = [*self.places, *self.sites, *self.rings, *self.ships, *self.events]
        if self.arc:
            items.append(self.arc)
        cited = {source for item in items for source in item.sources}
        cited |= {p.source for ship in self.ships for p in ship.track if p.source}
        return cited

    def item_ids(self) -> list[str]:
        items: list[Any] = [*self.places, *self.sites, *self.rings, *self.ships, *self.events]
        if self.arc:
            items.append(self.arc)
        return [item.id for item in items]


class _MapReader:
    def __init__(
        self,
        folder: Path,
        languages: tuple[str, ...],
        panels: set[str],
        listed: set[str],
        out: Collector,
        cite: Cite,
    ) -> None:
        self.folder = folder
        self.languages = languages
        self.panels = panels
        # Listed in pack.toml but left out as broken: that panel's own problem is reported, so
        # a moment or link to it is dropped quietly rather than reported a second time.
        self.listed = listed
        self.out = out
        self.cite = cite
        self.path = folder / "map.toml"
        self.lines = LineIndex("")
        # Each valid entry's place in its list in the file (by identity: ids may repeat), since
        # entries left out before it shift the lists; its line and field name come from this.
        self._index: dict[int, int] = {}
        # Entries of map.toml left out with a problem of their own, by id -> where (ships[2]):
        # what names them is then dropped with a message that says so, or quietly.
        self.left_out: dict[str, str] = {}

    def _problem(
        self, loc: Loc, problem: str, fix: str, severity: Severity = Severity.ERROR
    ) -> None:
        self.out.add(
            self.path, self.lines.line_of(loc) or 1, field_name(loc), problem, fix, severity
        )

    def read(self) -> MapContent | None:
        read = read_toml(self.path, self.out)
        if read is None:
            return None
        data, self.lines = read
        for key in data:
            if key not in (*LISTS, "arc"):
                self._problem(
                    (key,),
                    "is not a known part of the map",
                    "remove it, or check its spelling against docs/CONTENT.md",
                )
        items: dict[str, list[Any]] = {name: self._read_list(name, data) for name in LISTS}
        arc = self._unique_ids(items, self._read_arc(data))
        views = {view.id: view for view in items["views"]}
        if "region" not in views:
            self._problem(
                ("views",),
                'has no view with id = "region", the whole map a visitor returns to',
                'add a [[views]] entry with id = "region"; meanwhile a built-in view is used',
            )
            views["region"] = DEFAULT_REGION
        rings = self._keep(items, "rings", "site", "sites")
        events = self._keep(items, "events", "ship", "ships")
        kept: list[Any] = [*items["places"], *items["sites"], *rings, *items["ships"], *events]
        if arc:
            kept.append(arc)
        moments = self._moments(items, views, {item.id for item in kept})
        content = MapContent(
            languages=self.languages,
            views=views,
            places=tuple(items["places"]),
            sites=tuple(items["sites"]),
            rings=tuple(rings),
            arc=arc,
            ships=tuple(items["ships"]),
            events=tuple(events),
            moments=tuple(moments),
        )
        self._cite_and_link(content)
        return self._with_texts(content)

    # --- map.toml ---------------------------------------------------------------------------

    def _read_list(self, name: str, data: dict[str, Any]) -> list[Any]:
        entries = data.get(name, [])
        if not isinstance(entries, list):
            self._problem((name,), "is not a list of entries", f"write each one as [[{name}]]")
            return []
        model = LISTS[name]
        valid = []
        for index, entry in enumerate(entries):
            item = validate(model, entry, self.path, self.lines, self.out, (name, index))
            if item is None:
                self._leave_out(entry, (name, index))
                continue
            valid.append(item)
            self._index[id(item)] = index
        return valid

    def _leave_out(self, entry: Any, loc: Loc) -> None:
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            self.left_out.setdefault(entry["id"], field_name(loc))

    def _loc(self, name: str, item: Any) -> Loc:
        return (name, self._index[id(item)])

    def _read_arc(self, data: dict[str, Any]) -> Arc | None:
        if "arc" not in data:
            return None
        arc = validate(Arc, data["arc"], self.path, self.lines, self.out, ("arc",))
        if not isinstance(arc, Arc):
            self._leave_out(data["arc"], ("arc",))
            return None
        return arc

    def _unique_ids(self, items: dict[str, list[Any]], arc: Arc | None) -> Arc | None:
        """Ids name cards and highlights across every kind, so each may be used once: a
        repeated id is left out (the arc too), and the entry that has it first stays."""
        seen: set[str] = set()
        for name in LISTS:
            unique = []
            for item in items[name]:
                if item.id in seen:
                    self._problem(
                        (*self._loc(name, item), "id"),
                        f"{item.id} is used by an entry above",
                        "give each map entry its own id; this one is left out",
                    )
                    continue
                seen.add(item.id)
                unique.append(item)
            items[name] = unique
        if arc and arc.id in seen:
            self._problem(
                ("arc", "id"),
                f"{arc.id} is used by another entry",
                "give the arc its own id; the arc is left out meanwhile",
            )
            return None
        return arc

    def _keep(self, items: dict[str, list[Any]], name: str, key: str, named: str) -> list[Any]:
        """The entries of `name` whose `key` (if set) names an entry in [[named]]."""
        known = {item.id for item in items[named]}
        kept = []
        for item in items[name]:
            value = getattr(item, key)
            if value is None or value in known:
                kept.append(item)
                continue
            loc = (*self._loc(name, item), key)
            if value in self.left_out:
                why = f"which is left out (see the problem in {self.left_out[value]})"
                fix = "fix that entry; this one is left out with it meanwhile"
            else:
                why = f"which is not in [[{named}]]"
                fix = "correct the id; this entry is left out"
            self._problem(loc, f"names {key} {value}, {why}", fix)
            self._leave_out({"id": item.id}, loc[:2])
        return kept

    def _moments(
        self, items: dict[str, list[Any]], views: dict[str, View], ids: set[str]
    ) -> list[Moment]:
        kept = []
        for moment in items["moments"]:
            loc = self._loc("moments", moment)
            if moment.panel not in self.panels:
                self._leave_out({"id": moment.id}, loc)
                if moment.panel in self.listed:
                    continue
                self._problem(
                    (*loc, "panel"),
                    f"names panel {moment.panel}, which is not shown",
                    "use a panel id from pack.toml; this moment is left out",
                )
                continue
            if moment.view not in views:
                self._problem(
                    (*loc, "view"),
                    f"names view {moment.view}, not in [[views]]",
                    "use a view id; the moment opens on the region view meanwhile",
                    Severity.WARNING,
                )
                moment = moment.model_copy(update={"view": "region"})
            # An entry left out has its own problem: its highlight just goes with it.
            unknown = [i for i in moment.highlight if i not in ids and i not in self.left_out]
            if unknown:
                self._problem(
                    (*loc, "highlight"),
                    f"names {', '.join(unknown)}, not on the map",
                    "use ids of map entries; the others are still highlighted",
                    Severity.WARNING,
                )
            highlight = tuple(i for i in moment.highlight if i in ids)
            if highlight != moment.highlight:
                moment = moment.model_copy(update={"highlight": highlight})
            kept.append(moment)
        return kept

    def _cite_and_link(self, content: MapContent) -> None:
        groups: list[tuple[str, tuple[Any, ...]]] = [
            ("places", content.places),
            ("sites", content.sites),
            ("rings", content.rings),
            ("ships", content.ships),
            ("events", content.events),
        ]
        located: list[tuple[Loc, Any]] = [
            (self._loc(name, item), item) for name, group in groups for item in group
        ]
        if content.arc:
            located.append((("arc",), content.arc))
        for base, item in located:
            for source_id in item.sources:
                loc = (*base, "sources")
                self.cite(source_id, self.path, self.lines.line_of(loc), field_name(loc))
            for index, point in enumerate(getattr(item, "track", [])):
                if point.source:
                    loc = (*base, "track", index)
                    self.cite(
                        point.source,
                        self.path,
                        self.lines.line_of(loc),
                        field_name((*loc, "source")),
                    )
            for panel in getattr(item, "panels", []):
                if panel not in self.panels and panel not in self.listed:
                    self._problem(
                        (*base, "panels"),
                        f"links to panel {panel}, which is not shown",
                        "use a panel id from pack.toml; the card shows the other links",
                        Severity.WARNING,
                    )

    # --- the language files -----------------------------------------------------------------

    def _with_texts(self, content: MapContent) -> MapContent | None:
        default = self.languages[0]
        texts: dict[tuple[str, str], ItemText] = {}
        moment_texts: dict[tuple[str, str], str] = {}
        captions: dict[str, tuple[Caption, ...]] = {}
        entries: dict[str, EntryText] = {}
        ids = content.item_ids()
        moment_ids = [moment.id for moment in content.moments]
        read_languages: list[str] = []
        for language in self.languages:
            path = self.folder / f"{language}.toml"
            # A missing translation is a gap, as for a panel: visitors see the default text.
            read = (
                read_toml(path, self.out)
                if language == default
                else read_toml(
                    path,
                    self.out,
                    Severity.WARNING,
                    f"translate map/{default}.toml into it; visitors see the {default} map text",
                )
            )
            if read is None:
                continue
            read_languages.append(language)
            data, lines = read
            for key in data:
                if key not in LANGUAGE_PARTS:
                    self.out.add(
                        path,
                        lines.line_of((key,)) or 1,
                        key,
                        "is not a known part of a map language file",
                        "remove it, or check its spelling against docs/CONTENT.md",
                    )
            entry = self._entry(data, lines, path)
            if entry is not None:
                entries[language] = entry
            texts.update(self._items_text(language, data, lines, path, ids))
            for moment_id, text in self._table(
                data, "moments", MomentText, lines, path, moment_ids
            ).items():
                moment_texts[(language, moment_id)] = text.text
            found = self._captions(data, lines, path)
            if found:
                captions[language] = found
        if default not in read_languages:
            # Without its words the map has nothing a visitor can read: the file's problem says
            # why, and the exhibit runs without the map, as when map.toml cannot be read.
            return None
        default_path = self.folder / f"{default}.toml"
        missing = [item for item in ids if (default, item) not in texts]
        for item_id in missing:
            gone = [r.id for r in content.rings if r.site == item_id]
            gone += [e.id for e in content.events if e.ship == item_id]
            also = f" (and {', '.join(gone)} with it)" if gone else ""
            self.out.add(
                default_path,
                None,
                f"items.{item_id}",
                f"{item_id} has no {default} text, so it is left off the map{also}",
                f"add [items.{item_id}] with name, label and text",
            )
        for moment_id in moment_ids:
            if (default, moment_id) not in moment_texts:
                self.out.add(
                    default_path,
                    None,
                    f"moments.{moment_id}",
                    f"{moment_id} has no {default} text, so its panel's map preview has no words",
                    f"add [moments.{moment_id}] with text",
                    Severity.WARNING,
                )
        for language in read_languages:
            if language != default:
                self._untranslated(language, content, missing, texts, moment_texts)
                gaps = (
                    ("entry", "[entry]", entries, f"home shows the {default} map title"),
                    ("captions", "[[captions]]", captions, f"the timeline uses {default}"),
                )
                for part, table, has, shown in gaps:
                    if default in has and language not in has:
                        self.out.add(
                            self.folder / f"{language}.toml",
                            None,
                            part,
                            f"has no valid {table}, so {shown}",
                            f"translate the {table} of map/{default}.toml",
                            Severity.WARNING,
                        )
        if default not in entries:
            self.out.add(
                default_path,
                None,
                "entry",
                "has no valid [entry], so home names the map with a general title",
                "add [entry] with title and teaser",
                Severity.WARNING,
            )
        if default not in captions:
            self.out.add(
                default_path,
                None,
                "captions",
                "has no valid captions, so the timeline shows dates only",
                "add [[captions]] entries with from and text",
                Severity.WARNING,
            )
        if missing:
            content = _without(content, set(missing))
        return MapContent(
            **{
                **content.__dict__,
                "texts": texts,
                "moment_texts": moment_texts,
                "captions": captions,
                "entries": entries,
            }
        )

    def _untranslated(
        self,
        language: str,
        content: MapContent,
        missing: list[str],
        texts: dict[tuple[str, str], ItemText],
        moment_texts: dict[tuple[str, str], str],
    ) -> None:
        default = self.languages[0]
        untranslated = [i for i in content.item_ids() if i not in missing]
        untranslated = [i for i in untranslated if (language, i) not in texts]
        untranslated += [
            m.id
            for m in content.moments
            if (default, m.id) in moment_texts and (language, m.id) not in moment_texts
        ]
        if not untranslated:
            return
        shown = ", ".join(untranslated[:6])
        more = f" and {len(untranslated) - 6} more" if len(untranslated) > 6 else ""
        self.out.add(
            self.folder / f"{language}.toml",
            None,
            "items",
            f"{len(untranslated)} item(s) have no {language} text ({shown}{more});"
            f" visitors see the {default} text",
            "translate them",
            Severity.WARNING,
        )

    def _entry(self, data: dict[str, Any], lines: LineIndex, path: Path) -> EntryText | None:
        if "entry" not in data:
            return None
        entry = validate(EntryText, data["entry"], path, lines, self.out, ("entry",))
        return entry if isinstance(entry, EntryText) else None

    def _items_text(
        self, language: str, data: dict[str, Any], lines: LineIndex, path: Path, ids: list[str]
    ) -> dict[tuple[str, str], ItemText]:
        found = self._table(data, "items", ItemText, lines, path, ids)
        return {(language, item_id): text for item_id, text in found.items()}

    def _table(
        self,
        data: dict[str, Any],
        name: str,
        model: type[BaseModel],
        lines: LineIndex,
        path: Path,
        known: list[str],
    ) -> dict[str, Any]:
        table = data.get(name, {})
        if not isinstance(table, dict):
            self.out.add(
                path,
                lines.line_of((name,)) or 1,
                name,
                "is not a table of entries",
                f"write each one as [{name}.<id>]",
            )
            return {}
        out = {}
        for item_id, entry in table.items():
            if item_id not in known and item_id in self.left_out:
                continue  # left out in map.toml, with its own problem there
            if item_id not in known:
                self.out.add(
                    path,
                    lines.line_of((name, item_id)) or 1,
                    f"{name}.{item_id}",
                    f"{item_id} is not in map.toml (or was left out there), so it is unused",
                    "check the id against map.toml",
                    Severity.WARNING,
                )
                continue
            text = validate(model, entry, path, lines, self.out, (name, item_id))
            if text is not None:
                out[item_id] = text
        return out

    def _captions(self, data: dict[str, Any], lines: LineIndex, path: Path) -> tuple[Caption, ...]:
        entries = data.get("captions", [])
        if not isinstance(entries, list):
            self.out.add(
                path,
                lines.line_of(("captions",)) or 1,
                "captions",
                "is not a list of entries",
                "write each one as [[captions]]",
            )
            return ()
        found = []
        for index, entry in enumerate(entries):
            caption = validate(Caption, entry, path, lines, self.out, ("captions", index))
            if caption is not None:
                found.append(caption)
        return tuple(sorted(found, key=lambda c: c.start))


def _without(content: MapContent, ids: set[str]) -> MapContent:
    def keep(items: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(item for item in items if item.id not in ids)

    kept = MapContent(
        languages=content.languages,
        views=content.views,
        places=keep(content.places),
        sites=keep(content.sites),
        rings=tuple(r for r in content.rings if r.id not in ids and r.site not in ids),
        arc=None if content.arc and content.arc.id in ids else content.arc,
        ships=keep(content.ships),
        events=tuple(e for e in content.events if e.id not in ids and e.ship not in ids),
    )
    on_map = set(kept.item_ids())
    moments = tuple(
        moment.model_copy(update={"highlight": tuple(i for i in moment.highlight if i in on_map)})
        for moment in content.moments
    )
    return replace(kept, moments=moments)


def read_map(
    root: Path,
    languages: tuple[str, ...],
    panels: set[str],
    listed: set[str],
    out: Collector,
    cite: Cite,
) -> MapContent | None:
    """The pack's map, or None when the pack has no map/ folder, or map.toml or the default
    language's map file cannot be read.

    `panels` are the panels shown; `listed` those pack.toml names (some may be left out).
    """
    folder = root / "map"
    if not folder.is_dir():
        out.add(
            folder,
            None,
            "",
            "is missing, so the exhibit has no map",
            "copy the map/ folder from the bundled content pack",
            Severity.WARNING,
        )
        return None
    return _MapReader(folder, languages, panels, listed, out, cite).read()
