"""Article frames on SemEval-2023 Task 3 (English training split), 5-fold cross-validation:
the default model, the generic keyword codebook and the majority baseline side by side.
Prints figures; asserts nothing.

    .venv/bin/python benchmarks/frames.py SEMEVAL_DIR
    .venv/bin/python benchmarks/frames.py REPO --commit abd8ae30945e1b6acfb8af65afad7129c926d108

SEMEVAL_DIR holds the task's data (`data/en/train-articles-subtask-2/` and
`train-labels-subtask-2.txt`, or the same under `en/` or directly); with `--commit` it is a
git repository read at that commit. Only the training split is read; the dev and test
splits are never opened. Labels map onto the generic codebook by data/frames/semeval2023.yml.

- model: `frame_model` trained on four folds (thresholds from its own inner
  cross-validation), scored on the fifth;
- keywords: `frames_per_article.keyword_frames` as the workbook calls frames without a model
  (an article carries a frame when any paragraph sentence matches a term), after parsing
  the articles with the workbook's spaCy model; "keywords, tuned" instead calls a frame when
  the share of sentences carrying it reaches a per-frame cut-off chosen on the four folds;
- majority: the k frames most frequent in the four folds for every article, k chosen on them.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.entities import parsing, sentences
from helpers.framing import codebooks, frame_model, frame_training, frames_per_article
from helpers.framing import frame_evaluation as evaluation


def sentence_table(ids: list[str], texts: list[str], cache: Path | None) -> pd.DataFrame:
    """The workbook's sentences table of the articles: first line the headline, every other
    non-empty line a paragraph."""
    rows, headlines = [], []
    for file, text in zip(ids, texts, strict=True):
        lines = [line.strip() for line in text.splitlines()]
        headlines.append(lines[0] if lines else "")
        body = [line for line in lines[1:] if line]
        rows += [(file, "semeval", n, n, line) for n, line in enumerate(body, start=1)]
    paragraphs = pd.DataFrame(rows, columns=["file", "outlet", "paragraph", "line", "text"])
    pipeline = parsing.shared_pipeline()
    docs = list(parsing.parse_texts(pipeline, paragraphs["text"], cache))
    heads = dict(zip(ids, parsing.parse_texts(pipeline, headlines, cache), strict=True))
    return sentences.sentence_rows(paragraphs, docs, {f: d for f, d in heads.items() if len(d)})


def keyword_scores(table: pd.DataFrame, ids: list[str], frames: list[str]) -> np.ndarray:
    """Per article and frame, the share of its paragraph sentences the keywords match."""
    found = frames_per_article.keyword_frames(table, codebooks.load_codebook("frames/generic.yml"))
    wide = found.pivot(index="file", columns="frame", values="score")
    return wide.reindex(index=ids, columns=frames).fillna(0).to_numpy()


def tuned_keywords(shares: np.ndarray, labels: np.ndarray) -> evaluation.Predictor:
    def predict(train: list[int], test: list[int]) -> np.ndarray:
        cut = frame_model.best_thresholds(shares[train], labels[train])
        return shares[test] >= np.maximum(cut, 1e-9)

    return predict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("semeval", type=Path, help="the task's data folder, or a git repository")
    parser.add_argument("--commit", default="", help="read SEMEVAL at this git commit")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0, help="seed of the fold split")
    parser.add_argument("--cache", type=Path, default=None, help="parse cache (SQLite file)")
    args = parser.parse_args()

    data = frame_training.read_semeval(
        args.semeval, frame_training.load_semeval_spec(), args.commit
    )
    frames, labels = data.frames, data.labels
    print(f"{len(data.texts)} articles, {labels.sum()} frame labels, {len(frames)} frames")
    started = time.perf_counter()
    table = sentence_table(data.ids, data.texts, args.cache)
    shares = keyword_scores(table, data.ids, frames)
    print(f"parsed for the keywords in {time.perf_counter() - started:.0f} s")

    started = time.perf_counter()
    predictors = {
        "model": evaluation.model_predictor(data.texts, labels, frames),
        "keywords": lambda train, test: shares[test] > 0,
        "keywords, tuned": tuned_keywords(shares, labels),
        "majority": evaluation.majority_predictor(labels),
    }
    results = {
        name: evaluation.per_frame_scores(
            labels, evaluation.cross_validated(len(labels), p, args.folds, args.seed), frames
        )
        for name, p in predictors.items()
    }
    print(
        f"{args.folds}-fold cross-validation (seed {args.seed}) in {time.perf_counter() - started:.0f} s\n"
    )
    side = pd.DataFrame(
        {"frame": results["model"]["frame"], "articles": results["model"]["support"]}
    )
    for name, scored in results.items():
        side[f"{name} F1"] = scored["f1"].round(3)
    print(side.to_string(index=False))
    for name, scored in results.items():
        micro = scored.set_index("frame").loc[evaluation.MICRO]
        print(
            f"{name:16s} micro-F1 {micro['f1']:.3f} (P {micro['precision']:.3f}, R {micro['recall']:.3f})"
            f"  macro-F1 {scored.set_index('frame').loc[evaluation.MACRO, 'f1']:.3f}"
        )
    speed(data.texts, labels, frames)


def speed(texts: list[str], labels: np.ndarray, frames: list[str]) -> None:
    """Training time, and scoring time for 2,000 articles (the training texts, repeated)."""
    started = time.perf_counter()
    model = frame_model.train(texts, labels, frames)
    trained = time.perf_counter() - started
    batch = (texts * (2000 // len(texts) + 1))[:2000]
    started = time.perf_counter()
    frame_model.scores(model, batch)
    words = sum(len(t.split()) for t in batch)
    print(
        f"\ntraining on {len(texts)} articles: {trained:.1f} s; scoring 2,000 articles "
        f"({words:,} words): {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
