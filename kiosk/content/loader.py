# SPDX-License-Identifier: MIT
"""Read a content pack from disk, validate it, and keep whatever is valid.

Nothing here raises on bad content: every problem becomes a `Problem`, the broken part is left out,
and the exhibit runs on the rest. Only a folder that cannot be read at all is an exception.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from kiosk.content.map_loader import read_map
from kiosk.content.pack import ContentPack, LoadResult
from kiosk.content.problems import Severity
from kiosk.content.reading import (
    TOML_FIX,
    Collector,
    read_text,
    read_toml,
    toml_error,
    validate,
)
from kiosk.content.schema import (
    RESERVED_PANEL_IDS,
    SUPPORTED_LANGUAGES,
    Home,
    PackManifest,
    Panel,
    Source,
)
from kiosk.content.toml_lines import LineIndex, Loc, field_name

MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_IMAGE_SIDE = 4096
IMAGE_FORMATS = {"PNG", "JPEG"}


class ContentDirError(Exception):
    """The content folder does not exist or cannot be read."""


def _entries_before(text: str, line: int | None) -> dict[str, Any]:
    """The `[[sources]]` entries that end before a syntax error at `line` (a copy cut short
    keeps everything above the entry it stops in), or {} if even those cannot be read."""
    lines = text.splitlines(keepends=True)
    last = len(lines) if line is None else min(line, len(lines))
    headers = [i for i, row in enumerate(lines[:last]) if row.strip() == "[[sources]]"]
    if not headers:
        return {}
    try:
        return tomllib.loads("".join(lines[: headers[-1]]))
    except tomllib.TOMLDecodeError:
        return {}


_IMAGE_FIX = "put a PNG or JPEG (≤ 4096 px, ≤ 8 MB) in images/ and name it here"


def _check_image(images_dir: Path, file: str) -> tuple[str, str] | None:
    """None when the image is usable, else what is wrong with it and how to fix it."""
    path = (images_dir / file).resolve()
    if images_dir.resolve() not in path.parents:
        return "must name a file inside the images/ folder", _IMAGE_FIX
    if not path.is_file():
        return f"names {file}, which is not in images/", _IMAGE_FIX
    if path.stat().st_size > MAX_IMAGE_BYTES:
        return f"is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB", _IMAGE_FIX
    try:
        # Imported here: only packs with images pay for Pillow, and a bundle that lacks part of
        # it loses the image, never the panel or the exhibit.
        from PIL import Image as PillowImage

        with PillowImage.open(path) as image:
            if image.format not in IMAGE_FORMATS:
                return f"is {image.format}, not PNG or JPEG", _IMAGE_FIX
            if max(image.size) > MAX_IMAGE_SIDE:
                size = f"{image.size[0]}×{image.size[1]}"
                return f"is {size} pixels; the limit is {MAX_IMAGE_SIDE}", _IMAGE_FIX
            image.verify()
    except ImportError as exc:
        return (
            f"cannot be checked: this installation lacks {exc.name}",
            "reinstall the exhibit; meanwhile the panel shows without the image",
        )
    except Exception as exc:  # Pillow raises many types for damaged files
        return f"cannot be decoded ({type(exc).__name__})", _IMAGE_FIX
    return None


class _PackReader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.out = Collector()
        self.sources: dict[str, Source] = {}
        # Any problem in sources.toml itself: reported with its cause, and the citations it
        # leaves unresolved are then summed up in one line, not reported one by one.
        self.sources_damaged = False
        self.unresolved: dict[str, list[tuple[Path, int | None, str]]] = {}
        self.manifest_missing = False
        self.images: dict[str, Path] = {}

    def manifest(self) -> PackManifest:
        path = self.root / "pack.toml"
        read = read_toml(path, self.out)
        if read:
            manifest = validate(PackManifest, read[0], path, read[1], self.out)
            if isinstance(manifest, PackManifest):
                return self._dedupe(manifest, path, read[1])
        # Keep the exhibit running on whatever panel files exist, in name order (endings last,
        # once their kind is known: see load_pack).
        self.manifest_missing = True
        languages = [lang for lang in SUPPORTED_LANGUAGES if (self.root / lang).is_dir()] or ["en"]
        panels = sorted(
            p.stem for p in (self.root / languages[0]).glob("*.toml") if p.stem != "home"
        )
        return PackManifest(languages=languages, panels=panels)

    def _dedupe(self, manifest: PackManifest, path: Path, lines: LineIndex) -> PackManifest:
        panels: list[str] = []
        for panel_id in manifest.panels:
            if panel_id in RESERVED_PANEL_IDS:
                self.out.add(
                    path,
                    lines.line_of(("panels",)),
                    "panels",
                    f"lists {panel_id}, a name the exhibit keeps for its own {panel_id} screen",
                    "rename the panel (its file and its id), e.g. to "
                    f"{panel_id}-panel; it is not shown meanwhile",
                )
            elif panel_id in panels:
                self.out.add(
                    path,
                    lines.line_of(("panels",)),
                    "panels",
                    f"lists {panel_id} twice",
                    "keep one of them",
                )
            else:
                panels.append(panel_id)
        languages = list(dict.fromkeys(manifest.languages))
        return PackManifest(languages=languages, panels=panels)

    def read_sources(self) -> None:
        before = len(self.out.problems)
        self._read_sources_file()
        self.sources_damaged = len(self.out.problems) > before

    def _read_sources_file(self) -> None:
        path = self.root / "sources.toml"
        unavailable = "until then the panels show, with these sources marked unavailable"
        restore = f"restore it from a backup or the installation; {unavailable}"
        text = read_text(path, self.out, create_hint=restore)
        if text is None:
            return
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            line, reason = toml_error(exc, text)
            data = _entries_before(text, line)
            kept = len(data.get("sources", [])) if isinstance(data.get("sources"), list) else 0
            self.out.add(
                path,
                line,
                "",
                f"could not be read: not valid TOML ({reason}); the {kept} source(s) above this"
                " entry are used",
                f"{TOML_FIX}, or restore the file from a backup; {unavailable}",
            )
        lines = LineIndex(text)
        unknown = set(data) - {"sources"}
        for key in sorted(unknown):
            self.out.add(
                path,
                lines.line_of((key,)),
                key,
                "is not a known field",
                "sources.toml holds only [[sources]] entries",
            )
        entries = data.get("sources", [])
        if not isinstance(entries, list):
            self.out.add(
                path,
                lines.line_of(("sources",)),
                "sources",
                "is not a list",
                "write each source as a [[sources]] entry",
            )
            return
        for index, entry in enumerate(entries):
            source = validate(Source, entry, path, lines, self.out, ("sources", index))
            if not isinstance(source, Source):
                continue
            if source.id in self.sources:
                self.out.add(
                    path,
                    lines.line_of(("sources", index, "id")),
                    field_name(("sources", index, "id")),
                    f"{source.id} is used twice",
                    "give each source its own id",
                )
                continue
            self.sources[source.id] = source

    def read_home(self, language: str, is_default: bool) -> Home | None:
        path = self.root / language / "home.toml"
        read = read_toml(path, self.out, Severity.ERROR if is_default else Severity.WARNING)
        if not read:
            return None
        home = validate(Home, read[0], path, read[1], self.out)
        return home if isinstance(home, Home) else None

    def read_panel(self, language: str, panel_id: str, twin: Panel | None) -> Panel | None:
        """The panel if it is valid; `twin` is the default-language version to match."""
        path = self.root / language / f"{panel_id}.toml"
        severity_missing = Severity.ERROR if twin is None else Severity.WARNING
        read = read_toml(
            path,
            self.out,
            severity_missing,
            "create it as docs/CONTENT.md describes, or take its id out of pack.toml",
        )
        if not read:
            return None
        data, lines = read
        before = len(self.out.problems)
        panel = validate(Panel, data, path, lines, self.out)
        if not isinstance(panel, Panel):
            return None
        self._cross_check(panel, panel_id, path, lines, twin)
        if len(self.out.problems) != before:
            return None
        # A citation that cannot be resolved damages the sources sheet, not the panel's text:
        # the panel stays, and the sheet shows that source as unavailable.
        self._check_citations(panel, path, lines)
        return self._drop_broken_images(panel, path, lines)

    def _cross_check(
        self, panel: Panel, panel_id: str, path: Path, lines: LineIndex, twin: Panel | None
    ) -> None:
        add = self.out.add
        if panel.id != panel_id:
            add(
                path,
                lines.line_of(("id",)),
                "id",
                f"is {panel.id} but the file is {panel_id}.toml",
                f'write id = "{panel_id}", or rename the file',
            )
        seen: set[str] = set()
        for index, fact in enumerate(panel.facts):
            if fact.id in seen:
                add(
                    path,
                    lines.line_of(("facts", index, "id")),
                    field_name(("facts", index, "id")),
                    f"{fact.id} is used twice in this panel",
                    "give each fact card its own id",
                )
            seen.add(fact.id)
        if twin is not None:
            if panel.kind != twin.kind:
                add(
                    path,
                    lines.line_of(("kind",)),
                    "kind",
                    f"is {panel.kind} but the first language says {twin.kind}",
                    "use the same kind in every language",
                )
            if [f.id for f in panel.facts] != [f.id for f in twin.facts]:
                add(
                    path,
                    lines.line_of(("facts",)),
                    "facts",
                    "fact card ids differ from the first language's",
                    "use the same fact ids, in the same order, in every language",
                )

    def _check_citations(self, panel: Panel, path: Path, lines: LineIndex) -> None:
        cited: list[tuple[Loc, list[str]]] = [
            *((("facts", i, "sources"), f.sources) for i, f in enumerate(panel.facts)),
            (("quote", "sources"), panel.quote.sources),
            (("outcome", "sources"), panel.outcome.sources),
        ]
        for loc, ids in cited:
            for source_id in ids:
                if source_id not in self.sources:
                    self.unresolved.setdefault(source_id, []).append(
                        (path, lines.line_of(loc), field_name(loc))
                    )

    def cite(self, source_id: str, path: Path, line: int | None, field: str) -> None:
        """Record a citation outside the panels (the map), checked with the panels' own."""
        if source_id not in self.sources:
            self.unresolved.setdefault(source_id, []).append((path, line, field))

    def report_citations(self) -> None:
        """One line per missing source id, where it is first cited (a typo is found at once);
        after a damaged sources.toml, one line in all, since the cause is reported already."""
        if not self.unresolved:
            return
        if self.sources_damaged:
            ids = sorted(self.unresolved)
            count = sum(len(places) for places in self.unresolved.values())
            shown = ", ".join(ids[:8]) + (f" and {len(ids) - 8} more" if len(ids) > 8 else "")
            self.out.add(
                self.root / "sources.toml",
                None,
                "",
                f"{count} citation(s) of {len(ids)} source(s) not in this file ({shown}) show"
                " as unavailable on the panels",
                "fix the problem above in sources.toml",
                Severity.WARNING,
            )
            return
        if len(self.unresolved) >= 3:  # not a typo: more likely a file cut short or replaced
            self.out.add(
                self.root / "sources.toml",
                None,
                "",
                f"lacks {len(self.unresolved)} sources that the panels cite (listed below)",
                "check that this is the whole file (a copy cut short, or an older copy?) and"
                " restore it from a backup or the installation",
                Severity.WARNING,
            )
        for source_id, places in self.unresolved.items():
            path, line, field = places[0]
            also = f" (cited {len(places) - 1} more time(s) too)" if len(places) > 1 else ""
            self.out.add(
                path,
                line,
                field,
                f"source {source_id} is not in sources.toml{also}; visitors see it as unavailable",
                "add it to sources.toml, or correct the id",
            )

    def _drop_broken_images(self, panel: Panel, path: Path, lines: LineIndex) -> Panel:
        """Drop the images that cannot be shown; the panel itself stays."""
        kept = []
        for index, image in enumerate(panel.images):
            found = _check_image(self.root / "images", image.file)
            if found:
                loc = ("images", index, "file")
                self.out.add(path, lines.line_of(loc), field_name(loc), *found)
                continue
            kept.append(image)
            self.images[image.file] = (self.root / "images" / image.file).resolve()
        if len(kept) == len(panel.images):
            return panel
        return panel.model_copy(update={"images": kept})

    def unlisted_panels(self, manifest: PackManifest) -> None:
        for language in manifest.languages:
            for path in sorted((self.root / language).glob("*.toml")):
                if path.stem != "home" and path.stem not in manifest.panels:
                    self.out.add(
                        path,
                        None,
                        "",
                        "is not listed in pack.toml, so it is not shown",
                        f'add "{path.stem}" to panels in pack.toml to show it',
                        Severity.WARNING,
                    )


def _endings_last(ids: list[str], panels: dict[tuple[str, str], Panel], language: str) -> list[str]:
    return sorted(ids, key=lambda panel_id: panels[(language, panel_id)].kind == "ending")


def load_pack(root: Path) -> LoadResult:
    """Load and validate the content pack in `root`."""
    root = Path(root)
    if not root.is_dir():
        raise ContentDirError(f"content folder {root} does not exist or is not a folder")
    try:
        next(root.iterdir(), None)
    except OSError as exc:
        raise ContentDirError(f"content folder {root} cannot be read ({exc.strerror})") from exc

    reader = _PackReader(root)
    manifest = reader.manifest()
    reader.read_sources()
    default = manifest.languages[0]
    homes: dict[str, Home] = {}
    for language in manifest.languages:
        home = reader.read_home(language, language == default)
        if home:
            homes[language] = home

    panels: dict[tuple[str, str], Panel] = {}
    fallbacks: set[tuple[str, str]] = set()
    valid_ids: list[str] = []
    for panel_id in manifest.panels:
        master = reader.read_panel(default, panel_id, None)
        if master is None:
            continue
        valid_ids.append(panel_id)
        panels[(default, panel_id)] = master
        for language in manifest.languages[1:]:
            translated = reader.read_panel(language, panel_id, master)
            if translated is None:
                fallbacks.add((language, panel_id))
                reader.out.add(
                    root / language / f"{panel_id}.toml",
                    None,
                    "",
                    f"the {language} panel cannot be used; visitors see the {default} text instead",
                    "fix the problems listed above",
                    Severity.WARNING,
                )
                continue
            panels[(language, panel_id)] = translated
    map_content = read_map(
        root,
        tuple(manifest.languages),
        set(valid_ids),
        set(manifest.panels),
        reader.out,
        reader.cite,
    )
    reader.report_citations()
    if reader.manifest_missing:
        valid_ids = _endings_last(valid_ids, panels, default)
        reader.out.add(
            root / "pack.toml",
            None,
            "",
            "cannot be used, so the panels are shown in file-name order with the ending last",
            "fix the problem above so the panels show in the order pack.toml gives",
            Severity.WARNING,
        )
    else:
        reader.unlisted_panels(manifest)

    pack = ContentPack(
        root=root,
        languages=tuple(manifest.languages),
        panel_ids=tuple(valid_ids),
        panels=panels,
        homes=homes,
        sources=reader.sources,
        images=reader.images,
        fallbacks=frozenset(fallbacks),
        map=map_content,
    )
    return LoadResult(pack=pack, problems=tuple(reader.out.problems))
