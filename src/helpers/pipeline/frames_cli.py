"""`workbook frames train`'s options (carried out by `frames_train`): train a frame model,
print and save its cross-validated scores.

    workbook frames train --semeval DIR [--commit REV]      # the default generic model
    workbook frames train --coded FILE.csv [--input DIR]    # a model of your own coding

The model goes to the model folder (`paths.MODELS_DIR`, or `--output`), where the framing
notebook's `frame_models` parameter finds it by name.
"""

from __future__ import annotations

import argparse
from pathlib import Path


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
