# SPDX-License-Identifier: MIT
"""Kiosk settings: an optional TOML file that museum staff edit (never the bundle).

Linux: /etc/xdg/cuban-crisis-kiosk/settings.toml; Windows:
C:\\ProgramData\\ExhibitWorks\\cuban-crisis-kiosk\\settings.toml; or the file named by the
KIOSK_SETTINGS environment variable.

A bad value never stops the exhibit (under systemd's Restart=always an exit at start is a black
screen that restarts forever): each setting is checked on its own, a bad one falls back to its
default and becomes a `Problem` (`file:line: key: problem — fix`), and the good ones are kept.

Top-level keys come first; a section (`[display]`) holds the keys after it, and a key inside a
section is named with its section (`display.renderer`) in messages and in `in_use()`.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kiosk import paths
from kiosk.content.problems import Problem, not_utf8
from kiosk.content.toml_lines import LineIndex

_SEE = "see docs/INSTALL.md, Settings"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


def _seconds(default: int, low: int, high: int) -> Any:
    return Field(default, ge=low, le=high, json_schema_extra={"unit": "seconds"})


class Display(_Section):
    """The `[display]` section."""

    # The Qt Quick renderer: "auto" picks the software renderer where the only graphics adapter is
    # a software rasteriser (kiosk.graphics decides), "gpu" is Qt's default, "software" always.
    renderer: Literal["auto", "gpu", "software"] = "auto"
    # No mouse pointer over the exhibit (a touch screen shows none; a mouse left plugged in would).
    hide_cursor: bool = True
    # For visitors who find movement hard to watch (WCAG 2.3.3): the attract loop becomes still
    # views of the map that cross-fade, and the map's timeline steps a day at a time.
    reduced_motion: bool = False


class Idle(_Section):
    """`[idle]`: a visitor who walks away. After `timeout_s` without a touch anywhere but home,
    "Still there?" counts down `countdown_s`, then the exhibit resets to home."""

    timeout_s: int = _seconds(90, 20, 900)
    countdown_s: int = _seconds(20, 5, 120)


class Attract(_Section):
    """`[attract]`: after `after_s` on home without a touch, the attract loop plays."""

    after_s: int = _seconds(120, 30, 3600)


class Languages(_Section):
    """`[languages]`: the language a visitor finds, and the exhibit returns to after a reset."""

    default: Literal["en", "es"] | None = None


class Staff(_Section):
    """`[staff]`: the staff PIN, only as a salted slow hash (`kiosk set-pin` writes it), and
    where the staff screen's export goes (empty: the first USB drive found)."""

    pin_hash: str | None = Field(
        None, pattern=r"^scrypt\$\d+\$\d+\$\d+\$[0-9a-f]{32}\$[0-9a-f]{64}$"
    )
    export_to: str | None = Field(None, min_length=1)


class Statistics(_Section):
    """`[statistics]`: how long visitor statistics are kept."""

    keep_days: int = Field(400, ge=1, le=3650, json_schema_extra={"unit": "days"})


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    content: Path | None = None  # a content pack to use instead of the bundled one
    # The language visitors start in: the older name of [languages] default, still read.
    language: Literal["en", "es"] | None = None
    display: Display = Display()
    idle: Idle = Idle()
    attract: Attract = Attract()
    languages: Languages = Languages()
    staff: Staff = Staff()
    statistics: Statistics = Statistics()

    @property
    def default_language(self) -> str | None:
        """The language visitors start in: [languages] default, else the older `language`."""
        return self.languages.default or self.language


SECTIONS: dict[str, type[BaseModel]] = {
    "display": Display,
    "idle": Idle,
    "attract": Attract,
    "languages": Languages,
    "staff": Staff,
    "statistics": Statistics,
}
# Every setting by its full name, sections' keys as `section.key`.
KNOWN = tuple(
    f"{name}.{key}" if name in SECTIONS else name
    for name in Settings.model_fields
    for key in (SECTIONS[name].model_fields if name in SECTIONS else (None,))
)
_HEADER = re.compile(r"\[\s*([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*\]\s*(?:#.*)?")


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
        """Each setting's value as the exhibit uses it, by full name (None: not set, so the
        bundled pack or the first language)."""
        return {
            name: None if value is None else str(value)
            for name, value in _flatten(self.settings.model_dump())
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
        """Every setting in the file by full name (`language`, `display.renderer`) with its
        line. A line TOML cannot read is reported and skipped, so one typo (say
        `language = es`) keeps the other settings."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError:
            return self._line_by_line(text)
        lines = LineIndex(text)
        return {
            name: (value, lines.line_of(tuple(name.split("."))) or _dotted_line(text, name))
            for name, value in _flatten(data)
        }

    def _line_by_line(self, text: str) -> dict[str, tuple[Any, int | None]]:
        found: dict[str, tuple[Any, int | None]] = {}
        section: tuple[str, ...] = ()
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("["):
                header = _HEADER.fullmatch(stripped)
                # Best guess for a broken header, so the keys below it still find their section.
                name = header.group(1) if header else stripped.strip("[] ").split("]")[0]
                section = tuple(part.strip() for part in name.split(".") if part.strip())
                if header is None:
                    self.add(
                        number,
                        ".".join(section),
                        f"{stripped} is not a valid section line",
                        f"write it as [{'.'.join(section) or 'display'}], alone on its line",
                    )
                continue
            try:
                data = tomllib.loads(line)
            except tomllib.TOMLDecodeError:
                key = line.split("=", 1)[0].strip() if "=" in line else ""
                self.add(
                    number,
                    ".".join((*section, key)) if key else key,
                    "is not a valid setting line",
                    'write it as key = "value", with text in "quotes"',
                )
                continue
            for part in reversed(section):
                data = {part: data}
            for name, value in _flatten(data):
                if name in found:
                    self.add(number, name, "is set twice", "keep one of the lines")
                else:
                    found[name] = (value, number)
        return found

    def check(self, key: str, value: Any, line: int | None) -> Any:
        """The value if it is valid for `key` (a full name), else None (its default) and a
        problem."""
        if key in SECTIONS:  # `display = "software"`: a section written as a value
            self.add(line, key, "is a section, not a setting", _section_fix(key))
            return None
        if key not in KNOWN:
            self.add(line, key, "is not a known setting", _unknown_fix(key))
            return None
        try:
            Settings.model_validate(_nested(key, value))
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


def _flatten(data: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(full name, value) for every setting in parsed TOML. A table is opened into `name.key`
    unless its name is a known setting, whose value it then is (and is reported as wrong)."""
    for key, value in data.items():
        if isinstance(value, dict) and key not in KNOWN:
            for name, inner in _flatten(value):
                yield f"{key}.{name}", inner
        else:
            yield key, value


def _nested(name: str, value: Any) -> dict[str, Any]:
    """`display.renderer`, "gpu" -> {"display": {"renderer": "gpu"}}."""
    *sections, key = name.split(".")
    data: dict[str, Any] = {key: value}
    for section in reversed(sections):
        data = {section: data}
    return data


def _dotted_line(text: str, name: str) -> int | None:
    """The line of a dotted key (`display.renderer = "gpu"` at the top), which LineIndex does
    not record."""
    if "." not in name:
        return None
    pattern = re.compile(r"\s*" + r"\s*\.\s*".join(map(re.escape, name.split("."))) + r"\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _section_fix(section: str) -> str:
    keys = [name.split(".", 1)[1] for name in KNOWN if name.startswith(f"{section}.")]
    return f'write [{section}] alone on a line, then e.g. {keys[0]} = "…" on the next'


def _unknown_fix(key: str) -> str:
    listed = f"the settings are: {', '.join(KNOWN)}"
    leaf = key.rsplit(".", 1)[-1]
    meant = [name for name in KNOWN if name.rsplit(".", 1)[-1] == leaf]
    if meant and "." in meant[0]:
        # `renderer = ...` above any section, or under a misspelt one.
        section = meant[0].split(".", 1)[0]
        return f"put it below a line [{section}]: its full name is {meant[0]} ({listed})"
    if meant and "." in key:
        # `content = ...` written below [display] belongs to that section in TOML.
        section = key.split(".", 1)[0]
        return f"move it above the [{section}] line: every key below [{section}] belongs to it"
    return f"remove it, or check its spelling ({listed})"


def _field(key: str) -> Any:
    """The pydantic field of a full setting name (`idle.timeout_s`)."""
    section, _, name = key.partition(".")
    return SECTIONS[section].model_fields[name] if name else Settings.model_fields[key]


def _range(key: str) -> tuple[int, int, str] | None:
    """(lowest, highest, unit) of a number setting, else None."""
    field = _field(key)
    extra = field.json_schema_extra or {}
    bounds = {type(m).__name__: m for m in field.metadata}
    if "Ge" not in bounds or "Le" not in bounds:
        return None
    return bounds["Ge"].ge, bounds["Le"].le, str(extra.get("unit", ""))


def _problem(key: str, value: Any, exc: ValidationError) -> str:
    if key in ("language", "languages.default"):
        return f"is {_shown(value)}, not a language the exhibit offers"
    if key == "content":
        return f"is {_shown(value)}, not a folder path in quotes"
    if key == "display.renderer":
        return f'is {_shown(value)}, not "auto", "gpu" or "software"'
    if _field(key).annotation is bool:
        return f"is {_shown(value)}, not true or false"
    if key == "staff.pin_hash":
        return "is not a PIN hash written by `kiosk set-pin`"
    if key == "staff.export_to":
        return f"is {_shown(value)}, not a folder path in quotes"
    if (span := _range(key)) is not None:
        low, high, unit = span
        return f"is {_shown(value)}, not a whole number of {unit} from {low} to {high}"
    return exc.errors()[0]["msg"]


def _shown(value: Any) -> str:
    return f'"{value}"' if isinstance(value, str) else repr(value)


def _fix(key: str) -> str:
    if key == "language":
        return 'write language = "en" or "es"; meanwhile visitors start in the first language'
    if key == "languages.default":
        return (
            'write default = "en" or "es" under [languages]; meanwhile visitors start in the '
            "first language"
        )
    if _field(key).annotation is bool:
        section, _, name = key.partition(".")
        default = str(_field(key).default).lower()
        return (
            f"write {name} = true or false under [{section}] (no quotes); {default} is used "
            "meanwhile"
        )
    if key == "staff.pin_hash":
        return "set the PIN again with `kiosk set-pin`; staff mode is off meanwhile"
    if key == "staff.export_to":
        return (
            'write export_to = "/path/to/folder" under [staff], or remove the line; the first '
            "USB drive found is used meanwhile"
        )
    if (span := _range(key)) is not None:
        section, _, name = key.partition(".")
        default = _field(key).default
        return (
            f"write {name} = {default} (or another from {span[0]} to {span[1]}) under "
            f"[{section}]; {default} is used meanwhile"
        )
    if key == "content":
        return 'write content = "/path/to/pack"; the bundled pack is used meanwhile'
    if key == "display.renderer":
        return (
            'write renderer = "auto", "gpu" or "software" under [display]; "auto" is used meanwhile'
        )
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
        for name, (value, line) in reader.values(text).items():
            lines[name] = line
            checked = reader.check(name, value, line)
            if checked is not None:
                *sections, key = name.split(".")
                target = kept
                for section in sections:
                    target = target.setdefault(section, {})
                target[key] = checked
    return LoadedSettings(Settings(**kept), path, tuple(reader.problems), lines)
