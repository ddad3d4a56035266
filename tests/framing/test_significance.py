"""Outlet-versus-rest permutation tests over articles, Benjamini–Hochberg, articles needed.

Every expected value is worked out by hand in the comment above it.
"""

from __future__ import annotations

import numpy as np
import pytest

from helpers.framing import assignments, significance


def test_one_article_among_five_can_never_reach_p_below_a_fifth():
    # The outlet's one article carries the frame, the other four do not. Shuffling outlet
    # labels over the five articles gives five assignments; only the observed one puts the
    # carrying article in the outlet, and no assignment gives -1: p = 1/5.
    result = significance.permutation_test(
        np.array([[1], [0], [0], [0], [0]]), np.ones(5), np.array([1, 0, 0, 0, 0], bool)
    )
    assert result.exact and result.assignments == 5
    assert result.outlet_share[0] == 1 and result.rest_share[0] == 0
    assert result.p[0] == pytest.approx(0.2)
    assert assignments.smallest_p(5, 1, 2000) == pytest.approx(0.2)


def test_two_of_four_articles_exact_test():
    # Articles 1-2 (the outlet) carry the frame, 3-4 do not: difference 1 - 0 = 1. Of the
    # C(4, 2) = 6 ways to pick two articles, {1, 2} gives +1 and {3, 4} gives -1; the other
    # four give 0.5 - 0.5 = 0. Two of six are as extreme: p = 1/3.
    result = significance.permutation_test(
        np.array([[1], [1], [0], [0]]), np.ones(4), np.array([1, 1, 0, 0], bool)
    )
    assert result.assignments == 6
    assert result.difference[0] == 1
    assert result.p[0] == pytest.approx(1 / 3)


def test_shares_pool_the_articles_counts():
    # Outlet: 3 of 4 and 1 of 6 sentences carry the frame -> 4 / 10 = 0.4 (not the mean of
    # 0.75 and 0.17). Rest: 0 of 5 and 2 of 5 -> 0.2. Difference 0.2.
    result = significance.permutation_test(
        np.array([[3], [1], [0], [2]]), np.array([4, 6, 5, 5]), np.array([1, 1, 0, 0], bool)
    )
    assert result.outlet_share[0] == pytest.approx(0.4)
    assert result.rest_share[0] == pytest.approx(0.2)
    assert result.difference[0] == pytest.approx(0.2)


def test_random_assignments_when_there_are_too_many():
    # 20 carrying articles in the outlet, 20 without in the rest: C(40, 20) is about 1.4e11
    # assignments, so 199 random ones are drawn; none of them (bar a 1-in-1e11 chance) is as
    # extreme as the observed split, so p = (0 + 1) / (199 + 1).
    values = np.array([[1]] * 20 + [[0]] * 20)
    result = significance.permutation_test(
        values, np.ones(40), np.arange(40) < 20, permutations=199, seed=3
    )
    assert not result.exact and result.assignments == 199
    assert result.p[0] == pytest.approx(1 / 200)
    assert assignments.smallest_p(40, 20, 199) == pytest.approx(1 / 200)


def test_a_side_with_nothing_to_count_gets_no_share_and_p_one():
    # The outlet's articles have no quotes at all: its share of quoted words is undefined.
    result = significance.permutation_test(
        np.array([[0], [0], [4]]), np.array([0, 0, 8]), np.array([1, 1, 0], bool)
    )
    assert np.isnan(result.outlet_share[0]) and result.p[0] == 1


def test_the_outlet_needs_articles_on_both_sides():
    with pytest.raises(ValueError, match="need some on each side"):
        significance.permutation_test(np.ones((2, 1)), np.ones(2), np.array([1, 1], bool))


# 5 cells: the five assignments' scores one subject at a time
@pytest.mark.parametrize("cells", [significance.NULL_CELLS, 5])
def test_one_article_outlets_tested_together_each_on_their_own_subjects(monkeypatch, cells):
    monkeypatch.setattr(significance, "NULL_CELLS", cells)
    # Five one-article outlets, two subjects. Subject 0: only article A carries it (1 of 2
    # sentences); subject 1: articles B and C carry 1 of 2 each. Every outlet has the same
    # five assignments (one article alone against the other four).
    #   A on subject 0: 0.5 - 0/8 = 0.5; only A's assignment reaches 0.5 -> p = 1/5.
    #   B on subject 1: 0.5 - 1/8 = 0.375; B's and C's assignments reach it -> p = 2/5.
    #   D on subjects 0 and 1: 0 - 1/8 = -0.125 and 0 - 2/8 = -0.25. Subject 0: every
    #   assignment is at least as far from 0 (A's 0.5, the others' 0.125) -> p = 1;
    #   subject 1: B's and C's 0.375 and A's, D's, E's 0.25 -> p = 1.
    numerators = np.array([[1, 0], [0, 1], [0, 1], [0, 0], [0, 0]])
    denominators = np.full(5, 2)
    outlet = [np.arange(5) == k for k in range(5)]
    a, b, d = significance.permutation_tests(
        numerators, denominators, [(outlet[0], [0]), (outlet[1], [1]), (outlet[3], [0, 1])]
    )
    assert a.difference == pytest.approx([0.5]) and a.p == pytest.approx([0.2])
    assert b.difference == pytest.approx([0.375]) and b.p == pytest.approx([0.4])
    assert d.difference == pytest.approx([-0.125, -0.25]) and d.p == pytest.approx([1, 1])
    assert d.outlet_share == pytest.approx([0, 0]) and d.rest_share == pytest.approx([0.125, 0.25])


def test_outlets_tested_together_must_have_as_many_articles():
    with pytest.raises(ValueError, match="as many articles each"):
        significance.permutation_tests(
            np.ones((3, 1)),
            np.ones(3),
            [(np.array([1, 0, 0], bool), [0]), (np.array([0, 1, 1], bool), [0])],
        )


def test_comparisons_few_assignments_reach_get_more_up_to_the_resolution():
    # 20 articles of A carry the subject in full, 20 of B not at all: only the observed
    # choice and its mirror (of C(40, 20), 1.4e11) are as extreme, so no random assignment
    # is. 100 draws say p = 1/101; with a resolution of 1,000 the comparison gets 900 more,
    # none as extreme: p = 1/1001. The second subject is 0.5 in every article: every
    # assignment is as extreme as its zero difference, so it keeps its first 100 (p = 1).
    numerators = np.column_stack([np.repeat([1.0, 0.0], 20), np.full(40, 0.5)])
    in_outlet = np.repeat([True, False], 20)
    first = significance.permutation_test(numerators, np.ones(40), in_outlet, permutations=100)
    assert first.p.tolist() == pytest.approx([1 / 101, 1.0])
    (refined,) = significance.permutation_tests(
        numerators,
        np.ones(40),
        [(in_outlet, [0, 1])],
        permutations=100,
        refinement=significance.Refinement(resolution=1000, budget=1e9),
    )
    assert refined.assignments.tolist() == [1000, 100]
    assert refined.p.tolist() == pytest.approx([1 / 1001, 1.0])


def test_refinement_stops_before_a_chunk_its_budget_cannot_pay_for():
    # The same design as above, one subject, resolution 10,000. A chunk of 4,096
    # assignments over 40 articles and one column costs 4,096 * 40 * (1 + 1) = 327,680
    # units: a budget of 400,000 pays for one chunk (100 + 4,096 assignments, none as
    # extreme), a budget of 300,000 for none.
    numerators = np.repeat([1.0, 0.0], 20)[:, None]
    in_outlet = np.repeat([True, False], 20)

    def tested(budget):
        (result,) = significance.permutation_tests(
            numerators,
            np.ones(40),
            [(in_outlet, [0])],
            permutations=100,
            refinement=significance.Refinement(resolution=10_000, budget=budget),
        )
        return result

    assert tested(400_000).assignments.tolist() == [4196]
    assert tested(400_000).p.tolist() == pytest.approx([1 / 4197])
    assert tested(300_000).assignments.tolist() == [100]
