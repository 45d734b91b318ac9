# SPDX-License-Identifier: MIT
"""`kiosk set-pin`: ask for the staff PIN twice at the terminal (never on the command line, where
the shell's history and the process list would keep it) and write its hash to the settings file.
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Callable
from pathlib import Path

from kiosk.staff_pin import PIN_FORM, hash_pin

_STAFF = re.compile(r"^\s*\[\s*staff\s*\]\s*(#.*)?$")
_SECTION = re.compile(r"^\s*\[")
_PIN_LINE = re.compile(r"^\s*pin_hash\s*=")


def with_pin_hash(text: str, stored: str) -> str:
    """The settings text with `pin_hash` set under [staff]: the line replaced where it is, else
    added to the section, else a section added at the end. Every other line is kept as it is."""
    lines = text.splitlines()
    entry = f'pin_hash = "{stored}"'
    start = next((i for i, line in enumerate(lines) if _STAFF.match(line)), None)
    if start is None:
        tail = "" if not text or text.endswith("\n") else "\n"
        return f"{text}{tail}\n[staff]\n{entry}\n"
    end = next((i for i in range(start + 1, len(lines)) if _SECTION.match(lines[i])), len(lines))
    for i in range(start + 1, end):
        if _PIN_LINE.match(lines[i]):
            lines[i] = entry
            break
    else:
        lines.insert(start + 1, entry)
    return "\n".join(lines) + "\n"


def set_pin(settings: Path, ask: Callable[[str], str] = getpass.getpass) -> tuple[int, str]:
    """(exit status, what to tell the person at the terminal)."""
    pin = ask("New staff PIN (4 to 8 digits): ")
    if not PIN_FORM.match(pin):
        return 2, "A PIN is 4 to 8 digits. Nothing was changed."
    if ask("The same PIN again: ") != pin:
        return 2, "The two PINs differ. Nothing was changed."
    stored = hash_pin(pin)
    try:
        text = settings.read_text(encoding="utf-8") if settings.exists() else ""
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(with_pin_hash(text, stored), encoding="utf-8")
    except OSError as exc:
        return 1, (
            f"{settings} cannot be written ({exc.strerror}): run this as an administrator "
            f"(sudo on Linux), or add these two lines to it yourself:\n[staff]\n"
            f'pin_hash = "{stored}"'
        )
    return 0, f"The staff PIN is set in {settings}. Restart the exhibit to use it."
