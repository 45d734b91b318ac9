# SPDX-License-Identifier: MIT
"""The validated, immutable content the exhibit runs on."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.map_loader import MapContent
from kiosk.content.problems import Problem, Severity
from kiosk.content.schema import Home, Panel, Source


@dataclass(frozen=True)
class ContentPack:
    root: Path
    languages: tuple[str, ...]
    panel_ids: tuple[str, ...]
    panels: dict[tuple[str, str], Panel]
    homes: dict[str, Home]
    sources: dict[str, Source]
    images: dict[str, Path]
    fallbacks: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    map: MapContent | None = None  # None: the pack has no usable map, so no map screen

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @property
    def is_empty(self) -> bool:
        return not self.panel_ids

    def panel(self, language: str, panel_id: str) -> Panel:
        """The panel in `language`, or in the default language where no valid translation exists."""
        return (
            self.panels.get((language, panel_id)) or self.panels[(self.default_language, panel_id)]
        )

    def home(self, language: str) -> Home | None:
        """The home text in `language`, else in another language, else None (the screen then
        shows its neutral title)."""
        if language in self.homes:
            return self.homes[language]
        return next((self.homes[lang] for lang in self.languages if lang in self.homes), None)

    def image_path(self, file: str) -> Path | None:
        return self.images.get(file)


@dataclass(frozen=True)
class LoadResult:
    pack: ContentPack
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]
