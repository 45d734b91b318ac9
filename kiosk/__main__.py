# SPDX-License-Identifier: MIT
"""Command line: run the exhibit (default), validate, screens, screenshot, screenshots, stats."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__

if TYPE_CHECKING:  # imported lazily at run time: the CLI starts fast
    from kiosk.content import LoadResult
    from kiosk.content_choice import ContentChoice

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
COMMANDS = ("validate", "screens", "screenshot", "screenshots", "stats", "set-pin")


class UsageError(Exception):
    """Bad arguments or an unusable content folder: one line to stderr, exit 2."""


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"size must be WIDTHxHEIGHT, e.g. 1920x1080, not {text!r}"
        ) from exc
    if not (320 <= width <= 7680 and 320 <= height <= 7680):
        raise argparse.ArgumentTypeError(f"size {text} is outside 320–7680 pixels per side")
    return width, height


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"date must be YYYY-MM-DD, e.g. 1962-10-24, not {text!r}"
        ) from exc


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, never a usage dump
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    content = argparse.ArgumentParser(add_help=False)
    content.add_argument(
        "--content",
        type=Path,
        # Not repeated as None by a sub-command: `kiosk --content DIR screens` keeps DIR.
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="use this content pack instead of the bundled one",
    )
    parser = _Parser(
        prog="kiosk",
        parents=[content],
        description="Touch-screen exhibit: what did the US want during the Cuban Missile Crisis?",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--windowed", action="store_true", help="run in a window (development)")
    parser.add_argument("--size", type=_size, metavar="WxH", help="window size, e.g. 1920x1080")
    parser.add_argument("--lang", choices=("en", "es"), help="starting language")
    parser.add_argument(
        "--screen", metavar="NAME", help="start on this screen (`kiosk screens` lists them)"
    )
    parser.add_argument(
        "--play", action="store_true", help="with --screen map: start the timeline playing"
    )
    parser.add_argument(
        "--supervise",
        action="store_true",
        help="keep the exhibit running: restart it after a crash or a freeze (Windows; on "
        "Linux systemd does this)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check content, settings, fonts and QML; render every screen offscreen; print JSON",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    sub.add_parser("validate", parents=[content], help="check the content pack")
    sub.add_parser("screens", parents=[content], help="list every screen name")
    shot = sub.add_parser("screenshot", parents=[content], help="render one screen to PNG")
    shot.add_argument("--screen", required=True)
    shot.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    shot.add_argument("--lang", choices=("en", "es"), default=None)
    shot.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH")
    shot.add_argument(
        "--map-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="with --screen map: the map as it stands late on this date",
    )
    shot.add_argument("--card", metavar="ID", help="with --screen map: this item's card open")
    shot.add_argument("--sources", action="store_true", help="with a panel: its sources sheet open")
    shots = sub.add_parser(
        "screenshots", parents=[content], help="every screen in every language, plus index.html"
    )
    shots.add_argument("directory", type=Path, metavar="DIR")
    shots.add_argument(
        "--size",
        type=_size,
        action="append",
        metavar="WxH",
        help="repeatable; default 1920x1080, 1366x768 and 1080x1920",
    )
    stats = sub.add_parser("stats", help="visitor statistics: a summary, or every event as CSV")
    stats.add_argument(
        "--since", type=_date, metavar="YYYY-MM-DD", help="from this day (default: 30 days ago)"
    )
    stats.add_argument("--csv", type=Path, metavar="FILE", help="write every event to FILE")
    stats.add_argument(
        "--database",
        type=Path,
        metavar="FILE",
        help="a statistics file copied from another exhibit (default: this machine's)",
    )
    sub.add_parser(
        "set-pin",
        help="set the staff PIN (asked at the terminal; needs the right to write settings)",
    )
    return parser


def _set_pin(_args: argparse.Namespace) -> int:
    from kiosk.config import settings_path
    from kiosk.set_pin import set_pin

    code, message = set_pin(settings_path())
    print(message, file=sys.stderr if code else sys.stdout)
    return code


def _stats(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from kiosk import paths
    from kiosk.visitor_stats import VisitorStats

    database = args.database or paths.statistics_file()
    if not database.is_file():
        raise UsageError(f"no statistics at {database} yet (the exhibit writes them as it runs)")
    since = args.since or date.today() - timedelta(days=30)
    stats = VisitorStats(database, keep_days=0, read_only=True)
    try:
        if args.csv is not None:
            count = stats.export_csv(args.csv, since)
            print(f"{count} event(s) since {since.isoformat()} written to {args.csv}")
        else:
            print("\n".join(stats.summary(since).lines()))
    finally:
        stats.close()
    return EXIT_OK


def _choose(content: Path | None) -> ContentChoice:
    """--content, else the settings file's `content`, else the pack shipped with the exhibit."""
    from kiosk.content_choice import ContentDirError, choose_content

    try:
        return choose_content(content)
    except ContentDirError as exc:
        raise UsageError(str(exc)) from exc


def _load(content: Path | None) -> LoadResult:
    return _choose(content).result


def _validate(args: argparse.Namespace) -> int:
    """The settings file, then the content pack, each under its own heading."""
    choice = _choose(args.content)
    settings, result = choice.settings, choice.result
    counted = args.content is None  # a pack checked elsewhere is not failed by this machine
    state = "not found: every setting has its default" if not settings.exists else "ok"
    if settings.problems:
        state = f"{len(settings.problems)} problem(s); each bad setting uses its default"
        if not counted:
            state += " (not counted: --content names the pack to check)"
    print(f"Settings {settings.path}: {state}")
    for problem in settings.problems:
        print(problem.format())
    errors, warnings = len(result.errors), len(result.warnings)
    print(
        f"Content pack {result.pack.root} ({choice.origin}): {errors} error(s), "
        f"{warnings} warning(s), {len(result.pack.panel_ids)} panel(s) shown"
    )
    for problem in result.problems:
        print(problem.format(Path.cwd()))
    failed = errors or (counted and settings.problems)
    return EXIT_INVALID if failed else EXIT_OK


def _screens(args: argparse.Namespace) -> int:
    from kiosk.screens import ScreenList

    for name in ScreenList(_load(args.content).pack).names():
        print(name)
    return EXIT_OK


def _render(args: argparse.Namespace) -> int:
    from kiosk.screens import MAP
    from kiosk.screenshots import (
        REFERENCE_SIZES,
        Shot,
        contact_sheet,
        every_shot,
        map_moment,
        render,
        use_offscreen_platform,
    )

    result = _load(args.content)
    if args.command == "screenshot":
        _check_screen(result, args.screen)
        language = args.lang or result.pack.default_language
        if language not in result.pack.languages:
            raise UsageError(f"language {language!r} is not in this content pack")
        if (args.map_date or args.card) and args.screen != MAP:
            raise UsageError("--map-date and --card go with --screen map")
        if args.sources and args.screen not in result.pack.panel_ids:
            raise UsageError("--sources goes with a panel's screen")
        try:
            map_at = map_moment(result.pack, args.map_date, args.card or "")
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        shots = [Shot(args.screen, language, args.size, args.out, map_at, args.sources)]
    else:
        shots = every_shot(result.pack, args.directory, args.size or list(REFERENCE_SIZES))
    use_offscreen_platform()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0]])  # noqa: F841 - must outlive the render
    render(result, shots)
    if args.command == "screenshots":
        print(contact_sheet(shots, args.directory))
    return EXIT_OK


def _check_screen(result: LoadResult, screen: str) -> None:
    from kiosk.screens import ScreenList

    if screen not in ScreenList(result.pack).names():
        raise UsageError(f"unknown screen {screen!r}; `kiosk screens` lists them")


def _run(args: argparse.Namespace) -> int:
    if args.self_test:
        from kiosk.self_test import self_test

        return self_test(_choose(args.content))
    from kiosk.runner import run

    choice = _choose(args.content)
    if args.screen:
        _check_screen(choice.result, args.screen)
    if args.play and args.screen != "map":
        raise UsageError("--play goes with --screen map")
    return run(
        choice,
        language=args.lang,
        windowed=args.windowed,
        size=args.size,
        screen=args.screen,
        play=args.play,
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parser().parse_args(argv)
        args.content = getattr(args, "content", None)
        if getattr(args, "supervise", False):
            from kiosk.supervisor import supervise

            return supervise(argv)
        handler = {
            "validate": _validate,
            "screens": _screens,
            "screenshot": _render,
            "screenshots": _render,
            "stats": _stats,
            "set-pin": _set_pin,
        }.get(args.command, _run)
        return handler(args)
    except UsageError as exc:
        print(f"kiosk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # a defect: one line here, the traceback in the log file
        from kiosk.logs import log_to_file

        where = log_to_file()
        logging.getLogger("kiosk").exception("unexpected failure")
        print(f"kiosk: error: {type(exc).__name__}: {exc} (details in {where})", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
