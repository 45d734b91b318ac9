# SPDX-License-Identifier: MIT
"""A stand-in for the exhibit under tests/backend/test_supervisor.py, speaking its side of the
supervisor's contract as told: `fake_exhibit.py RUNS_FILE PLAN...`, where PLAN says, for the
first run, the second and so on (the last repeats): "crash" (exit 1 at once), "staff" (ready,
then exit 75), "restart" (ready, then exit 0), "silent" (never ready), "freeze" (ready, one
beat, then silence)."""

import os
import socket
import sys
import threading
from pathlib import Path

runs_file = Path(sys.argv[1])
plans = sys.argv[2:]
runs = int(runs_file.read_text()) if runs_file.exists() else 0
runs_file.write_text(str(runs + 1))
plan = plans[min(runs, len(plans) - 1)]
host, _, port = os.environ["NOTIFY_SOCKET"].removeprefix("udp:").rpartition(":")


def tell(message: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.sendto(message.encode(), (host, int(port)))


if plan == "crash":
    sys.exit(1)
if plan != "silent":
    tell("READY=1")
if plan == "staff":
    sys.exit(75)
if plan == "restart":
    sys.exit(0)
if plan == "freeze":
    tell("WATCHDOG=1")
threading.Event().wait(600)  # silent or frozen, until the supervisor acts
