"""The reading sheet of `benchmarks/line_sample.py`: which lines are drawn, the context a
reader gets, and the story text lost a judged sheet gives (figures worked out by hand)."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from helpers.base import paths

sys.path.insert(0, str(paths.PROJECT_ROOT / "benchmarks"))

from line_sample import KEPT, REMOVED, context, draw, removal_figures, share_judged  # noqa: E402

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


def test_removed_or_kept_lines_are_drawn_and_blank_ones_never():
    assert list(draw(LINES, REMOVED, n=10, seed=3)["text"]) == ["Share this", "Comments", "Menu"]
    assert list(draw(LINES, KEPT, n=10, seed=3)["text"]) == ["Title", "Story.", "More story."]


def test_the_context_skips_blank_lines_and_stays_in_the_file():
    around = context(LINES, "a.txt", 4)
    assert list(around["text"]) == ["Title", "Story.", "Share this", "More story.", "Comments"]
    assert list(context(LINES, "b.txt", 1)["text"]) == ["Menu"]


def test_unclear_verdicts_are_set_aside():
    sheet = pd.DataFrame({"verdict": ["story"] + ["boilerplate"] * 8 + ["unclear"]})
    share, low, high = share_judged(sheet, "story")
    assert share == pytest.approx(1 / 9)
    assert low < share < high


def test_the_removal_figures_from_both_samples():
    # 900 removed, a ninth of them story: 800 boilerplate removed, 100 story removed.
    # 2,000 kept, a twentieth of them boilerplate: 100 boilerplate kept, 1,900 story kept.
    found = removal_figures(1 / 9, 1 / 20, removed=900, kept=2000)
    assert found["precision"] == pytest.approx(8 / 9)
    assert found["recall"] == pytest.approx(800 / 900)
    assert found["f1"] == pytest.approx(8 / 9)
    assert found["story_removed"] == pytest.approx(100 / 2000)


def test_a_misspelt_verdict_is_an_error_naming_it():
    with pytest.raises(ValueError, match="stroy"):
        share_judged(pd.DataFrame({"verdict": ["stroy"]}), "story")
