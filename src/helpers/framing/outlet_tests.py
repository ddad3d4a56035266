"""The outlet-versus-rest comparisons behind the findings, each tested over articles.

One family of comparisons per run (frames, voices, tone, words: `comparison_counts`),
adjusted together (Benjamini–Hochberg). `run_tests` returns the `tests` table (columns in
the catalogue) that `tested_findings` turns into sentences.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse

from helpers.base import catalogue
from helpers.framing import significance
from helpers.framing.comparison_counts import (
    Counts,
    frame_counts,
    tone_counts,
    voice_counts,
    word_counts,
)

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
