"""Lines repeated inside an article, and how similar two lines are.

Matching uses a normalised form of a line (`match_key`): typographic quotes and dashes made
plain, runs of whitespace made one space, case folded. The clean text keeps the author's
punctuation; only the comparison ignores it.

Method for near-duplicates, and why. Every score is rapidfuzz's normalised Indel
similarity (`fuzz.ratio / 100`, 1.0 = identical), computed exactly, so the threshold means
the same thing in every table and on every run. Inside one article every pair is scored
(rapidfuzz's `cdist`, in C): an article has tens or hundreds of lines, so the cost grows
linearly with the number of articles. An article with more than EXACT_NEAR_MAX_LINES long
lines (a scraper's runaway page of megabytes) would cost the square of its length, so there
only the pairs that share an entry of their bottom-k sketch are scored (`SketchIndex`, the
blocking helpers.cleaning.reuse uses between articles, in helpers.cleaning.sketch_index); the scores are still exact, but a pair above
the threshold sharing no sketch entry, or an earlier line that is not among the
best-placed candidates, is missed (rare, and only in such articles). Passages
shared between articles are found in helpers.cleaning.reuse, with the same scores.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from helpers.base.text import match_key
from helpers.cleaning.sketch_index import SketchIndex

# Shorter lines are compared exactly only: one changed word in a five-word subheading is a
# different subheading, not a near-duplicate.
NEAR_MIN_WORDS = 6
# Rows of the similarity matrix of one article's lines scored at a time (memory, not results).
_ROWS_PER_BLOCK = 512
# Up to this many long lines an article's lines are all scored against each other; beyond
# it only the pairs its sketch index proposes (cost linear in the lines, not square).
EXACT_NEAR_MAX_LINES = 2000


def similarity(a: str, b: str) -> float:
    """Normalised Indel similarity of two keys, 0.0 to 1.0 (1.0 = identical)."""
    return fuzz.ratio(a, b) / 100


@dataclass(frozen=True)
class Repeat:
    """Line `line` repeats the earlier line `of_line`; similarity 1.0 means an exact repeat."""

    line: int
    of_line: int
    similarity: float

    @property
    def exact(self) -> bool:
        return self.similarity >= 1.0


def find_repeats(items: Sequence[tuple[int, str]], threshold: float) -> dict[int, Repeat]:
    """Lines of one article that repeat an earlier one, keyed by line number.

    Inside one article every pair of lines of NEAR_MIN_WORDS words or more is scored
    (rapidfuzz's `cdist`, in C, a block of rows at a time, so a very long article needs
    little memory); the Python loop looks only at the lines some earlier line comes close to.
    Past EXACT_NEAR_MAX_LINES such lines, only the earlier lines a sketch index proposes are
    scored (see the module notes).

    Args:
        items: (line number, text) of the lines to compare, in reading order.
        threshold: lowest similarity that counts as a near-duplicate, in (0, 1].

    Returns:
        For every repeating line, the first copy it repeats (exact matches win over near
        ones; among near ones the most similar, then the earliest).
    """
    return repeats_of_keys([line for line, _ in items], [match_key(t) for _, t in items], threshold)


def repeats_of_keys(
    lines: Sequence[int], keys: Sequence[str], threshold: float
) -> dict[int, Repeat]:
    """`find_repeats` of lines already in their `match_key` form (line numbers, keys)."""
    check_threshold(threshold)
    cutoff = threshold * 100 - 1e-6
    # Long lines are compared by similarity too: `near` numbers them among themselves.
    order = [i for i, key in enumerate(keys) if len(key.split()) >= NEAR_MIN_WORDS]
    near = {i: n for n, i in enumerate(order)}
    near_keys = [keys[i] for i in order]
    scores: _NearScores | _SketchScores = (
        _NearScores(near_keys, cutoff)
        if len(order) <= EXACT_NEAR_MAX_LINES
        else _SketchScores(near_keys, cutoff)
    )
    first_of_key: dict[str, int] = {}
    repeats: dict[int, Repeat] = {}
    for i, (line, key) in enumerate(zip(lines, keys, strict=True)):
        if not key:
            continue
        if key in first_of_key:
            repeats[line] = Repeat(line, first_of_key[key], 1.0)
            continue
        best = scores.best_earlier(near[i]) if i in near else None
        if best is not None and best[1] >= cutoff:
            repeats[line] = Repeat(line, lines[order[best[0]]], shown(float(best[1]) / 100))
            continue
        first_of_key[key] = line
        if i in near:
            scores.add_source(near[i])
    return repeats


class _NearScores:
    """Scores of one article's long lines with each other, a block of rows at a time.

    `best_earlier(n)` is the most similar earlier line that is a source (not itself a
    repeat), the earliest of equals, as (index, score); rapidfuzz leaves scores under the
    cutoff at 0. Rows with no other line close to them are passed over without a look.
    """

    def __init__(self, keys: list[str], cutoff: float) -> None:
        self.keys, self.cutoff = keys, cutoff
        self.sources = np.zeros(len(keys), dtype=bool)
        self._start, self._block, self._close = 0, np.zeros((0, 0), np.float32), []

    def add_source(self, n: int) -> None:
        self.sources[n] = True

    def best_earlier(self, n: int) -> tuple[int, float] | None:
        if not self._start <= n < self._start + len(self._block):
            self._score_block(n)
        r = n - self._start
        if not n or not self._close[r]:
            return None
        row = np.where(self.sources[:n], self._block[r, :n], 0)
        best = int(row.argmax())  # the first of the highest
        return (best, row[best]) if row[best] > 0 else None

    def _score_block(self, start: int) -> None:
        stop = min(start + _ROWS_PER_BLOCK, len(self.keys))
        # One block is the whole matrix: the same list twice lets rapidfuzz score half of it.
        queries = self.keys if stop == len(self.keys) and not start else self.keys[start:stop]
        choices = self.keys if queries is self.keys else self.keys[:stop]
        block = process.cdist(queries, choices, scorer=fuzz.ratio, score_cutoff=self.cutoff)
        # Every line scores 100 with itself: a row with nothing else is close to nothing.
        self._start, self._block = start, block
        self._close = (np.count_nonzero(block, axis=1) > 1).tolist()


class _SketchScores:
    """`_NearScores` for a very long article: only the sources its sketch index proposes are
    scored (exactly, as `cdist` would, in single precision), so the cost grows with the
    number of lines. Sources are indexed as they are found, so every candidate is earlier."""

    def __init__(self, keys: list[str], cutoff: float) -> None:
        self.keys, self.cutoff = keys, cutoff
        self.index = SketchIndex()
        # The sketch of the line last looked up, kept for `add_source` of that line.
        self._last: tuple[int, list[int]] = (-1, [])

    def _sketch(self, n: int) -> list[int]:
        if self._last[0] != n:
            self._last = (n, self.index.sketch(self.keys[n].split()))
        return self._last[1]

    def add_source(self, n: int) -> None:
        self.index.add(n, self.keys[n], self._sketch(n))

    def best_earlier(self, n: int) -> tuple[int, float] | None:
        key, keys, cutoff = self.keys[n], self.index.keys, self.cutoff
        # rapidfuzz leaves scores under the cutoff at 0; float32 as `cdist` gives them.
        scored = [
            (m, float(np.float32(fuzz.ratio(key, keys[m], score_cutoff=cutoff))))
            for m in self.index.candidates(self._sketch(n))
        ]
        best = max(scored, key=lambda item: (item[1], -item[0]), default=None)
        return best if best is not None and best[1] > 0 else None


def shown(score: float) -> float:
    """A score cut (not rounded) to two decimals, so 0.996 never shows as an exact 1.0."""
    return math.floor(score * 100 + 1e-9) / 100


def check_threshold(threshold: float) -> None:
    """Raise ValueError unless the similarity threshold is in (0, 1]."""
    if not 0 < threshold <= 1:
        raise ValueError(f"near_duplicate_threshold must be in (0, 1], got {threshold!r}")


@dataclass(frozen=True)
class Block:
    """Consecutive repeated lines `first_line`..`last_line` copying `from_line`..`to_line`."""

    first_line: int
    last_line: int
    from_line: int
    to_line: int
    lines: int


def repeated_blocks(order: Sequence[int], repeats: dict[int, Repeat]) -> list[Block]:
    """Runs of two or more repeated lines that copy an earlier run in the same order.

    `order` lists the non-blank line numbers in reading order, so blank lines never break a
    run; a run also survives a skipped source line (a copy without its tweet attribution).
    """
    blocks: list[Block] = []
    run: list[Repeat] = []
    for line in [*order, None]:
        repeat = repeats.get(line) if line is not None else None
        if repeat is not None and (not run or repeat.of_line > run[-1].of_line):
            run.append(repeat)
            continue
        if len(run) >= 2:
            blocks.append(
                Block(run[0].line, run[-1].line, run[0].of_line, run[-1].of_line, len(run))
            )
        run = [repeat] if repeat is not None else []
    return blocks
