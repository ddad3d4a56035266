"""Frames per sentence from a researcher-edited codebook: the codebook read, and matched.

A codebook (`data/frames/*.yml`) lists frames with a one-line description and terms. A
sentence carries a frame when it contains one of the frame's terms, matched on lower-cased
lemmas (a term word also matches the token as written, so "fired" matches only "fired"
while "fire" matches every inflection); multi-word terms match as word sequences with
punctuation ignored. A term match that lies inside one of the frame's `exclude` phrases does
not count ("charge" but not "in charge"). A frame marked `residual: true` collects the
sentences no other frame matched (the Policy Frames Codebook's "Other").

Matching reads a sentences-table row (written by `helpers.entities.sentences`), not the
parse, so a changed codebook re-runs without spaCy; the tables a codebook gives (evidence,
each outlet's shares, what each article leads with) are made in `codebook_tables`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from helpers.base import paths
from helpers.base.datafiles import DataFile, check_keys, read_yaml, string_list
from helpers.base.sentence_table import row_words, word_form

FRAME_KEYS = {"description", "terms", "exclude", "residual"}

Term = tuple[str, ...]
Matched = tuple[tuple[str, tuple[str, ...]], ...]  # (frame, its terms that matched), in order


@dataclass(frozen=True)
class Frame:
    """One frame: its terms and exclusion phrases as the codebook writes them."""

    name: str
    description: str
    terms: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    residual: bool = False


@dataclass(frozen=True)
class Codebook:
    """A named list of frames loaded from one YAML file."""

    name: str
    description: str
    frames: tuple[Frame, ...]

    @property
    def names(self) -> list[str]:
        return [frame.name for frame in self.frames]

    @cached_property
    def matches(self) -> dict[tuple[str, str], Matched]:
        """`match_sentence` results by (lemmas, forms): shares, evidence, lead frames and tone
        each read every sentence, and matching is the slow part of each."""
        return {}

    @cached_property
    def results(self) -> dict[Matched, Matched]:
        """Each distinct result of `matches` once: most sentences carry no frame or the same
        few, so the cache holds one entry per sentence but few results (on 2,000 articles
        a result per sentence was some 30 MiB of dicts and lists per codebook)."""
        return {}

    @cached_property
    def terms_by_first_word(self) -> dict[str, list[tuple[int, int, str]]]:
        """Each term as (frame position, term position, term), under the term's first word."""
        index: dict[str, list[tuple[int, int, str]]] = {}
        for position, frame in enumerate(self.frames):
            for term_position, term in enumerate(frame.terms):
                index.setdefault(term_words(term)[0], []).append((position, term_position, term))
        return index


@lru_cache(maxsize=4096)
def term_words(term: str) -> Term:
    """Split a codebook term into the words it must match: in the tables' word form
    (`word_form`), hyphens and punctuation dropped, a possessive 's kept as its own word as
    spaCy tokenises it."""
    text = re.sub(r"(\w)'s\b", r"\1 's", word_form(term))
    return tuple(w for w in re.split(r"[\s\-\u2013\u2014/]+", text) if w.strip('.,;:!?"()'))


def load_codebook(path: str | Path) -> Codebook:
    """Read and validate a codebook; a relative path is read from `data/` (`frames/event.yml`).
    A bad codebook is a DataFileError naming the file, the line and the frame."""
    path = paths.data_file(str(path))
    file = read_yaml(path)
    data = file.data
    if not isinstance(data, dict) or not isinstance(data.get("frames"), dict) or not data["frames"]:
        raise file.error((), "needs a 'frames' mapping of frame name -> definition")
    name = data.get("name") or path.stem
    frames = tuple(_frame(file, key, value) for key, value in data["frames"].items())
    return Codebook(name=str(name), description=str(data.get("description", "")), frames=frames)


def _frame(file: DataFile, name: object, value: object) -> Frame:
    keys = ("frames", name)
    check_keys(file, keys, value, FRAME_KEYS)
    description = value.get("description")
    if not isinstance(description, str) or not description.strip() or "\n" in description.strip():
        raise file.error((*keys, "description"), "must be one non-empty line of text")
    residual = bool(value.get("residual", False))
    lists = {}
    for key in ("terms", "exclude"):
        items = string_list(file, (*keys, key), value.get(key))
        if not all(term_words(i) for i in items):
            raise file.error((*keys, key), "must be a list of terms with at least one word each")
        lists[key] = tuple(dict.fromkeys(i.strip() for i in items))
    if not lists["terms"] and not residual:
        raise file.error((*keys, "terms"), "is empty (only a 'residual: true' frame has none)")
    return Frame(str(name), description.strip(), lists["terms"], lists["exclude"], residual)


def _find(at: dict[str, list[int]], text: str) -> list[tuple[int, int]]:
    """Where the term `text` occurs, as (start, end) word positions, from `at`: each word's
    positions in the sentence, as lemma or as written (`_positions`)."""
    term = term_words(text)
    if any(word not in at for word in term):  # the cheap test that rules out most terms
        return []
    size = len(term)
    if size == 1:
        return [(start, start + 1) for start in at[term[0]]]
    later = [set(at[word]) for word in term[1:]]
    return [
        (start, start + size)
        for start in at[term[0]]
        if all(start + k in positions for k, positions in enumerate(later, start=1))
    ]


def _positions(pairs: list[tuple[str, str]]) -> dict[str, list[int]]:
    """Each word of a sentence's (lemma, form) pairs with the positions it holds, in order:
    a term is then looked up where its first word is, not tried at every position."""
    at: dict[str, list[int]] = {}
    for position, (lemma, form) in enumerate(pairs):
        at.setdefault(lemma, []).append(position)
        if form != lemma:
            at.setdefault(form, []).append(position)
    return at


def match_sentence(lemmas: str, forms: str, codebook: Codebook) -> dict[str, list[str]]:
    """Frames a sentence carries, from its `lemmas` and `forms` (a sentences-table row), each
    with the codebook terms that matched; the residual frame, if any, when no other frame does.

    Matched once per codebook and sentence; later calls get a copy of the first result.
    """
    key = (lemmas, forms)
    found = codebook.matches.get(key)
    if found is None:
        result = tuple((frame, tuple(terms)) for frame, terms in _match(*key, codebook).items())
        found = codebook.matches[key] = codebook.results.setdefault(result, result)
    return {frame: list(terms) for frame, terms in found}


def _match(lemmas: str, forms: str, codebook: Codebook) -> dict[str, list[str]]:
    at = _positions([(lemma, form) for lemma, form, _ in row_words(lemmas, forms)])
    # Only terms whose first word the sentence has can match: look those up, not every term.
    candidates = sorted(
        {entry for word in at for entry in codebook.terms_by_first_word.get(word, ())}
    )
    found: dict[str, list[str]] = {}
    for position, _, term in candidates:  # sorted: frames, then terms, in codebook order
        frame = codebook.frames[position]
        blocked = [hit for phrase in frame.exclude for hit in _find(at, phrase)]
        if any(not any(b0 <= s and e <= b1 for b0, b1 in blocked) for s, e in _find(at, term)):
            found.setdefault(frame.name, []).append(term)
    for frame in codebook.frames:
        if frame.residual and not found:
            found[frame.name] = []
    return found
