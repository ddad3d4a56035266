"""A researcher's hand coding of frames, read from CSV, for training a model and for checking
the workbook's frames against it.

One row per coded unit and coder:

- the unit: a `text` column, or `file` (an article of the input folder) with an optional
  `line` (its line number in the file, as the paragraphs table numbers lines); a row with
  a file and no line codes the whole article;
- its frames: a `frames` column of frame names separated by `;` (empty for none), or one
  column per frame holding 0 or 1;
- optionally `coder` (who coded the row), `id` and `notes`, which are not frames.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.base import corpus
from helpers.framing.frame_training import LabelledTexts, TrainingDataError

UNIT_COLUMNS = ("text", "file", "line")
KEPT_COLUMNS = ("coder", "id", "notes")
FRAMES_COLUMN, SEPARATOR = "frames", ";"
Unit = tuple[str, int | None, str]  # file ('' for a text), line (None for a whole article), text


@dataclass(frozen=True)
class CodedSample:
    """The rows of a coded CSV: each row's unit and coder, and a 0/1 label per frame."""

    source: Path
    units: list[Unit]
    coders: list[str]
    frames: list[str]
    labels: np.ndarray
    listed: bool = False  # frames named in a `frames` column: any other frame was not found

    def with_frames(self, frames: list[str]) -> CodedSample:
        """The sample over `frames` (its own first): a frame the coders could have listed but
        never did is coded absent everywhere, so a detector's calls of it count as errors."""
        if not self.listed:
            return self
        extra = [f for f in frames if f not in self.frames]
        labels = np.hstack([self.labels, np.zeros((len(self.units), len(extra)), dtype=int)])
        return CodedSample(self.source, self.units, self.coders, self.frames + extra, labels, True)

    def unit_labels(self) -> tuple[list[Unit], np.ndarray]:
        """One row per unit: a frame is present when at least half of the unit's coders
        coded it (with one coder, as coded)."""
        keys = list(dict.fromkeys(self.units))
        index = {key: i for i, key in enumerate(keys)}
        votes = np.zeros((len(keys), len(self.frames)))
        coders = np.zeros(len(keys))
        for unit, row in zip(self.units, self.labels, strict=True):
            votes[index[unit]] += row
            coders[index[unit]] += 1
        return keys, (votes >= coders[:, None] / 2).astype(int)


def _where(path: Path, row: int) -> str:
    return f"{path} row {row + 2}"  # the header is row 1


def _unit(path: Path, row: int, values: pd.Series, columns: set[str]) -> Unit:
    text = str(values.get("text", "")).strip()
    file = str(values.get("file", "")).strip()
    line_text = str(values.get("line", "")).strip()
    if "text" in columns and text:
        return ("", None, text)
    if not file:
        raise TrainingDataError(f"{_where(path, row)}: no text and no file to code")
    if line_text and not line_text.isdigit():
        raise TrainingDataError(f"{_where(path, row)}: line {line_text!r} is not a line number")
    return (file, int(line_text) if line_text else None, "")


def _frame_labels(path: Path, table: pd.DataFrame) -> tuple[list[str], np.ndarray]:
    if FRAMES_COLUMN in table.columns:
        coded = [
            [name.strip() for name in str(cell).split(SEPARATOR) if name.strip()]
            for cell in table[FRAMES_COLUMN]
        ]
        frames = list(dict.fromkeys(name for names in coded for name in names))
        return frames, np.array([[f in names for f in frames] for names in coded], dtype=int)
    frames = [c for c in table.columns if c not in (*UNIT_COLUMNS, *KEPT_COLUMNS)]
    if not frames:
        raise TrainingDataError(
            f"{path}: no frames: add a '{FRAMES_COLUMN}' column (names separated by "
            f"'{SEPARATOR}') or one 0/1 column per frame"
        )
    for frame in frames:
        bad = table.index[~table[frame].str.strip().isin(["0", "1"])]
        if len(bad):
            raise TrainingDataError(
                f"{_where(path, int(bad[0]))}: frame column {frame!r} holds "
                f"{table.at[bad[0], frame]!r}; write 0 or 1"
            )
    return frames, table[frames].apply(lambda c: c.str.strip().astype(int)).to_numpy()


def read_coded(path: Path) -> CodedSample:
    """Read and check a coded CSV (see the module docstring); errors name the file and row."""
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as problem:
        raise TrainingDataError(f"{path}: cannot be read as a UTF-8 CSV ({problem})") from None
    table.columns = [str(c).strip() for c in table.columns]
    columns = set(table.columns)
    if not columns & {"text", "file"}:
        raise TrainingDataError(f"{path}: needs a 'text' column or a 'file' column")
    if table.empty:
        raise TrainingDataError(f"{path}: has no coded rows")
    units = [_unit(path, i, row, columns) for i, row in table.iterrows()]
    frames, labels = _frame_labels(path, table)
    coders = [str(c).strip() for c in table.get("coder", pd.Series([""] * len(table)))]
    return CodedSample(Path(path), units, coders, frames, labels, FRAMES_COLUMN in columns)


def unit_texts(units: list[Unit], input_dir: Path | None, source: Path) -> list[str]:
    """The text of each unit: as written, or read from the article files of `input_dir`
    (a whole article is its lines joined; a line is that line)."""
    needed = {file for file, _, _ in units if file}
    articles: dict[str, tuple[str, ...]] = {}
    if needed:
        if input_dir is None:
            raise TrainingDataError(f"{source}: rows name article files; give their folder")
        articles = {a.file: a.lines for a in corpus.read_corpus(input_dir).articles}
    texts = []
    for file, line, text in units:
        if not file:
            texts.append(text)
            continue
        if file not in articles:
            raise TrainingDataError(f"{source}: article {file!r} is not in {input_dir}")
        lines = articles[file]
        if line is not None and not 1 <= line <= len(lines):
            raise TrainingDataError(f"{source}: {file} has no line {line} ({len(lines)} lines)")
        texts.append(lines[line - 1] if line is not None else "\n".join(lines))
    return texts


def training_texts(sample: CodedSample, input_dir: Path | None = None) -> LabelledTexts:
    """One labelled text per coded unit (coders merged as in `CodedSample.unit_labels`)."""
    units, labels = sample.unit_labels()
    ids = [f"{f}:{n}" if f and n else f or f"row text {i + 1}" for i, (f, n, _) in enumerate(units)]
    return LabelledTexts(ids, unit_texts(units, input_dir, sample.source), sample.frames, labels)
