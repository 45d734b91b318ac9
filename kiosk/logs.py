# SPDX-License-Identifier: MIT
"""Where the exhibit's log goes: a rotating file in the platform's log folder (docs/OPERATIONS.md),
and the terminal for developers. No Qt here: the supervisor logs too."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from kiosk import paths

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def file_handler(name: str = "kiosk.log") -> logging.Handler:
    """A rotating log file in the platform log folder (raises OSError if not writable)."""
    paths.log_dir().mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / name, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    return handler


def log_to_file() -> str:
    """Send the kiosk's log to its rotating file only (never to the terminal); returns where."""
    logger = logging.getLogger("kiosk")
    logger.propagate = False
    try:
        logger.addHandler(file_handler())
    except OSError:
        return "no log file: the log folder is not writable"
    return str(paths.log_dir() / "kiosk.log")


def setup_logging() -> None:
    """Log to a rotating file in the platform log folder, and to stderr for developers."""
    # The Windows GUI build has no stderr at all.
    handlers: list[logging.Handler] = [logging.StreamHandler()] if sys.stderr else []
    try:
        handlers.append(file_handler())
    except OSError as exc:  # a read-only disk must not stop the exhibit
        if sys.stderr:
            print(f"kiosk: logging to stderr only ({exc})", file=sys.stderr)
    logging.basicConfig(level=logging.INFO, handlers=handlers, format=_FORMAT)
