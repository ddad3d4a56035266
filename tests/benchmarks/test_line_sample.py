"""The reading sheet of `benchmarks/line_sample.py`: which lines are drawn, the context a
reader gets, and the story text lost a judged sheet gives (figures worked out by hand)."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from helpers.base import paths

sys.path.insert(0, str(paths.PROJECT_ROOT / "benchmarks"))

from line_sample import context, draw, story_lost  # noqa: E402

LINES = pd.DataFrame(
    {
        "file": ["a.txt"] * 6 + ["b.txt"],
        "line": [1, 2, 3, 4, 5, 6, 1],
        "label": [
            "headline",
            "content",
            "blank",
            "boilerplate",
            "content",
            "boilerplate",
            "boilerplate",
        ],
        "text": ["Title", "Story.", "", "Share this", "More story.", "Comments", "Menu"],
    }
)


def test_only_lines_labelled_boilerplate_are_drawn():
    drawn = draw(LINES, n=10, seed=3)
    assert list(drawn["text"]) == ["Share this", "Comments", "Menu"]


def test_the_context_skips_blank_lines_and_stays_in_the_file():
    around = context(LINES, "a.txt", 4)
    assert list(around["text"]) == ["Title", "Story.", "Share this", "More story.", "Comments"]
    assert list(context(LINES, "b.txt", 1)["text"]) == ["Menu"]


def test_story_lost_counts_story_over_kept_plus_removed_story():
    sheet = pd.DataFrame({"verdict": ["story"] + ["boilerplate"] * 8 + ["unclear"]})
    found = story_lost(sheet, removed=900, kept=1900)
    # 1 of 9 judged is story: 100 of the 900 removed lines, against 1,900 kept: 100 / 2,000.
    assert found["share"] == pytest.approx(1 / 9)
    assert found["lost"] == pytest.approx(0.05)
    assert found["lost_low"] < found["lost"] < found["lost_high"]


def test_a_misspelt_verdict_is_an_error_naming_it():
    with pytest.raises(ValueError, match="stroy"):
        story_lost(pd.DataFrame({"verdict": ["stroy"]}), removed=1, kept=1)
