"""Explicit calendar dates in text, read before the lines that carry them are dropped.

Captions and social embeds are removed by cleaning, yet they often hold the only explicit
date of the event (`May 10, 2017` under a photo, `Dec. 10` in a video caption); the
event-dating stage needs them, so cleaning reads dates from every line first, and the
framing stage calls `find_dates` on sentences.

How a date is written in `DateMention.date` (always an ISO 8601 form):
- a day with its year (`May 10, 2017`, `10 May 2017`, `2017-05-10`): `2017-05-10`;
- a month with its year (`August 2013`): `2013-08`, precision `month`;
- a day without a year (`Dec. 10`, `10 May`): `--12-10`, the ISO 8601 / XML Schema
  `gMonthDay` form, which no date parser mistakes for a full date; `year_known` is False.

Only explicit dates are read. Bare years (`in 2016`), month names alone (`in April`),
weekdays and relative dates (`last month`) need the article's own date to resolve and are
left to the event-dating stage; all-numeric `05/10/2017` is skipped because the US and
Europe read it differently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Weekday and relative-day words, which date an event against an anchor (framing's date
# cues) and which the sentences table keeps (`day_words`).
WEEKDAYS = {
    d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Capitalised month names and their usual abbreviations ("Sept." included); lower-case
# "may" and "march" are verbs far more often than months, so they are not read.
_MONTH = (
    r"(?P<month>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)\b"

# Tried in this order; a later pattern never reads text an earlier one already read.
_PATTERNS = (
    re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"),
    re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}"),
)

# Every form read has a digit next to a month's name or a dash; a quick test for that lets
# the many lines without a date skip the full patterns.
_MAYBE = re.compile(
    r"\d-\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*(?:of\s+)?\d"
    r"|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)


@dataclass(frozen=True)
class DateMention:
    """One explicit date in a text: as written, as ISO 8601, and how precise it is."""

    text: str
    date: str
    precision: str  # "day" or "month"
    year_known: bool
    start: int
    end: int


def find_dates(text: str) -> list[DateMention]:
    """Explicit dates in `text`, in reading order (see the module docstring for the forms).

    Impossible dates (`Feb. 30`) are skipped. Pure: the same text always gives the same list.
    """
    mentions: list[DateMention] = []
    if not _MAYBE.search(text):
        return mentions
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            mention = _mention(match)
            if mention is not None:
                mentions.append(mention)
                taken.append((match.start(), match.end()))
    return sorted(mentions, key=lambda mention: mention.start)


def _mention(match: re.Match[str]) -> DateMention | None:
    parts = match.groupdict()
    month_text = parts["month"]
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text[:3].lower()]
    year = int(parts["year"]) if parts.get("year") else None
    day = int(parts["day"]) if parts.get("day") else None
    try:
        # 2000 is a leap year, so "Feb. 29" without a year is accepted.
        date(year or 2000, month, day or 1)
    except ValueError:
        return None
    if day is None:
        iso, precision = f"{year:04d}-{month:02d}", "month"
    elif year is None:
        iso, precision = f"--{month:02d}-{day:02d}", "day"
    else:
        iso, precision = f"{year:04d}-{month:02d}-{day:02d}", "day"
    written = match.group(0).rstrip()
    return DateMention(written, iso, precision, year is not None, match.start(), match.end())
