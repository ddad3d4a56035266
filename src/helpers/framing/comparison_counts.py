"""What each family of outlet-versus-rest comparisons counts, per article and subject.

- frames: per codebook, frame and article, whether a model finds the frame in it, or
  (keyword codebooks) its paragraph sentences carrying the frame out of its paragraph
  sentences;
- voices: per speaker and article, the speaker's words out of the article's quoted words
  (from the quotes table);
- tone: per article, its sentences' summed VADER compound score out of its sentences;
- words: per article, the uses of every word `lexical.distinctive_terms` could list for
  its outlet (used at least `min_count` times, z above 0) out of its words.

`outlet_tests` tests them, comparing outlets' mean article shares.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from helpers.base.catalogue import PERSON, QUOTED_KINDS
from helpers.base.columns import column_lists
from helpers.base.sentence_table import body
from helpers.framing.lexical import log_odds_z


@dataclass(frozen=True)
class Counts:
    """What one kind of comparison counts, per article (rows) and subject (columns), out of
    one denominator per article (`denominators`, shared by the subjects).

    `candidates` limits the subjects tested per outlet (None: all); `scale` turns a share
    into the unit shown (1,000 for uses per 1,000 words).
    """

    kind: str
    codebook: str
    measure: str
    outlets: list[str]
    subjects: list[str]
    numerators: np.ndarray | sparse.csc_matrix
    denominators: np.ndarray
    candidates: dict[str, list[int]] | None = None
    scale: float = 1.0


def frame_counts(article_table: pd.DataFrame, sentences: pd.DataFrame) -> list[Counts]:
    """Per codebook of the article-frames table: frames found per article by its model, or
    its keyword sentences over its paragraph sentences."""
    sentences_per_file = body(sentences).groupby("file").size()
    found = []
    for (codebook, method), rows in article_table.groupby(["codebook", "method"], sort=False):
        wide = rows.pivot(
            index="file", columns="frame", values="score" if method != "model" else "present"
        )
        wide = wide[list(dict.fromkeys(rows["frame"]))]
        outlets = rows.drop_duplicates("file").set_index("file")["outlet"].reindex(wide.index)
        if method == "model":
            numerators, denominators = wide.to_numpy(float), np.ones(len(wide))
            measure = "share of its articles the model finds the frame in"
        else:
            denominators = sentences_per_file.reindex(wide.index).fillna(0).to_numpy(float)
            numerators = np.round(wide.to_numpy(float) * denominators[:, None])
            measure = (
                "share of an article's paragraph sentences carrying the frame (keywords), "
                "averaged over its articles"
            )
        found.append(
            Counts(
                "frame",
                str(codebook),
                measure,
                outlets.tolist(),
                list(wide.columns),
                numerators,
                denominators,
            )
        )
    return found


def voice_counts(quotes: pd.DataFrame, articles: pd.DataFrame) -> Counts:
    """Each person's words among an article's words in quotation marks, direct and partial
    quotes (organisations, anonymous and unattributed sources count in the whole, as in the
    voice share table)."""
    files = articles["file"].tolist()
    quotes = quotes[quotes["file"].isin(set(files)) & quotes["kind"].isin(QUOTED_KINDS)]
    people = set(quotes.loc[quotes["speaker_type"] == PERSON, "speaker"])
    named = sorted(people)
    # Only the persons' columns, filled from the (file, speaker) sums: a table of every
    # article by every speaker, and pandas' copies of it while pivoting, were 150 MiB for
    # a moment on 2,000 articles.
    row = {file: i for i, file in enumerate(files)}
    column = {speaker: j for j, speaker in enumerate(named)}
    numerators = np.zeros((len(files), len(named)))
    sums = quotes.groupby(["file", "speaker"])["words"].sum()
    for (file, speaker), total in sums.items():
        if speaker in column:
            numerators[row[file], column[speaker]] = total
    whole = quotes.groupby("file")["words"].sum().reindex(files).fillna(0)
    return Counts(
        "voice",
        "",
        "share of an article's quoted words (none if it quotes no one), averaged over its articles",
        articles["outlet"].tolist(),
        named,
        numerators,
        whole.to_numpy(float),
    )


def tone_counts(sentence_tone: pd.DataFrame, articles: pd.DataFrame) -> Counts:
    """Each article's summed VADER compound over its sentences."""
    per_file = sentence_tone.groupby("file")["compound"].agg(["sum", "size"])
    per_file = per_file.reindex(articles["file"]).fillna(0)
    return Counts(
        "tone",
        "",
        "mean VADER compound score of an article's sentences, averaged over its articles",
        articles["outlet"].tolist(),
        ["tone"],
        per_file[["sum"]].to_numpy(float),
        per_file["size"].to_numpy(float),
    )


def word_counts(sentences: pd.DataFrame, min_count: int = 2) -> Counts:
    """Term uses per article over its terms, with each outlet's candidate words (those the
    distinctive-words table could list: `min_count` uses or more and z above 0)."""
    table = body(sentences)
    per_file: dict[str, Counter[str]] = {}
    outlet_of: dict[str, str] = {}
    for file, outlet, terms in zip(*column_lists(table, ("file", "outlet", "terms")), strict=True):
        per_file.setdefault(file, Counter()).update(terms.split())
        outlet_of[file] = outlet
    vocabulary = sorted(set().union(*per_file.values())) if per_file else []
    column = {term: j for j, term in enumerate(vocabulary)}
    files = list(per_file)
    # Arrays, not a tuple per (article, word): those were 100 MiB for a moment on 2,000 articles.
    sizes = [len(per_file[f]) for f in files]
    cells = sum(sizes)
    rows = np.repeat(np.arange(len(files), dtype=np.int64), sizes)
    columns = np.fromiter((column[t] for f in files for t in per_file[f]), np.int64, cells)
    counted = np.int64 if cells else float  # no words: a matrix of floats, as it always was
    values = np.fromiter((n for f in files for n in per_file[f].values()), counted, cells)
    matrix = sparse.csr_matrix((values, (rows, columns)), shape=(len(files), len(vocabulary)))
    outlets = [outlet_of[f] for f in files]
    return Counts(
        "word",
        "",
        "uses per 1,000 of an article's terms (its words less stop words, numbers and titles),"
        " averaged over its articles",
        outlets,
        vocabulary,
        matrix.tocsc(),
        np.asarray(matrix.sum(axis=1)).ravel(),
        _candidate_words(matrix, outlets, min_count),
        scale=1000.0,
    )


def _candidate_words(
    matrix: sparse.csr_matrix, outlets: list[str], min_count: int
) -> dict[str, list[int]]:
    """Per outlet, the columns of the words it uses `min_count` times or more with a
    log-odds z above 0 against the rest (`lexical.log_odds_z`, the corpus as prior),
    scored on the words it uses only, so the cost grows with the corpus, not with outlets
    times vocabulary."""
    names = list(dict.fromkeys(outlets))
    position = {outlet: k for k, outlet in enumerate(names)}
    membership = sparse.csr_matrix(
        (np.ones(len(outlets)), ([position[o] for o in outlets], range(len(outlets)))),
        shape=(len(names), len(outlets)),
    )
    by_outlet = (membership @ matrix).tocsr()
    corpus = np.asarray(by_outlet.sum(axis=0)).ravel()
    whole = float(corpus.sum())
    candidates = {}
    for k, outlet in enumerate(names):
        row = by_outlet.getrow(k)
        used, mine = row.indices, row.data.astype(float)
        n_i = float(mine.sum())
        everyone = corpus[used]
        z = log_odds_z(mine, everyone - mine, everyone, (n_i, whole - n_i, whole))
        candidates[outlet] = sorted(used[(mine >= min_count) & (z > 0)].tolist())
    return candidates
