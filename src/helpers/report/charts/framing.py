"""How much of each outlet's text carries each frame (the frames table of `framing`)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from helpers.report.charts.common import (
    _FLAG_HATCH,
    _check_colors,
    _figure,
    _footnote,
    _heatmap,
    _outlet_label,
    _require_rows,
)
from helpers.report.charts.outlets import (
    OTHERS,
    chart_order,
    flagged_groups,
    grouped,
    others_note,
)


def _one_codebook(frames: pd.DataFrame, codebook: str | None) -> tuple[str, pd.DataFrame]:
    _require_rows(frames, "no sentence was left to match against the codebooks.")
    name = codebook or frames["codebook"].iloc[0]
    table = frames[frames["codebook"] == name]
    if table.empty:
        raise ValueError(
            f"no rows for codebook {name!r}; codebooks present: {sorted(set(frames['codebook']))}"
        )
    return name, table


def _no_frame(codebook: str) -> str:
    return f"no sentence carries a frame of the {codebook} codebook."


def _pooled_shares(table: pd.DataFrame, colors: Mapping[str, str]) -> pd.DataFrame:
    """One codebook's frames table by chart name: named outlets' rows as they are, and "all
    others" pooled from its outlets' sentence counts (no interval: it is not one outlet's
    sample of sentences)."""
    names = grouped(table["outlet"], colors)
    named = table[names != OTHERS].assign(outlet=names[names != OTHERS])
    pooled = table[names == OTHERS]
    if pooled.empty:
        return named
    sums = pooled.groupby("frame", sort=False)[["sentences", "outlet_sentences"]].sum()
    others = sums.reset_index().assign(
        outlet=OTHERS,
        share=sums["sentences"].to_numpy() / sums["outlet_sentences"].clip(lower=1).to_numpy(),
        ci_low=np.nan,
        ci_high=np.nan,
    )
    return pd.concat([named, others], ignore_index=True)


def frame_share_chart(
    frames: pd.DataFrame,
    colors: Mapping[str, str],
    codebook: str | None = None,
    flagged_outlets: Iterable[str] = (),
) -> Figure:
    """A panel per frame: the share of each outlet's sentences that carry it, with 95%
    bootstrap intervals. Frames no outlet uses are left out (named under the chart).

    Args:
        frames: `framing.frame_shares(...)` (codebook, outlet, frame, sentences,
            outlet_sentences, share, ci_low, ci_high).
        colors: one colour per outlet, from `outlet_colors` on every outlet of the run;
            the outlets it does not name are pooled as "all others".
        codebook: which codebook's rows to show; default the first in the table.
        flagged_outlets: outlets to mark (`events.flagged_outlets`).
    """
    name, table = _one_codebook(frames, codebook)
    _check_colors(colors, table["outlet"])
    flagged = flagged_groups(flagged_outlets, colors)
    shares = _pooled_shares(table, colors)
    outlets = chart_order(shares["outlet"])
    order = list(dict.fromkeys(table["frame"]))
    used = [f for f in order if shares.loc[shares["frame"] == f, "share"].max() > 0]
    unused = [f for f in order if f not in used]
    _require_rows(shares[shares["frame"].isin(used)], _no_frame(name))
    columns = max(1, min(3 if len(outlets) <= 13 else 4, len(used)))
    rows = max(1, -(-len(used) // columns))
    longest = max(len(_outlet_label(o, flagged)) for o in outlets)
    figure = _figure(1.0 + 0.07 * longest + 3.4 * columns, 1.4 + rows * (0.7 + 0.2 * len(outlets)))
    grid = figure.subplots(rows, columns, squeeze=False, sharex=True, sharey=True)
    limit = max(float(shares[["share", "ci_high"]].max().max()) * 100 * 1.08, 1.0)
    for n, (axes, frame) in enumerate(zip(grid.ravel(), used, strict=False)):
        rows_of = shares[shares["frame"] == frame].set_index("outlet").reindex(outlets)
        _share_panel(axes, rows_of, colors, flagged, limit)
        axes.set_title(textwrap.fill(frame, 40), fontsize=9)
        axes.tick_params(labelsize=8, labelbottom=n >= len(used) - columns)
        axes.yaxis.set_visible(n % columns == 0)  # an invisible axis is not drawn: cheaper
    for axes in grid.ravel()[len(used) :]:
        axes.set_visible(False)
    for axes in grid.ravel()[max(len(used) - columns, 0) : len(used)]:
        axes.set_xlabel("Share of sentences (%)", fontsize=8)
    grid[0][0].set_ylabel("Outlet")
    figure.suptitle(f"How much of each outlet's text carries each frame ({name} codebook)")
    notes = [
        "Error bars: 95% bootstrap interval over the outlet's articles (none for an outlet "
        "with one article)."
    ]
    notes += others_note(table["outlet"], colors, "frames")
    notes += ["Not used by any outlet: " + ", ".join(unused)] if unused else []
    _footnote(figure, flagged, outlets, *notes)
    return figure


def _share_panel(
    axes: Axes,
    rows: pd.DataFrame,
    colors: Mapping[str, str],
    flagged: set[str],
    limit: float,
) -> None:
    """One frame's panel: a bar per outlet (rows indexed by outlet, in drawing order) with
    its 95% interval, flagged outlets hatched."""
    outlets = list(rows.index)
    share = rows["share"].fillna(0).to_numpy() * 100
    errors = [share - rows["ci_low"] * 100, rows["ci_high"] * 100 - share]
    bars = axes.barh(
        range(len(outlets)),
        share,
        height=0.75,
        color=[colors[o] for o in outlets],
        edgecolor="white",
        xerr=np.clip(np.array(errors, dtype=float), 0, None),
        error_kw={"elinewidth": 0.8, "capsize": 2, "ecolor": "#333333"},
    )
    for bar, outlet in zip(bars, outlets, strict=True):
        bar.set_hatch(_FLAG_HATCH if outlet in flagged else None)
    axes.set_yticks(range(len(outlets)), [_outlet_label(o, flagged) for o in outlets])
    axes.set_ylim(len(outlets) - 0.5, -0.5)
    axes.set_xlim(0, limit)
    axes.xaxis.set_major_locator(MaxNLocator(4))
    axes.grid(axis="x", alpha=0.3)


def frame_heatmap(
    frames: pd.DataFrame,
    colors: Mapping[str, str],
    codebook: str | None = None,
    flagged_outlets: Iterable[str] = (),
) -> Figure:
    """Frame-by-outlet heatmap of the share of sentences (%), each cell labelled.

    Args as for `frame_share_chart`.
    """
    name, table = _one_codebook(frames, codebook)
    _check_colors(colors, table["outlet"])
    _require_rows(table[table["share"] > 0], _no_frame(name))
    shares = _pooled_shares(table, colors)
    grid = shares.pivot(index="frame", columns="outlet", values="share")
    grid = grid.reindex(
        index=list(dict.fromkeys(table["frame"])), columns=chart_order(grid.columns)
    )
    return _heatmap(
        grid * 100,
        colors,
        flagged_groups(flagged_outlets, colors),
        decimals=0,
        value_label="Share of the outlet's sentences (%)",
        row_label="Frame",
        title=f"Share of each outlet's sentences carrying each frame ({name} codebook)",
        notes=others_note(table["outlet"], colors, "frames"),
    )
