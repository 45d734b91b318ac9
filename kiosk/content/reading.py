# SPDX-License-Identifier: MIT
"""Reading one content file: its text, its TOML, its schema, each problem with file and line.

Shared by the panel loader and the map loader; nothing here raises on bad content.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from kiosk.content.problems import Problem, Severity, not_utf8
from kiosk.content.toml_lines import LineIndex, Loc, field_name

MAX_FILE_BYTES = 256 * 1024
TOML_POSITION = re.compile(r"\(at (?:line (\d+), column \d+|end of document)\)")


class Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(
        self,
        path: Path,
        line: int | None,
        field: str,
        problem: str,
        fix: str,
        severity: Severity = Severity.ERROR,
    ) -> None:
        self.problems.append(Problem(path, line, field, problem, fix, severity))


def fix_for(error: dict[str, Any]) -> str:
    kind = error["type"]
    loc = error["loc"]
    if kind == "missing":
        return f"add `{loc[-1]} = …` (see docs/CONTENT.md)"
    if kind == "extra_forbidden":
        return "remove it, or check its spelling against docs/CONTENT.md"
    if kind == "too_many_words":
        return f"shorten it to {error['ctx']['limit']} words or fewer"
    if kind == "several_sentences":
        return "say the panel's one big idea in a single sentence"
    if kind == "empty_text":
        return "write the text, or remove the entry"
    if kind == "markup":
        return "write plain text: remove the tag"
    if kind == "string_pattern_mismatch":
        return "use lower-case letters, digits and hyphens only (sources: letters, digits, hyphens)"
    if kind in ("too_short", "too_long"):
        return "change the number of entries to fit the limit"
    if kind == "out_of_range":
        return "use a date from 1962-10-14 to 1962-11-20, e.g. 1962-10-24 or 1962-10-24T14:00:00Z"
    if kind == "naive_time":
        return "add the zone: 1962-10-24T14:00:00Z for GMT, or 1962-10-24T10:00:00-04:00 for EDT"
    if kind == "not_a_date":
        return "write a date without quotes, e.g. 1962-10-24 or 1962-10-24T14:00:00Z"
    if kind == "card_date":
        return 'write date = "1962-10-14" (year-month-day), or "1962-09" for a month'
    if kind == "web_address":
        return 'write the whole address, e.g. url = "https://history.state.gov/…", or remove url'
    if kind == "figure_length":
        return 'keep the number and its unit only, e.g. "42 missiles"; the rest goes in text'
    if kind == "until_alone":
        return 'add date = "…" for the first day, or remove until'
    if kind == "until_order":
        return "make until the last day of the span, after date"
    if kind == "out_of_order":
        return "put the dates in time order"
    if kind == "off_map":
        return "check the sign and the digits: west longitudes and south latitudes are negative"
    if kind == "exact_without_source":
        return 'add source = "…" (an id from sources.toml), or remove exact = true'
    if kind == "no_place":
        return 'name the ship (ship = "…") or give lat and lon, but not both'
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return "change the number to fit the limit"
    if kind in ("literal_error", "enum"):
        return f"use one of {error.get('ctx', {}).get('expected', 'the documented values')}"
    if kind in ("string_type", "list_type", "bool_type", "model_type", "dict_type"):
        expected = {
            "string_type": "text in quotes",
            "list_type": 'a list like ["a", "b"]',
            "bool_type": "true or false",
            "model_type": "a [table]",
            "dict_type": "a [table]",
        }[kind]
        return f"write it as {expected}"
    return "see docs/CONTENT.md for the expected form"


def validate(
    model: type[BaseModel], data: Any, path: Path, lines: LineIndex, out: Collector, base: Loc = ()
) -> BaseModel | None:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            # A check on a whole list may name the element at fault, for that element's line.
            element = error.get("ctx", {}).get("element")
            loc: Loc = (*base, *error["loc"], *(() if element is None else (element,)))
            message = error["msg"]
            if error["type"] == "missing":
                message = "is missing"
            elif error["type"] == "extra_forbidden":
                message = "is not a known field"
            out.add(
                path,
                lines.line_of(loc) or lines.line_of(base) or 1,
                field_name(loc),
                message,
                fix_for(error),
            )
        return None


def read_text(
    path: Path,
    out: Collector,
    missing: Severity = Severity.ERROR,
    create_hint: str = "create it as docs/CONTENT.md describes",
) -> str | None:
    """The file's text, or None with its problem reported."""
    if not path.is_file():
        out.add(path, None, "", "file is missing", create_hint, missing)
        return None
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            out.add(
                path,
                None,
                "",
                f"file is {size // 1024} KB; the limit is {MAX_FILE_BYTES // 1024} KB",
                "shorten it; panel files are a few KB",
            )
            return None
        raw = path.read_bytes()
    except OSError as exc:
        out.add(path, None, "", f"cannot be read ({exc.strerror})", "check the file's permissions")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, problem = not_utf8(raw, exc)
        out.add(path, line, "", problem, "save the file as UTF-8 in your editor")
        return None


def toml_error(exc: tomllib.TOMLDecodeError, text: str) -> tuple[int | None, str]:
    """The line of a TOML syntax error and its reason without tomllib's position suffix."""
    match = TOML_POSITION.search(str(exc))
    reason = TOML_POSITION.sub("", str(exc)).strip()
    if match and match.group(1):
        return int(match.group(1)), reason
    # "at end of document": the file stops mid-value, e.g. a truncated copy
    return (text.count("\n") + 1 if match else None), reason


TOML_FIX = 'check quotes and brackets near this line; text goes in "quotes"'


def read_toml(
    path: Path,
    out: Collector,
    missing: Severity = Severity.ERROR,
    create_hint: str = "create it as docs/CONTENT.md describes",
) -> tuple[dict[str, Any], LineIndex] | None:
    text = read_text(path, out, missing, create_hint)
    if text is None:
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, reason = toml_error(exc, text)
        out.add(path, line, "", f"is not valid TOML ({reason})", TOML_FIX)
        return None
    return data, LineIndex(text)
