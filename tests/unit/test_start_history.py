# SPDX-License-Identifier: MIT
"""The start history: three starts in a minute that ended without a goodbye make the next start
a rest, rests in a row grow longer, and a damaged history never stops the exhibit."""

from __future__ import annotations

import json
from datetime import datetime

from kiosk.start_history import (
    CRASHES,
    FIRST_REST_S,
    LONGEST_REST_S,
    REST_MEMORY_S,
    WINDOW_S,
    StartHistory,
)


class Clock:
    def __init__(self) -> None:
        # Noon, so "today" does not turn over during a test.
        self.now = datetime(2026, 12, 7, 12, 0).timestamp()

    def __call__(self) -> float:
        return self.now


def crash_loop(history: StartHistory, clock: Clock, times: int = CRASHES) -> None:
    for _ in range(times):
        history.begin()  # and never end(): killed, segfaulted, frozen and restarted
        clock.now += 2


def test_a_first_start_runs_the_exhibit(tmp_path):
    verdict = StartHistory(tmp_path / "starts.json", Clock()).begin()
    assert (verdict.rest_s, verdict.recent_crashes, verdict.restarts_today) == (0, 0, 0)


def test_three_crashes_in_a_minute_make_the_next_start_rest(tmp_path):
    clock = Clock()
    history = StartHistory(tmp_path / "starts.json", clock)
    crash_loop(history, clock, CRASHES - 1)
    assert history.begin().rest_s == 0  # two crashes: still trying
    clock.now += 2
    verdict = StartHistory(tmp_path / "starts.json", clock).begin()
    assert verdict.rest_s == FIRST_REST_S
    assert verdict.recent_crashes == CRASHES


def test_starts_that_ended_on_purpose_are_not_crashes(tmp_path):
    clock = Clock()
    for _ in range(CRASHES + 2):  # staff restarts, one after another
        history = StartHistory(tmp_path / "starts.json", clock)
        history.begin()
        history.end()
        clock.now += 2
    verdict = StartHistory(tmp_path / "starts.json", clock).begin()
    assert verdict.rest_s == 0
    assert verdict.restarts_today == CRASHES + 2


def test_crashes_spread_over_more_than_a_minute_do_not_rest(tmp_path):
    clock = Clock()
    history = StartHistory(tmp_path / "starts.json", clock)
    for _ in range(CRASHES + 1):
        history.begin()
        clock.now += WINDOW_S / 2 + 1
    assert StartHistory(tmp_path / "starts.json", clock).begin().rest_s == 0


def test_rests_in_a_row_grow_longer_up_to_the_longest(tmp_path):
    clock = Clock()
    rests = []
    for _ in range(6):
        crash_loop(StartHistory(tmp_path / "starts.json", clock), clock)
        history = StartHistory(tmp_path / "starts.json", clock)
        rests.append(history.begin().rest_s)
        clock.now += rests[-1]
        history.end()  # the rest is over, cleanly
        clock.now += 1
    assert rests == [FIRST_REST_S, 2 * FIRST_REST_S, 4 * FIRST_REST_S, 8 * FIRST_REST_S,
                     LONGEST_REST_S, LONGEST_REST_S]  # fmt: skip
    # A good day later, a new crash loop starts again from the first rest.
    clock.now += REST_MEMORY_S
    crash_loop(StartHistory(tmp_path / "starts.json", clock), clock)
    assert StartHistory(tmp_path / "starts.json", clock).begin().rest_s == FIRST_REST_S


def test_restarts_today_leave_out_yesterday(tmp_path):
    clock = Clock()
    history = StartHistory(tmp_path / "starts.json", clock)
    history.begin()
    history.end()
    clock.now += 86400  # the next day's first start is no restart
    history = StartHistory(tmp_path / "starts.json", clock)
    assert history.begin().restarts_today == 0
    history.end()
    clock.now += 3600
    assert StartHistory(tmp_path / "starts.json", clock).begin().restarts_today == 1


def test_a_damaged_history_is_started_afresh_and_logged(tmp_path, caplog):
    path = tmp_path / "starts.json"
    path.write_text('{"starts": [{"at": "yesterday"}, 12', encoding="utf-8")
    verdict = StartHistory(path, Clock()).begin()
    assert verdict.rest_s == 0
    assert "start history" in caplog.text and str(path) in caplog.text
    assert len(json.loads(path.read_text(encoding="utf-8"))["starts"]) == 1


def test_an_unwritable_history_still_lets_the_exhibit_run(tmp_path, caplog):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    history = StartHistory(blocked / "starts.json", Clock())  # its folder is a file
    assert history.begin().rest_s == 0
    history.end()
    assert "not saved" in caplog.text
