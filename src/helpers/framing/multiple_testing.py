"""After the p-values: Benjamini–Hochberg's adjustment over all of a run's comparisons, and
roughly how many articles a difference would need to be stated."""

from __future__ import annotations

from statistics import NormalDist

import numpy as np


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
    difference: np.ndarray | float,
    spread: np.ndarray | float,
    comparisons: int,
    power: float = 0.8,
    level: float = 0.05,
) -> np.ndarray:
    """Roughly how many articles per side a difference this large would need to be declared
    at `level` after correction, with probability `power`, if it held (element-wise).

    A normal approximation for two groups of equal size, `spread` being the standard
    deviation of the per-article shares, at the Bonferroni level `level / comparisons` (what
    the first declaration under Benjamini–Hochberg must pass). NaN where either is zero.
    """
    difference = np.abs(np.asarray(difference, dtype=float))
    spread = np.asarray(spread, dtype=float)
    if comparisons < 1:
        return np.full(np.broadcast(difference, spread).shape, np.nan)
    normal = NormalDist()
    z = normal.inv_cdf(1 - level / comparisons / 2) + normal.inv_cdf(power)
    defined = (difference > 0) & (spread > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        needed = np.ceil(2 * (z * spread / difference) ** 2)
    return np.where(defined, needed, np.nan)
