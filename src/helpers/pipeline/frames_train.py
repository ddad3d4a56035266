"""`workbook frames train` carried out: cross-validate a frame model, print and save its
scores, train it on everything (the command's options are in `frames_cli`).

Imported only when the command runs: training needs scikit-learn and the framing stage,
which would cost every other `workbook` command a second to import.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from importlib import metadata

from helpers.base import paths
from helpers.base.datafiles import DataFileError
from helpers.framing import codebooks, coded, frame_evaluation, frame_model
from helpers.framing.frame_training import (
    LabelledTexts,
    TrainingDataError,
    load_semeval_spec,
    read_semeval,
)

CV_FILE = "cross_validation.csv"


def _semeval(args: argparse.Namespace) -> tuple[LabelledTexts, dict, str]:
    spec = load_semeval_spec()
    data = read_semeval(args.semeval.expanduser(), spec, args.commit)
    where = f"{args.semeval}" + (f" at {args.commit}" if args.commit else "")
    about = {
        "codebook": spec.codebook,
        "trained_on": f"the SemEval-2023 Task 3 English training articles ({where})",
        **spec.about,
    }
    return data, about, args.name or spec.name


def _coded(args: argparse.Namespace) -> tuple[LabelledTexts, dict, str]:
    sample = coded.read_coded(args.coded)
    data = coded.training_texts(sample, args.input.expanduser() if args.input else None)
    name = args.name or args.coded.stem
    codebook = name
    if args.codebook:
        book = codebooks.load_codebook(f"frames/{args.codebook}.yml")
        outside = [f for f in data.frames if f not in book.names]
        if outside:
            raise TrainingDataError(
                f"{args.coded}: frames {outside} are not in codebook {book.name}"
            )
        codebook = book.name
    return data, {"codebook": codebook, "trained_on": f"the coding in {args.coded}"}, name


def _print_scores(table, folds: int, count: int) -> None:
    print(
        f"{folds}-fold cross-validation on {count} texts (each scored by a model trained without it):"
    )
    shown = table.assign(**{c: table[c].round(3) for c in ("precision", "recall", "f1")})
    print(shown.to_string(index=False))


def command_train(args: argparse.Namespace) -> int:
    """Cross-validate, print and save the per-frame scores, then train on everything."""
    try:
        data, about, name = _semeval(args) if args.semeval else _coded(args)
        folds = min(args.folds, len(data.texts))
        if folds < 2:
            raise TrainingDataError(
                f"need at least 2 coded texts to cross-validate, got {len(data.texts)}"
            )
        predict = frame_evaluation.model_predictor(data.texts, data.labels, data.frames)
        predicted = frame_evaluation.cross_validated(len(data.texts), predict, folds)
    except (TrainingDataError, DataFileError, ValueError) as error:
        print(f"workbook: error: {error}", file=sys.stderr)
        return 2
    table = frame_evaluation.per_frame_scores(data.labels, predicted, data.frames)
    _print_scores(table, folds, len(data.texts))
    scores = table.set_index("frame")["f1"]
    about |= {
        "texts": len(data.texts),
        "label_counts": dict(zip(data.frames, map(int, data.labels.sum(axis=0)), strict=True)),
        "cross_validation": {
            "folds": folds,
            "micro_f1": float(scores[frame_evaluation.MICRO]),
            "macro_f1": float(scores[frame_evaluation.MACRO]),
        },
        "trained": datetime.now(UTC).isoformat(timespec="seconds"),
        "scikit-learn": metadata.version("scikit-learn"),
    }
    model = frame_model.train(data.texts, data.labels, data.frames, about)
    folder = frame_model.save(model, (args.output or paths.model_dir(name)).expanduser())
    table.to_csv(folder / CV_FILE, index=False)
    print(f"model {name!r} saved to {folder} (scores in {CV_FILE})")
    return 0
