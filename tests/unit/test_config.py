# SPDX-License-Identifier: MIT
"""Settings: a bad value never stops the exhibit. Each bad key falls back to its own default, is
named as `file:line: key: problem — fix`, and the good keys are kept."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.config import load_settings, settings_path
from kiosk.content_choice import choose_content
from kiosk.runner import log_start
from tests.conftest import TEST_PACK

LINE = re.compile(r"^(?P<file>.+\.toml):(?P<line>\d+): (?P<key>[a-z_.]+): .+ — .+$")


def only(problems) -> str:
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0].format()


def test_tests_never_read_this_machines_settings():
    assert settings_path() != paths.settings_file()
    assert not settings_path().exists()


def test_no_file_means_defaults_and_no_problem():
    loaded = load_settings()
    assert loaded.problems == ()
    assert loaded.in_use() == {
        "content": None,
        "language": None,
        "display.renderer": "auto",
        "display.hide_cursor": "True",
        "display.reduced_motion": "False",
        "idle.timeout_s": "90",
        "idle.countdown_s": "20",
        "attract.after_s": "120",
        "languages.default": None,
        "staff.pin_hash": None,
        "staff.export_to": None,
        "statistics.keep_days": "400",
    }


def test_valid_settings_are_used(settings_file):
    path = settings_file(f'content = "{TEST_PACK}"\nlanguage = "es"\n')
    loaded = load_settings()
    assert loaded.problems == ()
    assert loaded.settings.content == TEST_PACK
    assert loaded.settings.language == "es"
    choice = choose_content()
    assert (choice.origin, choice.result.pack.root) == ("settings", TEST_PACK)
    assert loaded.path == path


def test_relative_content_path_is_relative_to_the_settings_file(settings_file, tmp_path):
    (tmp_path / "packs").mkdir()
    settings_file('content = "packs"\n')
    assert load_settings().settings.content == tmp_path / "packs"


def test_missing_content_folder_falls_back_to_the_bundled_pack(settings_file):
    path = settings_file('# where the pack is\ncontent = "/nonexistent/pack"\n')
    choice = choose_content()
    assert choice.origin == "bundled"
    assert choice.result.pack.root == paths.content_dir()
    assert not choice.result.pack.is_empty
    message = only(choice.settings_problems)
    assert message.startswith(f"{path}:2: content: /nonexistent/pack does not exist — ")
    assert "bundled pack" in message


def test_content_naming_a_file_falls_back(settings_file, tmp_path):
    (tmp_path / "pack.toml").write_text("", encoding="utf-8")
    settings_file(f'content = "{tmp_path / "pack.toml"}"\n')
    assert choose_content().origin == "bundled"
    assert "is a file, not a folder" in only(load_settings().problems)


def test_unreadable_content_folder_falls_back(settings_file, tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    settings_file(f'content = "{folder}"\n')
    real_iterdir = Path.iterdir

    def iterdir(self):
        if self == folder:
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    # Root (CI) reads any folder, so the refusal is simulated where the check asks.
    monkeypatch.setattr(Path, "iterdir", iterdir)
    choice = choose_content()
    assert choice.origin == "bundled"
    assert "cannot be read (Permission denied)" in only(choice.settings_problems)


def test_content_folder_with_no_showable_panel_falls_back(settings_file, tmp_path):
    empty = tmp_path / "not-a-pack"
    (empty / "en").mkdir(parents=True)
    path = settings_file(f'language = "es"\n\ncontent = "{empty}"\n')
    choice = choose_content()
    assert choice.origin == "bundled" and not choice.result.pack.is_empty
    message = only(choice.settings_problems)
    assert message.startswith(f"{path}:3: content: ") and "no panel" in message
    assert choice.settings.settings.language == "es"  # the good key is kept


def test_wrong_language_falls_back_alone(settings_file):
    path = settings_file(f'language = "fr"\ncontent = "{TEST_PACK}"\n')
    loaded = load_settings()
    assert loaded.settings.language is None
    assert loaded.settings.content == TEST_PACK
    message = only(loaded.problems)
    assert message.startswith(f'{path}:1: language: is "fr", ')
    assert '"en" or "es"' in message


def test_unknown_key_is_named_and_the_rest_kept(settings_file):
    settings_file('language = "es"\nlanguge = "en"\n')
    loaded = load_settings()
    assert loaded.settings.language == "es"
    message = only(loaded.problems)
    assert ":2: languge: is not a known setting" in message
    assert "content, language" in message


def test_wrong_type_is_named(settings_file):
    settings_file("content = 42\n")
    assert ': content: is 42, not a folder path in quotes — write content = "' in only(
        load_settings().problems
    )


@pytest.mark.parametrize("renderer", ["auto", "gpu", "software"])
def test_each_renderer_is_accepted(settings_file, renderer):
    settings_file(f'language = "es"\n\n[display]\nrenderer = "{renderer}"\n')
    loaded = load_settings()
    assert loaded.problems == ()
    assert loaded.settings.display.renderer == renderer
    assert loaded.in_use()["display.renderer"] == renderer
    assert loaded.lines["display.renderer"] == 4


def test_renderer_defaults_to_auto(settings_file):
    settings_file('language = "es"\n')
    assert load_settings().settings.display.renderer == "auto"


@pytest.mark.parametrize("value", ['"fast"', '"GPU"', "1", "true"])
def test_wrong_renderer_falls_back_to_auto_alone(settings_file, value):
    path = settings_file(f'language = "es"\n[display]\n# which renderer\nrenderer = {value}\n')
    loaded = load_settings()
    assert loaded.settings.display.renderer == "auto"
    assert loaded.settings.language == "es"  # the good key is kept
    message = only(loaded.problems)
    assert message.startswith(f"{path}:4: display.renderer: is ")
    assert 'not "auto", "gpu" or "software" — ' in message
    assert '"auto" is used meanwhile' in message


def test_renderer_outside_its_section_is_named_with_the_fix(settings_file):
    path = settings_file('renderer = "software"\nlanguage = "es"\n')
    loaded = load_settings()
    assert loaded.settings.display.renderer == "auto"
    assert loaded.settings.language == "es"
    message = only(loaded.problems)
    assert message.startswith(f"{path}:1: renderer: is not a known setting — ")
    assert "below a line [display]" in message


def test_a_setting_below_the_section_belongs_to_it_and_is_named_so(settings_file):
    # TOML puts every key after [display] into that section: a common slip when adding a line.
    path = settings_file('[display]\nrenderer = "gpu"\nlanguage = "es"\n')
    loaded = load_settings()
    assert loaded.settings.display.renderer == "gpu"
    assert loaded.settings.language is None
    message = only(loaded.problems)
    assert message.startswith(f"{path}:3: display.language: is not a known setting — ")
    assert "above the [display] line" in message


def test_the_section_written_as_a_value_is_named(settings_file):
    path = settings_file('display = "software"\n')
    loaded = load_settings()
    assert loaded.settings.display.renderer == "auto"
    assert only(loaded.problems).startswith(f"{path}:1: display: is a section, not a setting — ")


def test_a_dotted_renderer_key_is_read_with_its_line(settings_file):
    settings_file('language = "es"\ndisplay.renderer = "oops"\n')
    assert ':2: display.renderer: is "oops"' in only(load_settings().problems)


def test_a_broken_line_elsewhere_keeps_the_display_section(settings_file):
    path = settings_file('language = es\n\n[display]\nrenderer = "software"\n')
    loaded = load_settings()
    assert loaded.settings.display.renderer == "software"
    assert loaded.lines["display.renderer"] == 4
    assert only(loaded.problems).startswith(f"{path}:1: language: is not a valid setting line")


def test_a_broken_section_line_is_named_and_its_keys_still_read(settings_file):
    path = settings_file('language = "es"\n[display\nrenderer = "software"\n')
    loaded = load_settings()
    assert loaded.settings.display.renderer == "software"
    assert loaded.settings.language == "es"
    assert only(loaded.problems).startswith(
        f"{path}:2: display: [display is not a valid section line — "
    )


def test_a_broken_renderer_line_falls_back_with_its_line(settings_file):
    path = settings_file("[display]\nrenderer = software\n")
    loaded = load_settings()
    assert loaded.settings.display.renderer == "auto"
    assert only(loaded.problems).startswith(
        f"{path}:2: display.renderer: is not a valid setting line — "
    )


def test_renderer_set_twice_keeps_the_first(settings_file):
    path = settings_file('[display]\nrenderer = "gpu"\nrenderer = "software"\n')
    loaded = load_settings()
    assert loaded.settings.display.renderer == "gpu"
    assert only(loaded.problems).startswith(f"{path}:3: display.renderer: is set twice")


def test_a_line_toml_cannot_read_keeps_the_other_settings(settings_file):
    path = settings_file(f'language = es\ncontent = "{TEST_PACK}"\n')
    loaded = load_settings()
    assert loaded.settings.content == TEST_PACK
    assert only(loaded.problems).startswith(f"{path}:1: language: is not a valid setting line")


def test_a_key_set_twice_keeps_the_first(settings_file):
    settings_file('language = "es"\nlanguage = "en"\nbroken = \n')
    loaded = load_settings()
    assert loaded.settings.language == "es"
    assert [p.line for p in loaded.problems] == [2, 3]


def test_a_file_that_is_not_utf8_keeps_the_lines_it_can(settings_file):
    path = settings_file("")
    path.write_bytes(b'# caf\xe9\nlanguage = "es"\n')
    loaded = load_settings()
    assert loaded.settings.language == "es"
    assert "is not UTF-8" in only(loaded.problems)


def test_every_problem_has_file_line_key_and_fix(settings_file):
    settings_file(
        'content = "/nonexistent"\nlanguage = "fr"\ncolour = "blue"\nsize = big\n'
        '[display]\nrenderer = "fast"\n'
    )
    problems = load_settings().problems
    assert len(problems) == 5
    for problem in problems:
        assert LINE.match(problem.format()), problem.format()


def test_three_bad_settings_start_on_the_bundled_pack_with_three_log_lines(settings_file, caplog):
    path = settings_file('content = "/nonexistent/pack"\nlanguage = "fr"\ncolour = "blue"\n')
    choice = choose_content()
    with caplog.at_level(logging.INFO, logger="kiosk"):
        log_start(choice)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 3
    assert [w.split(": ", 1)[1].split(" ")[0] for w in warnings] == [
        f"{path}:1:",
        f"{path}:2:",
        f"{path}:3:",
    ]
    info = " ".join(r.getMessage() for r in caplog.records if r.levelno == logging.INFO)
    assert f"content {paths.content_dir()} (bundled)" in info


@pytest.mark.parametrize("explicit", [True, False])
def test_validate_reports_the_settings_under_their_own_heading(settings_file, capsys, explicit):
    from kiosk.__main__ import main

    path = settings_file('language = "fr"\n')
    argv = ["validate", "--content", str(TEST_PACK)] if explicit else ["validate"]
    code = main(argv)
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"Settings {path}: 1 problem(s)")
    assert out[1].startswith(f"{path}:1: language: ")
    assert out[2].startswith("Content pack ")
    # A curator checking a pack elsewhere is not failed by this machine's settings.
    assert code == (0 if explicit else 1)


def test_validate_with_good_settings_exits_0(settings_file, capsys):
    from kiosk.__main__ import main

    settings_file(f'content = "{TEST_PACK}"\n')
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "settings.toml: ok" in out
    assert f"Content pack {TEST_PACK} (settings): 0 error(s), 0 warning(s), 3 panel(s)" in out


def test_self_test_shows_what_is_in_use_and_fails_on_a_rejected_setting(settings_file, capsys):
    import json

    from kiosk.self_test import self_test

    path = settings_file(f'content = "{TEST_PACK}"\nlanguage = "fr"\n')
    assert self_test(choose_content()) == 1
    report = json.loads(capsys.readouterr().out)
    checks = {c["name"]: c for c in report["checks"]}
    settings = checks["settings"]
    assert not settings["ok"]
    in_use = settings["detail"]["in_use"]
    assert in_use["content"] == str(TEST_PACK)
    assert in_use["language"] is None  # "fr" was rejected
    assert in_use["display.renderer"] == "auto" and in_use["idle.timeout_s"] == "90"
    assert settings["detail"]["problems"][0].startswith(f"{path}:2: language: ")
    assert checks["content"]["detail"]["folder"] == str(TEST_PACK)
    assert checks["content"]["detail"]["origin"] == "settings"
    assert all(c["ok"] for name, c in checks.items() if name != "settings")


KIOSK_LIFE = """\
[idle]
timeout_s = 45
countdown_s = 10
[attract]
after_s = 600
[display]
hide_cursor = false
reduced_motion = true
[languages]
default = "es"
[statistics]
keep_days = 30
"""


def test_kiosk_life_settings_are_used(settings_file):
    settings_file(KIOSK_LIFE)
    loaded = load_settings()
    assert loaded.problems == ()
    settings = loaded.settings
    assert (settings.idle.timeout_s, settings.idle.countdown_s) == (45, 10)
    assert settings.attract.after_s == 600
    assert settings.display.hide_cursor is False
    assert settings.display.reduced_motion is True
    assert settings.default_language == "es"
    assert settings.statistics.keep_days == 30


@pytest.mark.parametrize(
    ("line", "key", "problem", "fix"),
    [
        (
            "timeout_s = 5",
            "idle.timeout_s",
            "is 5, not a whole number of seconds from 20 to 900",
            "write timeout_s = 90 (or another from 20 to 900) under [idle]; 90 is used meanwhile",
        ),
        (
            'countdown_s = "20"',
            "idle.countdown_s",
            'is "20", not a whole number of seconds',
            "20 is used meanwhile",
        ),
        (
            "after_s = 12.5",
            "attract.after_s",
            "is 12.5, not a whole number of seconds from 30",
            "120 is used meanwhile",
        ),
        (
            'hide_cursor = "yes"',
            "display.hide_cursor",
            'is "yes", not true or false',
            "true is used meanwhile",
        ),
        (
            "reduced_motion = 1",
            "display.reduced_motion",
            "is 1, not true or false",
            "false is used meanwhile",
        ),
        (
            'export_to = ""',
            "staff.export_to",
            'is "", not a folder path in quotes',
            "the first USB drive found is used meanwhile",
        ),
        (
            'default = "fr"',
            "languages.default",
            'is "fr", not a language the exhibit offers',
            "meanwhile visitors start in the first language",
        ),
        (
            'pin_hash = "1234"',
            "staff.pin_hash",
            "is not a PIN hash written by `kiosk set-pin`",
            "staff mode is off meanwhile",
        ),
        (
            "keep_days = 0",
            "statistics.keep_days",
            "is 0, not a whole number of days from 1 to 3650",
            "400 is used meanwhile",
        ),
    ],
)
def test_each_bad_kiosk_life_setting_falls_back_alone(settings_file, line, key, problem, fix):
    section = key.split(".")[0]
    lines = KIOSK_LIFE.replace(f"[{section}]\n", f"[{section}]\n{line}\n", 1)
    if f"[{section}]" not in lines:
        lines += f"[{section}]\n{line}\n"
    # The good value of the same key (if the file had one) goes, so the bad one is read.
    name = line.split(" ")[0]
    lines = "\n".join(
        text for text in lines.splitlines() if not text.startswith(f"{name} =") or text == line
    )
    path = settings_file(lines + "\n")
    loaded = load_settings()
    message = only(loaded.problems)
    number = lines.splitlines().index(line) + 1
    assert message.startswith(f"{path}:{number}: {key}: {problem}"), message
    assert fix in message
    # Every other setting in the file is kept.
    assert loaded.settings.attract.after_s == (600 if key != "attract.after_s" else 120)
    assert loaded.settings.statistics.keep_days == (30 if key != "statistics.keep_days" else 400)


def test_languages_default_wins_over_the_older_language_key(settings_file):
    settings_file('language = "en"\n[languages]\ndefault = "es"\n')
    assert load_settings().settings.default_language == "es"
