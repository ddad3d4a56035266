"""Tone per outlet and per frame: a rough measure, from VADER's sentiment lexicon.

VADER (Hutto & Gilbert 2014, the `vaderSentiment` package) is used because it is
lexicon- and rule-based: it ships its lexicon inside the package (no download, no network),
gives the same score for the same text on every run, and was tuned on short texts, which
sentences are. It is a rough measure: it was built for social media, knows nothing of
politics ("interference" and "impeachment" carry no valence) and scores the words of the
people quoted as much as the reporter's. Read it as "how charged the vocabulary is", not as
an outlet's stance.

Tone reads the sentences table (written by `helpers.entities.sentences`, headline rows left out): VADER
scores each sentence's text, and its lexicon rates the sentence's words.
"""

from __future__ import annotations

import string
from functools import lru_cache

import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from helpers.base import catalogue
from helpers.base.columns import column_lists
from helpers.base.sentence_table import JOINED, body
from helpers.framing.codebooks import Codebook, match_sentence

ALL_SENTENCES = "(all sentences)"
SENTENCE_COLUMNS = [
    "file",
    "outlet",
    "paragraph",
    "sentence",
    "words",
    "compound",
    "positive_words",
    "negative_words",
]


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """VADER's analyser, built once: it reads its bundled lexicon file."""
    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=2**17)
def compound(text: str) -> float:
    """VADER's compound score of a text, kept for the next codebook's pass over the same
    sentences (VADER is the slowest step of the framing notebook); 0 without asking VADER
    when no word of the text is in its lexicon, which is the score VADER gives then."""
    if not _may_score(text):
        return 0.0
    return analyzer().polarity_scores(text)["compound"]


def _may_score(text: str) -> bool:
    """Whether VADER can score a text other than 0: it rates only the words its lexicon
    holds, each word split at spaces and maybe stripped of punctuation, and the words it
    puts in place of emojis."""
    vader = analyzer()
    lexicon = vader.lexicon
    words = text.lower().split()
    if any(w in lexicon or w.strip(string.punctuation) in lexicon for w in words):
        return True
    return not vader.emojis.keys().isdisjoint(text)


def sentence_tone(sentences: pd.DataFrame, codebook: Codebook | None = None) -> pd.DataFrame:
    """One row per paragraph sentence: VADER's compound score (-1 to 1), its words and how
    many of them the lexicon rates positive or negative; with `codebook`, a `frames` column."""
    lexicon = analyzer().lexicon
    table = body(sentences)
    columns = ("file", "outlet", "paragraph", "sentence", "words", "text", "lemmas", "forms")
    rows = []
    # Once per sentence of the corpus, hence lists (`column_lists`), not itertuples.
    for *place, words, text, lemmas, forms in zip(*column_lists(table, columns), strict=True):
        rated = [lexicon[form] for form in forms.split() if form in lexicon and form != JOINED]
        row = [*place, words, compound(text), sum(v > 0 for v in rated), sum(v < 0 for v in rated)]
        if codebook is not None:
            row.append(list(match_sentence(lemmas, forms, codebook)))
        rows.append(row)
    columns = SENTENCE_COLUMNS + (["frames"] if codebook is not None else [])
    return pd.DataFrame(rows, columns=columns)


def _summaries(scored: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Per group of `keys`: sentences, words, mean compound score, positive and negative
    lexicon words per 1,000 words (the `tone` table's numbers)."""
    groups = scored.groupby(keys, sort=False)
    summary = groups.agg(
        sentences=("compound", "size"),
        words=("words", "sum"),
        mean_compound=("compound", "mean"),
        positive=("positive_words", "sum"),
        negative=("negative_words", "sum"),
    ).reset_index()
    words = summary["words"].clip(lower=1)
    # Python's round, as the table has always been rounded (numpy's differs at some halves)
    return summary.assign(
        words=summary["words"].astype(int),
        mean_compound=[round(float(v), 3) for v in summary["mean_compound"]],
        positive_per_1000_words=[round(v, 1) for v in 1000 * summary["positive"] / words],
        negative_per_1000_words=[round(v, 1) for v in 1000 * summary["negative"] / words],
    )


def tone_table(sentences: pd.DataFrame, codebook: Codebook | None = None) -> pd.DataFrame:
    """Per outlet (frame `(all sentences)`) and, with a codebook, per outlet and frame: the
    sentences' mean VADER compound score and lexicon-positive and -negative words per 1,000
    words; `codebook` names the codebook ('' without one). A rough measure; see the module
    docstring."""
    scored = sentence_tone(sentences, codebook)
    parts = [_summaries(scored, ["outlet"]).assign(frame=ALL_SENTENCES, order=-1)]
    if codebook is not None:
        # One row per sentence and frame it carries, so each frame's sentences are one group.
        carried = scored.explode("frames").dropna(subset=["frames"])
        by_frame = _summaries(carried.rename(columns={"frames": "frame"}), ["outlet", "frame"])
        position = {name: n for n, name in enumerate(codebook.names)}
        parts.append(by_frame.assign(order=by_frame["frame"].map(position)))
    table = pd.concat(parts, ignore_index=True)
    table = table.assign(outlet=table["outlet"].astype(str)).sort_values(
        ["outlet", "order"], kind="stable"
    )
    name = codebook.name if codebook is not None else ""
    return table.assign(codebook=name)[catalogue.columns("tone")].reset_index(drop=True)
