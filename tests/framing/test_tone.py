"""Tone with VADER: a rough measure, checked on sentences whose tone is plain to a reader."""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.figure import Figure

from helpers.base import catalogue
from helpers.entities import sentences
from helpers.framing import codebooks, tone
from helpers.report import charts

COLUMNS = ["file", "outlet", "paragraph", "line", "text"]


@pytest.fixture(scope="module")
def small(spacy_pipeline):
    texts = [
        ("a.txt", "Upbeat", "The talks were a great success and everyone was happy."),
        ("a.txt", "Upbeat", "Wages rose."),
        ("b.txt", "Grim", "The attack killed ten people and wounded many more."),
        ("b.txt", "Grim", "The strike was a terrible failure."),
    ]
    paragraphs = pd.DataFrame(
        [(f, o, i, i, t) for i, (f, o, t) in enumerate(texts, start=1)], columns=COLUMNS
    )
    return sentences.sentence_rows(paragraphs, list(spacy_pipeline.pipe(paragraphs["text"])))


def test_sentence_tone_follows_plain_reading(small):
    scored = tone.sentence_tone(small)
    assert scored.loc[0, "compound"] > 0.5  # "great success ... happy"
    assert scored.loc[2, "compound"] < -0.5  # "killed ... wounded"
    assert scored.loc[0, "positive_words"] >= 2 and scored.loc[0, "negative_words"] == 0
    assert scored.loc[2, "negative_words"] >= 2


def test_tone_table_per_outlet_and_per_frame(small):
    book = codebooks.load_codebook("frames/generic.yml")
    table = tone.tone_table(small, codebook=book)
    assert list(table.columns) == catalogue.columns("tone")
    overall = table[table["frame"] == tone.ALL_SENTENCES].set_index("outlet")
    assert overall.loc["Upbeat", "mean_compound"] > 0 > overall.loc["Grim", "mean_compound"]
    assert overall.loc["Upbeat", "sentences"] == 2 and overall.loc["Upbeat", "words"] == 12
    # VADER's lexicon rates "great", "success" and "happy" positive: 3 of the 12 words.
    assert overall.loc["Upbeat", "positive_per_1000_words"] == pytest.approx(250.0)
    assert overall.loc["Upbeat", "negative_per_1000_words"] == 0
    # "The attack killed ten people" carries Security and defence; "Wages rose" Economic.
    frames = set(zip(table["outlet"], table["frame"], strict=True))
    assert ("Grim", "Security and defence") in frames and ("Upbeat", "Economic") in frames


def test_without_a_codebook_only_outlet_rows(small):
    table = tone.tone_table(small)
    assert table["frame"].tolist() == [tone.ALL_SENTENCES] * 2


def test_tone_chart_marks_the_flagged_outlet(small):
    table = tone.tone_table(small)
    figure = charts.tone_chart(
        table, charts.outlet_colors(table["outlet"]), flagged_outlets=["Grim"]
    )
    assert isinstance(figure, Figure)
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert labels == ["Grim \u2020", "Upbeat"]
    assert "rough measure" in figure.get_suptitle()


def test_a_sentence_without_lexicon_words_scores_0_without_asking_vader(seed_sentences):
    plain = "The committee met in the building for the second time."
    assert not tone._may_score(plain)
    assert tone.analyzer().polarity_scores(plain)["compound"] == tone.compound(plain) == 0.0
    assert tone._may_score("A good meeting.") and tone._may_score("Talks \U0001f600")
    for text in seed_sentences["text"]:  # the shortcut never changes a score
        assert tone.compound(text) == tone.analyzer().polarity_scores(text)["compound"], text
