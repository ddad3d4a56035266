"""What each article or outlet leads with: frames in headlines and first paragraphs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.report.charts.common import (
    _check_colors,
    _figure,
    _footnote,
    _hatch,
    _heatmap,
    _outlet_label,
    _require_rows,
    _text_color,
)
from helpers.report.charts.outlets import (
    chart_order,
    flagged_groups,
    grouped,
    others_note,
)

MAX_ARTICLE_COLUMNS = 30


def lead_frames_chart(
    lead: pd.DataFrame,
    colors: Mapping[str, str],
    frame_order: Iterable[str] = (),
    lead_paragraphs: int = 3,
    flagged_outlets: Iterable[str] = (),
    articles: Mapping[str, int] | None = None,
) -> Figure:
    """What each article leads with: a dot per frame in its first paragraphs (area = number of
    sentences) and a ring where the headline carries the frame. Past `MAX_ARTICLE_COLUMNS`
    articles, a column per article is unreadable: the chart is then a heatmap of the share
    of each outlet's articles whose headline or first paragraphs carry each frame.

    Args:
        lead: `framing.lead_frames(...)` (file, outlet, part, frame, sentences).
        colors: one colour per outlet, from `outlet_colors` on every outlet of the run; in
            the heatmap, the outlets it does not name are pooled as "all others".
        frame_order: the codebook's frame names, to order the rows; others follow.
        lead_paragraphs: the `lead_paragraphs` given to `lead_frames`, for the title.
        flagged_outlets: outlets to mark (`events.flagged_outlets`).
        articles: articles per outlet, the heatmap's denominators (default: the articles in
            `lead`, which leaves out articles whose lead carries no frame).
    """
    _require_rows(lead, "no article's headline or first paragraphs carry a frame of this codebook.")
    outlet_of = dict(zip(lead["file"], lead["outlet"], strict=False))
    _check_colors(colors, outlet_of.values())
    if len(outlet_of) > MAX_ARTICLE_COLUMNS:
        return _lead_frames_heatmap(
            lead, colors, frame_order, lead_paragraphs, flagged_outlets, articles
        )
    flagged = set(flagged_outlets)
    files = sorted(outlet_of, key=lambda f: (outlet_of[f], f))  # outlets in the usual order
    names = _article_labels(files, outlet_of, flagged)
    present = set(lead["frame"])
    frames = [f for f in dict.fromkeys([*frame_order, *lead["frame"]]) if f in present]
    figure = _figure(
        3.4 + (1.25 if len(files) <= 12 else 0.8) * len(files), 2.0 + 0.42 * len(frames)
    )
    axes = figure.subplots()
    for x, file in enumerate(files):
        if outlet_of[file] in flagged:
            _hatch(axes, (x - 0.5, -0.5), 1, len(frames))
    _lead_dots(axes, lead, files, frames, colors)
    _article_frame_axes(axes, names, frames)
    figure.suptitle(
        f"What each article leads with: frames in its headline and first {lead_paragraphs} "
        "paragraphs"
    )
    _lead_legend(axes)
    note = "No ring: the article has no headline in its text, or the headline matches no frame."
    _footnote(figure, flagged, outlet_of.values(), note)
    return figure


def _article_labels(files: list[str], outlet_of: Mapping[str, str], flagged: set[str]) -> list[str]:
    """An article's column label: its outlet, and its file when the outlet has several."""
    per_outlet = Counter(outlet_of[f] for f in files)
    return [
        _outlet_label(outlet_of[f], flagged)
        + (f"\n{_outlet_label(f, set())}" if per_outlet[outlet_of[f]] > 1 else "")
        for f in files
    ]


def _article_frame_axes(axes: Axes, names: list[str], frames: list[str]) -> None:
    """Articles across (labelled with `names`), frames down, the first frame on top."""
    axes.set_xticks(range(len(names)), names, rotation=25, ha="right")
    axes.set_yticks(range(len(frames)), frames)
    axes.set_xlim(-0.5, len(names) - 0.5)
    axes.set_ylim(len(frames) - 0.5, -0.5)
    axes.set_xlabel("Article (outlet)")
    axes.set_ylabel("Frame")
    axes.grid(alpha=0.3)


def _lead_dots(
    axes: Axes, lead: pd.DataFrame, files: list[str], frames: list[str], colors: Mapping[str, str]
) -> None:
    """A ring where an article's headline carries a frame; a dot (area and number: its
    sentences) where its first paragraphs do."""
    for row in lead.itertuples(index=False):
        x, y = files.index(row.file), frames.index(row.frame)
        if row.part == "headline":
            axes.scatter(
                x, y, s=700, facecolors="none", edgecolors="#222222", linewidths=1.6, zorder=3
            )
            continue
        color = colors[row.outlet]
        axes.scatter(x, y, s=150 + 90 * row.sentences, color=color, zorder=2)
        axes.annotate(
            str(row.sentences),
            (x, y),
            ha="center",
            va="center",
            fontsize=8,
            color=_text_color(color),
            zorder=4,
        )


def _lead_legend(axes: Axes) -> None:
    axes.scatter(
        [], [], s=300, facecolors="none", edgecolors="#222222", label="frame in the headline"
    )
    axes.scatter(
        [], [], s=240, color="#999999", label="frame in the first paragraphs (number: sentences)"
    )
    # Above the axes, under the title (a figure legend "outside" would overlap the suptitle).
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.01), ncols=2, fontsize=8, frameon=False)


def _lead_frames_heatmap(
    lead: pd.DataFrame,
    colors: Mapping[str, str],
    frame_order: Iterable[str],
    lead_paragraphs: int,
    flagged_outlets: Iterable[str],
    articles: Mapping[str, int] | None,
) -> Figure:
    given = dict(articles) if articles is not None else {}
    counts = pd.Series({**lead.groupby("outlet")["file"].nunique(), **given})
    counts = counts.groupby(grouped(pd.Series(counts.index, index=counts.index), colors)).sum()
    leading = lead.assign(outlet=grouped(lead["outlet"], colors)).drop_duplicates(["file", "frame"])
    grid = leading.groupby(["frame", "outlet"]).size().unstack("outlet", fill_value=0)
    present = set(lead["frame"])
    grid = grid.reindex([f for f in dict.fromkeys([*frame_order, *lead["frame"]]) if f in present])
    grid = grid.reindex(columns=chart_order(grid.columns), fill_value=0)
    grid = 100 * grid / counts.reindex(grid.columns)
    return _heatmap(
        grid,
        colors,
        flagged_groups(flagged_outlets, colors),
        decimals=0,
        value_label="Share of the outlet's articles (%)",
        row_label="Frame",
        title=f"What each outlet leads with: articles whose headline or first {lead_paragraphs} "
        "paragraphs carry each frame",
        notes=others_note(lead["outlet"], colors, "lead_frames"),
    )
