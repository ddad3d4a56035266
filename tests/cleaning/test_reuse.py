"""Passages shared between articles: every later copy points at the first one."""

from __future__ import annotations

from helpers.cleaning.reuse import Passage, find_reuse

YEAR = "Lavrov said the two countries would keep talking about arms control next year."
MONTH = "Lavrov said the two countries would keep talking about arms control next month."
# Hand count: 78 and 79 characters once case-folded, differing only in "year"/"month",
# which share no letter: Indel distance 9, similarity 1 - 9 / 157 = 0.943.
WIRE = "The two ministers met for three hours at the State Department and agreed to meet again."


def test_reuse_points_every_later_copy_at_the_first_one():
    passages = [
        Passage("a.txt", 1, WIRE),
        Passage(
            "a.txt", 2, "Only this outlet printed this sentence, which is long enough to count."
        ),
        Passage("a.txt", 7, WIRE),  # a repeat inside a.txt is the article's own business
        Passage("b.txt", 5, WIRE.replace("two", "Two")),
        Passage("c.txt", 2, WIRE),
        Passage("d.txt", 4, "Ministers met."),  # too short to be a passage
    ]
    assert find_reuse(passages, 0.9) == [(0, 3, 1.0), (0, 4, 1.0)]


def test_near_reuse_is_found_without_comparing_every_pair():
    passages = [Passage("a.txt", 3, YEAR), Passage("b.txt", 8, MONTH)]
    assert find_reuse(passages, 0.9) == [(0, 1, 0.94)]
    assert find_reuse(passages, 0.95) == []


def test_reuse_scales_with_the_number_of_passages():
    # 4,000 distinct passages, each in two files: every copy must find its first one.
    passages = [
        Passage(
            f"{n % 2}.txt", n, f"Passage number {n // 2} of the wire story, told in plain words."
        )
        for n in range(8000)
    ]
    pairs = find_reuse(passages, 0.9)
    assert len(pairs) == 4000
    assert all(later == first + 1 and score == 1.0 for first, later, score in pairs)
