"""What every chart shares: figures of bounded size, the flag mark, footnotes, the heatmap.

One colour per outlet, the same in every chart of a run: the notebook builds the mapping
once with `outlet_colors(every article's outlet, top=N)` (`outlets`) and passes it to every
chart, so an outlet missing from one table (no quotes, say) does not shift the other
outlets' colours, and the outlets past the top N are "all others" in every chart.

Outlets with an article about another event (`events.flagged_outlets`) are marked in every
chart that takes `flagged_outlets`: a dagger after their name and hatching over their bars
or cells, explained in a footnote, so no comparison hides that caveat.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from helpers.base.figures import NothingToShow

_FLAG_MARK = " \u2020"
_FLAG_NOTE = "\u2020 hatched: includes an article about another event (see the events table)"
_FLAG_HATCH = "///"
_NOTE_COLOR = "#444444"
# No figure taller or wider than this (inches): 3,900 pixels as saved (150 dpi). Charts are
# laid out to stay under it at up to 26 named outlets; the cap keeps an unusual table (a
# codebook of 40 frames) from making a figure nobody can open.
MAX_INCHES = 26.0


def _check_colors(colors: Mapping[str, str], outlets: Iterable[str]) -> None:
    """Fail with the outlets that have no colour, rather than colour them at random."""
    missing = sorted(set(outlets) - set(colors))
    if missing:
        raise ValueError(
            f"no colour for outlet(s) {missing}; build `colors` once with "
            "charts.outlet_colors(<every outlet of the run>) and pass it to each chart"
        )


def _require_rows(table: pd.DataFrame, why: str) -> None:
    """Raise `NothingToShow(why)` for an empty table: the notebook shows `why` instead."""
    if table.empty:
        raise NothingToShow(why)


def _figure(width: float, height: float) -> Figure:
    """A bare Figure, not pyplot's: nothing kept in pyplot's registry or shown twice; at
    most `MAX_INCHES` each way."""
    return Figure(figsize=(min(width, MAX_INCHES), min(height, MAX_INCHES)), layout="constrained")


MAX_LABEL = 32


def _outlet_label(outlet: str, flagged: set[str]) -> str:
    """The outlet's name as a chart shows it: cut at `MAX_LABEL` characters (a name made from
    a file name can be long; the tables keep it whole), a dagger if flagged."""
    name = outlet if len(outlet) <= MAX_LABEL else outlet[: MAX_LABEL - 1].rstrip() + "\u2026"
    return name + _FLAG_MARK if outlet in flagged else name


def _text_color(background: str) -> str:
    """Black or white, whichever reads better on `background`."""
    red, green, blue = matplotlib.colors.to_rgb(background)
    return "#222222" if 0.299 * red + 0.587 * green + 0.114 * blue > 0.55 else "white"


def _footnote(figure: Figure, flagged: set[str], shown: Iterable[str], *notes: str) -> None:
    """Notes under the figure, with the flag explained when a flagged outlet is shown."""
    lines = [*notes, _FLAG_NOTE] if flagged & set(shown) else list(notes)
    if lines:
        text = "\n".join(textwrap.fill(line, 130) for line in lines)
        figure.supxlabel(text, fontsize=8, ha="left", x=0.01, color=_NOTE_COLOR)


def _hatch(axes: Axes, corner: tuple[float, float], width: float, height: float) -> None:
    """Hatch over the cells of a flagged outlet."""
    box = Rectangle(corner, width, height, fill=False, hatch="//", ec="#777777", lw=0, alpha=0.5)
    axes.add_patch(box)


def _cell_text(value: float, decimals: int) -> str:
    """The value to `decimals` places; a dash for none, so "none" and "rounds to 0" differ."""
    if value == 0:
        return "\u2013"
    smallest = 10.0**-decimals
    return f"<{smallest:.{decimals}f}" if value < smallest / 2 else f"{value:.{decimals}f}"


def _heatmap(
    grid: pd.DataFrame,
    colors: Mapping[str, str],
    flagged: set[str],
    *,
    decimals: int,
    value_label: str,
    row_label: str,
    title: str,
    notes: Iterable[str] = (),
) -> Figure:
    """Rows by outlet (columns) heatmap: each cell labelled with its value to `decimals`
    places ("\u2013" for none), a strip of the outlet's colour above its column, flagged
    outlets' columns hatched."""
    outlets = list(grid.columns)
    _check_colors(colors, outlets)
    values = grid.to_numpy(dtype=float)
    longest = max((len(str(name)) for name in grid.index), default=10)
    many = len(outlets) > 8
    column = 0.62 if many else 1.2  # inches per outlet: room for "100" at the smaller font
    ticks = [_outlet_label(o, flagged) for o in outlets]
    slanted = 0.045 * max((len(t) for t in ticks), default=0)  # rotated names below the cells
    width = 2.4 + 0.075 * longest + column * len(outlets)
    figure = _figure(width, 1.5 + slanted + 0.38 * len(grid))
    axes = figure.subplots()
    image = axes.imshow(values, cmap="Blues", aspect="auto", vmin=0)
    top = float(values.max(initial=0)) or 1.0
    for (i, j), value in np.ndenumerate(values):
        shade = "white" if value > 0.6 * top else "#222222"
        text = _cell_text(value, decimals)
        axes.text(j, i, text, ha="center", va="center", fontsize=7 if many else 8, color=shade)
    axes.set_xticks(range(len(outlets)), ticks, rotation=45 if many else 25, ha="right")
    axes.set_yticks(range(len(grid)), [str(name) for name in grid.index])
    for j, outlet in enumerate(outlets):
        strip = Rectangle((j - 0.5, -0.95), 1, 0.4, color=colors[outlet], clip_on=False)
        axes.add_patch(strip)
        if outlet in flagged:
            _hatch(axes, (j - 0.5, -0.5), 1, len(grid))
    axes.set_ylim(len(grid) - 0.5, -1.0)
    axes.set_xlabel("Outlet")
    axes.set_ylabel(row_label)
    axes.set_title(title)
    figure.colorbar(image, ax=axes, label=value_label, shrink=0.8)
    dash = ["\u2013 in a cell: none."] if (values == 0).any() else []
    _footnote(figure, flagged, outlets, *notes, *dash)
    return figure
