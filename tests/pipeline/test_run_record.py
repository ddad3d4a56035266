"""What a run prints of its warnings (`run_record.warning_lines`)."""

from __future__ import annotations

from helpers.pipeline.run_record import warning_lines

NO_HEADLINE = "has no headline in its text and no manifest title; headline left empty"


def _warnings(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    return [{"file": file, "message": message} for file, message in pairs]


def test_a_message_several_files_share_is_one_line_naming_the_first_three():
    warnings = _warnings(
        ("a.txt", NO_HEADLINE),
        ("b.txt", "not valid UTF-8; decoded as cp1252"),
        ("c.txt", NO_HEADLINE),
        ("d.txt", NO_HEADLINE),
        ("e.txt", NO_HEADLINE),
    )
    assert warning_lines(warnings, most=20) == [
        f"warning: 4 files (a.txt, c.txt, d.txt, ...): {NO_HEADLINE}",
        "warning: b.txt: not valid UTF-8; decoded as cp1252",
    ]


def test_past_the_limit_one_line_says_how_many_more():
    warnings = _warnings(("a.txt", "one"), ("b.txt", "two"), ("c.txt", "three"))
    assert warning_lines(warnings, most=2) == [
        "warning: a.txt: one",
        "warning: b.txt: two",
        "warning: ... and 1 more",
    ]


def test_a_file_that_has_a_message_twice_is_named_once():
    warnings = _warnings(("a.txt", "line 3 repeats line 1"), ("a.txt", "line 3 repeats line 1"))
    assert warning_lines(warnings, most=20) == ["warning: a.txt: line 3 repeats line 1"]
