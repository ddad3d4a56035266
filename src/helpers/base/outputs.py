"""Writing a run's tables and figures: UTF-8 CSV with a header row, PNG + SVG, never half-written.

Each file is written under a temporary name in the same folder and renamed into place, so
a crash or a kill leaves either the old file or the complete new one.
"""

from __future__ import annotations

import io
import os
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pandas as pd
from matplotlib.figure import Figure

from helpers.base import catalogue
from helpers.base.paths import figures_dir, table_path

SAVED_DPI = 150


def _umask() -> int:
    """The process's umask (reading it means setting it: set it straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once, at import: a run's files get the mode a plain `open` would give them.
FILE_MODE = 0o666 & ~_umask()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write bytes to `path` through a temporary file and a rename."""
    with atomic_stream(path, size=len(data)) as stream:
        stream.write(data)


@contextmanager
def atomic_stream(path: Path, size: int | None = None) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces `path` when the block ends without an error.

    The file gets the mode the user's umask gives new files (0644 under the usual 022), not
    the 0600 of the temporary file, so a report can be served or read by a colleague. An
    OSError (a full disk, a read-only folder) names `path`, not its temporary, and the `size`
    that was to be written when it is known, so the one-line report of the fault can say both.
    """
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        os.fchmod(handle, FILE_MODE)
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError) and error.errno is not None:
            amount = f" (writing {size:,} bytes)" if size is not None else ""
            raise OSError(error.errno, f"{error.strerror}{amount}", str(path)) from error
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 text to `path` through a temporary file and a rename."""
    atomic_write_bytes(path, text.encode("utf-8"))


def write_table(table: pd.DataFrame, run: Path, name: str) -> Path:
    """Save a table as `tables/<name>.csv` (UTF-8, header row, no index) and return its path.

    The columns must be the catalogue's for that table, in its order (`helpers.base.catalogue`),
    so every run's tables have the columns the README and the report describe.
    """
    expected = catalogue.columns(name)
    if list(table.columns) != expected:
        raise ValueError(
            f"table {name}: columns {list(table.columns)} are not the catalogue's {expected}"
        )
    path = table_path(run, name)
    # Streamed to the file: the whole table as one string, then as bytes, was twice its size
    with atomic_stream(path) as stream:
        table.to_csv(stream, index=False, encoding="utf-8")
    return path


def read_table(run: Path, name: str, rows: int | None = None) -> pd.DataFrame:
    """Read a table an earlier notebook wrote (its first `rows` rows, default all), typed as
    the catalogue says, with a message that says which notebook makes it when it is missing.

    Empty cells stay empty strings: text columns must not turn into NaN.
    """
    entry = catalogue.table(name)
    path = table_path(run, name)
    if not path.exists():
        raise FileNotFoundError(
            f"{path} is missing: run {entry.notebook} first (or `workbook run`), "
            "it writes the tables this notebook reads"
        )
    return pd.read_csv(
        path,
        keep_default_na=False,
        na_values=entry.missing_values,
        dtype=entry.read_types,
        nrows=rows,
    )


@dataclass(frozen=True)
class SavedFigure:
    """A chart as saved. A notebook shows it from the saved PNG at the figure's own size:
    drawing the figure once more for the screen would cost as much as saving it."""

    png: Path
    width: int
    height: int

    def _repr_png_(self) -> tuple[bytes, dict[str, int | str]]:
        # `figure`: the saved file, so the report's HTML can link it instead of embedding it
        size = {"width": self.width, "height": self.height}
        return self.png.read_bytes(), {**size, "figure": self.png.name}

    def __repr__(self) -> str:
        # The plain-text form a notebook stores beside the image: no machine's paths in it
        return f"<chart {self.png.name}, shown at {self.width}x{self.height}>"


def save_figure(figure: Figure, run: Path, name: str) -> SavedFigure:
    """Save a figure as `figures/<name>.png` and `.svg`; the result shows the PNG in a notebook.

    The layout the PNG was drawn with is kept for the SVG (the figure's layout engine is
    switched off after the PNG): working the layout out again costs a third of a chart's
    drawing and gives the same places."""
    folder = figures_dir(run)
    drawn = {}
    for suffix in ("png", "svg"):
        buffer = io.BytesIO()
        figure.savefig(buffer, format=suffix, dpi=SAVED_DPI, bbox_inches="tight")
        figure.set_layout_engine("none")
        drawn[suffix] = buffer.getvalue()
        atomic_write_bytes(folder / f"{name}.{suffix}", drawn[suffix])
    # The size as drawn, which bbox "tight" makes differ from the figure's: the PNG header's
    pixels = struct.unpack(">II", drawn["png"][16:24])
    width, height = (round(n * figure.dpi / SAVED_DPI) for n in pixels)
    return SavedFigure(folder / f"{name}.png", width, height)


def record_warnings(run: Path, stage: str, warnings: list[tuple[str, str]]) -> pd.DataFrame:
    """Replace one stage's rows in `tables/warnings.csv` (`stage, file, message`).

    Stages run one after another, so each rewrites the table with its own rows refreshed;
    the runner copies the table into `run.json` and the top of `index.html`.
    """
    path = table_path(run, "warnings")
    columns = catalogue.columns("warnings")
    earlier = read_table(run, "warnings") if path.exists() else catalogue.table("warnings").empty()
    mine = pd.DataFrame([(stage, file, message) for file, message in warnings], columns=columns)
    table = pd.concat([earlier[earlier["stage"] != stage], mine], ignore_index=True)
    atomic_write_text(path, table.to_csv(index=False))
    return mine
