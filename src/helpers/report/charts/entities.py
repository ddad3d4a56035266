"""Who is named, who comes first, whose words are quoted (tables from `entities`, `quotes`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd
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
        colors: one colour per outlet, from `outlet_colors` on every outlet of the run.
        top_n: how many entities, most mentions over all outlets first.
        label: the spaCy label to show (PERSON, ORG, GPE, ...); None for all.
        flagged_outlets: outlets to mark (`events.flagged_outlets`).
    """
    table = _of_label(salience, label)
    _require_rows(table, f"salience ({label or 'any'} label)")
    grid = table.pivot_table(index="entity", columns="outlet", values="per_1000_words")
    grid = grid.reindex(_top_entities(table, top_n)).fillna(0.0)
    kind = _kind(label)
    return _heatmap(
        grid,
        colors,
        set(flagged_outlets),
        decimals=1,
        value_label="Mentions per 1,000 words",
        row_label=_capital(kind),
        title=f"How often each outlet names the {len(grid)} most-named {kind}",
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
    _require_rows(table, f"salience ({label or 'any'} label)")
    flagged = set(flagged_outlets)
    names = _top_entities(table, top_n)
    outlets = sorted(set(table["outlet"]))
    _check_colors(colors, outlets)
    figure = _figure(8.5, 1.9 + 0.5 * len(names))
    axes = figure.subplots()
    step = 0.7 / len(outlets)
    for k, outlet in enumerate(outlets):
        rows = table[(table["outlet"] == outlet) & table["entity"].isin(names)]
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
    axes.set_yticks(range(len(names)), names)
    axes.set_ylim(len(names) - 0.5, -0.5)
    axes.set_xlim(-0.5, max(float(table["first_paragraph"].max()), 1.0) + 0.5)
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
    if flagged & set(outlets):
        notes.append(
            f"{_FLAG_MARK.strip()} \u2716 markers: includes an article about another event "
            "(see the events table)"
        )
    _footnote(figure, set(), outlets, *notes)
    return figure


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
        voice: `entities.voice_share(...)` (outlet, speaker, words, word_share).
        colors: one colour per outlet, from `outlet_colors` on every outlet of the run.
        top_n: how many speakers to show by name.
        flagged_outlets: outlets to mark (`events.flagged_outlets`).
        sources: `sources.source_share(...)` of the same quotes; without it the people's
            shares are shown alone.
    """
    _require_rows(voice, "voice share")
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
    grid = table.pivot_table(index="speaker", columns="outlet", values="word_share", aggfunc="sum")
    grid = grid.reindex([s for s in rows if s in grid.index]).fillna(0) * 100
    silent = sorted(set(colors) - set(grid.columns))
    if silent:
        notes.append("No quotes found: " + ", ".join(silent) + ".")
    return _heatmap(
        grid,
        colors,
        set(flagged_outlets),
        decimals=0,
        value_label="Share of the outlet's quoted words (%)",
        row_label="Speaker",
        title="Whose words each outlet quotes: share of its quoted words by speaker",
        notes=notes,
    )


_SOURCE_ROWS = {
    "organisation": "organisations",
    "anonymous": "anonymous sources",
    "unattributed": "unattributed",
}


def _source_note(counts: pd.Series) -> str:
    """How many quotes went to sources other than people, for the chart's footnote."""
    said = ", ".join(f"{int(counts.get(t, 0))} to {name}" for t, name in _SOURCE_ROWS.items())
    return f"Each column sums to 100%. Quotes not from a person: {said}."
