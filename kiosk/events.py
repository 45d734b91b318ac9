# SPDX-License-Identifier: MIT
"""Structured events in the log: one line each, `event=<kind> key=value …`, so a technician can
grep them (`grep 'event=idle_reset'`) or a script can read them, beside the readable lines.

Values are single tokens: spaces become underscores, and nothing a visitor typed (there is no
typing) or that names a person goes in.
"""

from __future__ import annotations

import logging

log = logging.getLogger("kiosk.event")


def _token(value: object) -> str:
    text = str(value)
    return "_".join(text.split()) or '""'


def event(kind: str, **fields: object) -> None:
    """Log one event: `event=screen name=remove-missiles language=en`."""
    parts = [f"event={kind}", *(f"{key}={_token(value)}" for key, value in fields.items())]
    log.info(" ".join(parts))
