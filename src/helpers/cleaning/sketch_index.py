"""Finding lines like a given one without comparing it with every line: an index of
bottom-k sketches (the blocking step of near-duplicate search inside very long articles, in
helpers.cleaning.repeats, and between articles, in helpers.cleaning.reuse)."""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from itertools import chain
from operator import itemgetter

# Two-word runs per line in its sketch, and how many of the indexed lines sharing the most
# sketch entries are scored exactly.
SKETCH_SIZE = 8
CANDIDATES_PER_LINE = 5
# Index entries read per line, rarest sketch entries first: bounds the work per line
# however common its words are.
POSTING_BUDGET = 64


class SketchIndex:
    """Lines (first copies), findable by their sketches; used inside very long articles
    (helpers.cleaning.repeats) and between articles (helpers.cleaning.reuse).

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
