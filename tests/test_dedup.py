"""Repeated text: repeats inside an article, blocks of them, duplicate articles, shared passages."""

from __future__ import annotations

import pytest

from helpers.dedup import (
    Block,
    Passage,
    Repeat,
    check_threshold,
    find_duplicate_articles,
    find_repeats,
    find_reuse,
    match_form,
    match_key,
    repeated_blocks,
    word_count,
)

YEAR = "Lavrov said the two countries would keep talking about arms control next year."
MONTH = "Lavrov said the two countries would keep talking about arms control next month."
# Hand count: 78 and 79 characters once case-folded, differing only in "year"/"month",
# which share no letter: Indel distance 9, similarity 1 - 9 / 157 = 0.943.
WIRE = "The two ministers met for three hours at the State Department and agreed to meet again."


def test_matching_ignores_quote_style_dashes_spacing_and_case_only():
    assert match_form("“We’re  ready” — Lavrov\u2026") == '"We\'re ready" - Lavrov...'
    assert match_key("“We’re  READY”") == match_key('"we\'re ready"')
    assert match_key("U.S.-Moscow") != match_key("US Moscow")


def test_words_are_runs_of_letters_and_digits():
    # Trump, Mr, Lavrov's, U, S, Moscow, ties: glue and hyphens never hide a word.
    assert word_count("Trump.Mr Lavrov's U.S.-Moscow ties") == 7
    assert word_count("") == 0


def test_exact_repeats_point_at_the_first_copy():
    items = [
        (1, YEAR),
        (3, "Something else entirely, said a spokesman."),
        (5, YEAR.upper()),
        (9, YEAR),
    ]
    assert find_repeats(items, 0.9) == {5: Repeat(5, 1, 1.0), 9: Repeat(9, 1, 1.0)}


def test_near_duplicates_respect_the_threshold():
    assert find_repeats([(1, YEAR), (2, MONTH)], 0.9) == {2: Repeat(2, 1, 0.94)}
    assert find_repeats([(1, YEAR), (2, MONTH)], 0.95) == {}


def test_a_near_duplicate_is_never_shown_as_exact():
    # One letter changed in a 261-character line: 1 - 2 / 522 = 0.9962, shown as 0.99.
    long_line = WIRE * 3
    changed = long_line[:-2] + "x."
    assert find_repeats([(1, long_line), (2, changed)], 0.9) == {2: Repeat(2, 1, 0.99)}
    assert not find_repeats([(1, long_line), (2, changed)], 0.9)[2].exact


def test_short_lines_repeat_only_exactly():
    # "Seasoned diplomat"/"Seasoned diplomats" are 0.97 similar, but are two subheadings.
    items = [(1, "Seasoned diplomat"), (2, "Seasoned diplomats"), (3, "Seasoned  diplomat")]
    assert find_repeats(items, 0.9) == {3: Repeat(3, 1, 1.0)}


def test_a_repeated_block_survives_blank_lines_and_a_skipped_source_line():
    # Lines 1-4 are the story, 6-8 repeat 1, 3 and 4 (the copy left out line 2).
    repeats = {6: Repeat(6, 1, 1.0), 7: Repeat(7, 3, 1.0), 8: Repeat(8, 4, 1.0)}
    assert repeated_blocks([1, 2, 3, 4, 6, 7, 8], repeats) == [Block(6, 8, 1, 4, 3)]


def test_single_repeats_and_out_of_order_repeats_are_not_blocks():
    assert repeated_blocks([1, 2, 3], {3: Repeat(3, 1, 1.0)}) == []
    backwards = {5: Repeat(5, 3, 1.0), 6: Repeat(6, 1, 1.0)}
    assert repeated_blocks([1, 2, 3, 4, 5, 6], backwards) == []


def test_duplicate_articles_share_most_content_lines():
    ten = frozenset("abcdefghij")
    nine_of_ten = frozenset("abcdefghik")
    articles = [ten, ten, frozenset("a"), frozenset(), nine_of_ten]
    # 1 repeats 0; "a" alone is 1/10 of article 0; 4 shares 9 of 10 lines with 0.
    assert find_duplicate_articles(articles, 0.9) == {1: (0, 1.0), 4: (0, 0.9)}
    assert find_duplicate_articles(articles, 0.95) == {1: (0, 1.0)}


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


@pytest.mark.parametrize("threshold", [0, -0.1, 1.01])
def test_a_threshold_outside_0_1_is_refused(threshold):
    with pytest.raises(ValueError, match="near_duplicate_threshold must be in"):
        check_threshold(threshold)
