# SPDX-License-Identifier: MIT
"""The staff PIN: a salted slow hash, never the PIN itself; five wrong tries lock the pad for
five minutes, across a restart; `kiosk set-pin` writes the hash and keeps the rest of the file."""

from __future__ import annotations

import pytest

from kiosk.set_pin import set_pin, with_pin_hash
from kiosk.staff_pin import LOCK_SECONDS, TRIES, PinLock, hash_pin, pin_matches


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_the_pin_is_kept_only_as_a_salted_scrypt_hash():
    stored = hash_pin("2468")
    assert stored.startswith("scrypt$16384$8$1$") and "2468" not in stored
    assert pin_matches("2468", stored) and not pin_matches("2469", stored)
    assert hash_pin("2468") != stored  # a new salt each time
    with pytest.raises(ValueError):
        hash_pin("12")


def test_five_wrong_pins_lock_the_pad_for_five_minutes_even_after_a_restart(tmp_path):
    clock = Clock()
    state = tmp_path / "staff-lock.json"
    lock = PinLock(hash_pin("2468"), state, clock)
    for attempt in range(1, TRIES):
        verdict = lock.check("0000")
        assert not verdict.ok and verdict.tries_left == TRIES - attempt
    assert lock.check("0000").locked_for == LOCK_SECONDS
    restarted = PinLock(lock.stored, state, clock)  # the exhibit restarted meanwhile
    assert restarted.check("2468").locked_for > 0  # even the right PIN waits
    clock.now += LOCK_SECONDS
    assert restarted.check("2468").ok
    assert restarted.status().tries_left == TRIES


def test_without_a_pin_staff_mode_is_off(tmp_path):
    lock = PinLock(None, tmp_path / "staff-lock.json")
    assert not lock.enabled and not lock.check("0000").ok


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("", '\n[staff]\npin_hash = "H"\n'),
        ('language = "es"\n', 'language = "es"\n\n[staff]\npin_hash = "H"\n'),
        (
            '[staff]\npin_hash = "old"\n[idle]\ntimeout_s = 60\n',
            '[staff]\npin_hash = "H"\n[idle]\ntimeout_s = 60\n',
        ),
        (
            "[staff]  # the staff PIN\n[idle]\ntimeout_s = 60\n",
            '[staff]  # the staff PIN\npin_hash = "H"\n[idle]\ntimeout_s = 60\n',
        ),
    ],
)
def test_set_pin_writes_the_hash_under_staff_and_keeps_every_other_line(before, after):
    assert with_pin_hash(before, "H") == after


def test_set_pin_asks_twice_and_never_writes_a_mistyped_pin(tmp_path):
    from kiosk.config import load_settings

    settings = tmp_path / "settings.toml"
    answers = iter(["2468", "2469"])
    code, message = set_pin(settings, lambda _prompt: next(answers))
    assert code == 2 and "differ" in message and not settings.exists()
    answers = iter(["2468", "2468"])
    code, message = set_pin(settings, lambda _prompt: next(answers))
    assert code == 0
    stored = load_settings(settings).settings.staff.pin_hash
    assert stored is not None and pin_matches("2468", stored)
