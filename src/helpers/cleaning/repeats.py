"""Finding repeated text: lines repeated inside an article and whole articles filed twice;
how similar two lines are.

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
blocking helpers.cleaning.reuse uses between articles); the scores are still exact, but a pair above
the threshold sharing no sketch entry, or an earlier line that is not among the
CANDIDATES_PER_LINE best-placed, is missed (rare, and only in such articles). Passages
shared between articles are found in helpers.cleaning.reuse, with the same scores.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter

import numpy as np
from rapidfuzz import fuzz, process

from helpers.base.text import match_key

# Shorter lines are compared exactly only: one changed word in a five-word subheading is a
# different subheading, not a near-duplicate.
NEAR_MIN_WORDS = 6
# A line shared by more articles than this ("Copyright The Associated Press") says nothing
# about which article another one repeats.
MAX_POSTING = 100
# Rows of the similarity matrix of one article's lines scored at a time (memory, not results).
_ROWS_PER_BLOCK = 512
# Up to this many long lines an article's lines are all scored against each other; beyond
# it only the pairs its sketch index proposes (cost linear in the lines, not square).
EXACT_NEAR_MAX_LINES = 2000
# Two-word runs per line in its sketch, and how many of the indexed lines sharing the most
# sketch entries are scored exactly.
SKETCH_SIZE = 8
CANDIDATES_PER_LINE = 5
# Index entries read per line, rarest sketch entries first: bounds the work per line
# however common its words are.
POSTING_BUDGET = 64


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


class SketchIndex:
    """Lines (first copies), findable by their sketches; used inside very long articles
    here and between articles in helpers.cleaning.reuse.

    A line's sketch is the SKETCH_SIZE smallest hashes of its two-word runs; words are
    hashed with CRC-32 (cached), so sketches are the same on every run.
    """

    def __init__(self) -> None:
        self._postings: dict[int, list[int]] = defaultdict(list)
        self._word_hashes: dict[str, int] = {}
        self.keys: dict[int, str] = {}

    def sketch(self, words: list[str]) -> list[int]:
        """The sketch of a line's words (its key split at spaces), smallest hash first."""
        cache = self._word_hashes
        for word in words:
            if word not in cache:
                cache[word] = zlib.crc32(word.encode()) | 1
        hashes = list(map(cache.__getitem__, words))
        runs = {(a * 0x9E3779B1 + b) & 0xFFFFFFFF for a, b in zip(hashes, hashes[1:], strict=False)}
        return sorted(runs or set(hashes))[:SKETCH_SIZE]

    def add(self, ident: int, key: str, sketch: list[int]) -> None:
        self.keys[ident] = key
        for entry in sketch:
            self._postings[entry].append(ident)

    def candidates(self, sketch: list[int]) -> list[int]:
        """Indexed lines sharing the most sketch entries (rarest entries read first).

        Entries are read until POSTING_BUDGET lines have been counted (the first always);
        of equal counts, the line counted first wins. The order of the answer is free.
        """
        postings = sorted((p for p in map(self._postings.get, sketch) if p), key=len)
        read, used = 0, 0
        for posting in postings:
            if read + len(posting) > POSTING_BUDGET and used:
                break
            read, used = read + len(posting), used + 1
        counts = Counter(chain.from_iterable(postings[:used]))
        if len(counts) <= CANDIDATES_PER_LINE:
            return list(counts)
        # Counter.most_common, without its heap: a stable sort keeps first-counted first.
        best = sorted(counts.items(), key=itemgetter(1), reverse=True)[:CANDIDATES_PER_LINE]
        return [ident for ident, _ in best]


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
