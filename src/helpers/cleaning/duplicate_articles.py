"""Whole articles filed twice: an article whose content lines are mostly an earlier one's."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from helpers.cleaning.repeats import check_threshold, shown

# A line shared by more articles than this ("Copyright The Associated Press") says nothing
# about which article another one repeats.
MAX_POSTING = 100


def find_duplicate_articles(
    line_keys: Sequence[frozenset[str]], threshold: float
) -> dict[int, tuple[int, float]]:
    """Articles that repeat an earlier one: {index: (index of the first copy, overlap)}.

    Overlap is the share of content lines the two have in common, over the larger article,
    so an article that contains a short one is not a duplicate of it. A line found in more
    than MAX_POSTING earlier articles is not counted as in common.
    """
    check_threshold(threshold)
    articles_with: dict[str, list[int]] = defaultdict(list)
    duplicates: dict[int, tuple[int, float]] = {}
    for index, keys in enumerate(line_keys):
        if not keys:
            continue
        best = _first_copy(keys, line_keys, articles_with, threshold)
        if best is not None:
            duplicates[index] = best
            continue
        for key in keys:
            articles_with[key].append(index)
    return duplicates


def _first_copy(
    keys: frozenset[str],
    line_keys: Sequence[frozenset[str]],
    articles_with: dict[str, list[int]],
    threshold: float,
) -> tuple[int, float] | None:
    """The earlier article sharing the largest share of `keys`, the first of equals, if any
    shares at least `threshold` of them.

    An article that shares that much shares at least `needed` of the counted lines, so it
    is in the list of at least one of any `len(counted) - needed + 1` of them: only the
    articles in the shortest such lists are scored.
    """
    counted = [key for key in keys if len(articles_with.get(key, ())) <= MAX_POSTING]
    start = max(math.floor(threshold * len(keys)) - 1, 0)
    needed = next(n for n in range(start, len(keys) + 1) if n / len(keys) >= threshold)
    if len(counted) < needed:
        return None
    counted.sort(key=lambda key: len(articles_with.get(key, ())))
    others = {
        other
        for key in counted[: len(counted) - needed + 1]
        for other in articles_with.get(key, ())
    }
    shared = frozenset(counted)
    scores = [
        (other, len(shared & line_keys[other]) / max(len(keys), len(line_keys[other])))
        for other in others
    ]
    best = max(scores, key=lambda item: (item[1], -item[0]), default=None)
    return (best[0], shown(best[1])) if best is not None and best[1] >= threshold else None
