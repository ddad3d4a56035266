"""Which articles an outlet-versus-rest test gives the outlet: every choice of its number of
articles when there are few enough of them, else random choices with a fixed seed."""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import combinations

import numpy as np

PARTITION_ROWS = 256  # rows of random keys partitioned at a time


def assignment_count(articles: int, in_outlet: int) -> int:
    """The number of ways to choose the outlet's articles among all articles."""
    return math.comb(articles, in_outlet)


@lru_cache(maxsize=8)
def article_choices(
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
    rows = random_choices(np.random.default_rng(seed), permutations, articles, in_outlet)
    rows.flags.writeable = False
    return rows, False


def random_choices(
    rng: np.random.Generator, count: int, articles: int, in_outlet: int
) -> np.ndarray:
    """`count` random choices of `in_outlet` articles, as rows of article indicators: the
    articles whose random keys are among a row's `in_outlet` smallest. Single-precision keys
    and a threshold take a third of the time of sorting double-precision ones; the rare row
    where two keys tie at the threshold is drawn again."""
    keys = rng.random((count, articles), dtype=np.float32)
    # Each row's threshold, partitioning a block of rows at a time: partitioning them all
    # at once copied every key (32 MB for 4,096 draws over 2,000 articles).
    threshold = np.empty((count, 1), dtype=np.float32)
    for start in range(0, count, PARTITION_ROWS):
        block = np.partition(keys[start : start + PARTITION_ROWS], in_outlet - 1, axis=1)
        threshold[start : start + PARTITION_ROWS] = block[:, in_outlet - 1 : in_outlet]
    rows = keys <= threshold
    tied = np.flatnonzero(rows.sum(axis=1) != in_outlet)
    if len(tied):
        rows[tied] = random_choices(rng, len(tied), articles, in_outlet)
    return rows


def smallest_p(articles: int, in_outlet: int, permutations: int) -> float:
    """The smallest two-sided p-value an outlet-versus-rest test of this design can give:
    one over the number of ways to choose the outlet's articles (or over the random
    assignments plus one)."""
    count = assignment_count(articles, in_outlet)
    return 1 / count if count <= permutations else 1 / (permutations + 1)
