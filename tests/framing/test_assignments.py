"""Choosing the outlet's articles for a permutation test."""

from __future__ import annotations

import numpy as np
import pytest

from helpers.framing import assignments


def test_random_assignments_choose_the_outlets_number_of_articles_each_time():
    # Every row picks exactly 3 of 10 articles, and over 20,000 rows each article is picked
    # about 3/10 of the time (seeded, so the same rows every run).
    rows = assignments.random_choices(np.random.default_rng(0), 20_000, 10, 3)
    assert set(rows.sum(axis=1)) == {3}
    assert rows.mean(axis=0) == pytest.approx(np.full(10, 0.3), abs=0.01)


def test_random_choices_pick_each_rows_smallest_keys_across_partition_blocks():
    # 300 rows span two blocks of PARTITION_ROWS; each row must pick its 2 smallest keys of
    # 6, the keys being the generator's next 300 x 6 single-precision numbers.
    keys = np.random.default_rng(3).random((300, 6), dtype=np.float32)
    rows = assignments.random_choices(np.random.default_rng(3), 300, 6, 2)
    assert 300 > assignments.PARTITION_ROWS
    assert (rows.sum(axis=1) == 2).all()
    smallest = np.argsort(keys, axis=1, kind="stable")[:, :2]
    assert all(
        set(np.flatnonzero(row)) == set(pair) for row, pair in zip(rows, smallest, strict=True)
    )
