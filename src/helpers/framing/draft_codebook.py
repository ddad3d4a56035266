"""A draft event codebook from the frames `event_frames` finds: terms, evidence, YAML.

The draft is written three ways: a `Codebook` the framing notebook applies like any other,
the `event_frames` table (each frame's terms and evidence sentences) and a YAML file in the
codebook format (`helpers.framing.codebooks`) with the evidence as comments, which a
researcher renames, edits and passes back with `-p codebooks=[frames/generic.yml, FILE]`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from helpers.base import catalogue, paths
from helpers.base.columns import column_lists
from helpers.base.sentence_table import body
from helpers.framing import event_features, event_frames
from helpers.framing.codebooks import Codebook, Frame, load_codebook, match_sentence, term_words

NAME = "drafted"
DESCRIPTION = (
    "Event frames drafted from the corpus (terms and entities that occur together), "
    "not coded by a researcher: rename, edit and pass back."
)
EVIDENCE_PER_FRAME = 5
MIN_TERM_WEIGHT = 0.1  # a term weighs at least this share of its frame's top term
MIN_TERMS = 3  # fewer terms make a word, not a group
SAMPLE_CODEBOOK = "frames/event.yml"  # the seeds' story, hand-written
GENERIC_CODEBOOK = "frames/generic.yml"
SENTENCE_COLUMNS = ("file", "outlet", "paragraph", "sentence", "lemmas", "forms", "text")


@dataclass(frozen=True)
class DraftFrame:
    """One drafted frame: its name and terms, where it is strongest, its evidence rows."""

    name: str
    terms: tuple[str, ...]
    paragraphs: int
    articles: int
    outlets: int
    evidence: tuple[tuple, ...]  # (file, outlet, paragraph, sentence, score, matched, text)


@dataclass(frozen=True)
class Draft:
    """The drafted frames of a corpus (none when no term qualifies)."""

    frames: tuple[DraftFrame, ...]
    articles: int
    outlets: int

    @property
    def codebook(self) -> Codebook:
        return _codebook([(f.name, f.terms, _describe(f)) for f in self.frames])

    def table(self) -> pd.DataFrame:
        """The `event_frames` table: one row per frame and evidence sentence."""
        rows = [
            (f.name, "; ".join(f.terms), f.paragraphs, f.articles, f.outlets, *row)
            for f in self.frames
            for row in f.evidence
        ]
        return pd.DataFrame(rows, columns=catalogue.columns("event_frames"))


def _describe(frame: DraftFrame) -> str:
    return (
        f"Drafted: the strongest group in {frame.paragraphs} paragraph(s) of "
        f"{frame.articles} article(s), {frame.outlets} outlet(s). Rename and describe."
    )


def _codebook(frames: Sequence[tuple[str, tuple[str, ...], str]]) -> Codebook:
    return Codebook(NAME, DESCRIPTION, tuple(Frame(n, d, t) for n, t, d in frames))


def frame_terms(features: Sequence[tuple[str, float]], forms: dict[str, str]) -> list[str]:
    """A frame's codebook terms from its features, best first: an entity written as its
    usual mention ("Comey"); a word left out when an entity's full name holds it ("james"
    beside James Comey, "house" beside "White House") or a term already has its words."""
    top = features[0][1] if features else 0.0
    terms: dict[str, tuple[tuple[str, ...], ...]] = {}  # term -> the word sequences it claims
    for feature, weight in features:
        if weight < MIN_TERM_WEIGHT * top or len(terms) == event_frames.TERMS_PER_FRAME:
            break
        name = feature.removeprefix(event_features.ENTITY)
        term = forms.get(name, name) if feature.startswith(event_features.ENTITY) else name
        words = term_words(term)
        claims = (words, term_words(name))
        if not words or any(_inside(words, c) for c in terms.values()):
            continue
        terms = {t: c for t, c in terms.items() if not _inside(term_words(t), claims)}
        terms[term] = claims
    return list(terms)


def _inside(words: tuple[str, ...], claims: tuple[tuple[str, ...], ...]) -> bool:
    return any(event_frames.contains(claim, words) for claim in claims)


def _evidence(
    scores: np.ndarray, rows: list[tuple], book: Codebook, frame: str
) -> tuple[tuple, ...]:
    """The best-scoring sentences that the frame's terms match: first the best of each
    outlet, then the next best of any, `EVIDENCE_PER_FRAME` in all."""
    matching = []
    for i in np.argsort(-scores, kind="stable"):
        if scores[i] <= 0 or len(matching) == 3 * EVIDENCE_PER_FRAME:
            break
        file, outlet, paragraph, sentence, lemmas, forms, text = rows[i]
        if matched := match_sentence(lemmas, forms, book).get(frame):
            score = round(float(scores[i]), 4)
            matching.append(
                (file, outlet, int(paragraph), int(sentence), score, "; ".join(matched), text)
            )
    firsts = {row[1]: row for row in reversed(matching)}  # each outlet's best
    chosen = [row for row in matching if firsts[row[1]] is row]
    chosen += [row for row in matching if firsts[row[1]] is not row]
    return tuple(chosen[:EVIDENCE_PER_FRAME])


def draft_event_frames(sentences: pd.DataFrame, mentions: pd.DataFrame, frames: int = 0) -> Draft:
    """Draft event frames from the sentences and mentions tables (see `event_frames`);
    `frames` is how many to look for, 0 for the default (`event_frames.frame_count`)."""
    table = body(sentences).reset_index(drop=True)
    outlets = dict(zip(table["file"], table["outlet"], strict=True))
    empty = Draft((), len(outlets), len(set(outlets.values())))
    keys, features = event_features.sentence_features(table, mentions, event_features.left_out())
    built = event_frames.paragraph_matrix(keys, features, outlets)
    if built is None:
        return empty
    vocabulary, matrix, files = built
    count = min(frames or event_frames.frame_count(*matrix.shape), *matrix.shape)
    weights, components = event_frames.factorise(matrix, count)
    found = event_frames.groups(weights, components, matrix, vocabulary.features, files, outlets)
    forms = event_frames.entity_forms(mentions)
    named = [(g, terms) for g in found if len(terms := frame_terms(g.features, forms)) >= MIN_TERMS]
    if not named:
        return empty
    book = _codebook([(", ".join(t[:3]), tuple(t), "draft") for _, t in named])
    scores = (
        vocabulary.transform(features, unit=False) @ np.vstack([g.component for g, _ in named]).T
    )
    rows = list(zip(*column_lists(table, SENTENCE_COLUMNS), strict=True))
    drafted = (
        DraftFrame(
            frame.name,
            frame.terms,
            group.paragraphs,
            group.articles,
            group.outlets,
            _evidence(np.asarray(scores[:, k]).ravel(), rows, book, frame.name),
        )
        for k, ((group, _), frame) in enumerate(zip(named, book.frames, strict=True))
    )
    return Draft(tuple(f for f in drafted if f.evidence), empty.articles, empty.outlets)


def draft_yaml(draft: Draft, source: str = "") -> str:
    """The draft as a codebook file (`load_codebook` reads it back), each frame preceded by
    comments with where it is strongest and its evidence sentences."""
    header = [
        f"# Event frames drafted by the outlet-framing workbook from {source or 'a corpus'}:",
        f"# {draft.articles} article(s), {draft.outlets} outlet(s). DRAFTED, NOT CODED: each frame is a",
        "# group of terms and entities that occur together in several articles. Rename the frames,",
        "# write their descriptions, edit the terms (see data/frames/event.yml for the rules), then",
        "# pass this file back: workbook run -p 'codebooks=[frames/generic.yml, THIS_FILE]'",
        "",
        yaml.safe_dump({"name": NAME, "description": DESCRIPTION}, sort_keys=False, width=1000),
        "frames:" if draft.frames else "frames: {}  # no group of terms recurs across articles",
    ]
    for frame in draft.frames:
        header.append("")
        header += [f"  # {row[1]}: {_clip(row[6])}" for row in frame.evidence[:3]]
        entry = {frame.name: {"description": _describe(frame), "terms": list(frame.terms)}}
        text = yaml.safe_dump(
            entry, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=None
        )
        header += ["  " + line for line in text.splitlines()]
    return "\n".join(header) + "\n"


def _clip(text: str, size: int = 160) -> str:
    return text if len(text) <= size else text[: size - 3].rstrip() + "..."


def default_codebooks(input_dir: Path, draft: Draft) -> list[Codebook]:
    """The codebooks a run uses when none are named: the generic one, then the sample's
    hand-written event codebook on the sample corpus (`seeds/`), else the drafted frames."""
    books = [load_codebook(GENERIC_CODEBOOK)]
    if input_dir.resolve() == paths.SEEDS_DIR.resolve():
        return [*books, load_codebook(SAMPLE_CODEBOOK)]
    return [*books, draft.codebook] if draft.frames else books


def drafted_note(books: Sequence[Codebook], draft: Draft) -> list[str]:
    """The finding that says the event frames are drafted, when a drafted codebook is used."""
    if not any(book.name == NAME for book in books):
        return []
    return [
        f"The event frames ({NAME} codebook: {len(draft.frames)} frames) were drafted from the "
        "corpus's co-occurring terms and entities, not coded by a researcher: read their "
        "evidence in tables/event_frames.csv, then rename and edit event_frames.yml and pass "
        "it back with -p codebooks=[frames/generic.yml, FILE]."
    ]
