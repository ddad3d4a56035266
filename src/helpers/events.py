"""Same event? The date of the event each article reports, found in its text, with evidence.

Articles in a corpus are meant to report one event; one about another meeting (a year
later, say) would distort every comparison. Each article's date mentions are collected:

- explicit dates in the story (`dates.find_dates`) and in captions and embeds (the
  cleaning stage's `dates` table), weight 1; a file-photo caption ("File", "file photo")
  shows an earlier event, weight 0;
- weekday words ("on Wednesday", "Tuesday's firing") and "today"/"yesterday", weight 1,
  or 0.5 for a possessive weekday, which dates the event its noun names ("Tuesday's
  firing"), not the story's;
- the manifest's `published` date, weight 0.5: it dates the report, usually the same day
  as the event or the day after.

Relative mentions are resolved against an anchor: the published date, else the explicit
full date best supported (its own weight plus the weekday mentions that fall on its
weekday), else a month-day without a year ("Dec. 10") completed with the year nearest the
latest year the article mentions in which that day falls on a weekday the article names,
else (second pass) the corpus date, which such an article can only confirm: if its
mentions do not fall on the corpus date it stays undated. A weekday means the most recent
such day up to five days before the anchor or the day after it ("last"/"next": a week).

Each date's score is the sum of its mentions' weights plus one for every further kind of
evidence that agrees; the best score wins. A year alone ("in 2014") or month and year
("since August 2013") never names a day, so it never wins. The corpus date is the date
most articles report (none if tied); an article with another date is flagged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
from spacy.tokens import Doc, Token

from helpers import dates

WEEKDAYS = {
    d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
WEEKDAY_WINDOW = (-5, 1)
SHIFTED_WINDOWS = {"last": (-7, -1), "next": (1, 7)}
PUBLISHED_WEIGHT = 0.5
POSSESSIVE_WEIGHT = 0.5
FILE_PHOTO = re.compile(r"\bfile (?:photo|picture|image)\b|\(file\)", re.IGNORECASE)
FILE_CREDIT = re.compile(r"\bFile(?=[A-Z]|\s*$|\s*[/|])")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
EVENTS_COLUMNS = ["file", "outlet", "event_date", "evidence", "flagged"]
MENTION_COLUMNS = ["file", "outlet", "line", "kind", "mention", "date", "weight", "sentence"]
# A story sentence is the best evidence to show; a caption or embed next; the manifest last.
_EVIDENCE_RANK = {"weekday": 2, "relative day": 2, "text date": 2, "published": 0}


@dataclass(frozen=True)
class Mention:
    """One date mention: an absolute (year, month, day; any part may be missing) or a
    relative one (a weekday or a day offset, placed by `window` around the anchor)."""

    line: int
    kind: str
    mention: str
    sentence: str
    weight: float
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    window: tuple[int, int] | None = None

    def resolve(self, anchor: date | None) -> date | None:
        """The day this mention names, placed near `anchor` when it is relative or partial."""
        if self.window is not None:
            if anchor is None:
                return None
            days = (anchor + timedelta(d) for d in range(self.window[0], self.window[1] + 1))
            return next((d for d in days if self.weekday in (None, d.weekday())), None)
        if self.month is None or self.day is None:
            return None
        if self.year is not None:
            return _day(self.year, self.month, self.day)
        if anchor is None:
            return None
        near = [
            _day(y, self.month, self.day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        ]
        return min((d for d in near if d), key=lambda d: abs(d - anchor), default=None)


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


def _parse_iso(value: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of the ISO forms `dates` writes: 2017-05-10, 2013-08, --12-10."""
    parts = re.fullmatch(r"(?:(\d{4})|-)-?(\d{2})(?:-(\d{2}))?", value.strip())
    if not parts:
        return None, None, None
    year, month, day = (int(p) if p else None for p in parts.groups())
    return year, month, day


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _relative(token: Token) -> tuple[str, float, int | None, tuple[int, int]] | None:
    """Kind, weight, weekday and window of a weekday or relative-day word, else None."""
    doc, word = token.doc, token.lower_
    if word in RELATIVE_DAYS:
        return "relative day", 1.0, None, (RELATIVE_DAYS[word],) * 2
    if word not in WEEKDAYS or not token.text[0].isupper():
        return None
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    possessive = token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS"
    window = SHIFTED_WINDOWS.get(before, WEEKDAY_WINDOW)
    return "weekday", POSSESSIVE_WEIGHT if possessive else 1.0, WEEKDAYS[word], window


def _text_mentions(line: int, doc: Doc) -> list[Mention]:
    found = []
    for sent in doc.sents:
        text = sent.text.strip()
        for hit in dates.find_dates(sent.text):
            found.append(Mention(line, "text date", hit.text, text, 1.0, *_parse_iso(hit.date)))
        for token in sent:
            if relative := _relative(token):
                kind, weight, weekday, window = relative
                found.append(
                    Mention(line, kind, token.text, text, weight, None, None, None, weekday, window)
                )
    return found


def _recorded_mentions(rows: pd.DataFrame) -> list[Mention]:
    """Mentions from the cleaning stage's `dates` table (captions, embeds)."""
    found = []
    for row in rows.itertuples(index=False):
        text, value = str(row.text), str(row.date)
        weight = 0.0 if FILE_PHOTO.search(text) or FILE_CREDIT.search(text) else 1.0
        kind = row.source if isinstance(row.source, str) and row.source else "caption"
        written = next((hit.text for hit in dates.find_dates(text) if hit.date == value), value)
        found.append(Mention(int(row.line), kind, written, text, weight, *_parse_iso(value)))
    return found


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
        if (d := _day(y, m.month, m.day)) and weekdays[d.weekday()] > 0
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
        article.evidence = (
            "no date in the text" if not article.mentions else "dates found name no day"
        )
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
    paragraphs: pd.DataFrame,
    docs: Sequence[Doc],
    recorded: pd.DataFrame | None,
    published: Mapping[str, str] | None,
) -> list[_Article]:
    if len(docs) != len(paragraphs):
        raise ValueError(
            f"got {len(docs)} docs for {len(paragraphs)} paragraph rows; pass one per row, in order"
        )
    articles: dict[str, _Article] = {}
    for row, doc in zip(paragraphs.itertuples(index=False), docs, strict=True):
        article = articles.setdefault(row.file, _Article(row.file, row.outlet, [], [], []))
        article.mentions += _text_mentions(int(row.line), doc)
        article.years += [int(y) for y in YEAR.findall(doc.text)]
    for article in articles.values():
        story_lines = set(paragraphs.loc[paragraphs["file"] == article.file, "line"])
        if recorded is not None and len(recorded):
            rows = recorded[
                (recorded["file"] == article.file)
                & ~recorded["line"].isin(story_lines)
                & (recorded["source"] != "duplicate")  # a repeat would count its date twice
            ]
            article.mentions += _recorded_mentions(rows)
            article.years += [int(y) for text in rows["text"] for y in YEAR.findall(str(text))]
        if value := (published or {}).get(article.file, ""):
            article.mentions.append(
                Mention(0, "published", value, "manifest", PUBLISHED_WEIGHT, *_parse_iso(value))
            )
        _decide(article, *_anchor(article))
    corpus_date = _corpus_date(a.event for a in articles.values())
    for article in articles.values():
        if article.event is None and corpus_date is not None and article.mentions:
            _decide(article, corpus_date, f" (resolved against the corpus date {corpus_date})")
            if article.event != corpus_date:
                # A bare weekday read against another article's date cannot show which week
                # this article means: it can confirm that date, never name a different one.
                article.event = None
                article.evidence = (
                    f"no day of its own; its weekdays miss the corpus date {corpus_date}"
                )
    for article in articles.values():
        article.flagged = None not in (article.event, corpus_date) and article.event != corpus_date
    return list(articles.values())


def _corpus_date(days: Iterable[date | None]) -> date | None:
    counts = Counter(d for d in days if d is not None)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def event_dates(
    paragraphs: pd.DataFrame,
    docs: Sequence[Doc],
    recorded_dates: pd.DataFrame | None = None,
    published: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """One row per article: file, outlet, event_date (ISO, '' if none found), evidence, flagged.

    Args:
        paragraphs: the paragraphs table (file, outlet, paragraph, line, text).
        docs: the `Doc`s parsed from `paragraphs['text']`, one per row, in order.
        recorded_dates: the cleaning stage's `dates` table (file, outlet, line, date, text,
            source): dates of every raw line, `text` the line; rows on story lines (already
            read from the docs) and repeated lines (`source` "duplicate") are skipped.
        published: the manifest's `published` date (YYYY-MM-DD) per file, where given.
    """
    rows = [
        (a.file, a.outlet, _iso(a.event), a.evidence, a.flagged)
        for a in _analyse(paragraphs, docs, recorded_dates, published)
    ]
    return pd.DataFrame(rows, columns=EVENTS_COLUMNS)


def date_mentions(
    paragraphs: pd.DataFrame,
    docs: Sequence[Doc],
    recorded_dates: pd.DataFrame | None = None,
    published: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Every date mention behind `event_dates`, with the day it resolves to ('' when it names
    none), its weight and its sentence: the evidence a reader checks a decision against."""
    rows = [
        (a.file, a.outlet, m.line, m.kind, m.mention, _iso(d), m.weight, m.sentence)
        for a in _analyse(paragraphs, docs, recorded_dates, published)
        for m, d in zip(a.mentions, a.resolved, strict=True)
    ]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def flagged_outlets(events: pd.DataFrame) -> list[str]:
    """Outlets with at least one article about another event, for marking in charts."""
    return sorted(set(events.loc[events["flagged"].astype(bool), "outlet"]))


def select_articles(
    paragraphs: pd.DataFrame,
    docs: Sequence[Doc],
    events: pd.DataFrame,
    exclude_flagged: bool = False,
) -> tuple[pd.DataFrame, list[Doc]]:
    """The paragraphs (and their docs) to compare: all of them, or without flagged articles."""
    if not exclude_flagged:
        return paragraphs, list(docs)
    flagged = set(events.loc[events["flagged"].astype(bool), "file"])
    keep = ~paragraphs["file"].isin(flagged).to_numpy()
    return paragraphs[keep].reset_index(drop=True), [
        d for d, k in zip(docs, keep, strict=True) if k
    ]
