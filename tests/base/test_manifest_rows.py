"""A manifest's separator and the rows that cannot be used, read from their text alone."""

from __future__ import annotations

from helpers.base import manifest_rows


def test_the_separator_is_a_comma_unless_the_header_has_only_semicolons_or_tabs():
    assert manifest_rows.delimiter("file,outlet;notes") == ","
    assert manifest_rows.delimiter("file;outlet;title") == ";"
    assert manifest_rows.delimiter("file\toutlet") == "\t"
    assert manifest_rows.delimiter("file") == ","


def test_names_leaving_the_folder_are_told_apart_from_plain_file_names():
    for name in ("../notes.txt", "/home/me/a.txt", "C:\\corpus\\a.txt", "~/a.txt", "a/../../b.txt"):
        assert manifest_rows.leaves_folder(name), name
    for name in ("a.txt", "My Article (1).txt", "sub/a.txt"):
        assert not manifest_rows.leaves_folder(name), name


def test_a_row_naming_a_file_in_a_subfolder_matches_no_article(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Story.\n")
    (tmp_path / "b.txt").write_text("Story.\n")
    assert manifest_rows.row_problem(tmp_path, "b.txt", 2, {}) == ""
    assert "not in the folder" in manifest_rows.row_problem(tmp_path, "sub/a.txt", 3, {})
    assert manifest_rows.row_problem(tmp_path, "b.txt", 4, {"b.txt": {}}) == (
        "line 4 repeats b.txt; first row kept"
    )
