# SPDX-License-Identifier: MIT
"""The staff PIN: stored only as a salted, slow hash, checked with a lockout that survives a
restart (five wrong tries lock the pad for five minutes).

The hash is scrypt (RFC 7914) with its cost written beside it, "scrypt$N$r$p$salt$hash", so a
later release can raise the cost and still read an older PIN.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

COST = (2**14, 8, 1)  # N, r, p: about 50 ms and 16 MB per check here
TRIES = 5
LOCK_SECONDS = 5 * 60
PIN_FORM = re.compile(r"^\d{4,8}$")


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """The stored form of `pin` (4 to 8 digits)."""
    if not PIN_FORM.match(pin):
        raise ValueError("a PIN is 4 to 8 digits")
    salt = salt or os.urandom(16)
    n, r, p = COST
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        tried = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(tried.hex(), digest)


@dataclass
class Verdict:
    ok: bool
    tries_left: int
    locked_for: int  # seconds; 0 when the pad is open


class PinLock:
    """Checks PINs against `stored`, counting wrong tries in `state_file` (the data folder)."""

    def __init__(
        self, stored: str | None, state_file: Path, clock: Callable[[], float] = time.time
    ) -> None:
        self.stored = stored
        self._file = state_file
        self._clock = clock

    @property
    def enabled(self) -> bool:
        return bool(self.stored)

    def _state(self) -> dict:
        try:
            return json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _save(self, state: dict) -> None:
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            partial = self._file.with_suffix(".part")
            partial.write_text(json.dumps(state), encoding="utf-8")
            partial.replace(self._file)  # whole or not at all, even at a power cut
        except OSError as exc:
            log.error("staff PIN lock state %s cannot be written (%s)", self._file, exc)

    def status(self) -> Verdict:
        state = self._state()
        left = max(0, int(state.get("locked_until", 0) - self._clock()))
        return Verdict(False, TRIES - state.get("failures", 0) if not left else 0, left)

    def check(self, pin: str) -> Verdict:
        status = self.status()
        if not self.enabled or status.locked_for:
            return status
        if pin_matches(pin, self.stored or ""):
            self._save({})
            log.info("staff: PIN accepted")
            return Verdict(True, TRIES, 0)
        failures = self._state().get("failures", 0) + 1
        if failures >= TRIES:
            self._save({"failures": 0, "locked_until": self._clock() + LOCK_SECONDS})
            log.warning("staff: %d wrong PINs; the pad is locked for %d s", TRIES, LOCK_SECONDS)
            return Verdict(False, 0, LOCK_SECONDS)
        self._save({"failures": failures})
        log.warning("staff: wrong PIN (%d of %d)", failures, TRIES)
        return Verdict(False, TRIES - failures, 0)
