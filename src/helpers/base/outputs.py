"""Writing a run's tables and figures: UTF-8 CSV with a header row, PNG + SVG, never half-written.

Each file is written under a temporary name in the same folder and renamed into place, so
a crash or a kill leaves either the old file or the complete new one.
"""

from __future__ import annotations

import io
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from helpers.base import catalogue
from helpers.base.paths import figures_dir, tables_dir

SAVED_DPI = 150


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write bytes to `path` through a temporary file and a rename.

    An OSError (a full disk, a read-only folder) names `path`, not its temporary, and the
    bytes that were to be written, so the one-line report of the fault can say both.
    """
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError) and error.errno is not None:
            reason = f"{error.strerror} (writing {len(data):,} bytes)"
            raise OSError(error.errno, reason, str(path)) from error
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
    path = tables_dir(run) / f"{name}.csv"
    atomic_write_text(path, table.to_csv(index=False))
    return path


def read_table(run: Path, name: str) -> pd.DataFrame:
    """Read a table an earlier notebook wrote, typed as the catalogue says, with a message
    that says which notebook makes it when it is missing.

    Empty cells stay empty strings: text columns must not turn into NaN.
    """
    entry = catalogue.table(name)
    path = run / "tables" / f"{name}.csv"
    if not path.exists():
        raise FileNotFoundError(
            f"{path} is missing: run {entry.notebook} first (or `workbook run`), "
            "it writes the tables this notebook reads"
        )
    return pd.read_csv(
        path, keep_default_na=False, na_values=entry.missing_values, dtype=entry.read_types
    )


@dataclass(frozen=True)
class SavedFigure:
    """A chart as saved. A notebook shows it from the saved PNG at the figure's own size:
    drawing the figure once more for the screen would cost as much as saving it."""

    png: Path
    width: int
    height: int

    def _repr_png_(self) -> tuple[bytes, dict[str, int]]:
        return self.png.read_bytes(), {"width": self.width, "height": self.height}

    def __repr__(self) -> str:
        # The plain-text form a notebook stores beside the image: no machine's paths in it
        return f"<chart {self.png.name}, shown at {self.width}x{self.height}>"


def save_figure(figure: Figure, run: Path, name: str) -> SavedFigure:
    """Save a figure as `figures/<name>.png` and `.svg`; the result shows the PNG in a notebook."""
    folder = figures_dir(run)
    drawn = {}
    for suffix in ("png", "svg"):
        buffer = io.BytesIO()
        figure.savefig(buffer, format=suffix, dpi=SAVED_DPI, bbox_inches="tight")
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
    path = tables_dir(run) / "warnings.csv"
    columns = catalogue.columns("warnings")
    earlier = read_table(run, "warnings") if path.exists() else catalogue.table("warnings").empty()
    mine = pd.DataFrame([(stage, file, message) for file, message in warnings], columns=columns)
    table = pd.concat([earlier[earlier["stage"] != stage], mine], ignore_index=True)
    atomic_write_text(path, table.to_csv(index=False))
    return mine
