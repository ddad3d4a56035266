"""A chart saved, or the one sentence that replaces a chart with nothing to show.

Any corpus with one readable article must run to the end: one article, one outlet, no
quotes, no people, no frame that fits. A chart function raises `NothingToShow` with the
reason in a reader's words; `save_chart` then shows that sentence in the notebook instead
of a figure and keeps it as `figures/<name>.txt`, which the report lists with the figures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from helpers.base.outputs import SavedFigure, atomic_write_text, save_figure
from helpers.base.paths import figures_dir


class NothingToShow(ValueError):
    """A chart (or table) has no rows to show; the message says why, for the reader."""


@dataclass(frozen=True)
class Note:
    """What a notebook shows in place of a chart: one sentence."""

    text: str

    def __repr__(self) -> str:
        return self.text


def save_chart(
    run: Path, name: str, make: Callable[..., Figure], *args: Any, **kwargs: Any
) -> SavedFigure | Note:
    """`make(*args, **kwargs)` saved as `figures/<name>.png` and `.svg`; when the chart has
    nothing to show, the sentence saying why, saved as `figures/<name>.txt`. Whichever is
    written replaces what an earlier run into the same folder left under that name."""
    folder = figures_dir(run)
    try:
        figure = make(*args, **kwargs)
    except NothingToShow as reason:
        for suffix in ("png", "svg"):
            (folder / f"{name}.{suffix}").unlink(missing_ok=True)
        note = Note(f"No chart of {name.replace('_', ' ')}: {reason}")
        atomic_write_text(folder / f"{name}.txt", note.text + "\n")
        return note
    (folder / f"{name}.txt").unlink(missing_ok=True)
    return save_figure(figure, run, name)
