"""Who is named, who comes first, whose words are quoted (tables from `entities`, `quotes`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.report.charts.common import (
    _FLAG_MARK,
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


def _of_label(salience: pd.DataFrame, label: str | None) -> pd.DataFrame:
    return salience if label is None else salience[salience["label"] == label]


def _top_entities(table: pd.DataFrame, top_n: int) -> list[str]:
    totals = table.groupby("entity")["mentions"].sum()
    return list(totals.sort_values(ascending=False, kind="stable").index[:top_n])


_KINDS = {
    "PERSON": "people",
    "ORG": "organisations",
    "GPE": "places (countries, cities, states)",
    "LOC": "places (other locations)",
    "NORP": "nationalities, religious and political groups",
    None: "entities",
}


def _kind(label: str | None) -> str:
    """What a spaCy label names, in words a reader knows."""
    return _KINDS.get(label, f"{label} entities")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _rates(salience: pd.DataFrame, table: pd.DataFrame, colors: Mapping[str, str]) -> pd.DataFrame:
    """Mentions per 1,000 words, entity (rows) by chart name (columns): "all others" pools
    its outlets' mentions and words. An outlet's words are read back from any of its rows
    (mentions / per_1000_words); an outlet with no entity at all adds no words."""
    first = salience.drop_duplicates("outlet")
    words = pd.Series(1000 * first["mentions"].to_numpy() / first["per_1000_words"].to_numpy())
    words = words.groupby(grouped(first["outlet"].reset_index(drop=True), colors)).sum()
    mentions = table.groupby([grouped(table["outlet"], colors), table["entity"]])["mentions"].sum()
    grid = mentions.unstack(0, fill_value=0)
    return 1000 * grid / words.reindex(grid.columns)


def entity_heatmap(
    salience: pd.DataFrame,
    colors: Mapping[str, str],
    top_n: int = 12,
    label: str | None = "PERSON",
    flagged_outlets: Iterable[str] = (),
) -> Figure:
    """Most-named entities (rows) by outlet (columns): mentions per 1,000 words, each cell
    labelled.

    Args:
        salience: `entities.entity_salience(...)` (outlet, entity, label, mentions,
            per_1000_words).
        colors: one colour per outlet, from `outlet_colors` on every outlet of the run;
            the outlets it does not name are pooled as "all others".
        top_n: how many entities, most mentions over all outlets first.
        label: the spaCy label to show (PERSON, ORG, GPE, ...); None for all.
        flagged_outlets: outlets to mark (`events.flagged_outlets`).
    """
    table = _of_label(salience, label)
    _require_rows(table, f"no {_kind(label)} were found in the story text.")
    _check_colors(colors, table["outlet"])
    grid = _rates(salience, table, colors)
    grid = grid.reindex(index=_top_entities(table, top_n), columns=chart_order(grid.columns))
    kind = _kind(label)
    return _heatmap(
        grid.fillna(0.0),
        colors,
        flagged_groups(flagged_outlets, colors),
        decimals=1,
        value_label="Mentions per 1,000 words",
        row_label=_capital(kind),
        title=f"How often each outlet names the {len(grid)} most-named {kind}",
        notes=others_note(table["outlet"], colors, "entities"),
    )


def who_leads_chart(
    salience: pd.DataFrame,
    colors: Mapping[str, str],
    top_n: int = 8,
    label: str | None = "PERSON",
    flagged_outlets: Iterable[str] = (),
) -> Figure:
    """Where each outlet first names each of the most-named entities (0 = in the headline).

    Args as for `entity_heatmap`; uses the salience table's `first_paragraph`.
    """
    table = _of_label(salience, label)
    _require_rows(table, f"no {_kind(label)} were found in the story text.")
    _check_colors(colors, table["outlet"])
    flagged = flagged_groups(flagged_outlets, colors)
    names = _top_entities(table, top_n)
    # "all others": the earliest paragraph in which any of its outlets names the entity
    pooled = table.assign(outlet=grouped(table["outlet"], colors))
    pooled = pooled.groupby(["outlet", "entity"], as_index=False)["first_paragraph"].min()
    outlets = chart_order(pooled["outlet"])
    figure = _figure(8.5, max(1.9 + 0.5 * len(names), 1.2 + 0.17 * len(outlets)))
    axes = figure.subplots()
    _first_mention_dots(axes, pooled, names, outlets, colors, flagged)
    axes.set_yticks(range(len(names)), names)
    axes.set_ylim(len(names) - 0.5, -0.5)
    # the axis ends at the latest dot drawn: one entity no chart shows, first named in
    # paragraph 1,200 of a long page, had squeezed every dot into the first few pixels
    shown = pooled.loc[pooled["entity"].isin(names), "first_paragraph"]
    axes.set_xlim(-0.5, max(float(shown.max()), 1.0) + 0.5)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel("Paragraph of first mention (0 = headline, 1 = lead)")
    kind = _kind(label)
    axes.set_ylabel(_capital(kind))
    axes.grid(axis="x", alpha=0.3)
    axes.set_title(f"Who leads: where each outlet first names the most-named {kind}")
    axes.legend(
        loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False, title="Outlet"
    )
    notes = ["Shaded: named in the headline. No dot: not named by that outlet."]
    notes += others_note(table["outlet"], colors, "entities")
    if flagged & set(outlets):
        notes.append(
            f"{_FLAG_MARK.strip()} \u2716 markers: includes an article about another event "
            "(see the events table)"
        )
    _footnote(figure, set(), outlets, *notes)
    return figure


def _first_mention_dots(
    axes: Axes,
    pooled: pd.DataFrame,
    names: list[str],
    outlets: list[str],
    colors: Mapping[str, str],
    flagged: set[str],
) -> None:
    """A dot per outlet and entity at the paragraph of its first mention, the outlets side
    by side within an entity's band; flagged outlets as crosses."""
    step = 0.7 / len(outlets)
    for k, outlet in enumerate(outlets):
        rows = pooled[(pooled["outlet"] == outlet) & pooled["entity"].isin(names)]
        y = [names.index(e) - 0.35 + step * (k + 0.5) for e in rows["entity"]]
        axes.scatter(
            rows["first_paragraph"],
            y,
            s=46,
            color=colors[outlet],
            marker="X" if outlet in flagged else "o",
            label=_outlet_label(outlet, flagged),
        )
    for row in range(1, len(names), 2):  # bands tell the rows apart
        axes.axhspan(row - 0.5, row + 0.5, color="#f4f4f4", zorder=0)
    axes.axvspan(-0.5, 0.5, color="#d9d9d9", zorder=0)


def voice_share_chart(
    voice: pd.DataFrame,
    colors: Mapping[str, str],
    top_n: int = 6,
    flagged_outlets: Iterable[str] = (),
    sources: pd.DataFrame | None = None,
) -> Figure:
    """Whose words each outlet quotes: each person's share of the outlet's quoted words,
    people (rows) by outlet (columns), the most-quoted `top_n` over all outlets and the
    rest as "other people"; then, from `sources`, the shares of organisations, anonymous
    and unattributed sources, so that each column sums to 100%.

    A heatmap rather than stacked bars: speakers then need no colours of their own, which
    readers would confuse with the outlets' colours. Outlets in `colors` with no quotes are
    named under the chart.

    Args:
        voice: `sources.voice_share(...)` (outlet, speaker, quotes, words, word_share).
        colors: one colour per outlet, from `outlet_colors` on every outlet of the run;
            the outlets it does not name are pooled as "all others" (their quoted words).
        top_n: how many speakers to show by name.
        flagged_outlets: outlets to mark (`events.flagged_outlets`).
        sources: `sources.source_share(...)` of the same quotes; without it the people's
            shares are shown alone.
    """
    _require_rows(voice, "no quotation was found in the story text.")
    _check_colors(colors, voice["outlet"])
    grid, notes = _voice_grid(voice, colors, top_n, sources)
    notes += others_note(voice["outlet"], colors, "voice_share")
    silent = sorted(set(colors) - {OTHERS} - set(voice["outlet"]))
    if 0 < len(silent) <= 10:
        notes.append("No quotes found: " + ", ".join(silent) + ".")
    elif silent:
        notes.append(f"No quotes found in {len(silent)} outlets (not in the voice_share table).")
    return _heatmap(
        grid,
        colors,
        flagged_groups(flagged_outlets, colors),
        decimals=0,
        value_label="Share of the outlet's quoted words (%)",
        row_label="Speaker",
        title="Whose words each outlet quotes: share of its quoted words by speaker",
        notes=notes,
    )


def _voice_grid(
    voice: pd.DataFrame, colors: Mapping[str, str], top_n: int, sources: pd.DataFrame | None
) -> tuple[pd.DataFrame, list[str]]:
    """Percent of each chart column's quoted words (speaker rows by outlet or "all others"),
    the `top_n` people first, and the footnotes that say what the rows hold."""
    totals = voice.groupby("speaker")["words"].sum().sort_values(ascending=False, kind="stable")
    speakers = list(totals.index[:top_n])
    others = "other people"
    table = voice.assign(speaker=voice["speaker"].where(voice["speaker"].isin(speakers), others))
    rows = [*speakers, others]
    notes = [f"{others.capitalize()}: every person not named above."]
    if sources is not None:
        apart = sources[sources["speaker_type"] != "person"]
        named = apart["speaker_type"].map(_SOURCE_ROWS)
        table = pd.concat([table, apart.assign(speaker=named)], ignore_index=True)
        rows += list(_SOURCE_ROWS.values())
        counts = apart.groupby("speaker_type")["quotes"].sum()
        notes.insert(0, _source_note(counts))
    else:
        notes.insert(0, "People only: a column sums to the share of words they were quoted for.")
    table = table.assign(outlet=grouped(table["outlet"], colors))
    words = table.pivot_table(index="speaker", columns="outlet", values="words", aggfunc="sum")
    totals = _quoted_words(voice, sources)
    totals = totals.groupby(grouped(totals.index.to_series(), colors)).sum()
    grid = 100 * words.fillna(0) / totals.reindex(words.columns)
    grid = grid.reindex(
        index=[s for s in rows if s in grid.index], columns=chart_order(grid.columns)
    )
    return grid, notes


_SOURCE_ROWS = {
    "organisation": "organisations",
    "anonymous": "anonymous sources",
    "unattributed": "unattributed",
}


def _quoted_words(voice: pd.DataFrame, sources: pd.DataFrame | None) -> pd.Series:
    """Per outlet, the words of all its quotes (people's and other sources'), the base of
    every share: from `sources` when given, else read back from a person's words and share."""
    if sources is not None:
        return sources.groupby("outlet")["words"].sum()
    quoted = voice[voice["word_share"] > 0]
    return (quoted["words"] / quoted["word_share"]).groupby(quoted["outlet"]).first()


def _source_note(counts: pd.Series) -> str:
    """How many quotes went to sources other than people, for the chart's footnote."""
    said = ", ".join(f"{int(counts.get(t, 0))} to {name}" for t, name in _SOURCE_ROWS.items())
    return f"Each column sums to 100%. Quotes not from a person: {said}."
