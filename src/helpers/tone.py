"""Tone per outlet and per frame: a rough measure, from VADER's sentiment lexicon.

VADER (Hutto & Gilbert 2014, the `vaderSentiment` package) is used because it is
lexicon- and rule-based: it ships its lexicon inside the package (no download, no network),
gives the same score for the same text on every run, and was tuned on short texts, which
sentences are. It is a rough measure: it was built for social media, knows nothing of
politics ("interference" and "impeachment" carry no valence) and scores the words of the
people quoted as much as the reporter's. Read it as "how charged the vocabulary is", not as
an outlet's stance.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import pandas as pd
from spacy.tokens import Doc
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from helpers.framing import Codebook, match_sentence, sentence_spans, word_count

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
TONE_COLUMNS = [
    "outlet",
    "frame",
    "sentences",
    "words",
    "mean_compound",
    "positive_per_1000_words",
    "negative_per_1000_words",
]


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """VADER's analyser, built once: it reads its bundled lexicon file."""
    return SentimentIntensityAnalyzer()


def sentence_tone(
    paragraphs: pd.DataFrame, docs: Sequence[Doc], codebook: Codebook | None = None
) -> pd.DataFrame:
    """One row per sentence: VADER's compound score (-1 to 1), its words and how many of
    them the lexicon rates positive or negative; with `codebook`, a `frames` column too."""
    vader = analyzer()
    rows = []
    for meta, span in sentence_spans(paragraphs, docs):
        valences = [vader.lexicon.get(t.lower_, 0.0) for t in span]
        row = {
            **{k: meta[k] for k in ("file", "outlet", "paragraph", "sentence")},
            "words": word_count(span),
            "compound": vader.polarity_scores(span.text)["compound"],
            "positive_words": sum(v > 0 for v in valences),
            "negative_words": sum(v < 0 for v in valences),
        }
        if codebook is not None:
            row["frames"] = list(match_sentence(span, codebook))
        rows.append(row)
    columns = SENTENCE_COLUMNS + (["frames"] if codebook is not None else [])
    return pd.DataFrame(rows, columns=columns)


def _summary(outlet: str, frame: str, rows: pd.DataFrame) -> dict[str, object]:
    words = int(rows["words"].sum())
    return {
        "outlet": outlet,
        "frame": frame,
        "sentences": len(rows),
        "words": words,
        "mean_compound": round(float(rows["compound"].mean()), 3),
        "positive_per_1000_words": round(1000 * rows["positive_words"].sum() / max(words, 1), 1),
        "negative_per_1000_words": round(1000 * rows["negative_words"].sum() / max(words, 1), 1),
    }


def tone(
    paragraphs: pd.DataFrame, docs: Sequence[Doc], codebook: Codebook | None = None
) -> pd.DataFrame:
    """Per outlet (frame `(all sentences)`) and, with a codebook, per outlet and frame: the
    sentences' mean VADER compound score and lexicon-positive and -negative words per 1,000
    words. A rough measure; see the module docstring."""
    scored = sentence_tone(paragraphs, docs, codebook)
    rows = []
    for outlet, group in scored.groupby("outlet", sort=True):
        rows.append(_summary(str(outlet), ALL_SENTENCES, group))
        for frame in codebook.names if codebook is not None else []:
            carrying = group[group["frames"].map(lambda frames, f=frame: f in frames)]
            if len(carrying):
                rows.append(_summary(str(outlet), frame, carrying))
    return pd.DataFrame(rows, columns=TONE_COLUMNS)
