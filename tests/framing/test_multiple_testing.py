"""Benjamini–Hochberg and the articles a difference would need, worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest

from helpers.framing import multiple_testing


def test_benjamini_hochberg_on_a_hand_worked_list():
    # Sorted: 0.005, 0.01, 0.03, 0.04 (m = 4); p * m / rank = 0.02, 0.02, 0.04, 0.04; the
    # running minimum from the top changes nothing. Back in the given order:
    q = multiple_testing.benjamini_hochberg(np.array([0.01, 0.04, 0.03, 0.005]))
    assert q == pytest.approx([0.02, 0.04, 0.04, 0.02])


def test_benjamini_hochberg_is_monotone_and_capped():
    # Sorted 0.01, 0.02, 0.5, 0.9 (m = 4): p * 4 / rank = 0.04, 0.04, 0.667, 0.9, already
    # increasing, so they stand. A lone p = 1 stays 1.
    q = multiple_testing.benjamini_hochberg(np.array([0.5, 0.01, 0.9, 0.02]))
    assert q == pytest.approx([2 / 3, 0.04, 0.9, 0.04])
    assert multiple_testing.benjamini_hochberg(np.array([1.0])) == pytest.approx([1.0])
    with pytest.raises(ValueError, match="between 0 and 1"):
        multiple_testing.benjamini_hochberg(np.array([0.2, np.nan]))


def test_articles_needed_for_a_difference():
    # 10 comparisons: two-sided level 0.05 / 10 -> z = 2.807; power 0.8 -> z = 0.842.
    # n = 2 * ((2.807 + 0.842) * 0.3 / 0.2) ** 2 = 2 * 29.96 = 59.9 -> 60 per side.
    assert multiple_testing.articles_needed(0.2, 0.3, 10) == 60
    assert multiple_testing.articles_needed(-0.2, 0.3, 10) == 60
    assert np.isnan(multiple_testing.articles_needed(0.0, 0.3, 10))
    assert np.isnan(multiple_testing.articles_needed(0.2, float("nan"), 10))
