"""The one reader of researcher-edited files: values, lines, and errors that name both."""

from __future__ import annotations

import pytest

from helpers.base.datafiles import (
    DataFileError,
    check_keys,
    key_path,
    read_list,
    read_yaml,
    string_list,
)

RULES = """\
# a comment
rules:
  - kind: ad
    phrases: [buy now]
  - kind: video
    takes:
      before: 2
"""


def test_every_key_and_item_keeps_the_line_it_was_written_on(tmp_path):
    path = tmp_path / "rules.yml"
    path.write_text(RULES, encoding="utf-8")
    file = read_yaml(path)
    assert file.data["rules"][1]["takes"] == {"before": 2}
    assert file.line_of(("rules",)) == 2
    assert file.line_of(("rules", 0)) == 3
    assert file.line_of(("rules", 0, "phrases", 0)) == 4
    assert file.line_of(("rules", 1, "takes", "before")) == 7
    # A key that is not there is placed at the nearest one that is: the rule it belongs to.
    assert file.line_of(("rules", 1, "comment")) == 5


def test_an_error_names_the_file_the_line_and_the_key(tmp_path):
    path = tmp_path / "rules.yml"
    path.write_text(RULES, encoding="utf-8")
    error = read_yaml(path).error(("rules", 1, "takes", "before"), "must be 3")
    assert str(error) == f"{path}, line 7, rules[2].takes.before: must be 3"
    assert (error.path, error.line, error.key) == (path, 7, "rules[2].takes.before")


def test_key_paths_count_list_items_from_one():
    assert key_path(("frames", "Economic", "terms", 0)) == "frames.Economic.terms[1]"
    assert key_path(()) == ""


def test_bad_yaml_names_its_line(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text("frames:\n  Economic: [cost\n  Other: []\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad.yml, line 3: is not valid YAML"):
        read_yaml(path)


def test_missing_and_unreadable_files_are_named(tmp_path):
    with pytest.raises(DataFileError, match=r"nowhere.yml: cannot be read \(file not found\)"):
        read_yaml(tmp_path / "nowhere.yml")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(DataFileError, match="not UTF-8"):
        read_list(binary)


def test_an_empty_file_reads_as_nothing(tmp_path):
    path = tmp_path / "empty.yml"
    path.write_text("# only a comment\n", encoding="utf-8")
    assert read_yaml(path).data is None


def test_a_list_file_skips_blanks_and_comments_and_keeps_line_numbers(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text("# verbs\nsay\n\n  tell  # to someone\n", encoding="utf-8")
    assert read_list(path) == [(2, "say"), (4, "tell")]


def test_key_and_list_checks_name_what_is_wrong(tmp_path):
    path = tmp_path / "codebook.yml"
    path.write_text("frames:\n  Bad: {terms: [x, 3], colour: red}\n", encoding="utf-8")
    file = read_yaml(path)
    bad = file.data["frames"]["Bad"]
    with pytest.raises(DataFileError, match=r"line 2, frames.Bad: unknown key\(s\) colour"):
        check_keys(file, ("frames", "Bad"), bad, ["terms", "description"])
    with pytest.raises(DataFileError, match=r"line 2, frames.Bad.terms: must be a list"):
        string_list(file, ("frames", "Bad", "terms"), bad["terms"])
    assert string_list(file, ("frames", "Bad", "exclude"), None) == []
