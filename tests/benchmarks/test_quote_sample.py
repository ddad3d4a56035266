"""The reading sheet of `benchmarks/quote_sample.py`: which quotes are drawn, the context a
reader gets, and the accuracy a judged sheet gives (figures worked out by hand)."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from helpers.base import paths

sys.path.insert(0, str(paths.PROJECT_ROOT / "benchmarks"))

from quote_sample import accuracy, context, draw, pronoun_cue, wilson, with_pronoun_cue  # noqa: E402


def test_only_direct_quotes_are_drawn_and_all_when_fewer_than_asked() -> None:
    quotes = pd.DataFrame(
        {
            "quote": ["a", "b", "c", "d"],
            "kind": ["direct", "indirect", "direct", "partial"],
        }
    )
    drawn = draw(quotes, n=10, seed=1)
    assert list(drawn["quote"]) == ["a", "c"]
    assert list(drawn["sample"]) == [0, 1]


def test_the_context_is_the_paragraph_and_the_two_before_it_in_the_same_article() -> None:
    paragraphs = pd.DataFrame(
        {
            "file": ["x.txt"] * 4 + ["y.txt"],
            "paragraph": [0, 1, 2, 3, 2],
            "text": ["Headline", "First.", "Second.", "Third.", "Other article."],
        }
    )
    assert context(paragraphs, "x.txt", 3) == ["First.", "Second.", "Third."]
    assert context(paragraphs, "x.txt", 1) == ["Headline", "First."]


def test_unclear_verdicts_are_set_aside_and_each_type_is_counted() -> None:
    sheet = pd.DataFrame(
        {
            "speaker_type": ["person", "person", "person", "organisation", "unattributed"],
            "verdict": ["right", "wrong", "unclear", "right", "wrong"],
        }
    )
    table = accuracy(sheet).set_index("speaker_type")
    # 2 right of 4 judged; the unclear one is neither.
    assert table.loc["all", ["right", "judged", "unclear"]].tolist() == [2, 4, 1]
    assert table.loc["person", "share"] == pytest.approx(0.5)
    assert table.loc["organisation", "share"] == pytest.approx(1.0)
    assert table.loc["unattributed", "share"] == pytest.approx(0.0)


def test_a_misspelt_verdict_is_an_error_naming_it() -> None:
    sheet = pd.DataFrame({"speaker_type": ["person"], "verdict": ["rigth"]})
    with pytest.raises(ValueError, match="rigth"):
        accuracy(sheet)


def test_the_wilson_interval_of_8_of_10() -> None:
    # By hand: centre (0.8 + 0.19208) / 1.38416 = 0.7168; spread 1.96 * sqrt(0.016 + 0.0096)
    # / 1.38416 = 0.2265.
    low, high = wilson(8, 10)
    assert low == pytest.approx(0.490, abs=0.001)
    assert high == pytest.approx(0.943, abs=0.001)


def test_a_pronoun_just_before_a_verb_of_saying_is_a_cue() -> None:
    cue = pronoun_cue(frozenset({"say", "add", "tell", "note"}))
    assert cue.search("“We will win,” he said.")
    assert cue.search("She added that the vote was close.")
    assert cue.search("He told reporters on Monday.")
    assert cue.search("he notes")
    assert not cue.search("The senator said he would vote no.")  # "he would", not "he said"
    assert not cue.search("Shelter said the storm was over.")  # a word ending in "he"


def test_a_pronoun_before_a_regular_verb_spelt_with_ies_ied_or_a_doubled_consonant_is_a_cue():
    cue = pronoun_cue(frozenset({"reply", "admit", "deny", "quip", "echo", "say"}))
    assert cue.search("“No,” he replied.")
    assert cue.search("She admitted the plan had failed.")
    assert cue.search("He denies it.")
    assert cue.search("“Fine,” he quipped.")
    assert cue.search("she echoes the mayor")
    assert cue.search("“Go,” she says.")


def test_only_quotes_in_a_paragraph_with_a_pronoun_cue_are_kept() -> None:
    quotes = pd.DataFrame(
        {
            "file": ["a.txt", "a.txt", "b.txt"],
            "paragraph": [1, 2, 1],
            "quote": ["one", "two", "three"],
            "kind": ["direct"] * 3,
        }
    )
    paragraphs = pd.DataFrame(
        {
            "file": ["a.txt", "a.txt", "b.txt"],
            "paragraph": [1, 2, 1],
            "text": ["“One,” he said.", "“Two,” Ms. Lee said.", "“Three,” she added."],
        }
    )
    keep = with_pronoun_cue(quotes, paragraphs)
    assert list(keep) == [True, False, True]
    assert list(draw(quotes, n=5, seed=1, keep=keep)["quote"]) == ["one", "three"]
