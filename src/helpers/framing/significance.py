"""Outlet-versus-rest tests that treat the article, not the sentence, as the unit of evidence.

Sentences, quotes and words come in articles, and an article's sentences share its author,
its topic and its house style: counting them as independent draws (as a bootstrap over
sentences does) makes a single article look like strong evidence about its outlet. Here a
comparison asks whether one outlet's share (the sum of its articles' numerators over the sum
of their denominators) differs from the other outlets' more than it would if outlet labels
were shuffled across whole articles. `outlet_tests` gives each article's own share as its
numerator and 1 as its denominator, so the shares compared are mean article shares: summed
counts would also differ when an outlet merely writes less of the denominator (quotes less,
say), and one article could then carry a difference. Every way of choosing the outlet's
articles is tried when there are at most `permutations` of them (an exact test), otherwise
`permutations` random choices are drawn with a fixed seed.

Benjamini and Hochberg's (1995) step-up procedure then adjusts the p-values of all the
comparisons made (`multiple_testing`), so that about 5% of the differences stated at
q < 0.05 are false leads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from helpers.framing.assignments import article_choices, random_choices

CHUNK = 256  # assignments turned into floats at a time: memory grows with this times articles
NULL_CELLS = 2**18  # assignments times columns scored at a time (2 MiB of floats per array)
TOLERANCE = 1e-12  # differences this close to the observed one count as equally extreme
# A comparison with this many assignments at least as extreme has a p-value known well
# enough; one with fewer gets more random assignments (Besag and Clifford 1991).
ENOUGH_EXTREME = 10
REFINE_CHUNK = 4096  # random assignments drawn at a time for the comparisons still open


@dataclass(frozen=True)
class Refinement:
    """How far one call refines the comparisons few assignments reach: up to `resolution`
    assignments each, within `budget` units of work (assignments drawn times articles times
    the columns scored, plus one; a chunk that would overspend it is not drawn), so that a
    large corpus with many strong differences, which BH states without small p-values,
    does not pay for them."""

    resolution: int = 0
    budget: float = 0.0


@dataclass(frozen=True)
class PermutationResult:
    """Per comparison (column): the outlet's and the rest's share, their difference, its
    two-sided p-value and how many choices of articles it was scored on (`assignments`)."""

    outlet_share: np.ndarray
    rest_share: np.ndarray
    difference: np.ndarray
    p: np.ndarray
    assignments: np.ndarray
    exact: bool


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
    """Compare one outlet's shares with the other outlets', permuting over articles.

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
    columns = list(range(numerators.shape[1]))
    (result,) = permutation_tests(
        numerators, denominators, [(in_outlet, columns)], permutations, seed
    )
    return result


def permutation_tests(
    numerators: np.ndarray | sparse.spmatrix,
    denominators: np.ndarray,
    outlets: Sequence[tuple[np.ndarray, Sequence[int]]],
    permutations: int = 2000,
    seed: int = 0,
    refinement: Refinement = Refinement(),
) -> list[PermutationResult]:
    """`permutation_test` of several outlets with as many articles each, every outlet on
    its own columns (`(in_outlet, columns)` pairs); one result per outlet, its columns in
    the order given.

    Outlets with as many articles are tested against the same assignments, so each
    assignment's difference is scored once per column for all of them, not once per
    outlet: 400 one-article outlets cost about what one does.

    With random assignments, a comparison that fewer than `ENOUGH_EXTREME` of them reach
    gets more, drawn `REFINE_CHUNK` at a time, until that many reach it or the
    `refinement`'s resolution or budget is reached: `permutations` draws cannot give a
    p-value under 1 / (permutations + 1), and Benjamini–Hochberg over m comparisons needs
    p under 0.05 / m for the first.
    """
    numerators = numerators if sparse.issparse(numerators) else np.asarray(numerators, float)
    denominators = np.asarray(denominators, dtype=float)
    members = [np.asarray(in_outlet, dtype=bool) for in_outlet, _ in outlets]
    articles, chosen = len(members[0]), int(members[0].sum())
    if permutations < 1:
        raise ValueError(f"permutations must be at least 1, got {permutations}")
    if not 0 < chosen < articles:
        raise ValueError(f"the outlet has {chosen} of {articles} articles: need some on each side")
    if any(int(member.sum()) != chosen for member in members):
        raise ValueError("outlets tested together must have as many articles each")
    union = sorted({int(c) for _, columns in outlets for c in columns})
    position = {column: k for k, column in enumerate(union)}
    wanted = [np.array([position[int(c)] for c in columns], dtype=int) for _, columns in outlets]
    design = _Design(numerators[:, union], denominators, union)
    observed = [
        design.shares(member[None, :].astype(float), own)[0]
        for member, own in zip(members, wanted, strict=True)
    ]
    rows, exact = article_choices(articles, chosen, permutations, seed)
    extreme = _extreme_counts(design, rows, wanted, observed)
    drawn = [np.full(len(own), len(rows)) for own in wanted]
    if not exact:
        _refine(design, (articles, chosen), wanted, observed, (extreme, drawn), refinement, seed)
    return [
        _result(member, design, own, seen, count, draws, exact)
        for member, own, seen, count, draws in zip(
            members, wanted, observed, extreme, drawn, strict=True
        )
    ]


def _refine(
    design: _Design,
    shape: tuple[int, int],
    wanted: list[np.ndarray],
    observed: list[np.ndarray],
    tallies: tuple[list[np.ndarray], list[np.ndarray]],
    refinement: Refinement,
    seed: int,
) -> None:
    """Draw more random assignments (of `shape`: articles, the outlet's articles) for the
    comparisons fewer than `ENOUGH_EXTREME` reach, adding to `tallies` (extreme counts and
    assignments drawn, per outlet and column) until none is left open or the refinement's
    resolution or budget is reached. The draws have a seed of their own, so a re-run gives
    the same p-values."""
    extreme, drawn = tallies
    rng = np.random.default_rng([seed, 1])
    so_far = max((int(draws.max()) for draws in drawn if len(draws)), default=0)
    spent = 0.0
    while so_far < refinement.resolution:
        still = [count < ENOUGH_EXTREME for count in extreme]
        columns = sorted(
            {int(c) for own, keep in zip(wanted, still, strict=True) for c in own[keep]}
        )
        count = min(REFINE_CHUNK, refinement.resolution - so_far)
        cost = count * shape[0] * (len(columns) + 1)
        if not columns or spent + cost > refinement.budget:
            return
        position = {column: k for k, column in enumerate(columns)}
        rows = random_choices(rng, count, *shape)
        found = _extreme_counts(
            design.subset(columns),
            rows,
            [
                np.array([position[int(c)] for c in own[keep]], dtype=int)
                for own, keep in zip(wanted, still, strict=True)
            ],
            [seen[keep] for seen, keep in zip(observed, still, strict=True)],
        )
        for keep, counts, total, draws in zip(still, found, extreme, drawn, strict=True):
            total[keep] += counts
            draws[keep] += len(rows)
        so_far += len(rows)
        spent += cost


def _extreme_counts(
    design: _Design, rows: np.ndarray, wanted: list[np.ndarray], observed: list[np.ndarray]
) -> list[np.ndarray]:
    """Per outlet and column of its own, the assignments whose difference is at least as
    far from zero as the observed one; the assignments are scored a block of columns at a
    time (`NULL_CELLS`), each block once for every outlet."""
    extreme = [np.zeros(len(own)) for own in wanted]
    block_size = max(1, NULL_CELLS // len(rows))
    for start in range(0, design.width, block_size):
        block = np.arange(start, min(start + block_size, design.width))
        counts = design.columns(block)
        null = np.vstack(
            [
                np.abs(_shares(rows[i : i + CHUNK].astype(float), *counts))
                for i in range(0, len(rows), CHUNK)
            ]
        )
        for own, seen, count in zip(wanted, observed, extreme, strict=True):
            inside = (own >= block[0]) & (own <= block[-1])
            scored = null[:, own[inside] - block[0]]
            count[inside] += (~(scored < np.abs(seen[inside]) - TOLERANCE)).sum(axis=0)
    return extreme


class _Design:
    """The counts of the columns tested together, and their totals over all articles."""

    def __init__(
        self, numerators: np.ndarray | sparse.spmatrix, denominators: np.ndarray, union: list[int]
    ) -> None:
        self.numerators = numerators
        self.width = len(union)
        self.denominators = denominators[:, union] if denominators.ndim == 2 else denominators
        self.totals = (np.asarray(numerators.sum(axis=0)).ravel(), self.denominators.sum(axis=0))

    def columns(self, picked: np.ndarray) -> tuple:
        """Numerators, denominators and totals of the columns `picked` (positions)."""
        bottoms = self.denominators
        total_bottom = self.totals[1]
        if bottoms.ndim == 2:
            bottoms, total_bottom = bottoms[:, picked], total_bottom[picked]
        return self.numerators[:, picked], bottoms, (self.totals[0][picked], total_bottom)

    def subset(self, positions: list[int]) -> _Design:
        """The design of the columns at `positions` alone."""
        bottoms = (
            self.denominators[:, positions] if self.denominators.ndim == 2 else self.denominators
        )
        return _Design(self.numerators[:, positions], bottoms, list(range(len(positions))))

    def shares(self, rows: np.ndarray, picked: np.ndarray) -> np.ndarray:
        """Outlet share minus rest share of the columns `picked`, per row of indicators."""
        return _shares(rows, *self.columns(picked))


def _result(
    member: np.ndarray,
    design: _Design,
    own: np.ndarray,
    observed: np.ndarray,
    extreme: np.ndarray,
    assignments: np.ndarray,
    exact: bool,
) -> PermutationResult:
    # An exact test counts the observed assignment among its rows; a random one adds it.
    p = extreme / assignments if exact else (extreme + 1) / (assignments + 1)
    p = np.where(np.isnan(observed), 1.0, np.minimum(p, 1.0))
    numerators, denominators, _ = design.columns(own)
    outlet_share = _outlet_share(member, numerators, denominators)
    return PermutationResult(
        outlet_share=outlet_share,
        rest_share=outlet_share - observed,
        difference=observed,
        p=p,
        assignments=assignments,
        exact=exact,
    )


def _outlet_share(
    in_outlet: np.ndarray, numerators: np.ndarray | sparse.spmatrix, denominators: np.ndarray
) -> np.ndarray:
    """The outlet's own share per comparison (NaN where it has nothing to count out of)."""
    own = _sums(in_outlet[None, :].astype(float), numerators)[0]
    own_bottom = _sums(in_outlet[None, :].astype(float), denominators)
    own_bottom = own_bottom[0] if own_bottom.ndim == 2 else own_bottom
    with np.errstate(divide="ignore", invalid="ignore"):
        return own / np.where(own_bottom > 0, own_bottom, np.nan)
