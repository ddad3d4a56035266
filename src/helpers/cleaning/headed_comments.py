"""Readers' comments headed by their commenter's name, found by the headers between them.

`signed_comments` reads comments signed under their text. Many forums and blogs print the
commenter's name above the comment instead, in a header of its own line:
- a member's name with the site's member number: "by Quakeulf (2650167)", "by vlm (69642)
  on Tuesday July 24, @10:49AM (#40749619)";
- the name with a verb of saying and nothing else: "Debbie M said,", "Nikos says:";
- the name with a stamp that `signed_comments.signer` does not read (a date with no year,
  or no time of day): "Lora Lee On Thursday, November 1 at 2:57 pm", "The Keeper - October
  26, 2012";
- the name on its own line above a bare stamp: "hunt" over "Posted October 28, 2012 at
  10:32 pm";
- a stamp `signer` reads ("margherita July 29, 2012 at 12:51 pm"), which blogs print above
  a comment as often as under it.
A section's lines are its headers, the comments between them and the last comment under
the last header, up to the first removed line or the article's end within a comment's size.
No header is evidence on its own (a story may quote a "Smith said:" or carry a byline), so
a section needs headers of at least MIN_SIGNERS different names, each comment between two
of them at most a few lines, after the story's first paragraph (a header above it is a
byline), and no header followed by a quotation (a story's "Smith said:" introduces one).
Live blogs stamp their entries with a time of day, not a member's name or a date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from helpers.cleaning.line_shape import (
    FUNCTION_WORDS,
    SENTENCE_MIN_WORDS,
    STORY_MIN_FUNCTION_SHARE,
    VERBS,
    LineShape,
)
from helpers.cleaning.signed_comments import ARTICLE_STAMP, DAY, MONTH, signer

# A section: headers naming at least this many people (a story quoting two speakers, a
# post's author answering one reader, are no comment section).
MIN_SIGNERS = 3
# Lines between two headers: the first comment short (a byline over a short story is no
# header), later ones up to a reader's letter.
FIRST_COMMENT_MAX_LINES = 8
COMMENT_MAX_LINES = 25
# A name: at most this many words and characters.
NAME_MAX_WORDS = 5
NAME_MAX_CHARACTERS = 40
HEADER_MAX_CHARACTERS = 160
# Words after a stamp that still leave it a header (a forum's "Homepage Journal" links).
AFTER_STAMP_MAX_WORDS = 2

_MEMBER = re.compile(r"^by\s+(?P<name>[^()]{1,40}?)\s+\(\d{2,}\)(?P<rest>.*)$", re.IGNORECASE)
_SAID = re.compile(
    r"^(?P<name>.{1,40}?)\s+(?:said|says|wrote|writes|replied|replies|commented)\s*[:,]?$",
    re.IGNORECASE,
)
# A date with or without its year, or a time of day: what blogs stamp comments with.
_STAMP = re.compile(
    rf"(?:{MONTH}\s+{DAY}\b(?:,?\s+\d{{4}})?|{DAY}\s+{MONTH}(?:,?\s+\d{{4}})?"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|@?\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)?)",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?!\d)")  # "9:08PM" too
_DATE_PART = re.compile(rf"{MONTH}\s+{DAY}\b|{DAY}\s+{MONTH}|\d{{1,2}}/\d{{1,2}}/", re.I)
# Words around a stamp that name nobody: stamp words, weekdays, time zones, a comment's id.
_STAMP_WORDS = frozenset(
    """by on at posted said says wrote response reply replied to in et est edt pt pst pdt
    ct cst cdt gmt utc bst cet monday tuesday wednesday thursday friday saturday sunday
    mon tue wed thu fri sat sun""".split()
)
_MARKS = re.compile(r"\(#?\d+\)|[|:,.\u2013\u2014@()*-]+")
_QUOTES = "\"'\u201c\u2018\u00ab"


@dataclass(frozen=True)
class Header:
    """A comment's header: its first and last line (indexes) and the commenter's name."""

    first: int
    last: int
    name: str


def _name(words: Sequence[str], handle: bool = False) -> str | None:
    """The words as a commenter's name (lower case), or None: one to NAME_MAX_WORDS words,
    at most one function word and not only function words ("He said," names nobody), no
    lower-case verb ("The polls closed ...") unless the site prints a member's `handle`
    ("garaged")."""
    if not 1 <= len(words) <= NAME_MAX_WORDS:
        return None
    function = sum(w.lower() in FUNCTION_WORDS for w in words)
    if function > 1 or function == len(words):
        return None
    if not handle and any(
        w.islower() and (w in VERBS or (len(w) > 4 and w.endswith(("ed", "ing")))) for w in words
    ):
        return None  # read as `signed_comments.signer` reads verbs
    return " ".join(words).lower()


def member_name(form: str) -> str | None:
    """The name of a member's header, "by NAME (12345)", the site's member number in
    brackets, alone or before a stamp or an address ("... on Tuesday July 24, @10:49AM")."""
    found = _MEMBER.match(form)
    if found is None or len(form) > HEADER_MAX_CHARACTERS:
        return None
    rest = found.group("rest").strip()
    if rest and not (rest[0] in "*<" or rest.lower().startswith("on ")):
        return None
    return _name(found.group("name").split(), handle=True)


def said_name(form: str) -> str | None:
    """The name of a "NAME said," header: the name and a verb of saying alone on a line."""
    found = _SAID.match(form)
    words = found.group("name").split() if found else []
    # "The mayor said:", "His lawyer says:" introduce the story's own quotations
    if not words or words[0].lower() in _DETERMINERS:
        return None
    return _name(words)


def stamped_name(form: str) -> str | None:
    """The name of a name-and-stamp header: a date (with or without its year) or a time of
    day, with a name of one to NAME_MAX_WORDS words around it; "" for a bare stamp (no
    name); None for any other line, and for an article's own stamp ("Updated ...")."""
    if len(form) > HEADER_MAX_CHARACTERS or ARTICLE_STAMP.search(form):
        return None
    stamps = list(_STAMP.finditer(form))
    if not stamps or not any(_DATE_PART.search(s.group()) for s in stamps):
        return None  # a time of day alone stamps a live blog's entries as often
    if form.rstrip()[-1:] in "!?":
        return None
    # The name stands before the stamp ("Lora Lee On Thursday, November 1 at 2:57 pm"): a
    # title after a date ("June 16, 2015 Trump joins the race.") is a timeline's entry.
    after = _words(form[stamps[-1].end() :])
    if len(after) > AFTER_STAMP_MAX_WORDS or (after and form.rstrip().endswith(".")):
        return None
    words = _words(form[: stamps[0].start()]) + after
    return "" if not words else _name(words)


def _words(text: str) -> list[str]:
    """The words of a stamp's text that may name someone (not stamp words, ids, figures)."""
    rest = _MARKS.sub(" ", text)
    return [w for w in rest.split() if w.lower() not in _STAMP_WORDS and not w.isdigit()]


def _lone_name(form: str) -> str | None:
    """A line that is only a name (above a bare stamp): no sentence end, few words."""
    if len(form) > NAME_MAX_CHARACTERS or form.rstrip()[-1:] in '!?:;"':
        return None
    return _name(form.replace(",", " ").split())


def headers(forms: Sequence[str]) -> list[Header]:
    """The comment headers among the lines, in order (see the module docstring)."""
    rows = [i for i, form in enumerate(forms) if form]
    found: list[Header] = []
    for n, i in enumerate(rows):
        form = forms[i]
        name = signer(form) or member_name(form) or said_name(form)
        if name:
            found.append(Header(i, i, name))
            continue
        stamped = stamped_name(form)
        if stamped:
            found.append(Header(i, i, stamped))
        elif stamped == "" and n > 0 and _TIME.search(form):
            above = _lone_name(forms[rows[n - 1]])
            if above and (not found or found[-1].last < rows[n - 1]):
                found.append(Header(rows[n - 1], i, above))
    return found


_DETERMINERS = frozenset("the a an this that our his her their its my your one".split())


def _prose(shape: LineShape | None) -> bool:
    """Running English (as `signed_comments` reads it): the story's first paragraph."""
    return (
        shape is not None
        and shape.words >= SENTENCE_MIN_WORDS
        and shape.function_share >= STORY_MIN_FUNCTION_SHARE
    )


def headed_comments(
    forms: Sequence[str], shapes: Sequence[LineShape | None], states: Sequence[str]
) -> dict[int, int]:
    """Indexes of the lines of headed comment sections (headers and comments), each with the
    index of its comment's header.

    Args:
        forms: the article's lines ("" for a blank line).
        shapes: each line's shape (None for a blank line).
        states: each line's state: "blank", "open" (nothing decided), "bad" (boilerplate)
            or "kept" (the headline, a dateline).
    """
    rows = [i for i, form in enumerate(forms) if form]
    at = {i: n for n, i in enumerate(rows)}
    first_prose = next((i for i in rows if states[i] == "open" and _prose(shapes[i])), None)
    if first_prose is None:
        return {}
    # A header above the story's first paragraph is its byline; one followed by a
    # quotation introduces the story's quote.
    found_headers = [
        h
        for h in headers(forms)
        if h.first > first_prose
        and states[h.first] != "kept"
        and not _quoted(forms, rows, at, h.last)
    ]
    found: dict[int, int] = {}
    chain: list[Header] = []
    for header in [*found_headers, None]:
        if header is not None and chain:
            gap = rows[at[chain[-1].last] + 1 : at[header.first]]
            most = FIRST_COMMENT_MAX_LINES if len(chain) == 1 else COMMENT_MAX_LINES
            if len(gap) <= most:
                chain.append(header)
                continue
        if len({h.name for h in chain}) >= MIN_SIGNERS and not _announced(
            forms, rows, at, states, chain[0]
        ):
            _take(chain, rows, at, states, found)
        chain = [header] if header is not None else []
    return found


def _announced(forms: Sequence[str], rows, at, states, first: Header) -> bool:
    """A section whose first header stands right under a line of the story ending with a
    colon is the list that line announces ("The justices and the dates they were
    confirmed:", "Events this week:"), not readers' comments."""
    n = at[first.first]
    above = rows[n - 1] if n > 0 else None
    return above is not None and states[above] == "open" and forms[above].rstrip().endswith(":")


def _quoted(forms: Sequence[str], rows: list[int], at: dict[int, int], last: int) -> bool:
    """A "NAME said:" header followed by a quotation: the story quoting its speaker."""
    n = at[last] + 1
    quote = n < len(rows) and forms[rows[n]].lstrip()[:1] in _QUOTES
    return quote and said_name(forms[last]) is not None


def _take(chain: list[Header], rows, at, states, found: dict[int, int]) -> None:
    """Record a section's lines: every header and the lines under it up to the next, and
    under the last the lines up to the first removed line or the article's end if they
    are at most COMMENT_MAX_LINES (a story going on below is not a comment)."""
    for header, after in zip(chain, chain[1:], strict=False):
        for i in range(header.first, after.first):
            found[i] = header.first
    last = chain[-1]
    for i in range(last.first, last.last + 1):
        found[i] = last.first
    tail: list[int] = []
    for i in rows[at[last.last] + 1 :]:
        if states[i] != "open":
            break
        tail.append(i)
    if len(tail) <= COMMENT_MAX_LINES:
        for i in tail:
            found[i] = last.first
