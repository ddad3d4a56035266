"""How each outlet writes: its distinctive words and its tone (from `lexical`, `tone`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from helpers.report.charts.common import (
    _FLAG_HATCH,
    _check_colors,
    _figure,
    _footnote,
    _outlet_label,
    _require_rows,
)
from helpers.report.charts.outlets import (
    OTHERS,
    chart_order,
    flagged_groups,
    grouped,
    others_note,
    pooled_count,
)

_ALL_SENTENCES = "(all sentences)"  # tone.ALL_SENTENCES


def distinctive_terms_chart(
    terms: pd.DataFrame,
    colors: Mapping[str, str],
    top_n: int = 10,
    flagged_outlets: Iterable[str] = (),
) -> Figure:
    """One panel per outlet: its most distinctive words by log-odds z-score, with counts.

    Args:
        terms: `lexical.distinctive_terms(...)` (outlet, term, z, count).
        colors: one colour per outlet, from `outlet_colors` on every outlet of the run;
            only the outlets it names get a panel (each outlet's words against all the
            others' cannot be pooled), the rest are counted under the chart.
        top_n: words per outlet.
        flagged_outlets: outlets to mark (`events.flagged_outlets`).
    """
    _require_rows(
        terms, "no outlet uses a word often enough, and more than the others, to stand out."
    )
    _check_colors(colors, terms["outlet"])
    flagged = set(flagged_outlets)
    outlets = [o for o in chart_order(grouped(terms["outlet"], colors)) if o != OTHERS]
    columns = min(3 if len(outlets) <= 12 else 4, len(outlets))
    rows = -(-len(outlets) // columns)
    figure = _figure(4.4 * columns, 0.9 + rows * (0.8 + 0.28 * top_n))
    axes_grid = figure.subplots(rows, columns, squeeze=False)
    for n, (axes, outlet) in enumerate(zip(axes_grid.ravel(), outlets, strict=False)):
        top = terms[terms["outlet"] == outlet].nlargest(top_n, "z")
        _terms_panel(axes, top, colors[outlet], outlet in flagged, top_n)
        axes.set_title(_outlet_label(outlet, flagged), fontsize=10)
        if n % columns == 0:
            axes.set_ylabel("Word (uses by the outlet)", fontsize=8)
        axes.grid(axis="x", alpha=0.3)
    for axes in axes_grid.ravel()[len(outlets) :]:
        axes.set_visible(False)
    figure.suptitle("Words most distinctive of each outlet")
    hidden = pooled_count(terms["outlet"], colors)
    more = [f"{hidden} more outlets: see the distinctive_terms table."] if hidden else []
    _footnote(figure, flagged, outlets, *more)
    return figure


def _terms_panel(axes: Axes, top: pd.DataFrame, color: str, hatched: bool, top_n: int) -> None:
    """One outlet's words as bars of their z-score, labelled with their uses."""
    axes.barh(
        range(len(top)),
        top["z"],
        color=color,
        hatch=_FLAG_HATCH if hatched else None,
        edgecolor="white",
    )
    labels = [f"{t} ({c})" for t, c in zip(top["term"], top["count"], strict=True)]
    axes.set_yticks(range(len(top)), labels)
    axes.set_ylim(top_n - 0.5, -0.5)  # same bar height in every panel
    axes.xaxis.set_major_locator(MaxNLocator(4))
    axes.set_xlabel("z-score (log-odds vs. other outlets)", fontsize=8)


def tone_chart(
    tone: pd.DataFrame, colors: Mapping[str, str], flagged_outlets: Iterable[str] = ()
) -> Figure:
    """Tone per outlet (VADER, a rough measure): mean compound score of its sentences, and
    lexicon-positive and -negative words per 1,000 words.

    Args:
        tone: `tone.tone_table(...)`; its `(all sentences)` rows are shown.
        colors: one colour per outlet, from `outlet_colors` on every outlet of the run.
        flagged_outlets: outlets to mark (`events.flagged_outlets`).
    """
    overall = tone[tone["frame"] == _ALL_SENTENCES]
    _require_rows(overall, "no sentence was left to score.")
    _check_colors(colors, overall["outlet"])
    flagged = flagged_groups(flagged_outlets, colors)
    notes = others_note(overall["outlet"], colors, "tone")
    overall = _pooled_tone(overall, colors)
    outlets = list(overall["outlet"])
    figure = _figure(11.0, 1.9 + 0.3 * len(outlets))
    left, right = figure.subplots(1, 2, sharey=True)
    y = np.arange(len(outlets))
    for axes, values, alpha in (
        (left, overall["mean_compound"], 1.0),
        (right, overall["positive_per_1000_words"], 1.0),
        (right, -overall["negative_per_1000_words"], 0.45),
    ):
        for k, outlet in enumerate(outlets):
            axes.barh(
                y[k],
                values.iloc[k],
                color=colors[outlet],
                alpha=alpha,
                hatch=_FLAG_HATCH if outlet in flagged else None,
                edgecolor="white",
            )
    for axes in (left, right):
        axes.axvline(0, color="#333333", linewidth=0.8)
        axes.grid(axis="x", alpha=0.3)
    _tone_axes(left, right, overall)
    left.set_yticks(y, [_outlet_label(o, flagged) for o in outlets])
    left.invert_yaxis()
    figure.suptitle("Tone of each outlet's sentences (VADER lexicon: a rough measure)")
    _footnote(figure, flagged, outlets, *notes)
    return figure


def _tone_axes(left: Axes, right: Axes, overall: pd.DataFrame) -> None:
    """Scales and labels of the tone chart's two panels, zero in the middle of each."""
    limit = max(0.1, float(overall["mean_compound"].abs().max()) * 1.2)
    left.set_xlim(-limit, limit)
    left.xaxis.set_major_locator(MaxNLocator(5, symmetric=True))
    wide = max(
        1.0,
        float(overall["positive_per_1000_words"].max()),
        float(overall["negative_per_1000_words"].max()),
    )
    right.set_xlim(-wide * 1.1, wide * 1.1)  # zero in the middle, like the left panel
    left.set_ylabel("Outlet")
    left.set_xlabel("Mean VADER compound score per sentence (-1 to +1)")
    left.set_title("Average sentence tone")
    right.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{abs(value):g}"))
    right.set_xlabel("Lexicon words per 1,000 words (\u2190 negative, pale; positive \u2192)")
    right.set_title("Negative and positive words")


def _pooled_tone(overall: pd.DataFrame, colors: Mapping[str, str]) -> pd.DataFrame:
    """The `(all sentences)` rows by chart name, in chart order: "all others" as if its
    outlets were one (mean score weighted by sentences, rates by words)."""
    names = grouped(overall["outlet"], colors)
    named = overall[names != OTHERS]
    pooled = overall[names == OTHERS]
    if len(pooled):
        words = pooled["words"].clip(lower=0)
        others = {
            "outlet": OTHERS,
            "mean_compound": float(np.average(pooled["mean_compound"], weights=pooled["sentences"]))
            if pooled["sentences"].sum()
            else 0.0,
            **{
                rate: float(np.average(pooled[rate], weights=words)) if words.sum() else 0.0
                for rate in ("positive_per_1000_words", "negative_per_1000_words")
            },
        }
        named = pd.concat([named, pd.DataFrame([others])], ignore_index=True)
    return named.set_index("outlet").loc[chart_order(named["outlet"])].reset_index()
