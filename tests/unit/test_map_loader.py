# SPDX-License-Identifier: MIT
"""The map files of a content pack, broken on purpose: each problem names the file, the line and
the field a curator must open and says how to mend it; what is valid stays on the map."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kiosk.__main__ import main
from kiosk.content import Severity, load_pack
from kiosk.content.map_schema import REGION
from kiosk.screens import ScreenList
from tests.conftest import TEST_PACK
from tests.unit.test_loader import LINE_FORMAT, messages, only_problem, replace_in

# The test pack's map (tests/data/pack/map): what a fresh copy holds.
ITEMS = {
    "test-city",
    "test-site",
    "test-ring",
    "test-arc",
    "test-freighter",
    "test-destroyer",
    "test-hail",
}
PANELS = ("alpha", "beta", "ending")

ANOTHER_EVENT = """
[[events]]
id = "test-second"
at = 1962-10-26T12:00:00Z
ship = "test-destroyer"
icon = "boarding"
sources = ["T3-d4"]
"""


# --- helpers ---------------------------------------------------------------------------------


def map_file(pack: Path, name: str = "map") -> Path:
    return pack / "map" / f"{name}.toml"


def line_with(path: Path, needle: str, after: str | None = None) -> int:
    """The number of the first line holding `needle` (below the line holding `after`): the
    line a curator should be sent to, found in the text rather than hard-coded."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = 0
    if after is not None:
        start = next(i for i, line in enumerate(lines) if after in line) + 1
    return next(i for i, line in enumerate(lines[start:], start + 1) if needle in line)


def drop_table(path: Path, header: str) -> None:
    """Remove every `[header]` (or `[[header]]`) with its keys, up to the next table."""
    text = path.read_text(encoding="utf-8")
    pattern = rf"^\[{{1,2}}{re.escape(header)}\]{{1,2}}\n(?:(?!\[).*\n?)*"
    new, count = re.subn(pattern, "", text, flags=re.MULTILINE)
    assert count, f"[{header}] not in {path}"
    path.write_text(new, encoding="utf-8")


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write(text)


def map_ids(result) -> set[str]:
    assert result.pack.map is not None, messages(result)
    return set(result.pack.map.item_ids())


def assert_clear(problem, path: Path, line: int | None, field: str) -> None:
    """What the curator reads first: which file, which line, which field, and a fix."""
    assert (problem.path, problem.line, problem.field) == (path, line, field), problem.format()
    assert problem.problem and problem.fix
    assert "see docs/CONTENT.md for the expected form" not in problem.fix  # a fix, not a pointer


# --- the good pack -----------------------------------------------------------------------------


def test_the_test_pack_map_loads_whole():
    result = load_pack(TEST_PACK)
    assert result.problems == ()
    content = result.pack.map
    assert set(content.item_ids()) == ITEMS
    assert [m.id for m in content.moments] == ["test-moment"]
    assert set(content.views) == {"region", "cuba"}
    assert content.entry("es").title != content.entry("en").title
    assert len(content.captions_in("en")) == 2


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "file, old, new, field, left_out",
    [
        (
            "map",
            "{ at = 1962-10-14T06:00:00Z, lat = 34.0",
            "{ at = 1962-10-13T06:00:00Z, lat = 34.0",
            "ships[1].track[1].at",
            {"test-freighter", "test-hail"},  # the event on that ship goes with it
        ),
        (
            "map",
            "at = 1962-10-25T12:00:00Z\nship",
            "at = 1962-11-21T12:00:00Z\nship",
            "events[1].at",
            {"test-hail"},
        ),
        (
            "map",
            "known_from = 1962-10-22",
            "known_from = 1962-09-22",
            "rings[1].known_from",
            {"test-ring"},
        ),
        ("en", "from = 1962-10-24", "from = 1962-12-24", "captions[2].from", set()),
    ],
)
def test_a_date_outside_the_timeline_is_named_with_its_line(
    pack_copy, file, old, new, field, left_out
):
    path = map_file(pack_copy, file)
    replace_in(path, old, new)
    result = load_pack(pack_copy)
    problem = result.errors[0]
    assert_clear(problem, path, line_with(path, new.splitlines()[0]), field)
    assert "outside the map's 14 October – 20 November 1962" in problem.problem
    assert "1962-10-14 to 1962-11-20" in problem.fix
    assert map_ids(result) == ITEMS - left_out
    assert result.pack.panel_ids == PANELS
    if file == "en":  # the other caption still runs the timeline
        assert [c.text for c in result.pack.map.captions_in("en")] == [
            "Test caption one in English."
        ]


def test_the_timeline_runs_on_washington_days(pack_copy):
    """A date alone is that day; 02:00 GMT on the 14th is still the 13th in Washington."""
    path = map_file(pack_copy)
    replace_in(path, "known_from = 1962-10-16", "known_from = 1962-10-14")
    replace_in(path, "known_from = 1962-10-22", "known_from = 1962-11-20")
    replace_in(path, "effective = 1962-10-24T14:00:00Z", "effective = 1962-10-14T02:00:00Z")
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert problem.field == "arc.effective"
    assert "(Washington time)" in problem.problem
    assert map_ids(result) == ITEMS - {"test-arc"}


def test_a_time_without_its_zone_asks_for_one(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, "at = 1962-10-25T12:00:00Z\nship", "at = 1962-10-25T12:00:00\nship")
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(
        problem, path, line_with(path, "at = 1962-10-25T12:00:00", "[[events]]"), "events[1].at"
    )
    assert "without its zone" in problem.problem
    assert "Z" in problem.fix and "-04:00" in problem.fix
    assert map_ids(result) == ITEMS - {"test-hail"}


@pytest.mark.parametrize("value", ['"16 October 1962"', '"1962-10-16"', "16", "12:00:00"])
def test_something_that_is_not_a_date(pack_copy, value):
    path = map_file(pack_copy)
    replace_in(path, "known_from = 1962-10-16", f"known_from = {value}")
    result = load_pack(pack_copy)
    problem = result.errors[0]
    assert_clear(problem, path, line_with(path, "known_from = "), "sites[1].known_from")
    assert problem.problem == "is not a date"
    assert "without quotes" in problem.fix and "1962-10-24" in problem.fix
    # The site goes, its ring with it (with a message of its own: see below); the rest stays.
    assert map_ids(result) == ITEMS - {"test-site", "test-ring"}


# --- positions ------------------------------------------------------------------------------


def test_a_longitude_with_its_sign_slipped_is_off_the_map(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, "lon = -83.051", "lon = 83.051")
    result = load_pack(pack_copy)
    site, ring = result.errors
    assert_clear(site, path, line_with(path, "lon = 83.051"), "sites[1].lon")
    assert site.problem == "is 83.051, off the map, which covers longitude -125 to -45"
    assert "sign" in site.fix and "negative" in site.fix
    # The ring round that site cannot be drawn: it says why, and where to look.
    assert_clear(ring, path, line_with(path, 'site = "test-site"'), "rings[1].site")
    assert "test-site" in ring.problem and "sites[1]" in ring.problem
    assert "left out" in ring.fix
    assert result.warnings == []  # no echo from the language files
    assert map_ids(result) == ITEMS - {"test-site", "test-ring"}


def test_a_latitude_off_the_map(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, "lat = 38.9", "lat = -80.0")
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, "lat = -80.0"), "places[1].lat")
    assert problem.problem == "is -80, off the map, which covers latitude -20 to 66"
    assert map_ids(result) == ITEMS - {"test-city"}


def test_a_point_in_a_track_off_the_map_names_that_point(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, "lat = 25.0, lon = -77.0", "lat = 25.0, lon = 77.0")
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, "lon = 77.0"), "ships[2].track[1].lon")
    assert "off the map" in problem.problem
    assert map_ids(result) == ITEMS - {"test-destroyer"}


def test_the_region_edges_are_on_the_map(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, "lat = 38.9", f"lat = {REGION['north']}")
    replace_in(path, "lon = -77.0", f"lon = {REGION['west']}")
    replace_in(path, "lat = 22.717", f"lat = {REGION['south']}")
    replace_in(path, "lon = -83.051", f"lon = {REGION['east']}")
    result = load_pack(pack_copy)
    assert result.problems == ()


# --- tracks ---------------------------------------------------------------------------------


@pytest.mark.parametrize("when", ["1962-10-26T00:00:00Z", "1962-10-24T00:00:00Z"])
def test_a_track_out_of_date_order_names_the_point(pack_copy, when):
    path = map_file(pack_copy)
    # The third point is now earlier than (or as early as) the second.
    replace_in(path, "{ at = 1962-10-24T00:00:00Z, lat = 28.0", f"{{ at = {when}, lat = 28.0")
    replace_in(
        path, "{ at = 1962-10-25T00:00:00Z, lat = 27.5", "{ at = 1962-10-24T00:00:00Z, lat = 27.5"
    )
    result = load_pack(pack_copy)
    ship, event = result.errors
    assert_clear(ship, path, line_with(path, "lat = 27.5"), "ships[1].track[3]")
    assert ship.problem == "is not later than the point before it"
    assert "time order" in ship.fix
    # The event on that ship is left out too, and says why.
    assert_clear(event, path, line_with(path, 'ship = "test-freighter"'), "events[1].ship")
    assert map_ids(result) == ITEMS - {"test-freighter", "test-hail"}
    assert [s.id for s in result.pack.map.ships] == ["test-destroyer"]


def test_an_exact_position_needs_a_source(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'exact = true, source = "T3-d4"', "exact = true")
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, "exact = true"), "ships[2].track[2]")
    assert "exact position" in problem.problem and "no source" in problem.problem
    assert "source = " in problem.fix and "exact = true" in problem.fix
    assert map_ids(result) == ITEMS - {"test-destroyer"}


def test_an_approximate_position_needs_no_source(pack_copy):
    replace_in(map_file(pack_copy), 'exact = true, source = "T3-d4"', "exact = false")
    assert load_pack(pack_copy).problems == ()


def test_an_empty_track_is_refused(pack_copy):
    path = map_file(pack_copy)
    text = path.read_text(encoding="utf-8")
    start = text.index("track = [", text.index('id = "test-destroyer"'))
    end = text.index("]\n", text.index("source = ", start)) + 2
    path.write_text(text[:start] + "track = []\n" + text[end:], encoding="utf-8")
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert (problem.field, problem.line) == ("ships[2].track", line_with(path, "track = []"))
    assert map_ids(result) == ITEMS - {"test-destroyer"}


# --- sources --------------------------------------------------------------------------------


def test_an_unknown_source_on_an_item_keeps_the_item(pack_copy):
    path = map_file(pack_copy)
    replace_in(
        path,
        'sources = ["T2"]\npanels = ["alpha", "beta"]',
        'sources = ["T9"]\npanels = ["alpha", "beta"]',
    )
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, 'sources = ["T9"]'), "ships[1].sources")
    assert "source T9 is not in sources.toml" in problem.problem
    assert "unavailable" in problem.problem and "sources.toml" in problem.fix
    assert map_ids(result) == ITEMS  # the citation is damaged, not the ship


def test_an_unknown_source_on_a_track_point_names_that_point(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'source = "T3-d4"', 'source = "T8"')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, 'source = "T8"'), "ships[2].track[2].source")
    assert "source T8 is not in sources.toml" in problem.problem
    assert map_ids(result) == ITEMS


def test_a_missing_source_is_reported_once_where_it_is_first_cited(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'sources = ["T1"]\npanels = ["alpha"]', 'sources = ["T9"]\npanels = ["alpha"]')
    replace_in(
        path,
        'sources = ["T2"]\npanels = ["alpha", "beta"]',
        'sources = ["T9"]\npanels = ["alpha", "beta"]',
    )
    replace_in(path, 'source = "T3-d4"', 'source = "T9"')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, 'sources = ["T9"]'), "sites[1].sources")
    assert "cited 2 more time(s) too" in problem.problem


def test_a_source_missing_from_a_panel_and_the_map_is_reported_at_the_panel(pack_copy):
    panel = pack_copy / "en" / "beta.toml"
    replace_in(panel, 'sources = ["T2", "T1"]', 'sources = ["T2", "T9"]')
    replace_in(
        map_file(pack_copy),
        'sources = ["T1"]\npanels = ["alpha"]',
        'sources = ["T9"]\npanels = ["alpha"]',
    )
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert (problem.path, problem.field) == (panel, "facts[2].sources")
    assert "cited 1 more time(s) too" in problem.problem


# --- the language files ---------------------------------------------------------------------


def test_an_item_without_default_text_is_left_off_the_map(pack_copy):
    drop_table(map_file(pack_copy, "en"), "items.test-city")
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, map_file(pack_copy, "en"), None, "items.test-city")
    assert "no en text" in problem.problem and "left off the map" in problem.problem
    assert "[items.test-city]" in problem.fix
    assert map_ids(result) == ITEMS - {"test-city"}
    assert result.warnings == []  # its Spanish text is not also called "unused"


def test_a_site_without_default_text_takes_its_ring_and_says_so(pack_copy):
    drop_table(map_file(pack_copy, "en"), "items.test-site")
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert problem.field == "items.test-site"
    assert "test-ring" in problem.problem
    assert map_ids(result) == ITEMS - {"test-site", "test-ring"}


def test_a_highlight_left_off_the_map_goes_from_the_moment(pack_copy):
    drop_table(map_file(pack_copy, "en"), "items.test-freighter")
    result = load_pack(pack_copy)
    # The freighter and its event are left off; the moment still shows the arc.
    assert map_ids(result) == ITEMS - {"test-freighter", "test-hail"}
    assert "test-hail" in only_problem(result).problem
    assert result.pack.map.moments[0].highlight == ("test-arc",)


def test_an_untranslated_item_is_a_warning_and_falls_back(pack_copy):
    drop_table(map_file(pack_copy, "es"), "items.test-city")
    result = load_pack(pack_copy)
    assert result.errors == []
    warning = only_problem(result, Severity.WARNING)
    assert_clear(warning, map_file(pack_copy, "es"), None, "items")
    assert "1 item(s) have no es text (test-city)" in warning.problem
    assert "visitors see the en text" in warning.problem
    content = result.pack.map
    assert map_ids(result) == ITEMS
    assert content.text("es", "test-city") == content.text("en", "test-city")
    assert content.text("es", "test-site") != content.text("en", "test-site")


def test_an_untranslated_moment_is_a_warning_and_falls_back(pack_copy):
    drop_table(map_file(pack_copy, "es"), "moments.test-moment")
    result = load_pack(pack_copy)
    assert result.errors == []
    assert "(test-moment)" in only_problem(result, Severity.WARNING).problem
    content = result.pack.map
    assert content.moment_text("es", "test-moment") == content.moment_text("en", "test-moment")


def test_a_moment_without_default_text_is_a_warning(pack_copy):
    drop_table(map_file(pack_copy, "en"), "moments.test-moment")
    result = load_pack(pack_copy)
    assert result.errors == []
    warning = only_problem(result, Severity.WARNING)
    assert_clear(warning, map_file(pack_copy, "en"), None, "moments.test-moment")
    assert "[moments.test-moment]" in warning.fix
    assert [m.id for m in result.pack.map.moments] == ["test-moment"]


def test_a_missing_entry_is_a_warning_and_home_names_the_map_generally(pack_copy):
    drop_table(map_file(pack_copy, "en"), "entry")
    result = load_pack(pack_copy)
    assert result.errors == []
    warning = only_problem(result, Severity.WARNING)
    assert_clear(warning, map_file(pack_copy, "en"), None, "entry")
    assert "[entry]" in warning.problem and "title" in warning.fix
    assert result.pack.map.entry("en") is None
    assert result.pack.map.entry("es") is not None


def test_an_untranslated_entry_is_a_warning_and_falls_back(pack_copy):
    drop_table(map_file(pack_copy, "es"), "entry")
    result = load_pack(pack_copy)
    assert result.errors == []
    warning = only_problem(result, Severity.WARNING)
    assert_clear(warning, map_file(pack_copy, "es"), None, "entry")
    assert result.pack.map.entry("es") == result.pack.map.entry("en")


def test_a_broken_entry_names_its_field(pack_copy):
    path = map_file(pack_copy, "en")
    replace_in(path, 'title = "Test map entry"', 'titel = "Test map entry"')
    result = load_pack(pack_copy)
    fields = {p.field: p for p in result.errors}
    assert set(fields) == {"entry.titel", "entry.title"}
    assert fields["entry.titel"].line == line_with(path, "titel = ")
    assert fields["entry.title"].line == line_with(path, "[entry]")
    assert result.pack.map.entry("en") is None
    assert "[entry]" in only_problem(result, Severity.WARNING).problem


def test_missing_captions_are_a_warning_and_the_timeline_shows_dates(pack_copy):
    path = map_file(pack_copy, "en")
    drop_table(path, "captions")
    result = load_pack(pack_copy)
    assert result.errors == []
    warning = only_problem(result, Severity.WARNING)
    assert_clear(warning, path, None, "captions")
    assert "dates only" in warning.problem and "[[captions]]" in warning.fix
    assert result.pack.map.captions_in("en") == ()


def test_untranslated_captions_fall_back(pack_copy):
    path = map_file(pack_copy, "es")
    drop_table(path, "captions")
    result = load_pack(pack_copy)
    assert result.errors == []
    assert only_problem(result, Severity.WARNING).field == "captions"
    assert result.pack.map.captions_in("es") == result.pack.map.captions_in("en")


def test_a_missing_translation_file_is_one_warning(pack_copy):
    map_file(pack_copy, "es").unlink()
    result = load_pack(pack_copy)
    assert result.errors == []
    warning = only_problem(result, Severity.WARNING)
    assert_clear(warning, map_file(pack_copy, "es"), None, "")
    assert warning.problem == "file is missing" and "visitors see the en" in warning.fix
    assert result.pack.map.text("es", "test-city").name == "Test City"


def test_a_default_language_file_that_cannot_be_read_leaves_the_map_out(pack_copy):
    path = map_file(pack_copy, "en")
    replace_in(path, 'name = "Test City"', 'name = "Test City')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, 'name = "Test City'), "")
    assert "not valid TOML" in problem.problem
    assert result.pack.map is None
    assert result.pack.panel_ids == PANELS


def test_text_for_an_id_not_on_the_map_is_a_warning(pack_copy):
    path = map_file(pack_copy, "en")
    append(
        path,
        '\n[items.test-nowhere]\nname = "Nowhere"\nlabel = "No place"\ntext = "Not on the map."\n',
    )
    result = load_pack(pack_copy)
    assert result.errors == []
    warning = only_problem(result, Severity.WARNING)
    assert_clear(warning, path, line_with(path, "[items.test-nowhere]"), "items.test-nowhere")
    assert "not in map.toml" in warning.problem


def test_an_item_text_too_long_names_its_line(pack_copy):
    path = map_file(pack_copy, "en")
    replace_in(path, 'name = "Test City"', 'name = "' + "word " * 9 + '"')
    result = load_pack(pack_copy)
    problem = result.errors[0]
    assert_clear(problem, path, line_with(path, "word word"), "items.test-city.name")
    assert "9 words" in problem.problem and "8" in problem.fix
    assert map_ids(result) == ITEMS - {"test-city"}


# --- ships, events, rings, ids ---------------------------------------------------------------


def test_a_broken_ship_is_left_out_and_its_event_says_why(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'side = "soviet"', 'side = "sovietic"')
    result = load_pack(pack_copy)
    ship, event = result.errors
    assert_clear(ship, path, line_with(path, 'side = "sovietic"'), "ships[1].side")
    assert "'soviet'" in ship.fix
    assert_clear(event, path, line_with(path, 'ship = "test-freighter"'), "events[1].ship")
    assert (
        event.problem
        == "names ship test-freighter, which is left out (see the problem in ships[1])"
    )
    assert "left out" in event.fix
    # Nothing more: the language files' text for them is not called unused, and the moment
    # just stops highlighting the ship.
    assert result.warnings == [], messages(result)
    content = result.pack.map
    assert [s.id for s in content.ships] == ["test-destroyer"]
    assert content.events == ()
    assert content.moments[0].highlight == ("test-arc",)
    assert result.pack.panel_ids == PANELS


def test_an_event_naming_an_unknown_ship(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'ship = "test-freighter"', 'ship = "test-fraighter"')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, 'ship = "test-fraighter"'), "events[1].ship")
    assert problem.problem == "names ship test-fraighter, which is not in [[ships]]"
    assert "correct the id" in problem.fix
    assert map_ids(result) == ITEMS - {"test-hail"}


def test_an_event_needs_one_place(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'ship = "test-freighter"\n', "")
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, "[[events]]"), "events[1]")
    assert "ship" in problem.fix and "lat and lon" in problem.fix


def test_a_ring_naming_an_unknown_site(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'site = "test-site"', 'site = "test-sites"')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, 'site = "test-sites"'), "rings[1].site")
    assert problem.problem == "names site test-sites, which is not in [[sites]]"
    assert map_ids(result) == ITEMS - {"test-ring"}
    assert result.warnings == []


def test_an_id_used_twice_across_kinds_keeps_the_first(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'id = "test-destroyer"', 'id = "test-city"')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, 'id = "test-city"', "[[ships]]"), "ships[2].id")
    assert "test-city is used by an entry above" in problem.problem
    assert "own id" in problem.fix and "left out" in problem.fix
    content = result.pack.map
    assert [p.id for p in content.places] == ["test-city"]
    assert [s.id for s in content.ships] == ["test-freighter"]
    # Its old text is now for no entry: the warning points the curator at it.
    assert {w.field for w in result.warnings} == {"items.test-destroyer"}


def test_the_arc_with_an_id_already_used_is_left_out(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'id = "test-arc"', 'id = "test-city"')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, 'id = "test-city"', "[arc]"), "arc.id")
    assert "left out" in problem.fix
    content = result.pack.map
    assert content.arc is None
    assert content.item_ids().count("test-city") == 1


def test_a_broken_repeat_of_an_id_does_not_take_the_valid_entry_text(pack_copy):
    path = map_file(pack_copy)
    append(path, '\n[[places]]\nid = "test-city"\nkind = "town"\nlat = 38.9\nlon = -77.0\n')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert problem.field == "places[2].kind"
    assert map_ids(result) == ITEMS
    assert result.pack.map.text("en", "test-city").name == "Test City"


def test_a_broken_arc_is_left_out_and_the_rest_runs(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, "lifted = 1962-11-20T23:00:00Z", "lifted = 1962-10-20T23:00:00Z")
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, "[arc]"), "arc")
    assert "lifted comes before effective" in problem.problem
    assert result.pack.map.arc is None
    assert map_ids(result) == ITEMS - {"test-arc"}
    assert result.pack.map.moments[0].highlight == ("test-freighter",)


def test_a_link_to_an_unknown_panel_is_a_warning(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'panels = ["beta"]', 'panels = ["gamma"]')
    result = load_pack(pack_copy)
    assert result.errors == []
    warning = only_problem(result, Severity.WARNING)
    assert_clear(warning, path, line_with(path, 'panels = ["gamma"]'), "rings[1].panels")
    assert "gamma" in warning.problem


# --- moments ---------------------------------------------------------------------------------


def test_a_moment_naming_a_panel_not_in_the_pack(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'panel = "alpha"', 'panel = "gamma"')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, 'panel = "gamma"'), "moments[1].panel")
    assert "gamma" in problem.problem and "pack.toml" in problem.fix
    assert result.pack.map.moments == ()
    assert result.warnings == []  # its text in the language files is not called unused


def test_a_moment_for_a_broken_panel_adds_no_problem_of_its_own(pack_copy):
    panel = pack_copy / "en" / "alpha.toml"
    replace_in(panel, 'title = "Alpha title"', 'titel = "Alpha title"')
    result = load_pack(pack_copy)
    assert result.problems  # the panel's own problems ...
    assert {p.path for p in result.problems} == {panel}  # ... and nothing from the map
    assert result.pack.panel_ids == ("beta", "ending")
    assert result.pack.map.moments == ()
    assert map_ids(result) == ITEMS  # items linking to alpha stay, without that link


def test_a_moment_naming_an_unknown_view_opens_the_region(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'view = "region"', 'view = "havana"')
    result = load_pack(pack_copy)
    assert result.errors == []
    warning = only_problem(result, Severity.WARNING)
    assert_clear(warning, path, line_with(path, 'view = "havana"'), "moments[1].view")
    assert "havana" in warning.problem and "region" in warning.fix
    assert result.pack.map.moments[0].view == "region"


def test_a_moment_highlighting_unknown_ids_keeps_the_others(pack_copy):
    path = map_file(pack_copy)
    replace_in(
        path,
        'highlight = ["test-arc", "test-freighter"]',
        'highlight = ["test-arc", "nowhere", "test-freighter", "nothing"]',
    )
    result = load_pack(pack_copy)
    assert result.errors == []
    warning = only_problem(result, Severity.WARNING)
    assert_clear(warning, path, line_with(path, "highlight = "), "moments[1].highlight")
    assert "nowhere, nothing" in warning.problem
    assert result.pack.map.moments[0].highlight == ("test-arc", "test-freighter")


def test_a_moment_without_a_region_view_uses_the_built_in_one(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'id = "region"', 'id = "atlantic"')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert (problem.field, problem.line) == ("views", line_with(path, "[[views]]"))
    assert "region" in problem.problem
    assert "region" in result.pack.map.views
    # The moment named "region": it opens on the built-in view, without a second problem.
    assert result.pack.map.moments[0].view == "region"


# --- the files as a whole --------------------------------------------------------------------


def test_an_unknown_part_of_map_toml(pack_copy):
    path = map_file(pack_copy)
    append(path, '\n[[ship]]\nid = "test-typo"\n')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, "[[ship]]"), "ship")
    assert "not a known part of the map" in problem.problem and "spelling" in problem.fix
    assert map_ids(result) == ITEMS


def test_an_unknown_part_of_a_language_file(pack_copy):
    path = map_file(pack_copy, "es")
    append(path, '\n[entrada]\ntitle = "Mapa"\n')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, "[entrada]"), "entrada")
    assert "not a known part of a map language file" in problem.problem
    assert map_ids(result) == ITEMS


def test_a_list_written_as_a_table(pack_copy):
    path = map_file(pack_copy)
    text = path.read_text(encoding="utf-8").replace("[[places]]", "[places]")
    path.write_text(text, encoding="utf-8")
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, "[places]"), "places")
    assert "[[places]]" in problem.fix
    assert map_ids(result) == ITEMS - {"test-city"}


def test_map_toml_that_is_not_toml_keeps_the_panels_and_drops_the_map(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'kind = "city"', 'kind = "city')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert_clear(problem, path, line_with(path, 'kind = "city'), "")
    assert "not valid TOML" in problem.problem and "quotes" in problem.fix
    assert result.pack.map is None
    assert result.pack.panel_ids == PANELS
    assert "map" not in ScreenList(result.pack).names()


def test_a_pack_without_a_map_folder_has_no_map_screen(pack_copy):
    shutil.rmtree(pack_copy / "map")
    result = load_pack(pack_copy)
    assert result.errors == []
    warning = only_problem(result, Severity.WARNING)
    assert warning.path == pack_copy / "map" and "no map" in warning.problem
    assert "bundled" in warning.fix
    assert result.pack.map is None
    assert ScreenList(result.pack).names() == ["home", *PANELS]


def test_a_missing_map_toml_is_an_error_and_no_map(pack_copy):
    map_file(pack_copy).unlink()
    result = load_pack(pack_copy)
    assert only_problem(result).problem == "file is missing"
    assert result.pack.map is None
    assert result.pack.panel_ids == PANELS


# --- line numbers ----------------------------------------------------------------------------


def test_a_problem_in_a_later_events_entry_points_into_that_entry(pack_copy):
    """Entries left out above shift the list: the line must still be the entry's own."""
    path = map_file(pack_copy)
    replace_in(path, 'icon = "hail"', 'icon = "hello"')
    append(path, ANOTHER_EVENT.replace('ship = "test-destroyer"', 'ship = "test-nobody"'))
    result = load_pack(pack_copy)
    first, second = result.errors
    assert_clear(first, path, line_with(path, 'icon = "hello"'), "events[1].icon")
    assert_clear(second, path, line_with(path, 'ship = "test-nobody"'), "events[2].ship")
    assert map_ids(result) == ITEMS - {"test-hail"}


def test_a_duplicate_after_a_broken_entry_names_its_own_line(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'kind = "cargo"', 'kind = "freighter"')
    replace_in(path, 'id = "test-destroyer"', 'id = "test-city"')
    result = load_pack(pack_copy)
    fields = {p.field: p for p in result.errors}
    assert fields["ships[1].kind"].line == line_with(path, 'kind = "freighter"')
    assert fields["ships[2].id"].line == line_with(path, 'id = "test-city"', "[[ships]]")


def test_a_missing_source_in_a_later_entry_points_at_its_sources_line(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'side = "soviet"', 'side = "sovietic"')  # the first ship is left out
    replace_in(path, 'sources = ["T3-d4"]', 'sources = ["T7"]')
    result = load_pack(pack_copy)
    problem = next(p for p in result.errors if "T7" in p.problem)
    assert_clear(problem, path, line_with(path, 'sources = ["T7"]'), "ships[2].sources")


def test_a_problem_deep_in_a_multiline_track_points_at_that_element(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, 'source = "T3-d4" }', 'source = "T3-d4", state = "drifting" }')
    problem = only_problem(load_pack(pack_copy))
    assert_clear(problem, path, line_with(path, 'state = "drifting"'), "ships[2].track[2].state")
    assert "'stopped'" in problem.fix
    assert problem.line != line_with(path, "track = [")


def test_every_map_message_names_file_line_field_and_fix(pack_copy):
    path = map_file(pack_copy)
    replace_in(path, "lon = -83.051", "lon = 83.051")
    replace_in(path, 'exact = true, source = "T3-d4"', "exact = true")
    replace_in(path, 'view = "region"', 'view = "havana"')
    replace_in(map_file(pack_copy, "en"), 'title = "Test map entry"', "title = 12")
    result = load_pack(pack_copy)
    assert len(result.problems) >= 5
    for message in messages(result):
        assert LINE_FORMAT.match(message), message


# --- the command line ------------------------------------------------------------------------


def test_validate_exits_1_on_a_map_error_and_prints_where(pack_copy, capsys, monkeypatch):
    monkeypatch.chdir(pack_copy)
    path = map_file(pack_copy)
    replace_in(path, "lon = -83.051", "lon = 83.051")
    assert main(["validate", "--content", str(pack_copy)]) == 1
    out = capsys.readouterr().out
    line = line_with(path, "lon = 83.051")
    assert f"map/map.toml:{line}: sites[1].lon: is 83.051, off the map" in out


def test_validate_exits_0_with_only_map_warnings(pack_copy, capsys):
    drop_table(map_file(pack_copy, "es"), "items.test-city")
    replace_in(map_file(pack_copy), 'view = "region"', 'view = "havana"')
    assert main(["validate", "--content", str(pack_copy)]) == 0
    out = capsys.readouterr().out
    assert "0 error(s), 2 warning(s)" in out
    assert out.count("warning: ") == 2
