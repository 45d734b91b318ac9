# SPDX-License-Identifier: MIT
"""Visitor statistics in SQLite: sessions and what they looked at, for the museum's own counts.

No personal data and no free text: a session is a start, an end, its length and its language;
an event is one of a few kinds with a name the content defines (a screen, a map item). One
transaction per event, in WAL mode with full syncs, so a kill -9 or a power cut loses no row
that was committed and leaves the file whole. Rows older than `keep_days` are pruned at start.
"""

from __future__ import annotations

import csv
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

log = logging.getLogger(__name__)

EVENT_KINDS = ("screen", "map_item", "timeline_play", "language", "idle_reset")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    started REAL NOT NULL,          -- seconds since 1970 (UTC)
    ended REAL,
    language TEXT NOT NULL,
    end_reason TEXT                 -- "reset", "attract", "shutdown"
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    session INTEGER NOT NULL REFERENCES sessions(id),
    at REAL NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('screen', 'map_item', 'timeline_play', 'language',
                                       'idle_reset')),
    name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS events_at ON events(at);
CREATE INDEX IF NOT EXISTS sessions_started ON sessions(started);
"""


@dataclass(frozen=True)
class Summary:
    since: date
    sessions: int
    median_seconds: float
    languages: dict[str, int]
    screens: dict[str, int]
    map_items: dict[str, int]
    timeline_plays: int
    idle_resets: int

    def lines(self) -> list[str]:
        def ranked(counts: dict[str, int]) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda i: -i[1]))

        return [
            f"since {self.since.isoformat()}",
            f"visitor sessions: {self.sessions} (median {self.median_seconds:.0f} s)",
            f"languages: {ranked(self.languages) or '—'}",
            f"screens viewed: {ranked(self.screens) or '—'}",
            f"map items opened: {ranked(self.map_items) or '—'}",
            f"timeline plays: {self.timeline_plays}",
            f"idle resets: {self.idle_resets}",
        ]


class VisitorStats:
    """One exhibit's statistics file. Every method commits its own transaction; none raises on
    a disk problem (it is logged once and the exhibit carries on without statistics)."""

    def __init__(
        self,
        path: Path,
        keep_days: int,
        clock: Callable[[], float] = time.time,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self._clock = clock
        self._session: int | None = None
        self._broken = False
        if read_only:
            # `kiosk stats` beside a running exhibit: reads, and changes nothing of its session.
            self._db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
            self._read_only = True
            return
        self._read_only = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
            self._close_open_sessions()
            self.prune(keep_days)
        except (sqlite3.Error, OSError) as exc:
            self._fail("cannot be opened", exc)

    # --- recording -------------------------------------------------------------------------

    def event(self, kind: str, name: str = "", language: str = "") -> None:
        """One thing a visitor did; starts a session if none is open."""
        if kind not in EVENT_KINDS:
            raise ValueError(f"unknown statistics event {kind!r}")
        if self._broken:
            return
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                if self._session is None:
                    cursor = self._db.execute(
                        "INSERT INTO sessions (started, language) VALUES (?, ?)",
                        (self._clock(), language or "?"),
                    )
                    self._session = cursor.lastrowid
                self._db.execute(
                    "INSERT INTO events (session, at, kind, name) VALUES (?, ?, ?, ?)",
                    (self._session, self._clock(), kind, name),
                )
        except sqlite3.Error as exc:
            self._fail("cannot be written", exc)

    def end_session(self, reason: str) -> None:
        """The visitor left (an idle reset, the attract loop) or the exhibit stops."""
        if self._session is None or self._broken:
            self._session = None
            return
        try:
            with self._db:
                self._db.execute(
                    "UPDATE sessions SET ended = ?, end_reason = ? WHERE id = ?",
                    (self._clock(), reason, self._session),
                )
        except sqlite3.Error as exc:
            self._fail("cannot be written", exc)
        self._session = None

    @property
    def in_session(self) -> bool:
        return self._session is not None

    # --- keeping and reading ----------------------------------------------------------------

    def prune(self, keep_days: int) -> None:
        cut = self._clock() - keep_days * 86400
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute(
                "DELETE FROM events WHERE session IN (SELECT id FROM sessions WHERE started < ?)",
                (cut,),
            )
            self._db.execute("DELETE FROM sessions WHERE started < ?", (cut,))

    def summary(self, since: date) -> Summary:
        start = datetime.combine(since, datetime.min.time(), tzinfo=UTC).timestamp()
        rows = self._db.execute(
            "SELECT started, ended, language FROM sessions WHERE started >= ?", (start,)
        ).fetchall()
        lengths = sorted(ended - started for started, ended, _ in rows if ended is not None)
        languages: dict[str, int] = {}
        for _, _, language in rows:
            languages[language] = languages.get(language, 0) + 1

        def counts(kind: str) -> dict[str, int]:
            return dict(
                self._db.execute(
                    "SELECT name, COUNT(*) FROM events WHERE kind = ? AND at >= ? GROUP BY name",
                    (kind, start),
                ).fetchall()
            )

        def total(kind: str) -> int:
            return sum(counts(kind).values())

        return Summary(
            since=since,
            sessions=len(rows),
            median_seconds=lengths[len(lengths) // 2] if lengths else 0.0,
            languages=languages,
            screens=counts("screen"),
            map_items=counts("map_item"),
            timeline_plays=total("timeline_play"),
            idle_resets=total("idle_reset"),
        )

    def export_csv(self, target: Path, since: date) -> int:
        """Every event since `since` with its session, as CSV; the number of rows written."""
        start = datetime.combine(since, datetime.min.time(), tzinfo=UTC).timestamp()
        rows = self._db.execute(
            "SELECT s.id, s.started, s.ended, s.language, s.end_reason, e.at, e.kind, e.name "
            "FROM events e JOIN sessions s ON s.id = e.session WHERE e.at >= ? ORDER BY e.at",
            (start,),
        ).fetchall()
        with target.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(
                [
                    "session",
                    "session_start",
                    "session_end",
                    "language",
                    "end_reason",
                    "event_time",
                    "event",
                    "name",
                ]
            )
            writer.writerows(
                [sid, _iso(started), _iso(ended), language, reason or "", _iso(at), kind, name]
                for sid, started, ended, language, reason, at, kind, name in rows
            )
        return len(rows)

    def close(self) -> None:
        if not self._broken:
            if not self._read_only:
                self.end_session("shutdown")
            self._db.close()

    # --- helpers ---------------------------------------------------------------------------

    def _close_open_sessions(self) -> None:
        """A session left open by a crash or a power cut ends at its last event."""
        with self._db:
            self._db.execute(
                "UPDATE sessions SET ended = COALESCE((SELECT MAX(at) FROM events "
                "WHERE session = sessions.id), started), end_reason = 'interrupted' "
                "WHERE ended IS NULL"
            )

    def _fail(self, what: str, exc: Exception) -> None:
        if not self._broken:
            log.error(
                "visitor statistics %s %s (%s): the exhibit runs on without them",
                self.path,
                what,
                exc,
            )
        self._broken = True


def _iso(seconds: float | None) -> str:
    if seconds is None:
        return ""
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")
