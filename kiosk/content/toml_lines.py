# SPDX-License-Identifier: MIT
"""Find the line of a field in TOML text, so messages can say `file:line`.

tomllib keeps no positions, so this reads the text once and records where each table header and
key starts. It understands the subset the content pack uses: `[table]`, `[[array]]` and
`key = value` lines (values may run over several lines inside triple quotes or brackets).
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")

Loc = tuple[str | int, ...]


class LineIndex:
    def __init__(self, text: str) -> None:
        self._lines: dict[Loc, int] = {}
        table: Loc = ()
        array_counts: dict[str, int] = {}
        in_multiline = False
        # An array of inline tables over several lines (`track = [` then one `{ … }` a line):
        # each element gets its own line, (*table, key, index).
        array_key: Loc | None = None
        array_index = 0
        for number, line in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if line.count('"""') % 2 == 1:
                    in_multiline = False
                continue
            if array_key is not None:
                if line.lstrip().startswith("{"):
                    self._lines.setdefault((*array_key, array_index), number)
                    array_index += 1
                if line.strip().startswith("]"):
                    array_key = None
                continue
            header = _HEADER.match(line)
            if header:
                name = header.group(2)
                if header.group(1) == "[[":
                    index = array_counts.get(name, 0)
                    array_counts[name] = index + 1
                    # The array as a whole is where its first entry starts.
                    self._lines.setdefault(tuple(name.split(".")), number)
                    table = (*name.split("."), index)
                else:
                    table = tuple(name.split("."))
                self._lines.setdefault(table, number)
                continue
            key = _KEY.match(line)
            if key:
                self._lines.setdefault((*table, key.group(1)), number)
                if line.count('"""') % 2 == 1:
                    in_multiline = True
                value = line.split("=", 1)[1].strip()
                if value.startswith("[") and value.count("[") > value.count("]"):
                    array_key, array_index = (*table, key.group(1)), 0

    def line_of(self, loc: Loc) -> int | None:
        """The line of the deepest part of `loc` that the text names, or None."""
        for end in range(len(loc), 0, -1):
            line = self._lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None


def field_name(loc: Loc) -> str:
    """('facts', 2, 'text') -> 'facts[3].text', counting from one as a curator does."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else str(part)
    return out
