"""Compiled rule patterns: what the regex parser says about them never changes what matches."""

from __future__ import annotations

import re

import pytest

from helpers.cleaning.patterns import compile_pattern, join_at_start

LINES = [
    "ie 11 is not supported. please visit our site with a modern browser",
    "internet explorer is no longer supported",
    "Photograph: Jim Watson/AFP via Getty Images",
    "Lavrov met Trump at the White House, AFP reported.",
    "skip advertisement",
    "b comes in the middle",
    "",
]


def test_a_case_blind_pattern_without_capitals_is_searched_in_the_lower_cased_line():
    assert compile_pattern("(?i)your browser").lower
    assert not compile_pattern(r"(?i)^By [A-Z]\w+").lower  # capitals: searched as written
    assert not compile_pattern("Getty Images").lower


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # Read by hand: the longest plain run outside any repeat or group...
        (
            r"\b(?:ie|internet explorer) ?\d* (?:is|are) (?:not|no longer) supported",
            (" supported",),
        ),
        # ... or, when there is none, the plain beginnings of every alternative.
        (r"\b(?:Getty Images|AFP|Reuters)\s*$", ("Getty Images", "AFP", "Reuters")),
        (r"(?:image|photo)s?\s*:\s*[^.!?]{1,80}$", (":",)),
        (r"straight to your inbox", None),  # plain text first: quick already
        (r"(?i)\b(?:Getty|AFP)", None),  # ignores case: plain texts would not do
        (r"\b(?:a|\w+)", None),  # an alternative without plain text
    ],
)
def test_a_hint_is_plain_text_every_match_contains(text, hint):
    assert compile_pattern(text).hint == hint


@pytest.mark.parametrize(
    ("text", "at_start"),
    [
        (r"^skip advertisement$", True),
        (r"^(?:read more|related)\s*[:|>]", True),
        (r"^(?=.*\bshare\b)(?:share|tweet)", False),  # a look-ahead reads the whole line
        (r"^a|b", False),  # only one alternative is anchored
        (r"(?m)^a", False),  # flags of its own
        (r"^(a)\1", False),  # a group, which joining would renumber
        (r"a^", False),
    ],
)
def test_only_patterns_wholly_anchored_at_the_start_join_the_alternation(text, at_start):
    assert compile_pattern(text).at_start is at_start


@pytest.mark.parametrize(
    "text",
    [
        r"(?i)\b(?:ie|internet explorer) ?\d* (?:is|are) (?:not|no longer) supported",
        r"\b(?:Getty Images|AFP|Reuters)\s*$",
        r"(?i)(?:photograph|photo)s?\s*:\s*[^.!?]{1,80}$",
        r"^a|b",
        r"(?i)^skip advertisement$",
    ],
)
def test_a_compiled_pattern_matches_the_lines_its_regex_matches(text):
    pattern = compile_pattern(text)
    for line in LINES:
        expected = re.search(text, line) is not None
        assert pattern.search(line, line.casefold()) is expected, line


def test_the_joined_alternation_matches_where_one_of_its_patterns_does():
    patterns = [compile_pattern(r"(?i)^skip advertisement$"), compile_pattern(r"^\d+ comments?$")]
    joined = join_at_start(patterns)
    assert [bool(joined.match(line)) for line in ["skip advertisement", "3 comments", "x"]] == [
        True,
        True,
        False,
    ]
    assert join_at_start([]) is None
