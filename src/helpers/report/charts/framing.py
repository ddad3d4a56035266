"""Frames, lead frames, distinctive words and tone (tables from `framing`, `lexical`, `tone`)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from helpers.report.charts.common import (
    _FLAG_HATCH,
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
    OTHERS,
    chart_order,
    flagged_groups,
    grouped,
    others_note,
    pooled_count,
)

_ALL_SENTENCES = "(all sentences)"  # tone.ALL_SENTENCES


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
        share = rows_of["share"].fillna(0).to_numpy() * 100
        errors = [share - rows_of["ci_low"] * 100, rows_of["ci_high"] * 100 - share]
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
        axes.set_title(textwrap.fill(frame, 40), fontsize=9)
        axes.set_yticks(range(len(outlets)), [_outlet_label(o, flagged) for o in outlets])
        axes.set_ylim(len(outlets) - 0.5, -0.5)
        axes.set_xlim(0, limit)
        axes.xaxis.set_major_locator(MaxNLocator(4))
        axes.tick_params(labelsize=8, labelbottom=n >= len(used) - columns)
        axes.yaxis.set_visible(n % columns == 0)  # an invisible axis is not drawn: cheaper
        axes.grid(axis="x", alpha=0.3)
    for axes in grid.ravel()[len(used) :]:
        axes.set_visible(False)
    for axes in grid.ravel()[max(len(used) - columns, 0) : len(used)]:
        axes.set_xlabel("Share of sentences (%)", fontsize=8)
    grid[0][0].set_ylabel("Outlet")
    figure.suptitle(f"How much of each outlet's text carries each frame ({name} codebook)")
    notes = ["Error bars: 95% bootstrap interval over the outlet's sentences."]
    notes += others_note(table["outlet"], colors, "frames")
    notes += ["Not used by any outlet: " + ", ".join(unused)] if unused else []
    _footnote(figure, flagged, outlets, *notes)
    return figure


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
    per_outlet = {o: sum(1 for f in files if outlet_of[f] == o) for o in outlet_of.values()}
    names = [
        _outlet_label(outlet_of[f], flagged)
        + (f"\n{_outlet_label(f, set())}" if per_outlet[outlet_of[f]] > 1 else "")
        for f in files
    ]
    present = set(lead["frame"])
    frames = [f for f in dict.fromkeys([*frame_order, *lead["frame"]]) if f in present]
    figure = _figure(
        3.4 + (1.25 if len(files) <= 12 else 0.8) * len(files), 2.0 + 0.42 * len(frames)
    )
    axes = figure.subplots()
    for x, file in enumerate(files):
        if outlet_of[file] in flagged:
            _hatch(axes, (x - 0.5, -0.5), 1, len(frames))
    for row in lead.itertuples(index=False):
        x, y = files.index(row.file), frames.index(row.frame)
        if row.part == "headline":
            axes.scatter(
                x, y, s=700, facecolors="none", edgecolors="#222222", linewidths=1.6, zorder=3
            )
        else:
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
    axes.set_xticks(range(len(files)), names, rotation=25, ha="right")
    axes.set_yticks(range(len(frames)), frames)
    axes.set_xlim(-0.5, len(files) - 0.5)
    axes.set_ylim(len(frames) - 0.5, -0.5)
    axes.set_xlabel("Article (outlet)")
    axes.set_ylabel("Frame")
    axes.grid(alpha=0.3)
    figure.suptitle(
        f"What each article leads with: frames in its headline and first {lead_paragraphs} "
        "paragraphs"
    )
    axes.scatter(
        [], [], s=300, facecolors="none", edgecolors="#222222", label="frame in the headline"
    )
    axes.scatter(
        [], [], s=240, color="#999999", label="frame in the first paragraphs (number: sentences)"
    )
    # Above the axes, under the title (a figure legend "outside" would overlap the suptitle).
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.01), ncols=2, fontsize=8, frameon=False)
    note = "No ring: the article has no headline in its text, or the headline matches no frame."
    _footnote(figure, flagged, outlet_of.values(), note)
    return figure


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
        axes.barh(
            range(len(top)),
            top["z"],
            color=colors[outlet],
            hatch=_FLAG_HATCH if outlet in flagged else None,
            edgecolor="white",
        )
        labels = [f"{t} ({c})" for t, c in zip(top["term"], top["count"], strict=True)]
        axes.set_yticks(range(len(top)), labels)
        axes.set_ylim(top_n - 0.5, -0.5)  # same bar height in every panel
        axes.set_title(_outlet_label(outlet, flagged), fontsize=10)
        axes.xaxis.set_major_locator(MaxNLocator(4))
        axes.set_xlabel("z-score (log-odds vs. other outlets)", fontsize=8)
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
    limit = max(0.1, float(overall["mean_compound"].abs().max()) * 1.2)
    left.set_xlim(-limit, limit)
    left.xaxis.set_major_locator(MaxNLocator(5, symmetric=True))
    wide = max(
        1.0,
        float(overall["positive_per_1000_words"].max()),
        float(overall["negative_per_1000_words"].max()),
    )
    right.set_xlim(-wide * 1.1, wide * 1.1)  # zero in the middle, like the left panel
    left.set_yticks(y, [_outlet_label(o, flagged) for o in outlets])
    left.invert_yaxis()
    left.set_ylabel("Outlet")
    left.set_xlabel("Mean VADER compound score per sentence (-1 to +1)")
    left.set_title("Average sentence tone")
    right.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{abs(value):g}"))
    right.set_xlabel("Lexicon words per 1,000 words (\u2190 negative, pale; positive \u2192)")
    right.set_title("Negative and positive words")
    figure.suptitle("Tone of each outlet's sentences (VADER lexicon: a rough measure)")
    _footnote(figure, flagged, outlets, *notes)
    return figure


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
