"""Scoring frame detection against labels: per-frame precision, recall and F1, micro and
macro averages, cross-validated predictions and the majority baseline.

Micro-F1 pools every (text, frame) decision, so frequent frames weigh most; macro-F1 is the
plain mean of the frames' F1, so a rare frame counts as much as a common one. SemEval-2023
Task 3 ranked frame detection by micro-F1; a researcher comparing outlets on every frame
needs the macro figure too.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from sklearn.model_selection import KFold

from helpers.framing import frame_model

SCORE_COLUMNS = ["frame", "support", "predicted", "precision", "recall", "f1"]
MICRO, MACRO = "(micro)", "(macro)"

Predictor = Callable[[list[int], list[int]], np.ndarray]


def _ratio(top: float, bottom: float) -> float:
    return top / bottom if bottom else 0.0


def per_frame_scores(labels: np.ndarray, predicted: np.ndarray, frames: list[str]) -> pd.DataFrame:
    """One row per frame (texts coded with it, texts given it, precision, recall, F1), then a
    micro- and a macro-averaged row. A frame neither coded nor predicted scores 0, as in
    SemEval's scorer."""
    labels, predicted = np.asarray(labels, bool), np.asarray(predicted, bool)
    if labels.shape != predicted.shape or labels.shape[1:] != (len(frames),):
        raise ValueError(f"labels {labels.shape} and predictions {predicted.shape} differ")
    hits = (labels & predicted).sum(axis=0)
    rows = []
    for j, frame in enumerate(frames):
        precision = _ratio(hits[j], predicted[:, j].sum())
        recall = _ratio(hits[j], labels[:, j].sum())
        f1 = _ratio(2 * hits[j], labels[:, j].sum() + predicted[:, j].sum())
        rows.append(
            (frame, int(labels[:, j].sum()), int(predicted[:, j].sum()), precision, recall, f1)
        )
    table = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    total_hits, total_predicted, total_coded = hits.sum(), predicted.sum(), labels.sum()
    micro = (
        MICRO,
        int(total_coded),
        int(total_predicted),
        _ratio(total_hits, total_predicted),
        _ratio(total_hits, total_coded),
        _ratio(2 * total_hits, total_coded + total_predicted),
    )
    macro = (MACRO, int(total_coded), int(total_predicted))
    macro += tuple(float(table[c].mean()) if len(table) else 0.0 for c in SCORE_COLUMNS[3:])
    return pd.concat(
        [table, pd.DataFrame([micro, macro], columns=SCORE_COLUMNS)], ignore_index=True
    )


def cross_validated(count: int, predict: Predictor, folds: int = 5, seed: int = 0) -> np.ndarray:
    """Stack the predictions `predict(train, test)` makes for each held-out fold, in text order."""
    if count < folds:
        raise ValueError(f"{folds}-fold cross-validation needs at least {folds} texts, got {count}")
    parts: dict[int, np.ndarray] = {}
    for train, test in KFold(folds, shuffle=True, random_state=seed).split(np.arange(count)):
        for index, row in zip(test, predict(list(train), list(test)), strict=True):
            parts[int(index)] = row
    return np.array([parts[i] for i in range(count)])


def model_predictor(texts: list[str], labels: np.ndarray, frames: list[str]) -> Predictor:
    """Train the default model on the training texts, call frames on the held-out ones."""

    def predict(train: list[int], test: list[int]) -> np.ndarray:
        model = frame_model.train([texts[i] for i in train], labels[train], frames)
        return frame_model.scores(model, [texts[i] for i in test]) >= model.thresholds

    return predict


def majority_predictor(labels: np.ndarray) -> Predictor:
    """Give every held-out text the k frames most frequent in the training texts, with k the
    one that scores best (micro-F1) on the training texts themselves."""

    def predict(train: list[int], test: list[int]) -> np.ndarray:
        seen = labels[train].astype(bool)
        order = np.argsort(-seen.sum(axis=0), kind="stable")
        best, best_f1 = np.zeros(seen.shape[1], bool), -1.0
        for k in range(1, seen.shape[1] + 1):
            chosen = np.isin(np.arange(seen.shape[1]), order[:k])
            hits = (seen & chosen).sum()
            f1 = 2 * hits / (seen.sum() + len(train) * k)
            if f1 > best_f1:
                best, best_f1 = chosen, f1
        return np.tile(best, (len(test), 1))

    return predict
