"""Event frames drafted from the corpus: groups of terms and entities that occur together.

A hand-written event codebook (`data/frames/event.yml`) fits one story only. For any other
corpus the workbook drafts one: each paragraph of the story becomes a bag of its
distinctive terms (the sentences table's `terms`, hyphenated words kept whole, and pairs of
neighbouring terms, "national security") and the entities the mentions table finds in it;
non-negative matrix factorisation (NMF) of the paragraphs' TF-IDF splits them into groups
of terms that occur together. Each group is a draft frame, with evidence sentences.

A term counts only when it is in at least `MIN_PARAGRAPHS` paragraphs, of at least
`MIN_ARTICLES` articles and `MIN_OUTLETS` outlets (a frame is shared, not one article's
wording or one outlet's template), and in at most `MAX_PARAGRAPH_SHARE` of all paragraphs:
the words nearly every paragraph uses ("Lavrov", "meeting") name the event, not one of its
frames (on the seeds they are in 29% to 54% of paragraphs, the words of sub-topics such as
Syria in 15% or fewer). What a sentence brings to its paragraph's bag, and the words left
out of it, are in `event_features`. NMF is initialised by NNDSVD, so the draft is the same
on every run.

Drafted frames are a starting point for a researcher, not a coding: `draft_codebook`
(`helpers.framing.draft_codebook`) writes them as a codebook to rename, edit and pass back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from helpers.base.columns import column_lists
from helpers.framing.event_features import Key

MIN_PARAGRAPHS = 3
MAX_PARAGRAPH_SHARE = 0.25
MIN_ARTICLES = 2
MIN_OUTLETS = 2
PARAGRAPHS_PER_FRAME = 10  # the default number of frames: one per this many paragraphs ...
MAX_FRAMES = 12  # ... at most this many
TERMS_PER_FRAME = 8
COHERENCE_TERMS = 5


@dataclass(frozen=True)
class Group:
    """One drafted frame before it is written down: its features, best first, with weights,
    and the paragraphs in which it is the strongest group."""

    features: tuple[tuple[str, float], ...]
    component: np.ndarray  # the group's weight per vocabulary feature
    paragraphs: int
    articles: int
    outlets: int


def _identity(tokens: list[str]) -> list[str]:
    return tokens


@dataclass(frozen=True)
class Vocabulary:
    """The frame features of a corpus and their TF-IDF weighting, for paragraphs or sentences."""

    vectorizer: TfidfVectorizer
    columns: np.ndarray  # the vectorizer's features that qualify, in its order

    @property
    def features(self) -> np.ndarray:
        return self.vectorizer.get_feature_names_out()[self.columns]

    def transform(self, documents: list[list[str]], unit: bool = True) -> sparse.csr_matrix:
        """TF-IDF rows over the qualifying features, each of unit length (or zero) when
        `unit`; else as weighed, so a longer sentence with more of a frame's terms scores
        more than a short one with a single term."""
        rows = self.vectorizer.transform(documents)[:, self.columns]
        return normalize(rows) if unit else rows


def paragraph_matrix(
    keys: list[Key], features: list[list[str]], outlets: dict[str, str]
) -> tuple[Vocabulary, sparse.csr_matrix, list[str]] | None:
    """TF-IDF of each paragraph's features over the vocabulary of frame terms (see the module
    notes), with the file of each paragraph; None when no feature qualifies."""
    bags: dict[tuple[str, int], list[str]] = {}
    for (file, paragraph, _), tokens in zip(keys, features, strict=True):
        bags.setdefault((file, paragraph), []).extend(tokens)
    files = [file for file, _ in bags]
    documents = list(bags.values())
    vectorizer = TfidfVectorizer(
        analyzer=_identity,
        min_df=MIN_PARAGRAPHS,
        max_df=MAX_PARAGRAPH_SHARE if len(documents) >= 1 / MAX_PARAGRAPH_SHARE else 1.0,
        sublinear_tf=True,
        norm=None,  # rows are scaled to unit length after the features are chosen
    )
    try:
        matrix = vectorizer.fit_transform(documents)
    except ValueError:  # no feature within the bounds
        return None
    articles = _groups_per_feature(matrix, files)
    in_outlets = _groups_per_feature(matrix, [outlets[f] for f in files])
    wanted = min(MIN_ARTICLES, len(set(files))), min(MIN_OUTLETS, len(set(outlets.values())))
    columns = np.flatnonzero((articles >= wanted[0]) & (in_outlets >= wanted[1]))
    if not len(columns):
        return None
    vocabulary = Vocabulary(vectorizer, columns)
    return vocabulary, normalize(matrix[:, columns]), files


def _groups_per_feature(matrix: sparse.csr_matrix, labels: list[str]) -> np.ndarray:
    """In how many groups (articles, outlets) of the rows each feature occurs."""
    codes, _ = pd.factorize(pd.Series(labels))
    by_article = sparse.csr_matrix(
        (np.ones(len(codes)), (codes, np.arange(len(codes)))), shape=(codes.max() + 1, len(codes))
    )
    return np.asarray(((by_article @ (matrix > 0)) > 0).sum(axis=0)).ravel()


def frame_count(paragraphs: int, vocabulary: int) -> int:
    """The default number of frames: one per `PARAGRAPHS_PER_FRAME` paragraphs, from 2 to
    `MAX_FRAMES`, never more than paragraphs or features allow."""
    wanted = min(MAX_FRAMES, max(2, paragraphs // PARAGRAPHS_PER_FRAME))
    return max(1, min(wanted, paragraphs - 1, vocabulary - 1))


def factorise(matrix: sparse.csr_matrix, frames: int) -> tuple[np.ndarray, np.ndarray]:
    """NMF of the paragraph matrix: paragraph weights (paragraphs x frames) and frame
    components (frames x features), deterministic (NNDSVD initialisation)."""
    model = NMF(n_components=frames, init="nndsvd", max_iter=1000, random_state=0)
    weights = model.fit_transform(matrix)
    return weights, model.components_


def coherence(present: sparse.csc_matrix, columns: Sequence[int]) -> float:
    """Mean normalised pointwise mutual information (NPMI, Bouma 2009) of the pairs of
    features `columns` over the paragraphs (`present`: paragraphs x features, 0/1): above 0
    when they occur together more often than chance, -1 for a pair never together."""
    size = present.shape[0]
    counts = np.asarray(present[:, columns].sum(axis=0)).ravel() / size
    together = (present[:, columns].T @ present[:, columns]).toarray() / size
    values = []
    for a, b in combinations(range(len(columns)), 2):
        both = together[a, b]
        if both in (0, 1):  # never together, or both in every paragraph
            values.append(-1.0 if both == 0 else 1.0)
        else:
            values.append(np.log(both / (counts[a] * counts[b])) / -np.log(both))
    return float(np.mean(values)) if values else 1.0


def groups(
    weights: np.ndarray,
    components: np.ndarray,
    matrix: sparse.csr_matrix,
    vocabulary: Sequence[str],
    files: list[str],
    outlets: dict[str, str],
) -> list[Group]:
    """The frames NMF found, most paragraphs first. Each feature goes to the frame it weighs
    most in (relative to that frame's top feature), so frames do not share terms. A frame
    is dropped when it is the strongest group in paragraphs of one outlet only (one
    outlet's theme, not a shared frame) or when its top `COHERENCE_TERMS` features do not
    occur together more often than chance (`coherence` at most 0: common words, not a theme)."""
    scaled = components / np.maximum(components.max(axis=1, keepdims=True), 1e-12)
    owner = scaled.argmax(axis=0)
    strongest = np.where(weights.max(axis=1) > 0, weights.argmax(axis=1), -1)
    present = (matrix > 0).astype(float).tocsc()
    needed = min(MIN_OUTLETS, len(set(outlets.values())))
    found = []
    for index, component in enumerate(components):
        mine = np.flatnonzero((owner == index) & (component > 0))
        ranked = mine[np.argsort(-component[mine], kind="stable")]
        rows = np.flatnonzero(strongest == index)
        in_files = {files[i] for i in rows}
        in_outlets = {outlets[f] for f in in_files}
        if len(in_outlets) < needed or coherence(present, ranked[:COHERENCE_TERMS]) <= 0:
            continue
        found.append(
            Group(
                features=tuple((str(vocabulary[i]), float(component[i])) for i in ranked),
                component=component,
                paragraphs=len(rows),
                articles=len(in_files),
                outlets=len(in_outlets),
            )
        )
    return sorted(found, key=lambda g: -g.paragraphs)


def entity_forms(mentions: pd.DataFrame) -> dict[str, str]:
    """How a codebook term writes each entity: the mention text, as written, whose words
    occur in most of the entity's mentions ("Comey" for "James Comey", "James B. Comey",
    "Comey"), the more frequent, then the shorter, on a tie."""
    texts: dict[str, Counter[str]] = {}
    for entity, text in zip(*column_lists(mentions, ("entity", "text")), strict=True):
        texts.setdefault(entity, Counter())[str(text)] += 1
    return {entity: _usual_form(counts) for entity, counts in texts.items()}


def _usual_form(counts: Counter[str]) -> str:
    lowered: Counter[tuple[str, ...]] = Counter()
    for text, n in counts.items():
        lowered[tuple(text.lower().split())] += n

    def covers(text: str) -> int:
        words = tuple(text.lower().split())
        return sum(n for other, n in lowered.items() if contains(other, words))

    return max(sorted(counts), key=lambda t: (covers(t), counts[t], -len(t)))


def contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether `part` occurs in `words` as a run of consecutive words."""
    size = len(part)
    return any(words[i : i + size] == part for i in range(len(words) - size + 1))
