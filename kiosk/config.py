# SPDX-License-Identifier: MIT
"""Kiosk settings: an optional TOML file that museum staff edit (never the bundle).

Linux: /etc/xdg/cuban-crisis-kiosk/settings.toml; Windows:
C:\\ProgramData\\ExhibitWorks\\cuban-crisis-kiosk\\settings.toml; or the file named by the
KIOSK_SETTINGS environment variable.

A bad value never stops the exhibit (under systemd's Restart=always an exit at start is a black
screen that restarts forever): each setting is checked on its own, a bad one falls back to its
default and becomes a `Problem` (`file:line: key: problem — fix`), and the good ones are kept.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from kiosk import paths
from kiosk.content.problems import Problem, not_utf8
from kiosk.content.toml_lines import LineIndex

_SEE = "see docs/INSTALL.md, Settings"


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    content: Path | None = None  # a content pack to use instead of the bundled one
    language: Literal["en", "es"] | None = None  # the language visitors start in


KNOWN = tuple(Settings.model_fields)


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    path: Path
    problems: tuple[Problem, ...]
    lines: dict[str, int | None] = field(default_factory=dict)  # where each key was set

    @property
    def exists(self) -> bool:
        return self.path.is_file()

    def in_use(self) -> dict[str, str | None]:
        """Each setting's value as the exhibit uses it (None: the default)."""
        return {
            key: None if value is None else str(value)
            for key, value in self.settings.model_dump().items()
        }


def settings_path() -> Path:
    override = os.environ.get("KIOSK_SETTINGS")
    return Path(override) if override else paths.settings_file()


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def add(self, line: int | None, key: str, problem: str, fix: str) -> None:
        self.problems.append(Problem(self.path, line, key, problem, fix))

    def text(self) -> str | None:
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            self.add(None, "", f"cannot be read ({exc.strerror})", "check the file's permissions")
            return None
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line, problem = not_utf8(raw, exc)
            self.add(line, "", problem, "save it as UTF-8; the lines that can be read are used")
            return raw.decode("utf-8-sig", errors="replace")

    def values(self, text: str) -> dict[str, tuple[Any, int | None]]:
        """Every `key = value` in the file with its line. A line TOML cannot read is reported
        and skipped, so one typo (say `language = es`) keeps the other settings."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError:
            return self._line_by_line(text)
        lines = LineIndex(text)
        return {key: (value, lines.line_of((key,))) for key, value in data.items()}

    def _line_by_line(self, text: str) -> dict[str, tuple[Any, int | None]]:
        found: dict[str, tuple[Any, int | None]] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                data = tomllib.loads(line)
            except tomllib.TOMLDecodeError:
                key = line.split("=", 1)[0].strip() if "=" in line else ""
                self.add(
                    number,
                    key,
                    "is not a valid setting line",
                    'write it as key = "value", with text in "quotes"',
                )
                continue
            for key, value in data.items():
                if key in found:
                    self.add(number, key, "is set twice", "keep one of the lines")
                else:
                    found[key] = (value, number)
        return found

    def check(self, key: str, value: Any, line: int | None) -> Any:
        """The value if it is valid for `key`, else None (its default) and a problem."""
        if key not in KNOWN:
            self.add(
                line,
                key,
                "is not a known setting",
                f"remove it, or check its spelling (the settings are: {', '.join(KNOWN)})",
            )
            return None
        try:
            Settings.model_validate({key: value})
        except ValidationError as exc:
            self.add(line, key, _problem(key, value, exc), _fix(key))
            return None
        if key == "content":
            return self._content_folder(Path(value), line)
        return value

    def _content_folder(self, folder: Path, line: int | None) -> Path | None:
        if not folder.is_absolute():
            folder = (self.path.parent / folder).resolve()
        fix = "correct the path, or delete the line; the bundled pack is used meanwhile"
        if not folder.is_dir():
            what = "is a file, not a folder" if folder.exists() else "does not exist"
            self.add(line, "content", f"{folder} {what}", fix)
            return None
        try:
            next(folder.iterdir(), None)
        except OSError as exc:
            self.add(line, "content", f"folder {folder} cannot be read ({exc.strerror})", fix)
            return None
        return folder


def _problem(key: str, value: Any, exc: ValidationError) -> str:
    if key == "language":
        return f"is {_shown(value)}, not a language the exhibit offers"
    if key == "content":
        return f"is {_shown(value)}, not a folder path in quotes"
    return exc.errors()[0]["msg"]


def _shown(value: Any) -> str:
    return f'"{value}"' if isinstance(value, str) else repr(value)


def _fix(key: str) -> str:
    if key == "language":
        return 'write language = "en" or "es"; meanwhile visitors start in the first language'
    if key == "content":
        return 'write content = "/path/to/pack"; the bundled pack is used meanwhile'
    return _SEE


def load_settings(path: Path | None = None) -> LoadedSettings:
    """The settings in use: every valid key from the file, defaults for the rest."""
    path = path or settings_path()
    if not path.is_file():
        return LoadedSettings(Settings(), path, ())
    reader = _Reader(path)
    text = reader.text()
    kept: dict[str, Any] = {}
    lines: dict[str, int | None] = {}
    if text is not None:
        for key, (value, line) in reader.values(text).items():
            lines[key] = line
            checked = reader.check(key, value, line)
            if checked is not None:
                kept[key] = checked
    return LoadedSettings(Settings(**kept), path, tuple(reader.problems), lines)
