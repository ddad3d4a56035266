"""Charts for the report. Every function returns its matplotlib `Figure`.

One colour per outlet, the same in every chart of a run: `outlet_colors` assigns them
from the sorted outlet names, so the mapping depends only on which outlets are present.
"""

from __future__ import annotations

from collections.abc import Iterable

import matplotlib

# Colour-blind-safe qualitative palette (Okabe & Ito), then tab20 for larger corpora.
_PALETTE = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
]


def outlet_colors(outlets: Iterable[str]) -> dict[str, str]:
    """A stable colour for each outlet name, assigned in sorted order."""
    names = sorted(set(outlets))
    extra = [matplotlib.colors.to_hex(c) for c in matplotlib.colormaps["tab20"].colors]
    palette = _PALETTE + extra
    return {name: palette[i % len(palette)] for i, name in enumerate(names)}


# --- framing ---
# Frames, lead frames, distinctive words and tone. Every chart takes `flagged_outlets`
# (outlets with an article about another event, `events.flagged_outlets`): their bars are
# hatched and their labels carry a dagger, so no comparison hides that caveat.
# Imported here so this section stays one appended block; bare Figures, not pyplot, so
# nothing is kept in pyplot's registry or shown twice in a notebook.
import textwrap  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

_FLAG_MARK = " \u2020"
_FLAG_NOTE = "\u2020 hatched: includes an article about another event (see the events table)"


def _figure(width: float, height: float) -> Figure:
    return Figure(figsize=(width, height), layout="constrained")


def _outlet_label(outlet: str, flagged: set[str]) -> str:
    return outlet + _FLAG_MARK if outlet in flagged else outlet


def _footnote(figure: Figure, flagged: set[str], shown: Iterable[str], *notes: str) -> None:
    lines = [*notes, _FLAG_NOTE] if flagged & set(shown) else list(notes)
    if lines:
        text = "\n".join(textwrap.fill(line, 130) for line in lines)
        figure.supxlabel(text, fontsize=8, ha="left", x=0.01, color="#444444")


def _one_codebook(frames: pd.DataFrame, codebook: str | None) -> tuple[str, pd.DataFrame]:
    name = codebook or frames["codebook"].iloc[0]
    table = frames[frames["codebook"] == name]
    if table.empty:
        raise ValueError(
            f"no rows for codebook {name!r}; codebooks present: {sorted(set(frames['codebook']))}"
        )
    return name, table


def frame_share_chart(
    frames: pd.DataFrame, codebook: str | None = None, flagged_outlets: Iterable[str] = ()
) -> Figure:
    """Grouped bars: each frame's share of each outlet's sentences, with 95% bootstrap
    intervals. Frames no outlet uses are left out (named under the chart)."""
    name, table = _one_codebook(frames, codebook)
    flagged = set(flagged_outlets)
    outlets = sorted(set(table["outlet"]))
    colors = outlet_colors(outlets)
    used = [
        f
        for f in dict.fromkeys(table["frame"])
        if table.loc[table["frame"] == f, "share"].max() > 0
    ]
    unused = [f for f in dict.fromkeys(table["frame"]) if f not in used]
    bar = 0.8 / len(outlets)
    figure = _figure(9, 1.2 + 0.22 * len(used) * len(outlets))
    axes = figure.subplots()
    for k, outlet in enumerate(outlets):
        rows = table[table["outlet"] == outlet].set_index("frame").reindex(used)
        y = [i - 0.4 + bar * (k + 0.5) for i in range(len(used))]
        share = rows["share"].to_numpy() * 100
        errors = [share - rows["ci_low"].to_numpy() * 100, rows["ci_high"].to_numpy() * 100 - share]
        axes.barh(
            y,
            share,
            height=bar,
            color=colors[outlet],
            label=_outlet_label(outlet, flagged),
            hatch="///" if outlet in flagged else None,
            edgecolor="white" if outlet in flagged else None,
            xerr=errors,
            error_kw={"elinewidth": 0.8, "capsize": 2, "ecolor": "#333333"},
        )
    axes.set_yticks(range(len(used)), used)
    axes.set_xlabel("Share of the outlet's sentences that carry the frame (%)")
    axes.set_title(
        f"How much of each outlet's text carries each frame ({name} codebook)", loc="right"
    )
    axes.set_ylim(len(used) - 0.5, -0.5)
    figure.legend(
        title="Outlet (error bars: 95% bootstrap interval over sentences)",
        fontsize=8,
        loc="outside upper center",
        ncols=min(3, len(outlets)),
        frameon=False,
    )
    axes.grid(axis="x", alpha=0.3)
    _footnote(
        figure,
        flagged,
        outlets,
        *(["Not used by any outlet: " + ", ".join(unused)] if unused else []),
    )
    return figure


def frame_heatmap(
    frames: pd.DataFrame, codebook: str | None = None, flagged_outlets: Iterable[str] = ()
) -> Figure:
    """Frame-by-outlet heatmap of the share of sentences (%), each cell labelled."""
    name, table = _one_codebook(frames, codebook)
    flagged = set(flagged_outlets)
    grid = (
        table.pivot(index="frame", columns="outlet", values="share").reindex(
            list(dict.fromkeys(table["frame"]))
        )
        * 100
    )
    outlets = list(grid.columns)
    colors = outlet_colors(outlets)
    figure = _figure(2.4 + 1.3 * len(outlets), 1.4 + 0.38 * len(grid))
    axes = figure.subplots()
    image = axes.imshow(grid.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    top = float(grid.to_numpy().max()) or 1.0
    for (i, j), value in np.ndenumerate(grid.to_numpy()):
        axes.text(
            j,
            i,
            f"{value:.0f}",
            ha="center",
            va="center",
            fontsize=8,
            color="white" if value > 0.6 * top else "#222222",
        )
    axes.set_xticks(
        range(len(outlets)), [_outlet_label(o, flagged) for o in outlets], rotation=25, ha="right"
    )
    axes.set_yticks(range(len(grid)), list(grid.index))
    for j, outlet in enumerate(outlets):
        axes.add_patch(Rectangle((j - 0.5, -0.95), 1, 0.4, color=colors[outlet], clip_on=False))
        if outlet in flagged:
            axes.add_patch(
                Rectangle(
                    (j - 0.5, -0.5),
                    1,
                    len(grid),
                    fill=False,
                    hatch="//",
                    ec="#777777",
                    lw=0,
                    alpha=0.5,
                )
            )
    axes.set_ylim(len(grid) - 0.5, -1.0)
    axes.set_title(f"Share of each outlet's sentences carrying each frame ({name} codebook)")
    figure.colorbar(image, ax=axes, label="Share of sentences (%)", shrink=0.8)
    _footnote(figure, flagged, outlets)
    return figure


def lead_frames_chart(
    lead: pd.DataFrame,
    frame_order: Iterable[str] = (),
    lead_paragraphs: int = 3,
    flagged_outlets: Iterable[str] = (),
) -> Figure:
    """What each article leads with: a dot per frame in its first paragraphs (area = number of
    sentences) and a ring where the headline carries the frame."""
    flagged = set(flagged_outlets)
    files = list(dict.fromkeys(lead["file"]))
    outlet_of = dict(zip(lead["file"], lead["outlet"], strict=False))
    per_outlet = {o: sum(1 for f in files if outlet_of[f] == o) for o in outlet_of.values()}
    names = [
        _outlet_label(outlet_of[f], flagged) + (f"\n{f}" if per_outlet[outlet_of[f]] > 1 else "")
        for f in files
    ]
    frames = [f for f in dict.fromkeys([*frame_order, *lead["frame"]]) if f in set(lead["frame"])]
    colors = outlet_colors(outlet_of.values())
    figure = _figure(2.8 + 1.25 * len(files), 1.5 + 0.42 * len(frames))
    axes = figure.subplots()
    for x, file in enumerate(files):
        if outlet_of[file] in flagged:
            axes.add_patch(
                Rectangle(
                    (x - 0.5, -0.5),
                    1,
                    len(frames),
                    fill=False,
                    hatch="//",
                    ec="#777777",
                    lw=0,
                    alpha=0.5,
                )
            )
    for row in lead.itertuples(index=False):
        x, y = files.index(row.file), frames.index(row.frame)
        if row.part == "headline":
            axes.scatter(
                x, y, s=700, facecolors="none", edgecolors="#222222", linewidths=1.6, zorder=3
            )
        else:
            axes.scatter(x, y, s=150 + 90 * row.sentences, color=colors[row.outlet], zorder=2)
            axes.annotate(
                str(row.sentences), (x, y), ha="center", va="center", fontsize=8, zorder=4
            )
    axes.set_xticks(range(len(files)), names, rotation=25, ha="right")
    axes.set_yticks(range(len(frames)), frames)
    axes.set_xlim(-0.5, len(files) - 0.5)
    axes.set_ylim(len(frames) - 0.5, -0.5)
    axes.grid(alpha=0.3)
    axes.set_title(
        f"What each article leads with: frames in its headline and first {lead_paragraphs} "
        "paragraphs"
    )
    axes.scatter(
        [], [], s=300, facecolors="none", edgecolors="#222222", label="frame in the headline"
    )
    axes.scatter(
        [], [], s=240, color="#999999", label="frame in the first paragraphs (number: sentences)"
    )
    figure.legend(loc="outside upper center", ncols=2, fontsize=8, frameon=False)
    note = "No ring: the article has no headline in its text, or the headline matches no frame."
    _footnote(figure, flagged, outlet_of.values(), note)
    return figure


def distinctive_terms_chart(
    terms: pd.DataFrame, top_n: int = 10, flagged_outlets: Iterable[str] = ()
) -> Figure:
    """One panel per outlet: its most distinctive words by log-odds z-score, with counts."""
    flagged = set(flagged_outlets)
    outlets = sorted(set(terms["outlet"]))
    colors = outlet_colors(outlets)
    columns = min(3, len(outlets))
    rows = -(-len(outlets) // columns)
    figure = _figure(4.2 * columns, 0.5 + rows * (0.6 + 0.28 * top_n))
    axes_grid = figure.subplots(rows, columns, squeeze=False).ravel()
    for axes, outlet in zip(axes_grid, outlets, strict=False):
        top = terms[terms["outlet"] == outlet].nlargest(top_n, "z")
        axes.barh(
            range(len(top)),
            top["z"],
            color=colors[outlet],
            hatch="///" if outlet in flagged else None,
            edgecolor="white",
        )
        axes.set_yticks(
            range(len(top)), [f"{t} ({c})" for t, c in zip(top["term"], top["count"], strict=True)]
        )
        axes.invert_yaxis()
        axes.set_title(_outlet_label(outlet, flagged), fontsize=10)
        axes.set_xlabel("z-score (log-odds vs. other outlets)", fontsize=8)
        axes.grid(axis="x", alpha=0.3)
    for axes in axes_grid[len(outlets) :]:
        axes.set_visible(False)
    figure.suptitle("Words most distinctive of each outlet (uses in brackets)")
    _footnote(figure, flagged, outlets)
    return figure


def tone_chart(tone: pd.DataFrame, flagged_outlets: Iterable[str] = ()) -> Figure:
    """Tone per outlet (VADER, a rough measure): mean compound score of its sentences, and
    lexicon-positive and -negative words per 1,000 words."""
    flagged = set(flagged_outlets)
    overall = tone[tone["frame"] == "(all sentences)"].sort_values("outlet")  # tone.ALL_SENTENCES
    outlets = list(overall["outlet"])
    colors = [outlet_colors(outlets)[o] for o in outlets]
    hatches = ["///" if o in flagged else None for o in outlets]
    labels = [_outlet_label(o, flagged) for o in outlets]
    figure = _figure(10, 1.6 + 0.45 * len(outlets))
    left, right = figure.subplots(1, 2, sharey=True)
    y = np.arange(len(outlets))
    for axes, values, alpha in (
        (left, overall["mean_compound"], 1.0),
        (right, overall["positive_per_1000_words"], 1.0),
        (right, -overall["negative_per_1000_words"], 0.45),
    ):
        for k in range(len(outlets)):
            axes.barh(
                y[k],
                values.iloc[k],
                color=colors[k],
                alpha=alpha,
                hatch=hatches[k],
                edgecolor="white",
            )
    for axes in (left, right):
        axes.axvline(0, color="#333333", linewidth=0.8)
        axes.grid(axis="x", alpha=0.3)
    limit = max(0.1, float(overall["mean_compound"].abs().max()) * 1.2)
    left.set_xlim(-limit, limit)
    left.xaxis.set_major_locator(MaxNLocator(5, symmetric=True))
    left.set_yticks(y, labels)
    left.invert_yaxis()
    left.set_xlabel("Mean VADER compound score per sentence (-1 to +1)")
    left.set_title("Average sentence tone")
    right.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{abs(value):g}"))
    right.set_xlabel("Lexicon words per 1,000 words (\u2190 negative | positive \u2192)")
    right.set_title("Negative and positive words")
    figure.suptitle("Tone of each outlet's sentences (VADER lexicon: a rough measure)")
    _footnote(figure, flagged, outlets)
    return figure


# --- entities ---
# Who is named, who comes first, whose words are quoted. Uses the framing section's imports
# and helpers (`_figure`, `_outlet_label`, `_footnote`); `flagged_outlets` as there.


def _hatch(axes, corner: tuple[float, float], width: float, height: float) -> None:
    """Hatch the cells of an outlet with an article about another event, as framing does."""
    box = Rectangle(corner, width, height, fill=False, hatch="//", ec="#777777", lw=0, alpha=0.5)
    axes.add_patch(box)


def _top_entities(salience: pd.DataFrame, top_n: int, label: str | None) -> list[str]:
    table = salience if label is None else salience[salience["label"] == label]
    totals = table.groupby("entity")["mentions"].sum()
    return list(totals.sort_values(ascending=False, kind="stable").index[:top_n])


def entity_heatmap(
    salience: pd.DataFrame,
    top_n: int = 12,
    label: str | None = "PERSON",
    flagged_outlets: Iterable[str] = (),
) -> Figure:
    """Most-named entities (rows) by outlet (columns): mentions per 1,000 words, each cell labelled."""
    flagged = set(flagged_outlets)
    names = _top_entities(salience, top_n, label)
    grid = salience.pivot_table(index="entity", columns="outlet", values="per_1000_words")
    grid = grid.reindex(names).fillna(0.0)
    outlets = list(grid.columns)
    colors = outlet_colors(outlets)
    figure = _figure(3.2 + 1.3 * len(outlets), 1.6 + 0.4 * len(grid))
    axes = figure.subplots()
    image = axes.imshow(grid.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    top = float(grid.to_numpy().max()) or 1.0
    for (i, j), value in np.ndenumerate(grid.to_numpy()):
        shade = "white" if value > 0.6 * top else "#222222"
        axes.text(j, i, f"{value:.1f}", ha="center", va="center", fontsize=8, color=shade)
    ticks = [_outlet_label(o, flagged) for o in outlets]
    axes.set_xticks(range(len(outlets)), ticks, rotation=25, ha="right")
    axes.set_yticks(range(len(grid)), list(grid.index))
    for j, outlet in enumerate(outlets):
        axes.add_patch(Rectangle((j - 0.5, -0.95), 1, 0.4, color=colors[outlet], clip_on=False))
        if outlet in flagged:
            _hatch(axes, (j - 0.5, -0.5), 1, len(grid))
    axes.set_ylim(len(grid) - 0.5, -1.0)
    kind = {"PERSON": "people", None: "entities"}.get(label, f"{label} entities")
    axes.set_title(f"How often each outlet names the {len(grid)} most-named {kind}")
    figure.colorbar(image, ax=axes, label="Mentions per 1,000 words", shrink=0.8)
    _footnote(figure, flagged, outlets)
    return figure


def who_leads_chart(
    salience: pd.DataFrame,
    top_n: int = 8,
    label: str | None = "PERSON",
    flagged_outlets: Iterable[str] = (),
) -> Figure:
    """Where each outlet first names each of the most-named entities (0 = in the headline)."""
    flagged = set(flagged_outlets)
    names = _top_entities(salience, top_n, label)
    outlets = sorted(set(salience["outlet"]))
    colors = outlet_colors(outlets)
    figure = _figure(8.0, 1.8 + 0.5 * len(names))
    axes = figure.subplots()
    step = 0.7 / max(len(outlets), 1)
    for k, outlet in enumerate(outlets):
        rows = salience[(salience["outlet"] == outlet) & salience["entity"].isin(names)]
        y = [names.index(e) - 0.35 + step * (k + 0.5) for e in rows["entity"]]
        marker = "X" if outlet in flagged else "o"
        label = _outlet_label(outlet, flagged)
        axes.scatter(
            rows["first_paragraph"], y, s=46, color=colors[outlet], marker=marker, label=label
        )
    axes.axvspan(-0.5, 0.5, color="#eeeeee", zorder=0)
    axes.set_yticks(range(len(names)), names)
    axes.set_ylim(len(names) - 0.5, -0.5)
    axes.set_xlim(-0.5, max(float(salience["first_paragraph"].max()), 1.0) + 0.5)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel("Paragraph of first mention (0 = headline, 1 = lead)")
    axes.grid(axis="x", alpha=0.3)
    axes.set_title("Who leads: where each outlet first names the most-named people")
    axes.legend(
        loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False, title="Outlet"
    )
    notes = ["Shaded: named in the headline. No dot: not named by that outlet."]
    if flagged & set(outlets):
        notes.append(
            "\u2020 \u2716 markers: includes an article about another event (see the events table)"
        )
    _footnote(figure, set(), outlets, *notes)
    return figure


def voice_share_chart(
    voice: pd.DataFrame, top_n: int = 6, flagged_outlets: Iterable[str] = ()
) -> Figure:
    """Whose words each outlet quotes: each speaker's share of the outlet's quoted words."""
    flagged = set(flagged_outlets)
    totals = voice.groupby("speaker")["words"].sum().sort_values(ascending=False, kind="stable")
    speakers = list(totals.index[:top_n])
    table = voice.assign(speaker=voice["speaker"].where(voice["speaker"].isin(speakers), "others"))
    grid = table.pivot_table(index="outlet", columns="speaker", values="word_share", aggfunc="sum")
    grid = grid.reindex(columns=[s for s in [*speakers, "others"] if s in grid.columns]).fillna(0)
    grid = grid.sort_index(ascending=False) * 100
    palette = [matplotlib.colors.to_hex(c) for c in matplotlib.colormaps["Set2"].colors]
    figure = _figure(9.0, 1.6 + 0.55 * len(grid))
    axes = figure.subplots()
    left = np.zeros(len(grid))
    for n, speaker in enumerate(grid.columns):
        color = "#bbbbbb" if speaker == "others" else palette[n % len(palette)]
        bars = axes.barh(range(len(grid)), grid[speaker], left=left, color=color, label=speaker)
        labels = [f"{v:.0f}%" if v >= 8 else "" for v in grid[speaker]]
        axes.bar_label(bars, labels=labels, label_type="center", fontsize=8)
        left += grid[speaker].to_numpy()
    for y, outlet in enumerate(grid.index):
        if outlet in flagged:
            _hatch(axes, (0, y - 0.4), 100, 0.8)
    axes.set_yticks(range(len(grid)), [_outlet_label(o, flagged) for o in grid.index])
    for tick, outlet in zip(axes.get_yticklabels(), grid.index, strict=True):
        tick.set_color(outlet_colors(voice["outlet"])[outlet])
    axes.set_xlim(0, 100)
    axes.set_xlabel("Share of the outlet's quoted words (%)")
    axes.set_title("Whose words each outlet quotes")
    axes.legend(
        loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False, title="Speaker"
    )
    _footnote(figure, flagged, grid.index)
    return figure


# --- cleaning ---
# What the cleaning stage kept and removed, per outlet (tables from `cleaning.clean_corpus`).


def words_before_after(articles_df: pd.DataFrame, colors: dict[str, str]) -> Figure:
    """Words per outlet in the raw files and in the clean text (headline and story kept).

    The pale bar is the raw text, the solid bar the clean text; the label gives the share
    removed, so an outlet that lost much of its text to boilerplate stands out.
    """
    totals = articles_df.groupby("outlet")[["words_raw", "words_clean"]].sum()
    totals = totals.sort_index(ascending=False)
    figure = _figure(8.0, 1.4 + 0.45 * len(totals))
    axes = figure.subplots()
    y = np.arange(len(totals))
    outlet_colours = [colors.get(outlet, "#777777") for outlet in totals.index]
    axes.barh(y, totals["words_raw"], color=outlet_colours, alpha=0.3, height=0.7)
    axes.barh(y, totals["words_clean"], color=outlet_colours, height=0.7)
    for row, (raw, clean) in enumerate(totals.itertuples(index=False)):
        removed = 1 - clean / raw if raw else 0.0
        label = f" {clean:,} of {raw:,} kept ({removed:.0%} removed)"
        axes.text(raw, row, label, va="center", fontsize=8)
    axes.set_yticks(y, totals.index)
    axes.set_xlim(0, max(float(totals["words_raw"].max()), 1.0) * 1.45)
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))
    axes.set_xlabel("Words (count; pale = raw file, solid = clean text)")
    axes.set_title("Words per outlet before and after cleaning")
    axes.grid(axis="x", alpha=0.3)
    return figure


def removed_by_reason_chart(summary_df: pd.DataFrame, colors: dict[str, str]) -> Figure:
    """Lines and words each cleaning rule removed, stacked by outlet (`removed_by_reason`)."""
    lines = summary_df.pivot_table(index="rule", columns="outlet", values="lines", aggfunc="sum")
    words = summary_df.pivot_table(index="rule", columns="outlet", values="words", aggfunc="sum")
    order = words.sum(axis=1).sort_values(kind="stable").index
    outlets = sorted(summary_df["outlet"].unique())
    figure = _figure(10.0, 1.8 + 0.38 * max(len(order), 1))
    left_axes, right_axes = figure.subplots(1, 2, sharey=True)
    for axes, table, unit in ((left_axes, lines, "Lines"), (right_axes, words, "Words")):
        table = table.reindex(index=order, columns=outlets).fillna(0)
        start = np.zeros(len(table))
        for outlet in outlets:
            color = colors.get(outlet, "#777777")
            axes.barh(range(len(table)), table[outlet], left=start, color=color, label=outlet)
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
    return figure
