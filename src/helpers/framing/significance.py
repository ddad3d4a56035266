"""Outlet-versus-rest tests that treat the article, not the sentence, as the unit of evidence.

Sentences, quotes and words come in articles, and an article's sentences share its author,
its topic and its house style: counting them as independent draws (as a bootstrap over
sentences does) makes a single article look like strong evidence about its outlet. Here a
comparison asks whether one outlet's pooled share (the sum of its articles' numerators over
the sum of their denominators: sentences carrying a frame over sentences, quotes given to a
speaker over quotes, uses of a word over words) differs from the other outlets' more than
it would if outlet labels were shuffled across whole articles. Every way of choosing the
outlet's articles is tried when there are at most `permutations` of them (an exact test),
otherwise `permutations` random choices are drawn with a fixed seed.

Benjamini and Hochberg's (1995) step-up procedure then adjusts the p-values of all the
comparisons made, so that about 5% of the differences stated at q < 0.05 are false leads.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from statistics import NormalDist

import numpy as np
from scipy import sparse

CHUNK = 256  # permutations scored together: memory grows with this times the comparisons
TOLERANCE = 1e-12  # differences this close to the observed one count as equally extreme


@dataclass(frozen=True)
class PermutationResult:
    """Per comparison (column): the outlet's and the rest's pooled share, their difference
    and its two-sided p-value; `assignments` is how many choices of articles were scored."""

    outlet_share: np.ndarray
    rest_share: np.ndarray
    difference: np.ndarray
    p: np.ndarray
    assignments: int
    exact: bool


def assignment_count(articles: int, in_outlet: int) -> int:
    """The number of ways to choose the outlet's articles among all articles."""
    return math.comb(articles, in_outlet)


@lru_cache(maxsize=8)
def _assignments(
    articles: int, in_outlet: int, permutations: int, seed: int
) -> tuple[np.ndarray, bool]:
    """Rows of article indicators (bool): every choice of `in_outlet` articles when there
    are at most `permutations`, else `permutations` random choices. Kept for the next
    comparison of the same design: outlets with as many articles share their draws."""
    if assignment_count(articles, in_outlet) <= permutations:
        chosen = list(combinations(range(articles), in_outlet))
        rows = np.zeros((len(chosen), articles), dtype=bool)
        for row, picked in enumerate(chosen):
            rows[row, list(picked)] = True
        return rows, True
    rng = np.random.default_rng(seed)
    picked = np.argpartition(rng.random((permutations, articles)), in_outlet - 1, axis=1)
    rows = np.zeros((permutations, articles), dtype=bool)
    np.put_along_axis(rows, picked[:, :in_outlet], True, axis=1)
    rows.flags.writeable = False
    return rows, False


def _sums(rows: np.ndarray, values: np.ndarray | sparse.spmatrix) -> np.ndarray:
    """Per row of `rows`, the sum of `values` over the articles it picks."""
    if sparse.issparse(values):
        return np.asarray((values.T @ rows.T).T)
    return rows @ values


def _shares(
    rows: np.ndarray,
    numerators: np.ndarray | sparse.spmatrix,
    denominators: np.ndarray,
    totals: tuple[np.ndarray, np.ndarray],
) -> np.ndarray:
    """Outlet share minus rest share for each row of article indicators; NaN where a side
    has a zero denominator."""
    top_in = _sums(rows, numerators)
    bottom_in = _sums(rows, denominators)
    if bottom_in.ndim == 1:
        bottom_in = bottom_in[:, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        inside = top_in / np.where(bottom_in > 0, bottom_in, np.nan)
        rest_bottom = totals[1] - bottom_in
        outside = (totals[0] - top_in) / np.where(rest_bottom > 0, rest_bottom, np.nan)
    return inside - outside


def permutation_test(
    numerators: np.ndarray | sparse.spmatrix,
    denominators: np.ndarray,
    in_outlet: np.ndarray,
    permutations: int = 2000,
    seed: int = 0,
) -> PermutationResult:
    """Compare one outlet's pooled shares with the other outlets', permuting over articles.

    Args:
        numerators: per article (rows) and comparison (columns), what is counted.
        denominators: per article, what it is counted out of: one column shared by every
            comparison (shape `(articles,)`) or one per comparison.
        in_outlet: per article, whether it is the outlet's.
        permutations: the most assignments scored; fewer articles are tested exactly.
        seed: for the random assignments, so a re-run gives the same p-values.

    A comparison whose outlet or rest has nothing to count out of gets NaN shares and p = 1;
    assignments that leave a side empty count as at least as extreme (the cautious side).
    """
    numerators = numerators if sparse.issparse(numerators) else np.asarray(numerators, float)
    denominators = np.asarray(denominators, dtype=float)
    in_outlet = np.asarray(in_outlet, dtype=bool)
    articles, chosen = len(in_outlet), int(in_outlet.sum())
    if permutations < 1:
        raise ValueError(f"permutations must be at least 1, got {permutations}")
    if not 0 < chosen < articles:
        raise ValueError(f"the outlet has {chosen} of {articles} articles: need some on each side")
    totals = (np.asarray(numerators.sum(axis=0)).ravel(), denominators.sum(axis=0))
    observed = _shares(in_outlet[None, :].astype(float), numerators, denominators, totals)[0]
    rows, exact = _assignments(articles, chosen, permutations, seed)
    extreme = np.zeros_like(observed)
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK].astype(float)
        scored = np.abs(_shares(chunk, numerators, denominators, totals))
        extreme += (~(scored < np.abs(observed) - TOLERANCE)).sum(axis=0)
    # An exact test counts the observed assignment among its rows; a random one adds it.
    p = extreme / len(rows) if exact else (extreme + 1) / (len(rows) + 1)
    p = np.where(np.isnan(observed), 1.0, np.minimum(p, 1.0))
    outlet_share = _outlet_share(in_outlet, numerators, denominators)
    return PermutationResult(
        outlet_share=outlet_share,
        rest_share=outlet_share - observed,
        difference=observed,
        p=p,
        assignments=len(rows),
        exact=exact,
    )


def _outlet_share(
    in_outlet: np.ndarray, numerators: np.ndarray | sparse.spmatrix, denominators: np.ndarray
) -> np.ndarray:
    """The outlet's own pooled share per comparison (NaN where it has nothing to count out of)."""
    own = _sums(in_outlet[None, :].astype(float), numerators)[0]
    own_bottom = _sums(in_outlet[None, :].astype(float), denominators)
    own_bottom = own_bottom[0] if own_bottom.ndim == 2 else own_bottom
    with np.errstate(divide="ignore", invalid="ignore"):
        return own / np.where(own_bottom > 0, own_bottom, np.nan)


def smallest_p(articles: int, in_outlet: int, permutations: int) -> float:
    """The smallest two-sided p-value an outlet-versus-rest test of this design can give:
    one over the number of ways to choose the outlet's articles (or over the random
    assignments plus one)."""
    count = assignment_count(articles, in_outlet)
    return 1 / count if count <= permutations else 1 / (permutations + 1)


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (q-values) of a family of p-values: the smallest
    false discovery rate at which each would be declared, made monotone in p."""
    p = np.asarray(p, dtype=float)
    if p.size == 0:
        return p
    if np.any(np.isnan(p)) or np.any((p < 0) | (p > 1)):
        raise ValueError("p-values must be numbers between 0 and 1")
    order = np.argsort(p, kind="stable")
    ranked = p[order] * len(p) / np.arange(1, len(p) + 1)
    q = np.minimum.accumulate(ranked[::-1])[::-1]
    adjusted = np.empty_like(p)
    adjusted[order] = np.minimum(q, 1.0)
    return adjusted


def articles_needed(
    difference: float, spread: float, comparisons: int, power: float = 0.8, level: float = 0.05
) -> float:
    """Roughly how many articles per side a difference this large would need to be declared
    at `level` after correction, with probability `power`, if it held.

    A normal approximation for two groups of equal size, `spread` being the standard
    deviation of the per-article shares, at the Bonferroni level `level / comparisons` (what
    the first declaration under Benjamini–Hochberg must pass). NaN when either is zero.
    """
    if comparisons < 1 or not abs(difference) > 0 or not spread > 0:
        return float("nan")
    normal = NormalDist()
    z = normal.inv_cdf(1 - level / comparisons / 2) + normal.inv_cdf(power)
    return math.ceil(2 * (z * spread / difference) ** 2)
