"""Date cues: what an article's text, captions and manifest say about when things happened.

Each cue is a `Mention` with a weight:

- explicit dates in the story (`dates.find_dates`) and in captions and embeds (the
  cleaning stage's `dates` table), weight 1; a file-photo caption ("File", "file photo")
  shows an earlier event, weight 0;
- weekday words ("on Wednesday", "Tuesday's firing") and "today"/"yesterday", weight 1,
  or 0.5 for a possessive weekday, which dates the event its noun names ("Tuesday's
  firing"), not the story's;
- the manifest's `published` date, weight 0.5: it dates the report, usually the same day
  as the event or the day after.

A weekday means the most recent such day up to five days before the anchor it is read
against, or the day after it ("last"/"next": a week); a month-day without a year ("Dec.
10") the nearest such day; a year alone ("in 2014") or month and year ("since August 2013")
names no day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from helpers.base import dates
from helpers.base.dates import RELATIVE_DAYS, WEEKDAYS

WEEKDAY_WINDOW = (-5, 1)
SHIFTED_WINDOWS = {"last": (-7, -1), "next": (1, 7)}
PUBLISHED_WEIGHT = 0.5
POSSESSIVE_WEIGHT = 0.5
FILE_PHOTO = re.compile(r"\bfile (?:photo|picture|image)\b|\(file\)", re.IGNORECASE)
FILE_CREDIT = re.compile(r"\bFile(?=[A-Z]|\s*$|\s*[/|])")
# A row of the cleaning stage's `dates` table, once grouped by file: line, date (ISO), the
# line's text, source
Record = tuple[int, str, str, str]


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
            return calendar_day(self.year, self.month, self.day)
        if anchor is None:
            return None
        near = [
            calendar_day(y, self.month, self.day)
            for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        ]
        return min((d for d in near if d), key=lambda d: abs(d - anchor), default=None)


def _parse_iso(value: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of the ISO forms `dates` writes: 2017-05-10, 2013-08, --12-10."""
    parts = re.fullmatch(r"(?:(\d{4})|-)-?(\d{2})(?:-(\d{2}))?", value.strip())
    if not parts:
        return None, None, None
    year, month, day = (int(p) if p else None for p in parts.groups())
    return year, month, day


def calendar_day(year: int, month: int, day: int) -> date | None:
    """The date, or None for a day the calendar lacks (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _relative(line: int, sentence: str, cue: str) -> Mention | None:
    """A weekday or relative-day word (a `day_words` item) as a mention placed by its
    window, else None."""
    words = cue.split()
    possessive = words[-1] == "'s"
    words = words[:-1] if possessive else words
    text, before = words[-1], words[0] if len(words) > 1 else ""
    word = text.lower()
    if word in RELATIVE_DAYS:
        window = (RELATIVE_DAYS[word],) * 2
        return Mention(line, "relative day", text, sentence, 1.0, window=window)
    if word not in WEEKDAYS or not text[0].isupper():
        return None
    weight = POSSESSIVE_WEIGHT if possessive else 1.0
    window = SHIFTED_WINDOWS.get(before, WEEKDAY_WINDOW)
    return Mention(line, "weekday", text, sentence, weight, weekday=WEEKDAYS[word], window=window)


def text_mentions(line: int, sentence: str, days: str) -> list[Mention]:
    """A sentence's explicit dates, weekdays and relative days (`days`: its `day_words`)."""
    found = [
        Mention(line, "text date", hit.text, sentence, 1.0, *_parse_iso(hit.date))
        for hit in dates.find_dates(sentence)
    ]
    return found + [m for cue in days.split("; ") if cue and (m := _relative(line, sentence, cue))]


def recorded_mentions(records: Iterable[Record]) -> list[Mention]:
    """Mentions from rows of the cleaning stage's `dates` table (captions, embeds), each a
    `Record`."""
    found = []
    for line, value, text, source in records:
        text, value = str(text), str(value)
        weight = 0.0 if FILE_PHOTO.search(text) or FILE_CREDIT.search(text) else 1.0
        kind = source if isinstance(source, str) and source else "caption"
        written = next((hit.text for hit in dates.find_dates(text) if hit.date == value), value)
        found.append(Mention(int(line), kind, written, text, weight, *_parse_iso(value)))
    return found


def published_mention(value: str) -> Mention:
    """The manifest's `published` date (YYYY-MM-DD) as a mention."""
    return Mention(0, "published", value, "manifest", PUBLISHED_WEIGHT, *_parse_iso(value))
