# SPDX-License-Identifier: MIT
"""Visitor statistics: sessions and events in SQLite, nothing personal, every committed row kept
through a kill -9, old rows pruned, a summary and a CSV for the museum."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from kiosk.visitor_stats import VisitorStats

DAY = 86400.0
# 8 December 2026, 10:00 UTC
NOW = 1796724000.0


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def rows(path: Path, query: str) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(query).fetchall()


def test_a_session_is_its_events_from_the_first_touch_to_the_reset(tmp_path):
    clock = Clock()
    stats = VisitorStats(tmp_path / "s.db", keep_days=400, clock=clock)
    assert not stats.in_session
    stats.event("screen", "remove-missiles", "en")
    clock.now += 40
    stats.event("language", "es", "es")
    stats.event("map_item", "heyser-u2", "es")
    clock.now += 20
    stats.end_session("reset")
    assert not stats.in_session
    stats.close()
    sessions = rows(tmp_path / "s.db", "SELECT started, ended, language, end_reason FROM sessions")
    assert sessions == [(NOW, NOW + 60, "en", "reset")]
    events = rows(tmp_path / "s.db", "SELECT kind, name FROM events ORDER BY id")
    assert events == [("screen", "remove-missiles"), ("language", "es"), ("map_item", "heyser-u2")]


def test_only_known_kinds_of_event_are_recorded(tmp_path):
    stats = VisitorStats(tmp_path / "s.db", keep_days=400)
    with pytest.raises(ValueError, match="unknown statistics event"):
        stats.event("visitor_name", "Ann")
    stats.close()


def test_a_session_cut_by_a_crash_ends_at_its_last_event(tmp_path):
    clock = Clock()
    stats = VisitorStats(tmp_path / "s.db", keep_days=400, clock=clock)
    stats.event("screen", "map", "en")
    clock.now += 30
    stats.event("timeline_play", "", "en")
    del stats  # no close: as after a kill or a power cut
    VisitorStats(tmp_path / "s.db", keep_days=400, clock=clock).close()
    assert rows(tmp_path / "s.db", "SELECT ended, end_reason FROM sessions") == [
        (NOW + 30, "interrupted")
    ]


def test_rows_older_than_keep_days_are_pruned_at_start(tmp_path):
    clock = Clock()
    stats = VisitorStats(tmp_path / "s.db", keep_days=400, clock=clock)
    stats.event("screen", "home", "en")
    stats.end_session("reset")
    clock.now += 31 * DAY
    stats.event("screen", "map", "en")
    stats.close()
    VisitorStats(tmp_path / "s.db", keep_days=30, clock=clock).close()
    assert rows(tmp_path / "s.db", "SELECT COUNT(*) FROM sessions") == [(1,)]
    assert rows(tmp_path / "s.db", "SELECT name FROM events") == [("map",)]


def test_the_summary_and_the_csv_count_what_visitors_did(tmp_path):
    clock = Clock()
    stats = VisitorStats(tmp_path / "s.db", keep_days=400, clock=clock)
    for language, seconds in (("en", 30), ("es", 90), ("en", 60)):
        stats.event("screen", "remove-missiles", language)
        stats.event("timeline_play", "", language)
        clock.now += seconds
        stats.event("idle_reset", "", language)
        stats.end_session("reset")
    summary = stats.summary(date(2026, 12, 8))
    assert summary.sessions == 3 and summary.median_seconds == 60
    assert summary.languages == {"en": 2, "es": 1}
    assert summary.screens == {"remove-missiles": 3}
    assert summary.timeline_plays == 3 and summary.idle_resets == 3
    assert "visitor sessions: 3 (median 60 s)" in summary.lines()
    assert stats.export_csv(tmp_path / "out.csv", date(2026, 12, 8)) == 9
    with (tmp_path / "out.csv").open(encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert (
        table[0]["event"] == "screen" and table[0]["session_start"] == "2026-12-08T10:00:00+00:00"
    )
    assert {row["language"] for row in table} == {"en", "es"}
    stats.close()


def test_an_unwritable_file_leaves_the_exhibit_without_statistics_not_stopped(tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    stats = VisitorStats(blocker / "s.db", keep_days=400)
    stats.event("screen", "home", "en")  # nothing raised
    stats.close()
    assert "the exhibit runs on without them" in caplog.text


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kiosk.visitor_stats import VisitorStats
    stats = VisitorStats(Path(sys.argv[1]), keep_days=400)
    n = 0
    while True:
        stats.event("screen", "remove-missiles", "en")
        n += 1
        print(n, flush=True)  # after the commit: this row is on disk
    """
)


def test_kill_9_during_a_burst_of_writes_loses_no_committed_row(tmp_path):
    database = tmp_path / "s.db"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    committed = 0
    for line in writer.stdout:
        committed = int(line)
        if committed >= 300:
            break
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    assert rows(database, "PRAGMA integrity_check") == [("ok",)]
    assert rows(database, "SELECT COUNT(*) FROM events")[0][0] >= committed
