"""Passages shared between articles (wire copy, the same press statement), found without
comparing every pair of lines in the corpus.

Scores are rapidfuzz's normalised Indel similarity, exact, as for repeats inside an article
(helpers.cleaning.repeats); MinHash LSH (`datasketch`) would estimate word-set Jaccard with random
error, behind a second, shingle-level threshold that is hard to explain to a reader. Which
pairs get scored is decided by *blocking* with a bottom-k sketch: each passage is indexed
under the SKETCH_SIZE two-word runs whose (CRC-32) hashes are smallest, and only passages
sharing a sketch entry are scored (`sketch_index.SketchIndex`, which also finds the near-duplicates
inside very long articles). Two passages above a 0.9 similarity share most of their two-word
runs, so their smallest hashes coincide with near certainty (a miss needs every one of the
SKETCH_SIZE smallest to fall among the edited runs). The cost grows with the number
of lines, not with its square. Only the first copy of a passage is indexed (later copies
point at it), so text repeated in hundreds of articles does not grow the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from helpers.base.text import match_key
from helpers.cleaning.repeats import check_threshold, shown
from helpers.cleaning.sketch_index import SKETCH_SIZE, SketchIndex

# A shared passage between articles must be a real passage, not a shared short quote.
REUSE_MIN_WORDS = 10

__all__ = ["REUSE_MIN_WORDS", "SKETCH_SIZE", "Passage", "find_reuse"]


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
    index = SketchIndex()
    pairs: list[tuple[int, int, float]] = []
    files = [passage.file for passage in passages]
    for ident, passage in enumerate(passages):
        key = match_key(passage.text)
        words = key.split()
        if len(words) < REUSE_MIN_WORDS:
            continue
        first = first_of_key.get(key)
        if first is not None and passages[first].file != passage.file:
            pairs.append((first, ident, 1.0))
            continue
        sketch = index.sketch(words)
        best = _best_match(index, key, sketch, threshold, files, passage.file)
        if best is not None:
            pairs.append((best[0], ident, best[1]))
            continue
        if first is None:
            first_of_key[key] = ident
            index.add(ident, key, sketch)
    return pairs


def _best_match(
    index: SketchIndex,
    key: str,
    sketch: list[int],
    threshold: float,
    files: Sequence[str],
    file: str,
) -> tuple[int, float] | None:
    """The most similar indexed passage of another file, if at least `threshold` similar."""
    # Scores under the threshold come back as 0: they cannot be the answer anyway.
    cutoff, keys = threshold * 100 - 1e-6, index.keys
    scored = [
        (ident, fuzz.ratio(key, keys[ident], score_cutoff=cutoff) / 100)
        for ident in index.candidates(sketch)
        if files[ident] != file
    ]
    best = max(scored, key=lambda item: (item[1], -item[0]), default=None)
    return (best[0], shown(best[1])) if best is not None and best[1] >= threshold else None
