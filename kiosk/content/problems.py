# SPDX-License-Identifier: MIT
"""One problem found in a content pack, worded for a curator."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int | None
    field: str
    problem: str
    fix: str
    severity: Severity = Severity.ERROR

    def format(self, relative_to: Path | None = None) -> str:
        """`path:line: field: problem — how to fix`, the one-line form every tool prints."""
        shown = self.path
        if relative_to is not None:
            try:
                shown = self.path.relative_to(relative_to)
            except ValueError:
                shown = self.path
        where = f"{shown}:{self.line}" if self.line else f"{shown}"
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{where}: {self.field or '(file)'}: {prefix}{self.problem} — {self.fix}"


def not_utf8(raw: bytes, exc: UnicodeDecodeError) -> tuple[int, str]:
    """The line of the first byte that is not UTF-8, and the problem as a curator reads it."""
    return raw[: exc.start].count(b"\n") + 1, f"is not UTF-8 text (byte 0x{raw[exc.start]:02x})"
