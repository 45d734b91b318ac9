# SPDX-License-Identifier: MIT
"""Each start of the exhibit and whether it ended on purpose: how the exhibit notices a crash
loop, and how many times it restarted today (the staff screen's diagnostics).

A supervisor (systemd on Linux, kiosk/supervisor.py on Windows) restarts the exhibit within
seconds whatever went wrong. If something keeps it from running at all (a damaged disk, a
driver that fails on the first frame), restarting every two seconds flickers the desktop and
the logo at visitors all day. So after CRASHES starts in a minute that each ended without the
exhibit saying goodbye, it rests instead: a calm "out of order" screen in both languages
(kiosk/resting.py), then a clean exit and a fresh try. Each rest in a row lasts twice the one
before, up to LONGEST_REST_S; a few hours without one starts again at FIRST_REST_S.

The history is a small JSON file in the data folder, written whole and replaced atomically, so
a power cut leaves the old one or the new one. If it cannot be read or written the exhibit just
runs: a broken history must never be why it does not start.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

CRASHES = 3  # unclean ends within WINDOW_S that make the next start a rest
WINDOW_S = 60
FIRST_REST_S = 120
LONGEST_REST_S = 1800
REST_MEMORY_S = 6 * 3600  # rests further apart than this no longer lengthen the next
KEEP_S = 2 * 86400  # enough for "today" in any time zone


@dataclass(frozen=True)
class Verdict:
    """What this start should do, and what the history says about today."""

    rest_s: int  # 0: run the exhibit; otherwise rest this long first
    recent_crashes: int  # unclean ends in the last WINDOW_S
    restarts_today: int  # starts today after the first


class StartHistory:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self._path = path
        self._clock = clock
        self._starts: list[dict] = []

    def begin(self) -> Verdict:
        """Record this start; a start found still open ended without a goodbye."""
        now = self._clock()
        starts = [s for s in self._read() if now - s.get("at", 0) < KEEP_S]
        recent = [s for s in starts if now - s["at"] < WINDOW_S and not s.get("ended")]
        rest_s = 0
        if len(recent) >= CRASHES:
            rests = sum(1 for s in starts if s.get("rest") and now - s["at"] < REST_MEMORY_S)
            rest_s = min(FIRST_REST_S * 2**rests, LONGEST_REST_S)
        today = datetime.fromtimestamp(now).date()
        restarts = sum(1 for s in starts if datetime.fromtimestamp(s["at"]).date() == today)
        self._starts = [*starts, {"at": now, "ended": False, "rest": bool(rest_s)}]
        self._write()
        return Verdict(rest_s, len(recent), restarts)

    def end(self) -> None:
        """This start ends on purpose (a staff exit or restart, the end of a rest, a stop)."""
        if self._starts:
            self._starts[-1]["ended"] = True
            self._write()

    def _read(self) -> list[dict]:
        try:
            starts = json.loads(self._path.read_text(encoding="utf-8"))["starts"]
            return [s for s in starts if isinstance(s.get("at"), int | float)]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("start history %s unreadable (%s): starting a new one", self._path, exc)
            return []

    def _write(self) -> None:
        partial = self._path.with_suffix(".tmp")
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with open(partial, "w", encoding="utf-8") as f:
                json.dump({"starts": self._starts}, f)
                f.flush()
                os.fsync(f.fileno())
            os.replace(partial, self._path)
        except OSError as exc:
            log.warning("start history %s not saved (%s)", self._path, exc)
