"""Findings: a few plain sentences, each with its number, generated from the run's tables.

The report shows these first, so each sentence names what it counts and where the number
comes from. They are plain text (the report escapes them). Every table but `tests` is
optional: a finding is only written when its table was made. A difference between an outlet
and the others is stated only when its test over articles holds (`tested_findings`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import pandas as pd

from helpers.base.catalogue import ANONYMOUS, ORGANISATION, PERSON, QUOTED_KINDS
from helpers.framing.events import flagged_outlets, reports_one_event
from helpers.framing.tested_findings import tested_findings

# A corpus with wire copy can have hundreds of pairs of articles sharing passages; the
# findings name the pairs that share most and count the rest, which the reuse table lists.
MAX_REUSE_PAIRS = 10
MAX_LISTED = 10  # articles named in one finding; the events table lists them all


def _outlets(*tables: pd.DataFrame | None) -> dict[str, str]:
    names: dict[str, str] = {}
    for table in tables:
        if table is not None and {"file", "outlet"} <= set(table.columns):
            names.update(zip(table["file"], table["outlet"], strict=True))
    return names


def event_findings(events: pd.DataFrame) -> list[str]:
    """Which articles report another event than the corpus's, which were placed by
    resemblance (their day inferred), and which name no day."""
    inferred = events["date_basis"] == "inferred"
    dated = events[events["event_date"].astype(bool) & ~inferred]
    found = []
    flagged = dated[dated["flagged"].astype(bool)]
    usual = dated[~dated["flagged"].astype(bool)]
    one_event = reports_one_event(events)
    if not one_event:
        found.append(_no_one_event(usual, flagged))
        flagged = flagged.head(0)  # each article is in the events table; none is singled out
    for row in flagged.head(MAX_LISTED).itertuples(index=False):
        source = str(row.evidence).split(":", 1)[0]
        found.append(
            f"{row.outlet}'s article ({row.file}) reports a different event: it is dated "
            f"{row.event_date} (from {source}), while {len(usual)} of {len(dated)} dated articles "
            f"report {usual['event_date'].iloc[0] if len(usual) else 'other days'}."
        )
    if len(flagged) > MAX_LISTED:
        found.append(
            f"{len(flagged) - MAX_LISTED} more article(s) report a different event: "
            "see the events table."
        )
    if not len(flagged) and len(dated) > 1 and dated["event_date"].nunique() == 1:
        found.append(
            f"All {len(dated)} dated articles report the event of {dated['event_date'].iloc[0]}."
        )
    placed = events[inferred]
    if not one_event and len(placed) > 1:
        # As with articles about other days: naming ten of many would single them out.
        found.append(
            f"{len(placed)} undated articles are placed by what they share with dated "
            "articles: inferred dates, not stated ones (see the events and date_inference "
            "tables)."
        )
        placed = placed.head(0)
    for row in placed.head(MAX_LISTED).itertuples(index=False):
        other = " (another day than most articles report)" if row.flagged and one_event else ""
        found.append(
            f"{row.outlet}'s article ({row.file}) names no day; it is placed on "
            f"{row.event_date}{other} by what it shares with dated articles: an inferred "
            "date, not a stated one (see the events and date_inference tables)."
        )
    if len(placed) > MAX_LISTED:
        found.append(
            f"{len(placed) - MAX_LISTED} more undated article(s) are placed by resemblance: "
            "see the events table."
        )
    undated = events[~events["event_date"].astype(bool)]
    if len(undated):
        listed = ", ".join(
            f"{r.outlet} ({r.file})" for r in undated.head(MAX_LISTED).itertuples(index=False)
        )
        more = f" and {len(undated) - MAX_LISTED} more (see the events table)"
        found.append(
            f"{len(undated)} article(s) name no day for the event and could not be checked: "
            + listed
            + (more if len(undated) > MAX_LISTED else "")
            + "."
        )
    return found


def _no_one_event(usual: pd.DataFrame, flagged: pd.DataFrame) -> str:
    """The finding for a corpus whose articles mostly report other days than its commonest:
    a topic or an archive rather than one event, where naming ten articles "about a
    different event" would single out ten of hundreds."""
    day = f"the commonest day, {usual['event_date'].iloc[0]}, is" if len(usual) else "no day is"
    return (
        f"These articles do not report one event: {day} reported by {len(usual)} of "
        f"{len(usual) + len(flagged)} dated articles and {len(flagged)} report "
        f"{flagged['event_date'].nunique()} other days (see the events table). The comparisons "
        "between outlets below pool articles about different events."
    )


def quote_findings(quotes: pd.DataFrame, named: Collection[str] | None = None) -> list[str]:
    """Who each outlet quotes most (by direct quotes, partial ones included, then words), who
    is quoted by most outlets, and how many direct quotes went to organisations and
    anonymous sources;
    `named`: the outlets to write a sentence for (default every outlet), the rest counted in one."""
    direct = quotes[quotes["kind"].isin(QUOTED_KINDS)]
    persons = direct[direct["speaker_type"] == PERSON]
    if persons.empty:
        return []
    tally = persons.groupby(["outlet", "speaker"]).agg(
        quotes=("words", "size"), words=("words", "sum")
    )
    tally = tally.reset_index().sort_values(
        ["outlet", "quotes", "words"], ascending=[True, False, False], kind="stable"
    )
    tops = tally.drop_duplicates("outlet")
    shown = tops if named is None else tops[tops["outlet"].isin(set(named))]
    found = [
        f"{row.outlet} quotes {row.speaker} most: {int(row.quotes)} quote(s), "
        f"{int(row.words)} words."
        for row in shown.itertuples(index=False)
    ]
    if len(tops) > len(shown):
        found.append(
            f"Who the other {len(tops) - len(shown)} outlets quote most: see the quotes table."
        )
    reach = persons.groupby("speaker").agg(quotes=("words", "size"), outlets=("outlet", "nunique"))
    top = reach.sort_values(["outlets", "quotes"], ascending=False, kind="stable").iloc[0]
    found.append(
        f"{top.name} is quoted by the most outlets: {int(top['outlets'])} of "
        f"{persons['outlet'].nunique()}, {int(top['quotes'])} quote(s) in all."
    )
    types = direct["speaker_type"].value_counts()
    found.append(
        f"Of {len(direct)} direct quotes, {int(types.get(ORGANISATION, 0))} went to "
        f"organisations and {int(types.get(ANONYMOUS, 0))} to anonymous sources."
    )
    return found


def reuse_findings(
    reuse: pd.DataFrame, outlets: Mapping[str, str], most: int = MAX_REUSE_PAIRS
) -> list[str]:
    """Passages two articles share (likely wire copy), and passages an article repeats: the
    `most` pairs of articles with the most such passages, then how many more pairs there are."""
    if most < 0:
        raise ValueError(f"most must be 0 or more, got {most}")
    pairs = reuse.groupby(["file_a", "file_b"], sort=True)
    ranked = pairs.size().sort_values(ascending=False, kind="stable")
    found = []
    for file_a, file_b in ranked.index[:most]:
        rows = pairs.get_group((file_a, file_b))
        example = str(rows.sort_values("similarity", ascending=False)["text"].iloc[0])
        example = example if len(example) <= 90 else example[:87].rstrip() + "..."
        first = rows.iloc[0]
        name_a = first["outlet_a"] if "outlet_a" in rows else outlets.get(file_a, file_a)
        name_b = first["outlet_b"] if "outlet_b" in rows else outlets.get(file_b, file_b)
        if file_a == file_b:
            found.append(
                f'{name_a} ({file_a}) repeats {len(rows)} of its own passage(s), e.g. "{example}".'
            )
            continue
        found.append(_shared_sentence((name_a, file_a), (name_b, file_b), rows, example))
    if len(ranked) > most:
        found.append(
            f"{len(ranked) - most} more pair(s) of articles share or repeat passages: "
            "see the reuse table."
        )
    return found


def _shared_sentence(
    article_a: tuple[str, str], article_b: tuple[str, str], rows: pd.DataFrame, example: str
) -> str:
    """Two articles sharing passages, each named by outlet and file so a reader can find them.

    Between outlets a shared passage is likely wire copy; within one outlet it is the outlet
    reusing its own copy (a running story's updates, a standard paragraph), not wire copy.
    """
    (outlet_a, file_a), (outlet_b, file_b) = article_a, article_b
    shared = (
        f"{len(rows)} passage(s) nearly word for word "
        f"(similarity up to {rows['similarity'].max():.2f})"
    )
    if outlet_a == outlet_b and outlet_a not in (file_a, file_b):
        return (
            f"Two of {outlet_a}'s articles ({file_a} and {file_b}) share {shared}: the outlet "
            f'reusing its own copy, e.g. "{example}".'
        )
    return (
        f"{_article_name(outlet_a, file_a)} and {_article_name(outlet_b, file_b)} share "
        f'{shared}, likely wire copy, e.g. "{example}".'
    )


def _article_name(outlet: str, file: str) -> str:
    """`outlet (file)`, or the file alone when no outlet is known for it."""
    return file if outlet == file else f"{outlet} ({file})"


def all_findings(
    tests: pd.DataFrame,
    events: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    reuse: pd.DataFrame | None = None,
    notes: Sequence[str] = (),
    named_outlets: Collection[str] | None = None,
) -> list[str]:
    """All findings, in report order: event, how frames were found (and validated), the
    outlet differences that hold (`tested_findings`), quotes, shared copy. `named_outlets`
    (default: all) get a sentence each on whom they quote, the others one sentence that
    points at the table."""
    flagged = flagged_outlets(events) if events is not None else []
    found = event_findings(events) if events is not None else []
    found += list(notes)
    found += tested_findings(tests, flagged)
    if quotes is not None:
        found += quote_findings(quotes, named_outlets)
    if reuse is not None:
        found += reuse_findings(reuse, _outlets(events, quotes))
    return found
