"""What the cleaning stage kept and removed, per outlet (tables from `cleaning.clean_corpus`)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from helpers.report.charts.common import (
    _check_colors,
    _figure,
    _footnote,
    _outlet_label,
    _require_rows,
)
from helpers.report.charts.outlets import chart_order, grouped, others_note


def words_before_after(articles: pd.DataFrame, colors: Mapping[str, str]) -> Figure:
    """Words per outlet in the raw files and in the clean text (headline and story kept).

    The pale bar is the raw text, the solid bar the clean text; the label gives the share
    removed, so an outlet that lost much of its text to boilerplate stands out.

    Args:
        articles: the cleaning stage's `articles` table (outlet, words_raw, words_clean).
        colors: one colour per outlet, from `outlet_colors` on every outlet of the run;
            the outlets it does not name are summed as "all others".
    """
    _require_rows(articles, "the corpus has no article.")
    _check_colors(colors, articles["outlet"])
    by_chart_name = articles.assign(outlet=grouped(articles["outlet"], colors))
    totals = by_chart_name.groupby("outlet")[["words_raw", "words_clean"]].sum()
    totals = totals.reindex(chart_order(totals.index)[::-1])  # first outlet at the top
    figure = _figure(8.5, 1.5 + 0.45 * len(totals))
    axes = figure.subplots()
    y = np.arange(len(totals))
    outlet_colours = [colors[outlet] for outlet in totals.index]
    axes.barh(y, totals["words_raw"], color=outlet_colours, alpha=0.3, height=0.7)
    axes.barh(y, totals["words_clean"], color=outlet_colours, height=0.7)
    for row, (raw, clean) in enumerate(totals.itertuples(index=False)):
        removed = 1 - clean / raw if raw else 0.0
        label = f" {clean:,} of {raw:,} kept ({removed:.0%} removed)"
        axes.text(raw, row, label, va="center", fontsize=8)
    axes.set_yticks(y, [_outlet_label(outlet, set()) for outlet in totals.index])
    # Room on the right for the longest label ("1,250 of 1,342 kept (7% removed)").
    axes.set_xlim(0, max(float(totals["words_raw"].max()), 1.0) * 1.6)
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))
    axes.set_xlabel("Words (count; pale = raw file, solid = clean text)")
    axes.set_ylabel("Outlet")
    axes.set_title("Words per outlet before and after cleaning")
    axes.grid(axis="x", alpha=0.3)
    _footnote(figure, set(), [], *others_note(articles["outlet"], colors, "articles"))
    return figure


def removed_by_reason_chart(summary: pd.DataFrame, colors: Mapping[str, str]) -> Figure:
    """Lines and words each cleaning rule removed, stacked by outlet.

    Args:
        summary: `cleaning.removed_by_reason(lines)` (outlet, rule, lines, words); an empty
            table draws an empty chart that says nothing was removed.
        colors: one colour per outlet, from `outlet_colors` on every outlet of the run;
            the outlets it does not name are summed as "all others".
    """
    _check_colors(colors, summary["outlet"])
    pooled = summary.assign(outlet=grouped(summary["outlet"], colors))
    lines = pooled.pivot_table(index="rule", columns="outlet", values="lines", aggfunc="sum")
    words = pooled.pivot_table(index="rule", columns="outlet", values="words", aggfunc="sum")
    order = words.sum(axis=1).sort_values(kind="stable").index
    outlets = chart_order(pooled["outlet"])
    # Tall enough for the rules and for the legend (one line per outlet).
    figure = _figure(10.0, max(1.8 + 0.38 * max(len(order), 1), 1.2 + 0.17 * len(outlets)))
    left_axes, right_axes = figure.subplots(1, 2, sharey=True)
    for axes, table, unit in ((left_axes, lines, "Lines"), (right_axes, words, "Words")):
        table = table.reindex(index=order, columns=outlets).fillna(0)
        start = np.zeros(len(table))
        for outlet in outlets:
            label = _outlet_label(outlet, set())
            axes.barh(
                range(len(table)), table[outlet], left=start, color=colors[outlet], label=label
            )
            start += table[outlet].to_numpy()
        axes.set_xlim(0, max(float(start.max(initial=0)), 1.0) * 1.08)
        axes.set_xlabel(f"{unit} removed (count)")
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.grid(axis="x", alpha=0.3)
    left_axes.set_yticks(range(len(order)), list(order))
    left_axes.set_ylabel("Cleaning rule")
    if outlets:
        right_axes.legend(
            loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False, title="Outlet"
        )
    else:
        left_axes.text(0.5, 0.5, "nothing removed", ha="center", transform=left_axes.transAxes)
    figure.suptitle("What cleaning removed from each outlet, by rule")
    _footnote(figure, set(), [], *others_note(summary["outlet"], colors, "lines"))
    return figure
