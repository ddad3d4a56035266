"""Same event? The date of the event each article reports, found in its text, with evidence.

Articles in a corpus are meant to report one event; one about another meeting (a year
later, say) would distort every comparison. Each article's date mentions are collected,
weighted (`date_cues`: story dates, weekdays, captions and embeds, the published date).

Relative mentions are resolved against an anchor: the published date, else the explicit
full date best supported (its own weight plus the weekday mentions that fall on its
weekday), else a month-day without a year ("Dec. 10") completed with the year nearest the
latest year the article mentions in which that day falls on a weekday the article names,
else (second pass) the corpus date, which such an article can only confirm: if its
mentions do not fall on the corpus date it stays undated.

Each date's score is the sum of its mentions' weights plus one for every further kind of
evidence that agrees; the best score wins. A year alone ("in 2014") or month and year
("since August 2013") never names a day, so it never wins. The corpus date is the date
most articles report (none if tied); an article with another date is flagged.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd

from helpers.base import catalogue
from helpers.base.columns import column_lists
from helpers.base.sentence_table import body
from helpers.framing import date_inference
from helpers.framing.date_cues import (
    Mention,
    Record,
    calendar_day,
    published_mention,
    recorded_mentions,
    text_mentions,
)

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# A story sentence is the best evidence to show; a caption or embed next; the manifest last.
_EVIDENCE_RANK = {"weekday": 2, "relative day": 2, "text date": 2, "published": 0}


@dataclass
class _Article:
    file: str
    outlet: str
    mentions: list[Mention]
    years: list[int]
    resolved: list[date | None]
    event: date | None = None
    evidence: str = ""
    flagged: bool = False


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _anchor(article: _Article) -> tuple[date | None, str]:
    """The article's own reference day for relative mentions (see the module docstring),
    or None, with a note when its year had to be inferred."""
    weekdays: Counter[int] = Counter()
    full: Counter[date] = Counter()
    for m in article.mentions:
        if m.kind == "published":
            return m.resolve(None), ""
        if m.weekday is not None:
            weekdays[m.weekday] += m.weight
        elif m.window is None and m.year is not None and (d := m.resolve(None)):
            full[d] += m.weight
    if full:
        return max(sorted(full), key=lambda d: full[d] + weekdays[d.weekday()]), ""
    latest = max(article.years, default=None)
    partial = [
        d
        for m in article.mentions
        if latest and m.window is None and m.year is None and m.month and m.day
        for y in range(latest - 6, latest + 7)
        if (d := calendar_day(y, m.month, m.day)) and weekdays[d.weekday()] > 0
    ]
    if not partial:
        return None, ""
    best = min(partial, key=lambda d: (-weekdays[d.weekday()], abs(d.year - latest), -d.year))
    return (
        best,
        f" (year inferred: {best:%b} {best.day} was a {best:%A} in {best.year},"
        f" near {latest}, the latest year named)",
    )


def _decide(article: _Article, anchor: date | None, note: str = "") -> None:
    article.resolved = [m.resolve(anchor) for m in article.mentions]
    support: dict[date, list[Mention]] = {}
    for m, d in zip(article.mentions, article.resolved, strict=True):
        if d is not None:
            support.setdefault(d, []).append(m)

    def score(d: date) -> tuple[float, int]:
        kinds = {m.kind for m in support[d] if m.weight > 0}
        return sum(m.weight for m in support[d]) + max(len(kinds) - 1, 0), len(support[d])

    if not support:
        article.evidence = "dates found name no day" if article.mentions else "no date in the text"
        return
    best = max(support, key=score)
    if score(best)[0] <= 0:
        article.evidence = "only file-photo dates found"
        return
    article.event = best
    lead = max(support[best], key=lambda m: (m.weight, _EVIDENCE_RANK.get(m.kind, 1), -m.line))
    others = sorted(
        (m for m in support[best] if m is not lead),
        key=lambda m: (m.kind == lead.kind, -m.weight, m.line),
    )
    also = "; ".join(f'{m.kind} "{m.mention}" (line {m.line})' for m in others[:3])
    more = f" and {len(others) - 3} more" if len(others) > 3 else ""
    article.evidence = (
        f'{lead.kind} "{lead.mention}" (line {lead.line}): {lead.sentence}'
        + (f" [also {also}{more}]" if also else "")
        + note
    )


def _analyse(
    sentences: pd.DataFrame,
    recorded: pd.DataFrame | None,
    published: Mapping[str, str] | None,
) -> list[_Article]:
    # Plain lists grouped by file: a pandas selection per article was most of the time.
    story: dict[str, list[tuple[int, str, str]]] = {}
    outlets: dict[str, str] = {}
    table = body(sentences)
    columns = column_lists(table, ("file", "outlet", "line", "text", "day_words"))
    for file, outlet, line, text, days in zip(*columns, strict=True):
        story.setdefault(file, []).append((line, text, days))
        outlets.setdefault(file, outlet)
    sides: dict[str, list[Record]] = defaultdict(list)
    if recorded is not None and len(recorded):
        # each file's caption and embed dates, but not repeated lines: they count twice
        kept = recorded[recorded["source"] != "duplicate"]
        columns = column_lists(kept, ("file", "line", "date", "text", "source"))
        for file, *record in zip(*columns, strict=True):
            sides[file].append(tuple(record))
    articles = [
        _article(file, outlets[file], rows, sides.get(file, []), published or {})
        for file, rows in story.items()
    ]
    corpus_date = _corpus_date(a.event for a in articles)
    for article in articles:
        if article.event is None and corpus_date is not None and article.mentions:
            _decide(article, corpus_date, f" (resolved against the corpus date {corpus_date})")
            if article.event != corpus_date:
                # A bare weekday read against another article's date cannot show which week
                # this article means: it can confirm that date, never name a different one.
                article.event = None
                article.evidence = (
                    f"no day of its own; its weekdays miss the corpus date {corpus_date}"
                )
        article.flagged = None not in (article.event, corpus_date) and article.event != corpus_date
    return articles


def _article(
    file: str,
    outlet: str,
    rows: list[tuple[int, str, str]],
    side: list[Record],
    published: Mapping[str, str],
) -> _Article:
    """One article's date mentions (from its sentence rows: line, text, day words, and its
    recorded caption and embed dates), decided against its own anchor."""
    article = _Article(file, outlet, [], [], [])
    for line, text, days in rows:
        article.mentions += text_mentions(int(line), text, days)
        article.years += [int(y) for y in YEAR.findall(text)]
    story_lines = {line for line, _, _ in rows}
    # story lines are read from the sentences, not again from the dates table
    side = [record for record in side if record[0] not in story_lines]
    article.mentions += recorded_mentions(side)
    article.years += [int(y) for _, _, text, _ in side for y in YEAR.findall(str(text))]
    if value := published.get(article.file, ""):
        article.mentions.append(published_mention(value))
    _decide(article, *_anchor(article))
    return article


def _corpus_date(days: Iterable[date | None]) -> date | None:
    counts = Counter(d for d in days if d is not None)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


@dataclass(frozen=True)
class EventTables:
    """`events`: one row per article (columns: the `events` table in the catalogue): file, outlet, event_date (ISO, ''
    if none found), evidence, flagged, date_basis (`stated` by its own text, captions or
    manifest, `inferred` from what it shares with dated articles, `none`). `date_evidence`:
    every date mention behind them (columns: the `date_evidence` table in the catalogue), with the day it resolves to ('' when it names none), its weight and
    its sentence: the evidence a reader checks a decision against. `date_inference`: the
    undated articles against their closest dated ones (`date_inference`)."""

    events: pd.DataFrame
    date_evidence: pd.DataFrame
    date_inference: pd.DataFrame


def event_tables(
    sentences: pd.DataFrame,
    recorded_dates: pd.DataFrame | None = None,
    published: Mapping[str, str] | None = None,
    mentions: pd.DataFrame | None = None,
    reuse: pd.DataFrame | None = None,
) -> EventTables:
    """Each article's event date, and the date mentions it was decided from.

    Args:
        sentences: the sentences table (written by `helpers.entities.sentences`); headlines are not read.
        recorded_dates: the cleaning stage's `dates` table (file, outlet, line, date, text,
            source): dates of every raw line, `text` the line; rows on story lines (already
            read from the sentences) and repeated lines (`source` "duplicate") are skipped.
        published: the manifest's `published` date (YYYY-MM-DD) per file, where given.
        mentions, reuse: the entities stage's mentions and the cleaning stage's reuse
            table; with the mentions, an undated article gets the day of the dated articles
            it resembles, marked inferred (`date_inference`).
    """
    articles = _analyse(sentences, recorded_dates, published)
    basis = {a.file: "stated" if a.event else "none" for a in articles}
    inferred = catalogue.table("date_inference").empty()
    if mentions is not None:
        corpus_date = _corpus_date(a.event for a in articles)
        inferred = date_inference.update_undated(articles, corpus_date, mentions, reuse, basis)
    events = [
        (a.file, a.outlet, _iso(a.event), a.evidence, a.flagged, basis[a.file]) for a in articles
    ]
    rows = [
        (a.file, a.outlet, m.line, m.kind, m.mention, _iso(d), m.weight, m.sentence)
        for a in articles
        for m, d in zip(a.mentions, a.resolved, strict=True)
    ]
    return EventTables(
        pd.DataFrame(events, columns=catalogue.columns("events")),
        pd.DataFrame(rows, columns=catalogue.columns("date_evidence")),
        inferred,
    )


def reports_one_event(events: pd.DataFrame) -> bool:
    """Whether most articles with a stated date report the corpus's commonest day: one event,
    against which an article about another is worth marking. A topic or an archive (2,000
    real articles over two years: 152 of 1,639 on the commonest day) is not."""
    stated = events[events["event_date"].astype(bool) & (events["date_basis"] != "inferred")]
    flagged = stated["flagged"].astype(bool)
    return int(flagged.sum()) <= int((~flagged).sum())


def flagged_outlets(events: pd.DataFrame) -> list[str]:
    """Outlets with at least one article about another event, for marking in charts; none
    where the articles report no one event, since then nearly every outlet would be."""
    if not reports_one_event(events):
        return []
    return sorted(set(events.loc[events["flagged"].astype(bool), "outlet"]))


def select_articles(
    sentences: pd.DataFrame, events: pd.DataFrame, exclude_flagged: bool = False
) -> pd.DataFrame:
    """The sentences to compare: all of them, or without the articles `events` flags."""
    if not exclude_flagged:
        return sentences
    flagged = set(events.loc[events["flagged"].astype(bool), "file"])
    return sentences[~sentences["file"].isin(flagged)].reset_index(drop=True)
