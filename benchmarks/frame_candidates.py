"""The candidates the default frame model was chosen from, by 5-fold cross-validation on the
SemEval-2023 Task 3 English training articles. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/frame_candidates.py SEMEVAL_DIR [--commit REV]

Every candidate reads the raw article text (TF-IDF of words, sublinear counts, words in
fewer than two training articles dropped) and, unless said otherwise, calls a frame at the
per-frame threshold that maximised F1 on held-out scores of an inner 3-fold split of the
training folds. The default (`frame_model`) is the first row.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.linear_model import LogisticRegression, RidgeClassifier
from sklearn.model_selection import KFold
from sklearn.naive_bayes import ComplementNB
from sklearn.svm import LinearSVC

from helpers.framing import frame_evaluation as evaluation
from helpers.framing import frame_model, frame_training

STOP = sorted(ENGLISH_STOP_WORDS)


def _scores(texts, labels, train, test, vectorizer, estimator) -> np.ndarray:
    vectors = vectorizer()
    x_train = vectors.fit_transform([texts[i] for i in train])
    x_test = vectors.transform([texts[i] for i in test])
    columns = []
    for j in range(labels.shape[1]):
        fitted = estimator().fit(x_train, labels[train, j])
        if hasattr(fitted, "decision_function"):
            columns.append(fitted.decision_function(x_test))
        else:
            columns.append(np.diff(fitted.predict_log_proba(x_test), axis=1).ravel())
    return np.column_stack(columns)


def candidate(
    texts: list[str],
    labels: np.ndarray,
    vectorizer: Callable,
    estimator: Callable,
    tuned: bool = True,
) -> evaluation.Predictor:
    def predict(train: list[int], test: list[int]) -> np.ndarray:
        train = np.array(train)
        cut = np.zeros(labels.shape[1])
        if tuned:
            held_out = np.zeros((len(train), labels.shape[1]))
            for inner, out in KFold(3, shuffle=True, random_state=1).split(train):
                held_out[out] = _scores(
                    texts, labels, train[inner], train[out], vectorizer, estimator
                )
            cut = frame_model.best_thresholds(held_out, labels[train])
        return _scores(texts, labels, train, test, vectorizer, estimator) >= cut

    return predict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("semeval", type=Path)
    parser.add_argument("--commit", default="")
    parser.add_argument("--seed", type=int, default=0, help="seed of the outer fold split")
    args = parser.parse_args()
    data = frame_training.read_semeval(
        args.semeval, frame_training.load_semeval_spec(), args.commit
    )
    texts, labels = data.texts, data.labels

    def words(**options):
        return lambda: TfidfVectorizer(sublinear_tf=True, min_df=2, **options)

    def logistic(c: float):
        return lambda: LogisticRegression(C=c, solver="liblinear", class_weight="balanced")

    candidates = {
        "default: words, logistic C=1, tuned": evaluation.model_predictor(
            texts, labels, data.frames
        ),
        "words, logistic C=1, threshold 0.5": candidate(
            texts, labels, words(stop_words=STOP), logistic(1.0), tuned=False
        ),
        "words, logistic C=0.25": candidate(texts, labels, words(stop_words=STOP), logistic(0.25)),
        "words, logistic C=4": candidate(texts, labels, words(stop_words=STOP), logistic(4.0)),
        "words, stop words kept, logistic C=1": candidate(texts, labels, words(), logistic(1.0)),
        "words and word pairs, logistic C=1": candidate(
            texts, labels, words(stop_words=STOP, ngram_range=(1, 2)), logistic(1.0)
        ),
        "words, linear SVM C=0.5": candidate(
            texts, labels, words(stop_words=STOP), lambda: LinearSVC(C=0.5, class_weight="balanced")
        ),
        "words, ridge alpha=1": candidate(
            texts,
            labels,
            words(stop_words=STOP),
            lambda: RidgeClassifier(alpha=1.0, class_weight="balanced"),
        ),
        "words, complement naive Bayes": candidate(
            texts, labels, words(stop_words=STOP), lambda: ComplementNB(alpha=0.3)
        ),
    }
    print(f"{len(texts)} articles, 5-fold cross-validation (seed {args.seed})")
    for name, predict in candidates.items():
        started = time.perf_counter()
        predicted = evaluation.cross_validated(len(texts), predict, 5, args.seed)
        scored = evaluation.per_frame_scores(labels, predicted, data.frames).set_index("frame")
        print(
            f"{name:40s} micro-F1 {scored.loc[evaluation.MICRO, 'f1']:.3f}  macro-F1 "
            f"{scored.loc[evaluation.MACRO, 'f1']:.3f}  ({time.perf_counter() - started:.0f} s)"
        )


if __name__ == "__main__":
    main()
