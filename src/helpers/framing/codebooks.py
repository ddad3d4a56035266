"""Frames per sentence from a researcher-edited codebook, and each outlet's share of them.

A codebook (`data/frames/*.yml`) lists frames with a one-line description and terms. A
sentence carries a frame when it contains one of the frame's terms, matched on lower-cased
lemmas (a term word also matches the token as written, so "fired" matches only "fired"
while "fire" matches every inflection); multi-word terms match as word sequences with
punctuation ignored. A term match that lies inside one of the frame's `exclude` phrases does
not count ("charge" but not "in charge"). A frame marked `residual: true` collects the
sentences no other frame matched (the Policy Frames Codebook's "Other").

Every function reads the sentences table (written by `helpers.entities.sentences`), not the parses, so a
changed codebook re-runs without spaCy. Shares and evidence count the paragraphs' sentences;
headline rows (paragraph 0) are read only for what an article leads with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.base import catalogue, paths
from helpers.base.columns import column_lists
from helpers.base.datafiles import DataFile, check_keys, read_yaml, string_list
from helpers.base.sentence_table import HEADLINE, body, row_words

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
    """Split a codebook term into the words it must match: lower-cased, hyphens and
    punctuation dropped, a possessive 's kept as its own word as spaCy tokenises it."""
    text = term.lower().replace("\u2019", "'")
    text = re.sub(r"(\w)'s\b", r"\1 's", text)
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


def frame_evidence(sentences: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Every paragraph sentence that carries a frame, once per frame, with the terms that matched."""
    rows = [
        (codebook.name, s.file, s.outlet, s.paragraph, s.sentence, s.text, frame, "; ".join(terms))
        for s in body(sentences).itertuples(index=False)
        for frame, terms in match_sentence(s.lemmas, s.forms, codebook).items()
    ]
    return pd.DataFrame(rows, columns=catalogue.columns("frame_evidence"))


def frame_shares(
    sentences: pd.DataFrame,
    codebook: Codebook,
    iterations: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Per outlet and frame: paragraph sentences carrying it, the outlet's paragraph sentences,
    their share (with a bootstrap interval over the outlet's articles, fixed seed) and the
    share of the outlet's words they hold.

    A bootstrap resample draws the outlet's articles with replacement and pools their
    sentences: an article's sentences share its author and topic, so resampling sentences
    as if independent gave intervals too narrow (on 400 PolNeAR articles, generic codebook,
    the article intervals are 1.9 times as wide, median, from 1.1 to 3.6). An outlet with
    one article has no interval (empty): nothing shows how its articles vary.
    """
    if iterations < 1:
        raise ValueError(f"iterations must be at least 1, got {iterations}")
    file, outlet, words, lemmas, forms = column_lists(
        body(sentences), ("file", "outlet", "words", "lemmas", "forms")
    )
    names = codebook.names
    carries = np.array(
        [
            [frame in found for frame in names]
            for found in map(match_sentence, lemmas, forms, [codebook] * len(lemmas))
        ],
        dtype=float,
    ).reshape(len(lemmas), len(names))
    codes, outlets = pd.factorize(pd.Series(outlet, dtype=str), sort=True)
    totals = np.bincount(codes, minlength=len(outlets))
    carried = np.zeros((len(outlets), len(names)))
    np.add.at(carried, codes, carries)
    carried_words = np.zeros((len(outlets), len(names)))
    np.add.at(carried_words, codes, carries * np.array(words, dtype=float)[:, None])
    outlet_words = np.bincount(codes, weights=np.array(words, dtype=float), minlength=len(outlets))
    share = carried / totals[:, None]
    articles, article_names = pd.factorize(pd.Series(file, dtype=str))
    per_article = np.zeros((len(article_names), len(names)))
    np.add.at(per_article, articles, carries)
    article_outlet = np.zeros(len(article_names), dtype=int)
    article_outlet[articles] = codes
    bounds = _bootstrap_bounds(
        article_outlet,
        per_article,
        np.bincount(articles),
        len(outlets),
        iterations,
        seed,
        confidence,
    )
    table = pd.DataFrame(
        {
            "codebook": codebook.name,
            "outlet": np.repeat(np.asarray(outlets, dtype=object), len(names)),
            "frame": names * len(outlets),
            "sentences": carried.astype(int).ravel(),
            "outlet_sentences": np.repeat(totals, len(names)),
            "share": share.ravel(),
            "ci_low": bounds[:, 0].ravel(),
            "ci_high": bounds[:, 1].ravel(),
            "words_share": (carried_words / np.maximum(outlet_words, 1)[:, None]).ravel(),
        }
    )
    return table[catalogue.columns("frames")]


def _bootstrap_bounds(
    outlet_of: np.ndarray,
    carried: np.ndarray,
    sentences: np.ndarray,
    outlets: int,
    iterations: int,
    seed: int,
    confidence: float,
) -> np.ndarray:
    """Per outlet and frame, the bootstrap interval's (low, high) over the outlet's articles
    (`outlet_of` each article's outlet, `carried` its sentences carrying each frame,
    `sentences` its paragraph sentences): percentiles of the pooled share of `iterations`
    resamples of its articles; NaN for an outlet with one article. Shape (outlets, 2, frames)."""
    rng = np.random.default_rng(seed)
    tail = (1 - confidence) / 2 * 100
    bounds = np.full((outlets, 2, carried.shape[1]), np.nan)
    for outlet in range(outlets):
        mine = np.flatnonzero(outlet_of == outlet)
        if len(mine) < 2:
            continue
        drawn = rng.multinomial(len(mine), np.full(len(mine), 1 / len(mine)), iterations)
        shares = (drawn @ carried[mine]) / (drawn @ sentences[mine])[:, None]
        bounds[outlet] = np.percentile(shares, [tail, 100 - tail], axis=0)
    return bounds


def lead_frames(
    sentences: pd.DataFrame, codebook: Codebook, lead_paragraphs: int = 3
) -> pd.DataFrame:
    """What each article leads with: frames in its headline (the paragraph-0 rows) and in its
    first `lead_paragraphs` paragraphs, with how many sentences carry each. The residual
    frame is left out: an article does not lead with "no frame"."""
    frames = [f.name for f in codebook.frames if not f.residual]
    paragraphs = body(sentences)
    rank = paragraphs.groupby("file", sort=False)["paragraph"].rank(method="dense")
    parts = [
        (s.file, "headline", s.lemmas, s.forms)
        for s in sentences[sentences["paragraph"] == HEADLINE].itertuples(index=False)
    ]
    lead = paragraphs[rank <= lead_paragraphs]
    parts += [(s.file, "lead", s.lemmas, s.forms) for s in lead.itertuples(index=False)]
    outlets = dict(zip(sentences["file"], sentences["outlet"], strict=True))
    terms_by_key: dict[tuple[str, str, str], dict[str, None]] = {}
    counts: dict[tuple[str, str, str], int] = {}
    for file, part, lemmas, forms in parts:
        for frame, terms in match_sentence(lemmas, forms, codebook).items():
            if frame in frames:
                key = (file, part, frame)
                counts[key] = counts.get(key, 0) + 1
                terms_by_key.setdefault(key, {}).update(dict.fromkeys(terms))
    order = sorted(counts, key=lambda k: (k[0], k[1] != "headline", frames.index(k[2])))
    rows = [
        (
            codebook.name,
            file,
            outlets[file],
            part,
            frame,
            counts[(file, part, frame)],
            "; ".join(terms_by_key[(file, part, frame)]),
        )
        for file, part, frame in order
    ]
    return pd.DataFrame(rows, columns=catalogue.columns("lead_frames"))
