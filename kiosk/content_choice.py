# SPDX-License-Identifier: MIT
"""Which content pack the exhibit runs on, and why.

`--content DIR` (a developer or curator at the command line) is used as given: a folder that
cannot be read is a usage error. The settings' `content` falls back to the bundled pack when it
is missing, unreadable or holds no panel a visitor could see, since the settings file steers an
unattended exhibit: a mistyped path must show the exhibit, not a black or "being updated" screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk import paths
from kiosk.config import LoadedSettings, load_settings
from kiosk.content import LoadResult, Problem, load_pack
from kiosk.content.loader import ContentDirError


@dataclass(frozen=True)
class ContentChoice:
    result: LoadResult
    origin: str  # "command line", "settings" or "bundled"
    settings: LoadedSettings

    @property
    def settings_problems(self) -> tuple[Problem, ...]:
        return self.settings.problems


def choose_content(explicit: Path | None = None) -> ContentChoice:
    """The pack to run on; raises ContentDirError only for an unreadable `explicit` folder."""
    settings = load_settings()
    if explicit is not None:
        return ContentChoice(load_pack(explicit), "command line", settings)
    configured = settings.settings.content
    if configured is not None:
        try:
            result = load_pack(configured)
        except ContentDirError:  # removed since the settings were read: same as missing
            result = None
        if result is not None and not result.pack.is_empty:
            return ContentChoice(result, "settings", settings)
        settings = _without_content(settings, configured)
    return ContentChoice(load_pack(paths.content_dir()), "bundled", settings)


def _without_content(settings: LoadedSettings, folder: Path) -> LoadedSettings:
    """The settings with `content` rejected: its folder holds no panel that can be shown."""
    problem = Problem(
        settings.path,
        settings.lines.get("content"),
        "content",
        f"folder {folder} holds no panel that can be shown",
        f"run `kiosk validate --content {folder}` and fix what it lists, or correct the path;"
        " the bundled pack is used meanwhile",
    )
    return LoadedSettings(
        settings.settings.model_copy(update={"content": None}),
        settings.path,
        (*settings.problems, problem),
        settings.lines,
    )


__all__ = ["ContentChoice", "ContentDirError", "choose_content"]
