"""`workbook frames train`: train a frame model, print and save its cross-validated scores.

    workbook frames train --semeval DIR [--commit REV]      # the default generic model
    workbook frames train --coded FILE.csv [--input DIR]    # a model of your own coding

The model goes to the model folder (`paths.MODELS_DIR`, or `--output`), where the framing
notebook's `frame_models` parameter finds it by name.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

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


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Add `frames train` to the `workbook` command's subcommands."""
    frames = commands.add_parser("frames", help="train frame models")
    actions = frames.add_subparsers(dest="frames_command", required=True)
    train = actions.add_parser("train", help="train a frame model and cross-validate it")
    source = train.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--semeval",
        type=Path,
        metavar="DIR",
        help="SemEval-2023 Task 3 data (a folder, or a git repository with --commit)",
    )
    source.add_argument("--coded", type=Path, metavar="FILE.csv", help="your own frame coding")
    train.add_argument("--commit", default="", help="read --semeval DIR at this git commit")
    train.add_argument(
        "--input", type=Path, default=None, help="article folder the coded file's rows name"
    )
    train.add_argument("--codebook", default="", help="codebook the coded frames belong to")
    train.add_argument("--name", default="", help="model name (default: generic, or the file's)")
    train.add_argument("--output", type=Path, default=None, help="model folder (default: by name)")
    train.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")


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
        book = codebooks.load_codebook(paths.data_file(f"frames/{args.codebook}.yml"))
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
