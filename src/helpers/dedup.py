"""Finding repeated text: lines repeated inside an article, whole articles filed twice, and
passages shared between articles (wire copy, the same press statement).

Matching uses a normalised form of a line (`match_key`): typographic quotes and dashes made
plain, runs of whitespace made one space, case folded. The clean text keeps the author's
punctuation; only the comparison ignores it.

Method for near-duplicates, and why. Every score is rapidfuzz's normalised Indel
similarity (`fuzz.ratio / 100`, 1.0 = identical), computed exactly, so the threshold means
the same thing in every table and on every run; MinHash LSH (`datasketch`) would estimate
word-set Jaccard with random error, behind a second, shingle-level threshold that is hard to
explain to a reader. Which pairs get scored:
- inside one article, every pair (rapidfuzz's `cdist`, in C): an article has tens or hundreds
  of lines, so the cost grows linearly with the number of articles;
- across articles, *blocking* with a bottom-k sketch: each passage is indexed under the
  SKETCH_SIZE two-word runs whose (CRC-32) hashes are smallest, and only passages sharing a
  sketch entry are scored. Two passages above a 0.9 similarity share most of their two-word
  runs, so their smallest hashes coincide with near certainty (a miss needs every one of
  the SKETCH_SIZE smallest to fall among the edited runs). The cost grows with the number
  of lines, not with its square. Only the first copy of a passage is indexed (later copies
  point at it), so text repeated in hundreds of articles does not grow the index.
"""

from __future__ import annotations

import heapq
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

# Shorter lines are compared exactly only: one changed word in a five-word subheading is a
# different subheading, not a near-duplicate.
NEAR_MIN_WORDS = 6
# A shared passage between articles must be a real passage, not a shared short quote.
REUSE_MIN_WORDS = 10
# Two-word runs per passage in its sketch, and how many of the passages sharing the most
# sketch entries are scored exactly.
SKETCH_SIZE = 8
CANDIDATES_PER_LINE = 5
# Index entries read per passage, rarest sketch entries first: bounds the work per passage
# however common its words are.
POSTING_BUDGET = 64
# A line shared by more articles than this ("Copyright The Associated Press") says nothing
# about which article another one repeats.
MAX_POSTING = 100

_PLAIN = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
}
_TYPOGRAPHIC = re.compile(f"[{''.join(_PLAIN)}]")


def match_form(text: str) -> str:
    """A line as rules and comparisons see it: plain quotes and dashes, single spaces, case kept."""
    if not text.isascii():
        text = _TYPOGRAPHIC.sub(lambda m: _PLAIN[m.group()], text)
    return " ".join(text.split())


def match_key(text: str) -> str:
    """`match_form` case-folded: two lines with the same key are exact duplicates."""
    return match_form(text).casefold()


def similarity(a: str, b: str) -> float:
    """Normalised Indel similarity of two keys, 0.0 to 1.0 (1.0 = identical)."""
    return fuzz.ratio(a, b) / 100


_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def word_count(text: str) -> int:
    """Words as runs of letters and digits (inner apostrophes kept), the workbook's word unit.

    Punctuation never changes a count, so restoring the space in "2017.Russian" or removing
    a glued prefix changes the clean text's word count only by the words removed.
    """
    return len(_WORD.findall(text))


class _SketchIndex:
    """First copies of passages, findable by their sketches.

    A passage's sketch is the SKETCH_SIZE smallest hashes of its two-word runs; words are
    hashed with CRC-32 (cached), so sketches are the same on every run.
    """

    def __init__(self) -> None:
        self._postings: dict[int, list[int]] = defaultdict(list)
        self._word_hashes: dict[str, int] = {}
        self.keys: dict[int, str] = {}

    def sketch(self, key: str) -> list[int]:
        cache = self._word_hashes
        hashes = [
            cache.get(word) or cache.setdefault(word, zlib.crc32(word.encode()) | 1)
            for word in key.split()
        ]
        runs = {(a * 0x9E3779B1 + b) & 0xFFFFFFFF for a, b in zip(hashes, hashes[1:], strict=False)}
        return heapq.nsmallest(SKETCH_SIZE, runs or set(hashes))

    def add(self, ident: int, key: str, sketch: list[int]) -> None:
        self.keys[ident] = key
        for entry in sketch:
            self._postings[entry].append(ident)

    def candidates(self, sketch: list[int]) -> list[int]:
        """Indexed passages sharing the most sketch entries, best first (rarest read first)."""
        postings = sorted((p for p in map(self._postings.get, sketch) if p), key=len)
        counts: Counter[int] = Counter()
        read = 0
        for posting in postings:
            if read + len(posting) > POSTING_BUDGET and counts:
                break
            counts.update(posting)
            read += len(posting)
        return [ident for ident, _ in counts.most_common(CANDIDATES_PER_LINE)]


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

    Inside one article every pair is scored (rapidfuzz's `cdist`, in C): an article has tens
    or hundreds of lines, so the cost still grows linearly with the number of articles.

    Args:
        items: (line number, text) of the lines to compare, in reading order.
        threshold: lowest similarity that counts as a near-duplicate, in (0, 1].

    Returns:
        For every repeating line, the first copy it repeats (exact matches win over near
        ones; among near ones the most similar, then the earliest).
    """
    check_threshold(threshold)
    keys = [match_key(text) for _, text in items]
    near = np.array([len(key.split()) >= NEAR_MIN_WORDS for key in keys], dtype=bool)
    cutoff = threshold * 100 - 1e-6
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=cutoff) if keys else None
    first_of_key: dict[str, int] = {}
    sources = np.zeros(len(keys), dtype=bool)
    repeats: dict[int, Repeat] = {}
    for i, ((line, _), key) in enumerate(zip(items, keys, strict=True)):
        if not key:
            continue
        if key in first_of_key:
            repeats[line] = Repeat(line, first_of_key[key], 1.0)
            continue
        if near[i] and i:
            row = np.where(sources[:i] & near[:i], scores[i, :i], 0)
            best = int(row.argmax())
            if row[best] >= cutoff:
                repeats[line] = Repeat(line, items[best][0], shown(float(row[best]) / 100))
                continue
        first_of_key[key] = line
        sources[i] = True
    return repeats


def _best_match(
    index: _SketchIndex,
    key: str,
    sketch: list[int],
    threshold: float,
    exclude: Callable[[int], bool],
) -> tuple[int, float] | None:
    scored = [
        (ident, similarity(key, index.keys[ident]))
        for ident in index.candidates(sketch)
        if not exclude(ident)
    ]
    best = max(scored, key=lambda item: (item[1], -item[0]), default=None)
    return (best[0], shown(best[1])) if best is not None and best[1] >= threshold else None


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
    so an article that contains a short one is not a duplicate of it.
    """
    check_threshold(threshold)
    articles_with: dict[str, list[int]] = defaultdict(list)
    duplicates: dict[int, tuple[int, float]] = {}
    for index, keys in enumerate(line_keys):
        if not keys:
            continue
        shared: Counter[int] = Counter()
        for key in keys:
            posting = articles_with.get(key, ())
            if len(posting) <= MAX_POSTING:
                shared.update(posting)
        scores = [
            (other, count / max(len(keys), len(line_keys[other])))
            for other, count in shared.items()
        ]
        best = max(scores, key=lambda item: (item[1], -item[0]), default=None)
        if best is not None and best[1] >= threshold:
            duplicates[index] = (best[0], shown(best[1]))
            continue
        for key in keys:
            articles_with[key].append(index)
    return duplicates


@dataclass(frozen=True)
class Passage:
    """One content line offered for reuse detection."""

    file: str
    line: int
    text: str


def find_reuse(passages: Sequence[Passage], threshold: float) -> list[tuple[int, int, float]]:
    """Passages that repeat one first seen in another file: (first index, later index, score).

    Each later copy points at the first copy only, so a wire story in n articles gives n - 1
    rows, not n squared. Lines under REUSE_MIN_WORDS words are skipped.
    """
    check_threshold(threshold)
    first_of_key: dict[str, int] = {}
    index = _SketchIndex()
    pairs: list[tuple[int, int, float]] = []
    for ident, passage in enumerate(passages):
        key = match_key(passage.text)
        if len(key.split()) < REUSE_MIN_WORDS:
            continue
        first = first_of_key.get(key)
        if first is not None and passages[first].file != passage.file:
            pairs.append((first, ident, 1.0))
            continue
        sketch = index.sketch(key)
        best = _best_match(
            index,
            key,
            sketch,
            threshold,
            exclude=lambda other, file=passage.file: passages[other].file == file,
        )
        if best is not None:
            pairs.append((best[0], ident, best[1]))
            continue
        if first is None:
            first_of_key[key] = ident
            index.add(ident, key, sketch)
    return pairs
