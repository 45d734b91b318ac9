# SPDX-License-Identifier: MIT
"""Kiosk settings: an optional TOML file that museum staff edit (never the bundle).

Linux: /etc/xdg/cuban-crisis-kiosk/settings.toml; Windows:
C:\\ProgramData\\ExhibitWorks\\cuban-crisis-kiosk\\settings.toml; or the file named by the
KIOSK_SETTINGS environment variable. A missing file means defaults; a broken one is reported like
content problems and the exhibit runs on defaults.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from kiosk import paths
from kiosk.content.problems import Problem
from kiosk.content.toml_lines import LineIndex, field_name


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    content: Path | None = None  # a content pack to use instead of the bundled one
    language: Literal["en", "es"] | None = None  # the language visitors start in


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    path: Path
    problems: tuple[Problem, ...]


def settings_path() -> Path:
    override = os.environ.get("KIOSK_SETTINGS")
    return Path(override) if override else paths.settings_file()


def load_settings(path: Path | None = None) -> LoadedSettings:
    path = path or settings_path()
    if not path.is_file():
        return LoadedSettings(Settings(), path, ())
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problem = Problem(
            path,
            None,
            "",
            f"cannot be read ({exc})",
            "fix the file (see docs/INSTALL.md), or delete it to use defaults",
        )
        return LoadedSettings(Settings(), path, (problem,))
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        lines = LineIndex(text)
        problems = tuple(
            Problem(
                path,
                lines.line_of(e["loc"]),
                field_name(e["loc"]),
                e["msg"],
                "see docs/INSTALL.md for the settings and their values",
            )
            for e in exc.errors()
        )
        return LoadedSettings(Settings(), path, problems)
    if settings.content is not None and not settings.content.is_absolute():
        settings = settings.model_copy(update={"content": path.parent / settings.content})
    return LoadedSettings(settings, path, ())
