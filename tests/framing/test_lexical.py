"""Distinctive words (weighted log-odds, informative Dirichlet prior) and word-choice counts.

Expectations about the seeds come from reading them, not from the code's output.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from helpers.base import catalogue
from helpers.base.datafiles import DataFileError
from helpers.entities import sentences
from helpers.framing import lexical
from helpers.report import charts

OTHER_EVENT = Path(__file__).parents[1] / "fixtures" / "other_event"


@pytest.fixture(scope="module")
def seed_terms(seed_sentences) -> dict[str, list[str]]:
    table = lexical.distinctive_terms(seed_sentences, top_n=15)
    return table.groupby("outlet")["term"].apply(list).to_dict()


@pytest.fixture(scope="module")
def seed_choice(seed_sentences) -> pd.DataFrame:
    table = lexical.word_choice(seed_sentences, lexical.load_word_choice())
    return table.pivot_table(index=["contrast", "word"], columns="outlet", values="count")


def test_log_odds_z_favours_the_words_a_group_uses_more():
    # wage, the, safety: a uses wage 10 times, b once; safety the other way round
    a, b = np.array([10.0, 50.0, 1.0]), np.array([1.0, 50.0, 10.0])
    wage, the, safety = lexical.log_odds_z(a, b, a + b, (61.0, 61.0, 122.0))
    assert wage > 0 > safety
    assert wage == pytest.approx(-safety)
    assert abs(the) < 0.01


def test_stop_words_punctuation_and_numbers_are_not_terms(spacy_pipeline):
    # spaCy's English stop list includes "say", so reporting verbs are left to word choice.
    doc = spacy_pipeline("The 2016 election, they said, cost $5,000 - twice.")
    assert [t for t in map(sentences.term, doc) if t] == ["election", "cost", "twice"]


def test_distinctive_words_of_the_seeds(seed_terms):
    # The Post's story is Pompeo, impeachment and Zelensky; only CNN tells the 2009 "reset"
    # button story. Only the Independent writes "Mr Trump" / "Mr Lavrov": house style, which
    # counts for no outlet's words.
    assert {"pompeo", "impeachment", "zelensky"} <= set(seed_terms["The Washington Post"])
    assert "reset" in seed_terms["CNN"]
    every_term = [t for terms in seed_terms.values() for t in terms]
    assert not {"the", "and", "2016", "'s", "mr", "mr."} & set(every_term)


def test_distinctive_terms_table(seed_sentences):
    table = lexical.distinctive_terms(seed_sentences, top_n=5, min_count=2)
    assert list(table.columns) == catalogue.columns("distinctive_terms")
    assert (table.groupby("outlet").size() <= 5).all()
    assert (table["count"] >= 2).all() and (table["z"] > 0).all()


def test_only_the_independent_says_sacked(seed_choice):
    sack = seed_choice.loc[("Removal", "sack")]
    assert sack["The Independent"] >= 1
    assert sack.drop("The Independent").sum() == 0


def test_cnn_says_fired_most_and_a_cease_fire_is_not_a_firing(seed_choice):
    fire = seed_choice.loc[("Removal", "fire")]
    assert fire.idxmax() == "CNN"
    # The Post: "Trump fired FBI Director James B. Comey" once; its "cease-fire" is not counted.
    assert fire["The Washington Post"] == 1


def test_mocking_is_reported_by_cnn_abc_and_the_independent(seed_choice):
    mock = seed_choice.loc[("Speech", "mock")]
    # CNN "he mocked the idea", ABC "responded mockingly", the Independent "mock the firing".
    for outlet in ("CNN", "ABC News", "The Independent"):
        assert mock[outlet] >= 1, outlet
    assert mock["NBC News"] == 0 and mock["The Washington Post"] == 0


def test_word_forms_count_under_their_lemma(spacy_pipeline):
    text = "The sacking came after they sacked him; sacks of mail."
    paragraphs = pd.DataFrame(
        [("a.txt", "A", 1, 1, text)], columns=["file", "outlet", "paragraph", "line", "text"]
    )
    rows = sentences.sentence_rows(paragraphs, [spacy_pipeline(text)])
    table = lexical.word_choice(rows, {"Removal": {"sack": (), "fire": ()}})
    counts = dict(zip(table["word"], table["count"], strict=True))
    assert counts == {"sack": 3, "fire": 0}
    assert table["per_1000_words"].iloc[0] == pytest.approx(3 / 10 * 1000)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("contrasts: {}", "needs a 'contrasts' mapping"),
        (
            "contrasts:\n  Removal: {words: {fire: []}}",
            "line 2, contrasts.Removal.words: must map at least two",
        ),
        (
            "contrasts:\n  Removal: {words: {fire: [], sack: oops}}",
            "line 2, contrasts.Removal.words.sack: must be a list",
        ),
        (
            "contrasts:\n  Removal: {colour: red, words: {fire: [], sack: []}}",
            "line 2, contrasts.Removal: unknown key(s) colour",
        ),
    ],
)
def test_bad_word_choice_file_names_file_and_contrast(tmp_path, body, message):
    path = tmp_path / "choice.yml"
    path.write_text(body)
    with pytest.raises(DataFileError) as error:
        lexical.load_word_choice(path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_distinctive_words_of_a_factory_strike(strike_sentences):
    top = lexical.distinctive_terms(strike_sentences, top_n=5).groupby("outlet")["term"].apply(set)
    assert {"pay", "wage"} <= top["Harbour Gazette"]
    assert {"safety", "injury"} <= top["Valley Radio"]
    assert {"council", "court"} <= top["The Northern Ledger"]


def test_distinctive_terms_chart(seed_sentences):
    table = lexical.distinctive_terms(seed_sentences, top_n=5)
    colors = charts.outlet_colors(table["outlet"])
    figure = charts.distinctive_terms_chart(
        table, colors, top_n=5, flagged_outlets=["The Washington Post"]
    )
    assert isinstance(figure, Figure)
    titles = [ax.get_title() for ax in figure.axes if ax.get_visible()]
    assert "The Washington Post \u2020" in titles and len(titles) == 5


def test_pair_counts_count_each_outlets_terms():
    # Two outlets, three sentences, counted by hand: A says "strike" twice and "port" once.
    rows = pd.DataFrame({"outlet": ["A", "B", "A"], "terms": ["strike port", "strike", "strike"]})
    counts = lexical._pair_counts(rows)
    assert counts.to_dict() == {("A", "port"): 1, ("A", "strike"): 2, ("B", "strike"): 1}
    assert list(counts.index.names) == ["outlet", "term"]
    assert lexical._pair_counts(rows.head(0)).empty
