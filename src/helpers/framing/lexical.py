"""Word choice: the words that set each outlet apart, and counts of researcher-chosen words.

Distinctive words use the weighted log-odds ratio with an informative Dirichlet prior
(Monroe, Colaresi & Quinn 2008, "Fightin' Words"): each outlet's word counts against the
rest of the corpus, with the whole corpus's counts as the prior, so that rare words do not
top the list by chance and frequent words are not favoured for being frequent. The z-score
is the log-odds difference over its standard error.

Word-choice contrasts (`data/word_choice.yml`) count chosen words per outlet, on lemmas,
so "sacked" and "sacking" both count under "sack".

Both read the sentences table (written by `helpers.entities.sentences`, headline rows left out), so they
re-run without spaCy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.base import catalogue, paths
from helpers.base.columns import column_lists
from helpers.base.datafiles import check_keys, read_yaml, string_list
from helpers.base.sentence_table import body, row_words, word_form

CONTRAST_KEYS = {"description", "words"}


def log_odds_z(
    mine: np.ndarray, rest: np.ndarray, prior: np.ndarray, totals: tuple[float, float, float]
) -> np.ndarray:
    """z-scores of the weighted log-odds ratio of words, one group's counts `mine` against
    the `rest`, with the informative Dirichlet prior `prior` (pseudo-counts); `totals` are
    the three arrays' totals over the whole vocabulary (n_i, n_j, a0)."""
    n_i, n_j, a0 = totals
    delta = np.log((mine + prior) / (n_i + a0 - mine - prior)) - np.log(
        (rest + prior) / (n_j + a0 - rest - prior)
    )
    return delta / np.sqrt(1 / (mine + prior) + 1 / (rest + prior))


def distinctive_terms(
    sentences: pd.DataFrame,
    top_n: int = 15,
    min_count: int = 2,
    prior_scale: float = 1.0,
) -> pd.DataFrame:
    """The `top_n` words most distinctive of each outlet against the rest of the corpus:
    outlet, term, z, count (the outlet's uses). Words used fewer than `min_count` times by
    the outlet are left out, since one use says little about an outlet's choices.

    The prior is the whole corpus's counts times `prior_scale`. Every outlet is scored at
    once, on the (outlet, word) pairs it uses, so the cost grows with the corpus's words,
    not with outlets times vocabulary.
    """
    counts = _pair_counts(body(sentences))
    if counts.empty:
        return catalogue.table("distinctive_terms").empty()
    outlet = counts.index.get_level_values("outlet")
    term = counts.index.get_level_values("term")
    corpus = counts.groupby(level="term").sum()
    mine = counts.to_numpy(dtype=float)
    everyone = corpus.reindex(term).to_numpy(dtype=float)
    whole = float(corpus.sum())
    n_i = counts.groupby(level="outlet").sum().reindex(outlet).to_numpy(dtype=float)
    totals = (n_i, whole - n_i, whole * prior_scale)
    z = log_odds_z(mine, everyone - mine, everyone * prior_scale, totals)
    table = pd.DataFrame({"outlet": outlet, "term": term, "z": z, "count": counts.to_numpy()})
    table = table[(table["count"] >= min_count) & (table["z"] > 0)]
    table = table.sort_values(["outlet", "z", "term"], ascending=[True, False, True])
    table = table.groupby("outlet", sort=False).head(top_n).assign(z=lambda t: t["z"].round(3))
    return table[catalogue.columns("distinctive_terms")].reset_index(drop=True)


def _pair_counts(rows: pd.DataFrame) -> pd.Series:
    """Uses of each (outlet, term) of the rows' `terms`, sorted by outlet then term.

    Counted as the words are read: a table of one row per word of the corpus (1.4 million
    on 2,000 articles) held a hundred MiB for the moment it was grouped."""
    found: Counter[tuple[str, str]] = Counter()
    for outlet, terms in zip(*column_lists(rows, ("outlet", "terms")), strict=True):
        found.update((str(outlet), term) for term in str(terms).split())
    keys = sorted(found)
    index = pd.MultiIndex.from_tuples(keys, names=["outlet", "term"])
    return pd.Series([found[key] for key in keys], index=index, dtype="int64")


def load_word_choice(path: str | Path = "word_choice.yml") -> dict[str, dict[str, tuple[str, ...]]]:
    """Contrasts from YAML: contrast -> {word (a lemma): extra forms that count as it}.
    A bad file is a DataFileError naming the file, the line and the contrast."""
    path = paths.data_file(str(path))
    file = read_yaml(path)
    data = file.data
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("contrasts"), dict)
        or not data["contrasts"]
    ):
        raise file.error((), "needs a 'contrasts' mapping of contrast name -> words")
    contrasts = {}
    for name, value in data["contrasts"].items():
        keys = ("contrasts", name)
        check_keys(file, keys, value, CONTRAST_KEYS)
        words = value.get("words")
        if not isinstance(words, dict) or len(words) < 2:
            message = "must map at least two words to lists of extra forms"
            raise file.error((*keys, "words"), message)
        contrast = {}
        for word, forms in words.items():
            if not isinstance(word, str) or not word.strip():
                raise file.error((*keys, "words", word), "a word must be non-empty text")
            extra = string_list(file, (*keys, "words", word), forms)
            contrast[word.strip().lower()] = tuple(form.lower() for form in extra)
        contrasts[str(name)] = contrast
    return contrasts


def word_forms(word: str, extra: Sequence[str] = ()) -> set[str]:
    """Lemmas that count as `word`: itself, its -ing noun ("sacking", "firing") and `extra`."""
    stem = word[:-1] if word.endswith("e") else word
    return {word, f"{stem}ing", f"{word}{word[-1]}ing", *extra}


def word_choice(
    sentences: pd.DataFrame, contrasts: dict[str, dict[str, tuple[str, ...]]]
) -> pd.DataFrame:
    """Per contrast, outlet and word: uses (by lemma, else as written) and uses per 1,000
    words of the outlet.

    A word inside a hyphenated compound ("cease-fire") is not a use of the word ("fire").
    """
    lookup: dict[str, list[tuple[str, str]]] = {}
    for contrast, contrast_words in contrasts.items():
        for word, extra in contrast_words.items():
            for form in word_forms(word, extra):
                lookup.setdefault(word_form(form), []).append((contrast, word))
    uses: Counter[tuple[str, str, str]] = Counter()
    words: Counter[str] = Counter()
    table = body(sentences)
    columns = column_lists(table, ("outlet", "words", "lemmas", "forms"))
    for outlet, count, lemmas, forms in zip(*columns, strict=True):
        words[outlet] += count
        for lemma, form, joined in row_words(lemmas, forms):
            hits = lookup.get(lemma) or lookup.get(form)
            if hits and not joined:
                uses.update((contrast, outlet, word) for contrast, word in hits)
    rows = [
        (
            contrast,
            outlet,
            word,
            uses[(contrast, outlet, word)],
            round(1000 * uses[(contrast, outlet, word)] / max(words[outlet], 1), 2),
        )
        for contrast, contrast_words in contrasts.items()
        for outlet in sorted(words)
        for word in contrast_words
    ]
    return pd.DataFrame(rows, columns=catalogue.columns("word_choice"))
