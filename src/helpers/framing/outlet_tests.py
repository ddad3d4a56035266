"""The outlet-versus-rest comparisons behind the findings, each tested over articles.

One family of comparisons per run (frames, voices, tone, words: `comparison_counts`),
adjusted together (Benjamini–Hochberg). `run_tests` returns the `tests` table (columns in
the catalogue) that `tested_findings` turns into sentences.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pandas as pd
from scipy import sparse

from helpers.base import catalogue
from helpers.framing import multiple_testing, significance
from helpers.framing.comparison_counts import (
    Counts,
    frame_counts,
    tone_counts,
    voice_counts,
    word_counts,
)

FALSE_DISCOVERY_RATE = 0.05  # the level of q at which a difference is stated
# The most random assignments a comparison is scored on. Benjamini–Hochberg over m
# comparisons states the first difference at p under 0.05 / m, which takes 20 m
# assignments to show; past this many (p under 5e-6), each first statement needs a few
# more differences beside it.
MAX_RESOLUTION = 200_000
# Work (assignments times articles times comparisons scored) the refinement may spend in a
# run, shared by the groups of outlets tested together in proportion to their comparisons:
# a few seconds on the development machine. A corpus with many strong differences spends
# it early, and BH states them without small p-values.
REFINE_BUDGET = 6e9
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


def article_shares(counts: Counts) -> np.ndarray | sparse.csc_matrix:
    """Per article and subject, the article's own share: its numerator over its denominator,
    0 where it has nothing to count out of (an article quoting no one gives a speaker none
    of its quoted words).

    The tests compare outlets' mean article shares, every article weighing the same, so
    that a difference can only come from what the articles say. With summed counts (an
    outlet's numerators over its denominators), an outlet that merely writes less of the
    denominator differs too: one article quoting a person in an outlet that quotes little
    made that person's share "differ" at q < 0.05 (132 of 138 voice differences stated on
    400 PolNeAR articles rested on one article); averaged over the articles that quote, an
    outlet with fewer of them did the same."""
    numerators, denominators = counts.numerators, counts.denominators
    with np.errstate(divide="ignore", invalid="ignore"):
        inverse = np.where(denominators > 0, 1 / denominators, 0.0)
    if sparse.issparse(numerators):
        return sparse.csc_matrix(sparse.diags(inverse) @ numerators)
    return np.asarray(numerators, dtype=float) * inverse[:, None]


def _spread(shares: np.ndarray | sparse.csc_matrix, columns: list[int]) -> np.ndarray:
    """Per subject, the standard deviation of the article shares: how much articles differ,
    whatever their outlet."""
    articles = shares.shape[0]
    if articles < 2:
        return np.full(len(columns), np.nan)
    picked = sparse.csc_matrix(shares[:, columns])
    mean = np.asarray(picked.mean(axis=0)).ravel()
    squares = np.asarray(picked.multiply(picked).mean(axis=0)).ravel()
    return np.sqrt(np.maximum(squares - mean**2, 0) * articles / (articles - 1))


def _countable(denominators: np.ndarray, in_outlet: np.ndarray) -> bool:
    """Whether both the outlet and the rest have something to count out of (an outlet that
    quotes no one is not compared on any speaker)."""
    return bool((denominators[in_outlet] > 0).any() and (denominators[~in_outlet] > 0).any())


def _tested(counts: Counts) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per outlet (sorted), its articles (indicators) and the subjects (columns) it is
    tested on; nothing when there is one outlet."""
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
    return tested


def _family_rows(
    counts: Counts,
    tested: dict[str, tuple[np.ndarray, np.ndarray]],
    permutations: int,
    seed: int,
    per_comparison: significance.Refinement,
) -> pd.DataFrame:
    """One family's outlet-versus-rest comparisons (the first columns of the `tests` table,
    and `spread`), outlets in sorted order, each outlet's subjects in column order.

    Outlets with as many articles are tested together (`significance.permutation_tests`),
    and each subject's spread is worked out once, so the cost grows with the articles and
    subjects, not with the outlets times the subjects. `tested`: `_tested(counts)`;
    `per_comparison`: the refinement, its budget per comparison (a group of outlets tested
    together gets it times its comparisons)."""
    by_size: dict[int, list[str]] = {}
    for outlet, (in_outlet, _) in tested.items():
        by_size.setdefault(int(in_outlet.sum()), []).append(outlet)
    shares = article_shares(counts)
    each = np.ones(shares.shape[0])
    results = {}
    for group in by_size.values():
        planned = sum(len(tested[o][1]) for o in group)
        refinement = replace(per_comparison, budget=per_comparison.budget * planned)
        found = significance.permutation_tests(
            shares, each, [tested[o] for o in group], permutations, seed, refinement
        )
        results.update(zip(group, found, strict=True))
    spread = np.full(len(counts.subjects), np.nan)
    subjects = sorted({int(c) for _, columns in tested.values() for c in columns})
    spread[subjects] = _spread(shares, subjects)
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
    kept = ~np.isnan(result.difference) & _countable(counts.denominators, in_outlet)
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
        "assignments": result.assignments[kept],
    }


def tests(families: list[Counts], permutations: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Every outlet-versus-rest comparison of `families`, tested by permuting outlets over
    articles, with Benjamini–Hochberg q-values over all of them and, per comparison, roughly
    how many articles per side its difference would need to reach q < 0.05 if it held.
    Sorted by q, then by the size of the difference (in the measure's own unit)."""
    tested = [_tested(counts) for counts in families]
    planned = sum(len(columns) for outlets in tested for _, columns in outlets.values())
    per_comparison = significance.Refinement(
        resolution=min(MAX_RESOLUTION, math.ceil(planned / FALSE_DISCOVERY_RATE)),
        budget=REFINE_BUDGET / max(planned, 1),
    )
    # Families with no comparison are left out: their empty columns would turn the others'
    # whole numbers into floats.
    found = [
        rows
        for counts, outlets in zip(families, tested, strict=True)
        if len(rows := _family_rows(counts, outlets, permutations, seed, per_comparison))
    ]
    raw = pd.concat(found, ignore_index=True) if found else _no_rows()
    raw["q"] = multiple_testing.benjamini_hochberg(raw["p"].to_numpy(float))
    needed = multiple_testing.articles_needed(
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
