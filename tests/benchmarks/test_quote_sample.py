"""The reading sheet of `benchmarks/quote_sample.py`: which quotes are drawn, the context a
reader gets, and the accuracy a judged sheet gives (figures worked out by hand)."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from helpers.base import paths

sys.path.insert(0, str(paths.PROJECT_ROOT / "benchmarks"))

from quote_sample import (  # noqa: E402
    accuracy,
    apart,
    by_source,
    context,
    draw,
    pronoun_cue,
    score_command,
    unread,
    wilson,
    with_pronoun_cue,
)


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


def test_accuracy_by_source_kind_as_the_reader_wrote_it() -> None:
    sheet = pd.DataFrame(
        {
            "speaker_type": ["person", "person", "person", "anonymous", "person", "unattributed"],
            "verdict": ["right", "wrong", "right", "right", "unclear", "right"],
            "source": ["named", "pronoun", "pronoun", "description", "named", "none"],
        }
    )
    table = by_source(sheet).set_index("source")
    # named: 1 right of 1 judged, 1 unclear; pronoun: 1 of 2; all: 4 of 5.
    assert table.loc["named", ["right", "judged", "unclear"]].tolist() == [1, 1, 1]
    assert table.loc["pronoun", "share"] == pytest.approx(0.5)
    assert table.loc["all", ["right", "judged"]].tolist() == [4, 5]
    assert set(table.index) == {"all", "named", "pronoun", "description", "none"}


def test_a_sheet_without_sources_has_no_source_table_and_blank_rows_are_grouped() -> None:
    old = pd.DataFrame({"speaker_type": ["person"], "verdict": ["right"]})
    assert by_source(old) is None
    unfilled = old.assign(source=[""])
    assert by_source(unfilled) is None
    partly = pd.DataFrame(
        {
            "speaker_type": ["person", "person"],
            "verdict": ["right", "wrong"],
            "source": ["named", " "],
        }
    )
    table = by_source(partly).set_index("source")
    assert table.loc["(blank)", ["right", "judged"]].tolist() == [0, 1]


def test_a_misspelt_source_is_an_error_naming_it() -> None:
    sheet = pd.DataFrame({"speaker_type": ["person"], "verdict": ["right"], "source": ["nmed"]})
    with pytest.raises(ValueError, match="nmed"):
        by_source(sheet)


def test_an_old_sheet_scores_by_speaker_type_only(tmp_path, capsys) -> None:
    sheet = tmp_path / "old.tsv"
    sheet.write_text(
        "sample\tfile\tparagraph\tspeaker\tspeaker_type\tquote\tverdict\n"
        "0\ta.txt\t1\tAnn Lee\tperson\tYes.\tright\n"
        "1\ta.txt\t2\tAnn Lee\tperson\tNo.\twrong\n"
    )
    score_command(sheet, [])
    printed = capsys.readouterr().out
    assert "speaker_type" in printed
    assert "source" not in printed


def test_quotes_an_earlier_sheet_holds_are_left_out_and_only_those() -> None:
    quotes = pd.DataFrame(
        {
            "file": ["a.txt", "a.txt", "a.txt", "b.txt"],
            "paragraph": [1, 1, 2, 1],
            "quote": ["Yes.", "No.", "Yes.", "Yes."],
            "kind": ["direct"] * 4,
        }
    )
    # Read before, on two sheets of an earlier run: a.txt's "Yes." (then its paragraph 3,
    # a line above it since removed) and b.txt's "Yes.".
    first = pd.DataFrame({"file": ["a.txt"], "paragraph": [3], "quote": ["Yes."]})
    second = pd.DataFrame({"file": ["b.txt"], "paragraph": [1], "quote": ["Yes."]})
    fresh = unread(quotes, [first, second])
    # Another quote of the same article is new; the same words in the same file are not,
    # whatever paragraph number this run gives them.
    assert list(fresh) == [False, True, False, False]
    assert list(draw(quotes, n=5, seed=1, keep=fresh)["quote"]) == ["No."]
    assert unread(quotes, []).all()


def test_files_of_a_development_corpus_are_scored_apart_from_the_others(tmp_path, capsys):
    sheet = tmp_path / "sheet.tsv"
    sheet.write_text(
        "sample\tfile\tparagraph\tspeaker\tspeaker_type\tquote\tverdict\tsource\tnote\n"
        "0\tnyt_a.txt\t1\tAnn Lee\tperson\tYes.\tright\tnamed\t\n"
        "1\tnyt_b.txt\t1\tAnn Lee\tperson\tNo.\tright\tnamed\t\n"
        "2\tblog_c.txt\t1\tTom Ray\tperson\tMaybe.\twrong\tnamed\tAnn Lee\n"
    )
    judged = pd.read_csv(sheet, sep="\t", keep_default_na=False, dtype=str)
    inside, outside = apart(judged, ["nyt_", "wash-post_"])
    assert list(inside["sample"]) == ["0", "1"]
    assert list(outside["sample"]) == ["2"]
    score_command(sheet, ["nyt_"])
    printed = capsys.readouterr().out
    assert "== files starting with nyt_: 2 rows" in printed
    assert "== other files: 1 rows" in printed
