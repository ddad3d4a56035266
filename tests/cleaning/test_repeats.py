"""Repeated text: repeats inside an article, blocks of them, duplicate articles."""

from __future__ import annotations

import pytest

from helpers.base.text import match_key
from helpers.cleaning import repeats
from helpers.cleaning.repeats import (
    Block,
    Repeat,
    check_threshold,
    find_repeats,
    repeated_blocks,
    repeats_of_keys,
)

YEAR = "Lavrov said the two countries would keep talking about arms control next year."
MONTH = "Lavrov said the two countries would keep talking about arms control next month."
# Hand count: 78 and 79 characters once case-folded, differing only in "year"/"month",
# which share no letter: Indel distance 9, similarity 1 - 9 / 157 = 0.943.
WIRE = "The two ministers met for three hours at the State Department and agreed to meet again."


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


def test_lines_already_in_key_form_give_the_same_repeats():
    items = [
        (1, YEAR),
        (2, WIRE),
        (4, MONTH),
        (6, "\u201cWe are ready,\u201d he said."),
        (7, '"we are  READY," he said.'),
    ]
    keys = [match_key(text) for _, text in items]
    assert repeats_of_keys([line for line, _ in items], keys, 0.9) == find_repeats(items, 0.9)
    assert find_repeats(items, 0.9) == {4: Repeat(4, 1, 0.94), 7: Repeat(7, 6, 1.0)}


def test_a_long_article_is_compared_a_block_of_rows_at_a_time(monkeypatch):
    # Lines 3, 5 and 8 repeat lines 1, 2 and 4; with blocks of 3 rows, each pair falls in a
    # different block, and the answer must be the one of a single block. Hand count for 8:
    # 54 characters each, one changed: 1 - 2 / 108 = 0.981.
    lines = [YEAR, WIRE, MONTH, "A line about something else, said the spokesman today.", WIRE]
    lines += ["Another distinct line for the article, long enough to compare.", "Short one"]
    lines += ["A line about something else, said the spokesman today!"]
    items = list(enumerate(lines, 1))
    whole = find_repeats(items, 0.9)
    assert whole == {
        3: Repeat(3, 1, 0.94),
        5: Repeat(5, 2, 1.0),
        8: Repeat(8, 4, 0.98),
    }
    monkeypatch.setattr(repeats, "_ROWS_PER_BLOCK", 3)
    assert find_repeats(items, 0.9) == whole


def test_a_repeated_block_survives_blank_lines_and_a_skipped_source_line():
    # Lines 1-4 are the story, 6-8 repeat 1, 3 and 4 (the copy left out line 2).
    repeats = {6: Repeat(6, 1, 1.0), 7: Repeat(7, 3, 1.0), 8: Repeat(8, 4, 1.0)}
    assert repeated_blocks([1, 2, 3, 4, 6, 7, 8], repeats) == [Block(6, 8, 1, 4, 3)]


def test_single_repeats_and_out_of_order_repeats_are_not_blocks():
    assert repeated_blocks([1, 2, 3], {3: Repeat(3, 1, 1.0)}) == []
    backwards = {5: Repeat(5, 3, 1.0), 6: Repeat(6, 1, 1.0)}
    assert repeated_blocks([1, 2, 3, 4, 5, 6], backwards) == []


@pytest.mark.parametrize("threshold", [0, -0.1, 1.01])
def test_a_threshold_outside_0_1_is_refused(threshold):
    with pytest.raises(ValueError, match="near_duplicate_threshold must be in"):
        check_threshold(threshold)


def _generated_article(lines: int, seed: int) -> tuple[list[tuple[int, str]], dict[int, int]]:
    """`lines` distinct generated sentences, every tenth after the first hundred a copy of
    an earlier one with its last word changed: (items, {copy line: source line})."""
    import random

    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = ["".join(rng.choices(letters, k=rng.randint(4, 9))) for _ in range(3000)]
    texts: list[str] = []
    copies: dict[int, int] = {}
    for n in range(1, lines + 1):
        if n > 100 and n % 10 == 0:
            source = rng.randrange(1, n)
            while source in copies:
                source = rng.randrange(1, n)
            words = texts[source - 1].rstrip(".").split()
            texts.append(" ".join([*words[:-1], words[-1][::-1] + "x"]) + ".")
            copies[n] = source
        else:
            texts.append(" ".join(rng.choices(vocabulary, k=16)).capitalize() + ".")
    return list(enumerate(texts, 1)), copies


def test_a_very_long_article_still_finds_its_near_duplicates():
    # 5,000 lines, over EXACT_NEAR_MAX_LINES: pairs come from the sketch index, not cdist.
    items, copies = _generated_article(5000, seed=7)
    assert len(items) > repeats.EXACT_NEAR_MAX_LINES
    found = find_repeats(items, 0.9)
    assert {line: r.of_line for line, r in found.items()} == copies
    assert all(0.9 <= r.similarity < 1.0 for r in found.values())


def test_the_sketch_index_scores_as_the_whole_matrix_does(monkeypatch):
    items, copies = _generated_article(400, seed=3)
    items += [(401, items[0][1]), (402, items[200][1].upper())]  # exact repeats too
    whole = find_repeats(items, 0.9)
    assert set(whole) == {*copies, 401, 402}
    monkeypatch.setattr(repeats, "EXACT_NEAR_MAX_LINES", 10)
    assert find_repeats(items, 0.9) == whole
