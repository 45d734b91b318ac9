# SPDX-License-Identifier: MIT
"""The loader keeps what is valid and names every problem as path:line: field: problem — fix."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.content import Severity, load_pack
from kiosk.content.loader import ContentDirError
from tests.conftest import TEST_PACK

LINE_FORMAT = re.compile(r"^(?P<path>[^:]+\.toml)(:(?P<line>\d+))?: (?P<field>[^:]+): .+ — .+$")


def messages(result) -> list[str]:
    return [p.format(result.pack.root) for p in result.problems]


def only_problem(result, severity: Severity = Severity.ERROR):
    found = [p for p in result.problems if p.severity is severity]
    assert len(found) == 1, messages(result)
    return found[0]


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_good_pack_loads_without_problems():
    result = load_pack(TEST_PACK)
    assert result.problems == ()
    pack = result.pack
    assert pack.languages == ("en", "es")
    assert pack.panel_ids == ("alpha", "beta", "ending")
    assert pack.panel("es", "alpha").title == "Título alfa"
    assert pack.home("en").question == "What did the test want?"
    assert pack.image_path("square.png").is_file()


def test_every_message_names_file_line_field_and_fix(pack_copy):
    replace_in(pack_copy / "en" / "beta.toml", 'title = "Beta title"', 'titel = "Beta title"')
    result = load_pack(pack_copy)
    assert messages(result)
    for message in messages(result):
        assert LINE_FORMAT.match(message), message


def test_truncated_file_is_reported_with_its_line_and_the_panel_left_out(pack_copy):
    path = pack_copy / "en" / "beta.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index('text = "Beta second') + 20], encoding="utf-8")
    result = load_pack(pack_copy)
    problem = result.errors[0]
    assert problem.path == path
    assert "not valid TOML" in problem.problem
    assert problem.line == 14  # the file now ends inside the string that starts here
    assert result.pack.panel_ids == ("alpha", "ending")


def test_bad_encoding_names_the_line_and_says_save_as_utf8(pack_copy):
    path = pack_copy / "en" / "alpha.toml"
    data = path.read_bytes().replace(b"Alpha teaser line.", "Alpha teaser \xe9.".encode("latin-1"))
    path.write_bytes(data)
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert (problem.path, problem.line) == (path, 4)
    assert "UTF-8" in problem.problem and "UTF-8" in problem.fix
    assert "alpha" not in result.pack.panel_ids


def test_missing_field_points_at_its_table(pack_copy):
    replace_in(pack_copy / "en" / "beta.toml", 'speaker = "A Speaker"\n', "")
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert problem.field == "quote.speaker"
    assert problem.problem == "is missing"
    assert problem.line == 22  # the [quote] header
    assert "speaker = " in problem.fix


def test_unknown_key_is_an_error_with_its_line(pack_copy):
    replace_in(pack_copy / "en" / "alpha.toml", 'title = "Alpha title"', 'titel = "Alpha title"')
    result = load_pack(pack_copy)
    fields = {p.field: p for p in result.errors}
    assert fields["titel"].line == 3 and fields["titel"].problem == "is not a known field"
    assert fields["title"].problem == "is missing"


def test_unknown_source_id_names_the_fact(pack_copy):
    replace_in(pack_copy / "en" / "beta.toml", 'sources = ["T2", "T1"]', 'sources = ["T2", "T9"]')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert problem.field == "facts[2].sources"
    assert "T9" in problem.problem and "sources.toml" in problem.fix
    assert problem.line == 15
    # The text is fine; only the citation is damaged: the panel stays.
    assert "beta" in result.pack.panel_ids
    assert "unavailable" in problem.problem


def test_too_many_words_gives_count_and_limit(pack_copy):
    long_answer = " ".join(["word"] * 26)
    replace_in(pack_copy / "en" / "alpha.toml", "Alpha short answer in English.", long_answer)
    problem = only_problem(load_pack(pack_copy))
    assert problem.field == "short_answer"
    assert "26 words" in problem.problem and "25" in problem.fix


def test_short_answer_must_be_one_sentence(pack_copy):
    replace_in(
        pack_copy / "en" / "alpha.toml",
        "Alpha short answer in English.",
        "Alpha short answer. It has two sentences.",
    )
    problem = only_problem(load_pack(pack_copy))
    assert problem.field == "short_answer" and "2 sentences" in problem.problem


def test_html_is_refused(pack_copy):
    replace_in(pack_copy / "en" / "alpha.toml", "Alpha teaser line.", "Alpha <b>teaser</b>.")
    problem = only_problem(load_pack(pack_copy))
    assert problem.field == "teaser" and "HTML" in problem.problem


def test_missing_image_is_hidden_but_the_panel_stays(pack_copy):
    (pack_copy / "images" / "square.png").unlink()
    result = load_pack(pack_copy)
    problems = result.errors
    assert {p.field for p in problems} == {"images[1].file"}
    assert "alpha" in result.pack.panel_ids
    assert result.pack.panel("en", "alpha").images == []


def test_image_that_is_not_an_image_is_hidden(pack_copy):
    (pack_copy / "images" / "square.png").write_bytes(b"not a picture at all")
    result = load_pack(pack_copy)
    assert all("cannot be decoded" in p.problem for p in result.errors)
    assert result.pack.panel("en", "alpha").images == []


def test_image_too_large_is_hidden(pack_copy):
    from PIL import Image

    Image.new("L", (5000, 10)).save(pack_copy / "images" / "square.png")
    result = load_pack(pack_copy)
    assert any("5000×10" in p.problem for p in result.errors)
    assert result.pack.panel("en", "alpha").images == []


def test_image_outside_the_images_folder_is_refused(pack_copy):
    replace_in(pack_copy / "en" / "alpha.toml", 'file = "square.png"', 'file = "../pack.toml"')
    result = load_pack(pack_copy)
    assert any("inside the images/ folder" in p.problem for p in result.errors)


def test_huge_file_is_refused_without_reading_it(pack_copy):
    path = pack_copy / "en" / "beta.toml"
    path.write_text(
        path.read_text(encoding="utf-8") + "# " + "x" * 300_000 + "\n", encoding="utf-8"
    )
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert problem.path == path and "limit is 256 KB" in problem.problem
    assert result.pack.panel_ids == ("alpha", "ending")


def test_duplicate_fact_ids(pack_copy):
    replace_in(pack_copy / "en" / "beta.toml", 'id = "second"', 'id = "first"')
    result = load_pack(pack_copy)
    assert any(p.field == "facts[2].id" and "twice" in p.problem for p in result.errors)


def test_duplicate_source_ids_keep_the_first(pack_copy):
    with (pack_copy / "sources.toml").open("a", encoding="utf-8") as f:
        f.write('\n[[sources]]\nid = "T1"\ntitle = "Another source."\n')
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert problem.field == "sources[4].id" and problem.line == 19
    assert result.pack.sources["T1"].title.startswith("Test source one")


def test_panel_listed_twice_in_pack(pack_copy):
    replace_in(pack_copy / "pack.toml", '"alpha", "beta"', '"alpha", "beta", "alpha"')
    result = load_pack(pack_copy)
    assert only_problem(result).field == "panels"
    assert result.pack.panel_ids == ("alpha", "beta", "ending")


def test_id_must_match_file_name(pack_copy):
    replace_in(pack_copy / "en" / "beta.toml", 'id = "beta"', 'id = "alpha"')
    problem = only_problem(load_pack(pack_copy))
    assert problem.field == "id" and "beta.toml" in problem.problem


def test_missing_translation_falls_back_with_a_warning(pack_copy):
    (pack_copy / "es" / "beta.toml").unlink()
    result = load_pack(pack_copy)
    assert result.errors == []
    assert any("visitors see the en text" in p.problem for p in result.warnings)
    assert result.pack.panel("es", "beta").title == "Beta title"
    assert ("es", "beta") in result.pack.fallbacks


def test_broken_translation_falls_back_and_reports_why(pack_copy):
    replace_in(pack_copy / "es" / "alpha.toml", 'id = "second"', 'id = "segundo"')
    result = load_pack(pack_copy)
    assert any(p.field == "facts" and "differ" in p.problem for p in result.errors)
    assert result.pack.panel("es", "alpha").title == "Alpha title"


def test_missing_panel_in_default_language_is_left_out(pack_copy):
    (pack_copy / "en" / "ending.toml").unlink()
    result = load_pack(pack_copy)
    assert only_problem(result).problem == "file is missing"
    assert result.pack.panel_ids == ("alpha", "beta")


def test_unlisted_panel_file_is_a_warning(pack_copy):
    (pack_copy / "en" / "extra.toml").write_text("", encoding="utf-8")
    result = load_pack(pack_copy)
    assert result.errors == []
    assert "not listed in pack.toml" in only_problem(result, Severity.WARNING).problem


def test_broken_pack_toml_falls_back_to_the_files_present(pack_copy):
    (pack_copy / "pack.toml").write_text(
        'languages = ["en", "fr"]\npanels = []\n', encoding="utf-8"
    )
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert problem.field == "languages[2]" and problem.line == 1
    assert result.pack.languages == ("en", "es")
    assert set(result.pack.panel_ids) == {"alpha", "beta", "ending"}


def test_nothing_valid_gives_an_empty_pack_not_an_exception(pack_copy):
    for path in (pack_copy / "en").glob("*.toml"):
        path.write_text("this is [not toml", encoding="utf-8")
    result = load_pack(pack_copy)
    assert result.pack.is_empty
    assert result.errors


def shipped_copy(tmp_path: Path) -> Path:
    target = tmp_path / "shipped"
    shutil.copytree(paths.content_dir(), target)
    return target


def test_sources_file_cut_mid_entry_keeps_every_panel_and_is_reported_once(tmp_path):
    pack = shipped_copy(tmp_path)
    path = pack / "sources.toml"
    text = path.read_text(encoding="utf-8")
    middle = text.index("title = ", len(text) // 2)
    path.write_text(text[: middle + 40], encoding="utf-8")  # a copy cut short
    result = load_pack(pack)
    assert len(result.pack.panel_ids) == 6
    problem = only_problem(result)
    assert problem.path == path and problem.line is not None
    assert problem.problem.startswith("could not be read: not valid TOML")
    # The entries above the cut are still used; the rest are unavailable.
    assert 0 < len(result.pack.sources) < text.count("[[sources]]")
    assert f"the {len(result.pack.sources)} source(s) above" in problem.problem
    summary = only_problem(result, Severity.WARNING)
    assert "show as unavailable on the panels" in summary.problem


def test_sources_file_cut_between_entries_names_each_missing_source_once(tmp_path):
    pack = shipped_copy(tmp_path)
    path = pack / "sources.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("[[sources]]", len(text) // 2)], encoding="utf-8")
    result = load_pack(pack)
    assert len(result.pack.panel_ids) == 6
    missing = {p.problem.split()[1] for p in result.errors}
    assert len(result.errors) == len(missing) > 3  # one line per source, not per citation
    assert all(p.path.name.endswith(".toml") and p.line for p in result.errors)
    hint = only_problem(result, Severity.WARNING)
    assert hint.path == path and f"lacks {len(missing)} sources" in hint.problem


def test_deleted_sources_file_keeps_every_panel(pack_copy):
    (pack_copy / "sources.toml").unlink()
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert problem.problem == "file is missing" and "unavailable" in problem.fix
    assert result.pack.panel_ids == ("alpha", "beta", "ending")
    assert result.pack.sources == {}


def test_broken_home_falls_back_to_the_other_language(pack_copy):
    (pack_copy / "en" / "home.toml").write_text('question = "cut sh', encoding="utf-8")
    result = load_pack(pack_copy)
    assert only_problem(result).path == pack_copy / "en" / "home.toml"
    assert result.pack.home("en") == result.pack.home("es") is not None


def test_no_usable_home_gives_none(pack_copy):
    for language in ("en", "es"):
        (pack_copy / language / "home.toml").unlink()
    assert load_pack(pack_copy).pack.home("en") is None


def test_broken_pack_toml_keeps_the_ending_last_and_says_so(tmp_path):
    pack = shipped_copy(tmp_path)
    (pack / "pack.toml").write_text("languages = [", encoding="utf-8")
    result = load_pack(pack)
    assert result.pack.panel_ids[-1] == "how-it-ended"
    assert sorted(result.pack.panel_ids[:-1]) == list(result.pack.panel_ids[:-1])
    assert len(result.pack.panel_ids) == 6
    warning = only_problem(result, Severity.WARNING)
    assert warning.path == pack / "pack.toml"
    assert "file-name order with the ending last" in warning.problem


def test_an_image_library_missing_from_the_bundle_drops_only_the_image(pack_copy, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "PIL", None)  # `from PIL import Image` now fails
    result = load_pack(pack_copy)
    assert {p.field for p in result.errors} == {"images[1].file"}  # in each language
    assert all(p.problem.endswith("lacks PIL") for p in result.errors)
    assert all("reinstall" in p.fix for p in result.errors)
    assert "alpha" in result.pack.panel_ids


def test_unreadable_content_dir_raises_a_clear_error(tmp_path):
    with pytest.raises(ContentDirError, match="does not exist"):
        load_pack(tmp_path / "nowhere")


def test_problem_lines_point_into_multiline_text(pack_copy):
    path = pack_copy / "en" / "alpha.toml"
    replace_in(
        path,
        'short_answer = "Alpha short answer in English."',
        'short_answer = """Alpha\nshort answer\nin English."""\n'
        'after = "unknown key after a multi-line string"',
    )
    result = load_pack(pack_copy)
    problem = only_problem(result)
    assert (problem.field, problem.line) == ("after", 8)
    assert result.pack.is_empty is False
