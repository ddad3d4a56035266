"""A multi-label frame classifier: TF-IDF word weights and one logistic regression per frame.

Chosen by 5-fold cross-validation on the SemEval-2023 Task 3 English training articles
(`benchmarks/frames.py`, figures in the README) among linear models on words, lemmas and
word pairs, with and without the codebook's keyword hits as features: word unigrams did as
well as any, and need no parse, so a model trains from plain text and scores the sentences
table's `text` without spaCy. Each frame's decision threshold is the one that maximised
that frame's F1 on predictions for articles held out of an inner cross-validation of the
training data, since a frame found in 5% of articles needs a lower bar than one in 50%.

A model is a vocabulary, its IDF weights, a weight per word and frame, an intercept and a
threshold per frame, stored as JSON and an `.npz` array file (no pickle: loading a model
runs no code). Scoring is a sparse matrix product, so thousands of articles take seconds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

TOKEN_PATTERN = r"(?u)\b\w\w+\b"  # words of two or more letters or digits, as scikit-learn's
MIN_ARTICLES = 2  # a word in fewer training texts than this is left out of the vocabulary
REGULARISATION = 1.0  # logistic regression's C; 0.5 to 4 scored alike in cross-validation
INNER_FOLDS = 5
MAX_CANDIDATES = 1000  # thresholds tried per frame
META_FILE, WEIGHTS_FILE = "model.json", "weights.npz"


class ModelError(ValueError):
    """A model folder that cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class FrameModel:
    """A trained frame classifier; `about` records what it was trained on and how well it did."""

    frames: tuple[str, ...]
    vocabulary: tuple[str, ...]
    idf: np.ndarray
    weights: np.ndarray  # words x frames
    intercepts: np.ndarray
    thresholds: np.ndarray  # per frame, on the probability scale
    about: dict[str, Any] = field(default_factory=dict)

    @property
    def codebook(self) -> str:
        """The codebook whose frames it detects (its frame names are that codebook's)."""
        return str(self.about.get("codebook", ""))


def _counter(vocabulary: tuple[str, ...]) -> CountVectorizer:
    return CountVectorizer(vocabulary=list(vocabulary), token_pattern=TOKEN_PATTERN)


def features(vocabulary: tuple[str, ...], idf: np.ndarray, texts: list[str]) -> sparse.csr_matrix:
    """TF-IDF rows as scikit-learn's `TfidfVectorizer(sublinear_tf=True)` makes them: log-scaled
    counts times IDF, each row scaled to length 1."""
    counts = _counter(vocabulary).transform(texts).astype(float).tocsr()
    counts.data = 1 + np.log(counts.data)
    weighted = counts @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    return sparse.diags(1 / np.where(norms > 0, norms, 1)) @ weighted


def _vocabulary(texts: list[str]) -> tuple[tuple[str, ...], np.ndarray]:
    vectorizer = TfidfVectorizer(
        token_pattern=TOKEN_PATTERN,
        stop_words=sorted(ENGLISH_STOP_WORDS),
        min_df=min(MIN_ARTICLES, len(texts)),
        sublinear_tf=True,
    )
    vectorizer.fit(texts)
    return tuple(vectorizer.get_feature_names_out()), vectorizer.idf_


def _fit_frame(x: sparse.csr_matrix, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights and intercept for one frame; a frame every text has (or none has) gets no
    weights and the log-odds of its rate, kept away from infinity."""
    if y.min() == y.max():
        rate = min(max(float(y.mean()), 1e-6), 1 - 1e-6)
        return np.zeros(x.shape[1]), float(np.log(rate / (1 - rate)))
    model = LogisticRegression(C=REGULARISATION, solver="liblinear", class_weight="balanced")
    model.fit(x, y)
    return model.coef_[0], float(model.intercept_[0])


def _fit_weights(texts: list[str], labels: np.ndarray) -> tuple:
    vocabulary, idf = _vocabulary(texts)
    x = features(vocabulary, idf, texts)
    fitted = [_fit_frame(x, labels[:, j]) for j in range(labels.shape[1])]
    weights = np.column_stack([w for w, _ in fitted]) if fitted else np.zeros((len(idf), 0))
    return vocabulary, idf, weights, np.array([b for _, b in fitted])


def _probabilities(x: sparse.csr_matrix, weights: np.ndarray, intercepts: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(np.asarray(x @ weights) + intercepts)))


def best_thresholds(scores: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Per frame (column), the score at or above which calling it present gives the highest
    F1 on these labels (the lowest such score on ties); above every score when no text has
    the frame."""
    thresholds = np.ones(scores.shape[1])
    for j in range(scores.shape[1]):
        y, s = labels[:, j].astype(bool), scores[:, j]
        if not y.any():
            thresholds[j] = np.inf
            continue
        candidates = np.unique(s)
        if len(candidates) > MAX_CANDIDATES:  # a large coding: percentiles are fine enough
            candidates = np.unique(np.quantile(s, np.linspace(0, 1, MAX_CANDIDATES)))
        called = s[None, :] >= candidates[:, None]
        true_positives = (called & y).sum(axis=1)
        f1 = 2 * true_positives / (called.sum(axis=1) + y.sum())
        thresholds[j] = candidates[int(np.argmax(f1))]
    return thresholds


def held_out_scores(
    texts: list[str], labels: np.ndarray, folds: int = INNER_FOLDS, seed: int = 0
) -> np.ndarray:
    """Probabilities for every text from models trained without its fold."""
    scores = np.zeros(labels.shape, dtype=float)
    splitter = KFold(min(folds, len(texts)), shuffle=True, random_state=seed)
    for train, test in splitter.split(texts):
        vocabulary, idf, weights, intercepts = _fit_weights(
            [texts[i] for i in train], labels[train]
        )
        x = features(vocabulary, idf, [texts[i] for i in test])
        scores[test] = _probabilities(x, weights, intercepts)
    return scores


def train(
    texts: list[str],
    labels: np.ndarray,
    frames: list[str],
    about: dict[str, Any] | None = None,
    seed: int = 0,
) -> FrameModel:
    """Train on texts and their 0/1 labels (texts x frames); thresholds from held-out scores.

    Raises ValueError with fewer than two texts or when labels and frames disagree.
    """
    labels = np.asarray(labels, dtype=int)
    if len(texts) < 2 or labels.shape != (len(texts), len(frames)):
        raise ValueError(
            f"need at least two texts and one 0/1 label per text and frame: got {len(texts)} "
            f"texts, {len(frames)} frames and labels of shape {labels.shape}"
        )
    thresholds = best_thresholds(held_out_scores(texts, labels, seed=seed), labels)
    vocabulary, idf, weights, intercepts = _fit_weights(texts, labels)
    return FrameModel(
        tuple(frames), vocabulary, idf, weights, intercepts, thresholds, dict(about or {})
    )


def scores(model: FrameModel, texts: list[str]) -> np.ndarray:
    """Probability of each frame (columns) for each text (rows)."""
    if not texts:
        return np.zeros((0, len(model.frames)))
    x = features(model.vocabulary, model.idf, texts)
    return _probabilities(x, model.weights, model.intercepts)


def save(model: FrameModel, folder: Path) -> Path:
    """Write the model into `folder` (created if need be) and return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    meta = {"frames": list(model.frames), "vocabulary": list(model.vocabulary)}
    meta["about"] = model.about
    (folder / META_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    np.savez_compressed(
        folder / WEIGHTS_FILE,
        idf=model.idf,
        weights=model.weights,
        intercepts=model.intercepts,
        thresholds=model.thresholds,
    )
    return folder


def load(folder: Path) -> FrameModel:
    """Read a model folder written by `save`; ModelError names the file that is wrong."""
    meta_path, weights_path = folder / META_FILE, folder / WEIGHTS_FILE
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        with np.load(weights_path, allow_pickle=False) as arrays:
            loaded = {key: arrays[key] for key in ("idf", "weights", "intercepts", "thresholds")}
    except (OSError, ValueError, KeyError) as problem:
        raise ModelError(f"{folder}: not a frame model ({problem}); train one again") from None
    frames, vocabulary = tuple(meta.get("frames", ())), tuple(meta.get("vocabulary", ()))
    expected = {
        "idf": (len(vocabulary),),
        "weights": (len(vocabulary), len(frames)),
        "intercepts": (len(frames),),
        "thresholds": (len(frames),),
    }
    for key, shape in expected.items():
        if loaded[key].shape != shape:
            raise ModelError(
                f"{weights_path}: '{key}' has shape {loaded[key].shape}, expected {shape} "
                f"for the {len(frames)} frames and {len(vocabulary)} words of {meta_path.name}"
            )
    return FrameModel(frames, vocabulary, **loaded, about=meta.get("about", {}))
