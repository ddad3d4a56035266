"""Findings: a few plain sentences, each with its number, generated from the run's tables.

The report shows these first, so each sentence names what it counts and where the number
comes from. They are plain text (the report escapes them). Every table but `frames` is
optional: a finding is only written when its table was made.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

import pandas as pd

from helpers.base.catalogue import UNATTRIBUTED
from helpers.framing.tone import ALL_SENTENCES

MIN_SHARE = 0.05  # a frame in fewer than 5% of an outlet's sentences is not its emphasis
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
    """Which articles report another event than the corpus's, and which name no day."""
    dated = events[events["event_date"].astype(bool)]
    found = []
    flagged = dated[dated["flagged"].astype(bool)]
    usual = dated[~dated["flagged"].astype(bool)]
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


def frame_findings(
    frames: pd.DataFrame, flagged: Collection[str] = (), skip_frames: Collection[str] = ()
) -> list[str]:
    """Per codebook and outlet, the frame it gives more space than any other outlet does,
    by the widest margin over the other outlets' median (frames under `MIN_SHARE` of its
    sentences and `skip_frames`, such as a residual "Other", are not candidates)."""
    found = []
    for codebook, table in frames.groupby("codebook", sort=False):
        picks: dict[str, tuple[float, str, pd.Series, float]] = {}
        for frame, rows in table[~table["frame"].isin(skip_frames)].groupby("frame", sort=False):
            ranked = rows.sort_values("share", ascending=False)
            top, others = ranked.iloc[0], ranked.iloc[1:]["share"]
            if top["share"] < MIN_SHARE or (len(others) and others.iloc[0] == top["share"]):
                continue
            median = float(others.median()) if len(others) else 0.0
            pick = (top["share"] - median, str(frame), top, median)
            if pick[0] > picks.get(top["outlet"], (-1.0,))[0]:
                picks[top["outlet"]] = pick
        for outlet in sorted(picks):
            _, frame, top, median = picks[outlet]
            note = " (its article reports another event)" if outlet in flagged else ""
            found.append(
                f"{outlet}{note} gives {frame} more space than any other outlet ({codebook} "
                f"codebook): {top['share']:.0%} of its sentences (95% interval "
                f"{top['ci_low']:.0%} to {top['ci_high']:.0%}), against a median of "
                f"{median:.0%} for the other outlets."
            )
    return found


def quote_findings(quotes: pd.DataFrame, named: Collection[str] | None = None) -> list[str]:
    """Who each outlet quotes most (by quotes, then words), and who is quoted by most
    outlets; `named`: the outlets to write a sentence for (default every outlet), the rest
    counted in one sentence."""
    speakers = quotes["speaker"].fillna("").astype(str).str.strip()
    quoted = quotes[speakers.astype(bool) & (speakers != UNATTRIBUTED)]
    if quoted.empty:
        return []
    tally = quoted.groupby(["outlet", "speaker"]).agg(
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
    reach = quoted.groupby("speaker").agg(quotes=("words", "size"), outlets=("outlet", "nunique"))
    top = reach.sort_values(["outlets", "quotes"], ascending=False, kind="stable").iloc[0]
    found.append(
        f"{top.name} is quoted by the most outlets: {int(top['outlets'])} of "
        f"{quoted['outlet'].nunique()}, {int(top['quotes'])} quote(s) in all."
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
        found.append(
            f"{name_a} and {name_b} share {len(rows)} passage(s) nearly word for word (similarity "
            f'up to {rows["similarity"].max():.2f}), likely wire copy, e.g. "{example}".'
        )
    if len(ranked) > most:
        found.append(
            f"{len(ranked) - most} more pair(s) of articles share or repeat passages: "
            "see the reuse table."
        )
    return found


def tone_findings(tone: pd.DataFrame) -> list[str]:
    """The outlets whose sentences read most negative and most positive (VADER, rough)."""
    overall = tone[tone["frame"] == ALL_SENTENCES].sort_values("mean_compound", kind="stable")
    if len(overall) < 2:
        return []
    low, high = overall.iloc[0], overall.iloc[-1]
    return [
        f"By VADER's rough measure, {low['outlet']} reads most negative (mean compound "
        f"{low['mean_compound']:+.2f}, {low['negative_per_1000_words']:.0f} negative words per "
        f"1,000) and {high['outlet']} most positive ({high['mean_compound']:+.2f})."
    ]


def distinctive_findings(
    terms: pd.DataFrame, per_outlet: int = 3, named: Collection[str] | None = None
) -> list[str]:
    """Each outlet's most distinctive words against the rest of the corpus; `named`: the
    outlets to write a sentence for (default every outlet), the rest counted in one."""
    shown = terms if named is None else terms[terms["outlet"].isin(set(named))]
    found = [
        f"Words most distinctive of {outlet}: "
        + ", ".join(
            f"{r.term} ({r.count} uses, z {r.z:.1f})" for r in rows.head(per_outlet).itertuples()
        )
        + "."
        for outlet, rows in shown.groupby("outlet", sort=True)
    ]
    others = terms["outlet"].nunique() - shown["outlet"].nunique()
    if others:
        found.append(
            f"Words most distinctive of the other {others} outlets: see the distinctive_terms table."
        )
    return found


def all_findings(
    frames: pd.DataFrame,
    events: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    reuse: pd.DataFrame | None = None,
    tone: pd.DataFrame | None = None,
    distinctive: pd.DataFrame | None = None,
    skip_frames: Collection[str] = (),
    named_outlets: Collection[str] | None = None,
) -> list[str]:
    """All findings, in report order: event, frames, quotes, shared copy, tone, words.
    `skip_frames` are frames never reported as an outlet's emphasis (residual frames);
    `named_outlets` (default: all) get a sentence each on quotes and words, the others
    one sentence that points at the table."""
    flagged = (
        set(events.loc[events["flagged"].astype(bool), "outlet"]) if events is not None else set()
    )
    found = event_findings(events) if events is not None else []
    found += frame_findings(frames, flagged, skip_frames)
    if quotes is not None:
        found += quote_findings(quotes, named_outlets)
    if reuse is not None:
        found += reuse_findings(reuse, _outlets(events, quotes))
    if tone is not None:
        found += tone_findings(tone)
    if distinctive is not None:
        found += distinctive_findings(distinctive, named=named_outlets)
    return found
