"""The outlet-versus-rest comparisons behind the findings, each tested over articles.

One family of comparisons per run, adjusted together (Benjamini–Hochberg):

- frames: per codebook, frame and outlet, the share of the outlet's articles a model finds
  the frame in, or (keyword codebooks) the share of its paragraph sentences carrying it;
- voices: per speaker and outlet, the share of the outlet's quoted words that are the
  speaker's (from the quotes table);
- tone: per outlet, the mean VADER compound score of its sentences;
- words: per outlet, every word `lexical.distinctive_terms` could list for it (used at
  least `min_count` times, z above 0): its uses per 1,000 of the outlet's words.

`run_tests` returns the `tests` table (columns in the catalogue) that `tested_findings` turns into sentences.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from helpers.base import catalogue
from helpers.base.catalogue import PERSON
from helpers.base.columns import column_lists
from helpers.base.sentence_table import body
from helpers.framing import significance
from helpers.framing.lexical import log_odds_z

FALSE_DISCOVERY_RATE = 0.05  # the level of q at which a difference is stated
KINDS = ("frame", "voice", "tone", "word")
# What a family's comparisons hold before q and articles_needed are worked out over all.
FAMILY_COLUMNS = [
    "kind",
    "codebook",
    "outlet",
    "subject",
    "measure",
    "outlet_value",
    "rest_value",
    "difference",
    "outlet_articles",
    "rest_articles",
    "p",
    "spread",
    "assignments",
]


@dataclass(frozen=True)
class Counts:
    """What one kind of comparison counts, per article (rows) and subject (columns).

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
            measure = "share of its paragraph sentences carrying the frame (keywords)"
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
    """Each person's words among an article's directly quoted words (organisations, anonymous
    and unattributed sources count in the whole, as in the voice share table)."""
    files = articles["file"].tolist()
    quotes = quotes[quotes["file"].isin(set(files)) & (quotes["kind"] == "direct")]
    words = quotes.pivot_table(index="file", columns="speaker", values="words", aggfunc="sum")
    words = words.reindex(files).fillna(0)
    people = set(quotes.loc[quotes["speaker_type"] == PERSON, "speaker"])
    named = sorted(s for s in words.columns if s in people)
    return Counts(
        "voice",
        "",
        "share of its quoted words",
        articles["outlet"].tolist(),
        named,
        words[named].to_numpy(float),
        words.sum(axis=1).to_numpy(float),
    )


def tone_counts(sentence_tone: pd.DataFrame, articles: pd.DataFrame) -> Counts:
    """Each article's summed VADER compound over its sentences."""
    per_file = sentence_tone.groupby("file")["compound"].agg(["sum", "size"])
    per_file = per_file.reindex(articles["file"]).fillna(0)
    return Counts(
        "tone",
        "",
        "mean VADER compound score of its sentences",
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
    cells = [(i, column[t], n) for i, f in enumerate(files) for t, n in per_file[f].items()]
    rows, columns, values = zip(*cells, strict=True) if cells else ((), (), ())
    matrix = sparse.csr_matrix((values, (rows, columns)), shape=(len(files), len(vocabulary)))
    outlets = [outlet_of[f] for f in files]
    return Counts(
        "word",
        "",
        "uses per 1,000 of its words",
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


def _spread(counts: Counts, columns: list[int]) -> np.ndarray:
    """Per subject, the standard deviation of the per-article shares (articles with
    something to count out of): how much articles differ, whatever their outlet."""
    numerators = counts.numerators[:, columns]
    denominators = counts.denominators
    if denominators.ndim == 2:
        denominators = denominators[:, columns]
        with np.errstate(divide="ignore", invalid="ignore"):
            shares = np.where(denominators > 0, numerators / denominators, np.nan)
        return np.nanstd(shares, axis=0, ddof=1)
    kept = denominators > 0
    if kept.sum() < 2:
        return np.full(len(columns), np.nan)
    shares = sparse.diags(1 / denominators[kept]) @ sparse.csr_matrix(numerators[kept])
    mean = np.asarray(shares.mean(axis=0)).ravel()
    squares = np.asarray(shares.multiply(shares).mean(axis=0)).ravel()
    return np.sqrt(np.maximum(squares - mean**2, 0) * kept.sum() / (kept.sum() - 1))


def _family_rows(counts: Counts, permutations: int, seed: int) -> pd.DataFrame:
    """One family's outlet-versus-rest comparisons (the first columns of the `tests` table,
    and `spread`), outlets in sorted order, each outlet's subjects in column order.

    Outlets with as many articles are tested together (`significance.permutation_tests`),
    and each subject's spread is worked out once, so the cost grows with the articles and
    subjects, not with the outlets times the subjects."""
    outlets = sorted(set(counts.outlets))
    labels = np.array(counts.outlets, dtype=object)
    tested = {}
    for outlet in outlets if len(outlets) > 1 else []:
        columns = (
            counts.candidates.get(outlet, [])
            if counts.candidates is not None
            else list(range(len(counts.subjects)))
        )
        if columns:
            tested[outlet] = (labels == outlet, np.asarray(columns, dtype=int))
    by_size: dict[int, list[str]] = {}
    for outlet, (in_outlet, _) in tested.items():
        by_size.setdefault(int(in_outlet.sum()), []).append(outlet)
    results = {}
    for group in by_size.values():
        found = significance.permutation_tests(
            counts.numerators, counts.denominators, [tested[o] for o in group], permutations, seed
        )
        results.update(zip(group, found, strict=True))
    spread = np.full(len(counts.subjects), np.nan)
    subjects = sorted({int(c) for _, columns in tested.values() for c in columns})
    spread[subjects] = _spread(counts, subjects)
    parts = [
        _outlet_rows(counts, outlet, in_outlet, columns, results[outlet], spread)
        for outlet, (in_outlet, columns) in tested.items()
    ]
    if not parts:
        return _no_rows()
    # One frame from the joined columns: a frame per outlet, then concat, took seconds.
    return pd.DataFrame({c: np.concatenate([part[c] for part in parts]) for c in FAMILY_COLUMNS})


def _no_rows() -> pd.DataFrame:
    return pd.DataFrame({c: [] for c in FAMILY_COLUMNS})


def _outlet_rows(
    counts: Counts,
    outlet: str,
    in_outlet: np.ndarray,
    columns: np.ndarray,
    result: significance.PermutationResult,
    spread: np.ndarray,
) -> dict[str, np.ndarray]:
    """One outlet's comparisons, those with a difference to test (both sides count
    something), as one array per column of `FAMILY_COLUMNS`."""
    kept = ~np.isnan(result.difference)
    picked = columns[kept]

    def repeated(value: object) -> np.ndarray:
        return np.full(len(picked), value, dtype=object if isinstance(value, str) else None)

    return {
        "kind": repeated(counts.kind),
        "codebook": repeated(counts.codebook),
        "outlet": repeated(outlet),
        "subject": np.asarray(counts.subjects, dtype=object)[picked],
        "measure": repeated(counts.measure),
        "outlet_value": result.outlet_share[kept] * counts.scale,
        "rest_value": result.rest_share[kept] * counts.scale,
        "difference": result.difference[kept] * counts.scale,
        "outlet_articles": repeated(int(in_outlet.sum())),
        "rest_articles": repeated(int((~in_outlet).sum())),
        "p": result.p[kept],
        "spread": spread[picked] * counts.scale,
        "assignments": repeated(result.assignments),
    }


def tests(families: list[Counts], permutations: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Every outlet-versus-rest comparison of `families`, tested by permuting outlets over
    articles, with Benjamini–Hochberg q-values over all of them and, per comparison, roughly
    how many articles per side its difference would need to reach q < 0.05 if it held.
    Sorted by q, then by the size of the difference (in the measure's own unit)."""
    # Families with no comparison are left out: their empty columns would turn the others'
    # whole numbers into floats.
    found = [rows for counts in families if len(rows := _family_rows(counts, permutations, seed))]
    raw = pd.concat(found, ignore_index=True) if found else _no_rows()
    raw["q"] = significance.benjamini_hochberg(raw["p"].to_numpy(float))
    needed = significance.articles_needed(
        raw["difference"].to_numpy(float),
        raw["spread"].to_numpy(float),
        len(raw),
        level=FALSE_DISCOVERY_RATE,
    )
    raw["articles_needed"] = pd.array(needed, dtype="Int64")  # whole articles, or empty
    raw["order"] = raw["kind"].map({kind: i for i, kind in enumerate(KINDS)})
    raw["size"] = raw["difference"].abs()
    raw = raw.sort_values(["order", "q", "size"], ascending=[True, True, False], kind="stable")
    return raw[catalogue.columns("tests")].reset_index(drop=True)


def run_tests(
    article_table: pd.DataFrame,
    sentences: pd.DataFrame,
    quotes: pd.DataFrame,
    sentence_tone: pd.DataFrame,
    min_count: int = 2,
    permutations: int = 2000,
) -> pd.DataFrame:
    """The run's tests table: frames, voices, tone and words of the compared articles."""
    articles = sentences.drop_duplicates("file")[["file", "outlet"]]
    families = frame_counts(article_table, sentences)
    families += [voice_counts(quotes, articles), tone_counts(sentence_tone, articles)]
    families.append(word_counts(sentences, min_count))
    return tests(families, permutations)
