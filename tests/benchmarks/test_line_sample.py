"""The reading sheet of `benchmarks/line_sample.py`: which lines are drawn, the context a
reader gets, and the story text lost a judged sheet gives (figures worked out by hand)."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from helpers.base import paths

sys.path.insert(0, str(paths.PROJECT_ROOT / "benchmarks"))

from line_sample import (  # noqa: E402
    KEPT,
    REMOVED,
    context,
    draw,
    draw_per_rule,
    pooled_per_rule,
    removal_figures,
    share_judged,
    story_share_per_rule,
    unread_lines,
    was_read,
)

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


def test_per_rule_draws_up_to_n_removed_lines_of_each_rule():
    lines = pd.DataFrame(
        {
            "file": ["a.txt"] * 6,
            "line": [1, 2, 3, 4, 5, 6],
            "label": [
                "content",
                "boilerplate",
                "boilerplate",
                "boilerplate",
                "boilerplate",
                "blank",
            ],
            "rule": ["", "share-buttons", "share-buttons", "share-buttons", "byline", ""],
            "text": ["Story.", "Share", "Tweet", "Email", "By Ann Lee", ""],
        }
    )
    drawn = draw_per_rule(lines, n=2, seed=1)
    assert sorted(drawn["rule"]) == ["byline", "share-buttons", "share-buttons"]
    assert list(drawn["stratum"]) == list(drawn["rule"])
    assert list(drawn["line"]) == sorted(drawn["line"])  # in the corpus's order


def _sheet(verdicts_per_rule: dict[str, list[str]]) -> pd.DataFrame:
    rows = [(rule, v) for rule, verdicts in verdicts_per_rule.items() for v in verdicts]
    return pd.DataFrame(rows, columns=["stratum", "verdict"])


def test_rules_are_weighed_by_the_lines_each_removed():
    # 900 comment lines, none of 10 read story; 100 outside-story lines, 5 of 10 read story:
    # 50 of the 1,000 removed lines are story text, 0.05.
    sheet = _sheet(
        {"comment-prompt": ["boilerplate"] * 10, "outside-story": ["story", "boilerplate"] * 5}
    )
    removed = pd.Series({"comment-prompt": 900, "outside-story": 100})
    table, (share, low, high) = story_share_per_rule(sheet, removed)
    assert share == pytest.approx(0.05)
    assert low < share < high
    outside = table.set_index("rule").loc["outside-story"]
    assert (outside["removed"], outside["judged"], outside["story"]) == (100, 10, 5)
    assert outside["share"] == pytest.approx(0.5)


def test_a_rule_read_only_as_unclear_widens_the_range_by_its_weight():
    # 400 comment lines read, none story: alone they would bound the share near 0.005.
    sheet = _sheet({"comment-prompt": ["boilerplate"] * 400, "credit": ["unclear"] * 3})
    removed = pd.Series({"comment-prompt": 900, "credit": 100})
    _, (share, _low, high) = story_share_per_rule(sheet, removed)
    assert share == 0.0
    assert high > 0.09  # the credits could all be story: a tenth of what was removed
    read_alone = story_share_per_rule(sheet[sheet["stratum"] == "comment-prompt"], removed[:1])
    assert read_alone[1][2] < 0.01


def test_a_rule_the_sheet_lacks_is_an_error_naming_it():
    sheet = _sheet({"comment-prompt": ["boilerplate"] * 3})
    with pytest.raises(ValueError, match="byline"):
        story_share_per_rule(sheet, pd.Series({"comment-prompt": 90, "byline": 10}))


def test_a_random_sheet_and_a_per_rule_sheet_are_pooled_rule_by_rule():
    at_random = pd.DataFrame(
        {
            "file": ["a.txt", "a.txt", "b.txt"],
            "line": [1, 2, 1],
            "rule": ["comment-prompt", "comment-prompt", "byline"],
            "stratum": ["all"] * 3,
            "verdict": ["boilerplate", "boilerplate", "story"],
        }
    )
    per_rule = pd.DataFrame(
        {
            "file": ["b.txt", "c.txt"],
            "line": [1, 4],
            "rule": ["byline", "byline"],
            "stratum": ["byline", "byline"],
            "verdict": ["story", "boilerplate"],
        }
    )
    pooled = pooled_per_rule([at_random, per_rule])
    # b.txt line 1 is in both sheets and counts once: bylines 1 story of 2, comments 0 of 2.
    assert sorted(zip(pooled["stratum"], pooled["verdict"], strict=True)) == [
        ("byline", "boilerplate"),
        ("byline", "story"),
        ("comment-prompt", "boilerplate"),
        ("comment-prompt", "boilerplate"),
    ]


def test_a_second_draw_reads_new_lines_of_the_rules_named():
    lines = pd.DataFrame(
        {
            "file": ["a.txt", "a.txt", "b.txt", "b.txt"],
            "line": [1, 2, 1, 2],
            "rule": ["template", "template", "template", "byline"],
        }
    )
    read = [pd.DataFrame({"file": ["a.txt"], "line": [2]})]
    left = unread_lines(lines, ["template"], read)
    assert list(zip(left["file"], left["line"], strict=True)) == [("a.txt", 1), ("b.txt", 1)]
    assert len(unread_lines(lines, [], [])) == 4


def test_rules_read_in_full_give_their_share_exactly():
    # Both rules' every removed line was read: 1 story line of the 10 removed, no range.
    sheet = _sheet({"byline": ["story"] + ["boilerplate"] * 4, "credit": ["boilerplate"] * 5})
    _, (share, low, high) = story_share_per_rule(sheet, pd.Series({"byline": 5, "credit": 5}))
    assert share == low == high == pytest.approx(0.1)


def test_a_rule_with_no_story_read_moves_only_the_high_end():
    # 20 of 1,000 comment lines read, none story; 10 of 10 credits read, 2 story: at least
    # those 2 of the 1,010 removed lines are story text, and the low end is exactly that.
    sheet = _sheet(
        {"comment-prompt": ["boilerplate"] * 20, "credit": ["story"] * 2 + ["boilerplate"] * 8}
    )
    _, (share, low, high) = story_share_per_rule(
        sheet, pd.Series({"comment-prompt": 1000, "credit": 10})
    )
    assert share == low == pytest.approx(2 / 1010)
    assert high > 0.1  # 0 of 20 read cannot rule out a tenth of the comments being story


def test_a_rule_no_line_was_removed_by_is_named_in_an_error():
    lines = pd.DataFrame({"file": ["a.txt"], "line": [1], "rule": ["template"]})
    with pytest.raises(ValueError, match="templat"):
        unread_lines(lines, ["templat"], [])


def test_a_line_read_on_an_older_run_is_left_out_only_when_its_text_matches():
    lines = pd.DataFrame(
        {
            "file": ["a.txt", "a.txt", "b.txt"],
            "line": [1, 2, 1],
            "text": ["Share this", "Menu", "A new story."],
        }
    )
    # Read before: a.txt line 1 with the same text; b.txt line 1 held another text then.
    read = [
        pd.DataFrame({"file": ["a.txt", "b.txt"], "line": [1, 1], "text": ["Share this", "Old."]})
    ]
    assert list(was_read(lines, read)) == [True, False, False]
    # A sheet without a text column leaves out by file and line alone.
    assert list(was_read(lines, [pd.DataFrame({"file": ["b.txt"], "line": [1]})])) == [
        False,
        False,
        True,
    ]
