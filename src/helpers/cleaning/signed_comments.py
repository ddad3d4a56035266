"""Readers' comments signed with a name and a place, or with a name and the time of
posting, found by the signatures between them.

Many outlets print readers' comments under a story with no prompt above them, each one a
paragraph or a few, then its signature on a line of its own: "Jean Booth, Hague,
Netherlands", "- Louise, Lancaster, UK", "tom, Southampton,"; blogs sign them with the time
they were posted, the name before, after or around the date and time: "by Gianluca on
November 13, 2010 at 11:42 pm.", "margherita July 29, 2012 at 12:51 pm", "On October 3, 2012
at 7:39 am Koren said:" (a bare stamp, "Posted October 29, 2012 at 9:26 am", is an
article's as often as a comment's, and names nobody). Each comment reads like a
story paragraph, and a lone "Name, Town" line is also a dateline, a list item or a caption's
place, so neither is evidence on its own. Their rhythm is: prose, a signature, prose, a
signature. Two signatures or more, each under a few lines of prose and with nothing but
such prose between them, are a comment section; its lines go, and so do the lines of the
first comment (the block of lines touching it, above its signature, if a blank line or
boilerplate bounds it within the comment's size). A list of places ("SpaceX, Hawthorne,
California" under "Blue Origin, Kent, Washington") has no prose between its items. A section
signed with the time of posting needs three signers (a live blog's entries, stamped by its
one or two reporters, are no comments), and a stamp above the story's first paragraph is
its byline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.cleaning.line_kinds import MONTHS
from helpers.cleaning.line_shape import (
    FUNCTION_WORDS,
    SENTENCE_MIN_WORDS,
    STORY_MIN_FUNCTION_SHARE,
    VERBS,
    LineShape,
)

# Endings of a past tense or an -ing form, as `line_shape` reads verbs.
_VERB_ENDINGS = ("ed", "ing")

# A signature: two to SIGNATURE_MAX_PARTS parts parted by commas, the first (the name) of
# at most NAME_MAX_WORDS words, each of at most PART_MAX_WORDS words of letters, at most
# SIGNATURE_MAX_WORDS words in all, no figures and at most one function word ("The Wirral").
SIGNATURE_MAX_PARTS = 4
NAME_MAX_WORDS = 3
PART_MAX_WORDS = 4
SIGNATURE_MAX_WORDS = 8
SIGNATURE_MAX_CHARACTERS = 120
# A comment: at most this many lines between two signatures, each of them running English.
COMMENT_MAX_LINES = 8
# Between two signatures stamped with the time of posting, after the first two: a long
# comment (a letter to the blog's author) is still one comment.
STAMPED_COMMENT_MAX_LINES = 25
# A comment section: at least this many signatures in a row; signed with the time of
# posting, by at least this many people (a live blog's entries are stamped by its one or
# two reporters).
MIN_SIGNATURES = 2
MIN_STAMPED_SIGNERS = 3
_DASH = re.compile(r"^(?:-{1,2}|[\u2013\u2014])\s*")
_WORD = re.compile(r"^[^\W\d_][\w.'/&()-]*$")
# An abbreviation may end a signature ("U.S.A."), not a sentence's full stop.
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]\.)+$")
# A signature with the time of posting: a date and a time of day, in either order, with the
# commenter's name before, after or around them and the words blogs put with it: "by Erik
# on November 14, 2010 at 10:25 pm.", "margherita July 29, 2012 at 12:51 pm", "trish j -
# July 16th, 2012, 2:44 am", "On October 3, 2012 at 7:39 am Koren said:", "Response to
# bannedgunner, 1 November 2012 11:52PM".
MONTH = rf"(?:{MONTHS})\b\.?"
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{MONTH}\s+{DAY},?\s+\d{{4}}|{DAY}\s+{MONTH},?\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)?"
_POSTED = re.compile(
    rf"{_DATE}[\s,]*(?:at\s+|@\s*|[-|]\s*)?{_TIME}|{_TIME}[\s,]*(?:on\s+|[-|]\s*)?{_DATE}",
    re.IGNORECASE,
)
# Words a stamp puts around the name, and time zones; what is left is the name.
_STAMP_WORDS = frozenset(
    """by on at posted said says wrote response reply replied to in et est edt pt pst pdt
    ct cst cdt gmt utc bst cet""".split()
)
# An article's own stamps, above or under its story ("New Delhi, News Nation Bureau |
# Updated : 19 November 2019, 09:01 AM", "First Published: Tuesday, November 19, 2019").
ARTICLE_STAMP = re.compile(r"\b(?:updated|published|modified|edited)\b", re.IGNORECASE)
_STAMP_MARKS = re.compile(r"[|:,.\u2013\u2014@()-]+")
# A commenter's name, with a blog's name after "@" ("Jamie @ green beans & grapefruit").
STAMPED_NAME_MAX_WORDS = 5


def signature(form: str) -> bool:
    """Whether a line is only a name and a place ("Dave, Truro, Cornwall", "- Daniella C.,
    Stanmore", "john Graham, london , uK") or a name and the time of posting ("by Erik on
    November 14, 2010 at 10:25 pm."), as readers' comments are signed."""
    return _name_and_place(form) or _name_and_time(form)


def _template(form: str) -> str:
    """The stamp's template, the same for every comment a page prints: the name's words as
    "N", figures as "0", other letters in the date as "a", the stamp's words as they are
    ("Erin - June 25th, 2012, 12:21 am" and "holly b - July 2nd, 2012, 3:57 pm" share one;
    a post's "Posted by NAME at DATE | Email This" and its comments' stamps do not)."""
    stamp = _POSTED.search(form)
    if stamp is None:
        return ""

    def outside(text: str) -> str:
        tokens = re.findall(r"\w[\w'.@-]*|[^\w\s]", text)
        marks = [
            t.lower() if t.lower() in _STAMP_WORDS or not t[0].isalnum() else "N" for t in tokens
        ]
        return re.sub(r"(?:N )+", "N ", " ".join(marks) + " ")

    inside = re.sub(r"[^\W\d_]+", "a", re.sub(r"\d+", "0", stamp.group())).replace(" ", "")
    return f"{outside(form[: stamp.start()])}{inside} {outside(form[stamp.end() :])}".strip()


def _name_and_time(form: str) -> bool:
    """Whether a line is a name and the time of posting (`signer`)."""
    return signer(form) is not None


def signer(form: str) -> str | None:
    """The name (lower case) of a date and a time of posting with a name of at most
    STAMPED_NAME_MAX_WORDS words around them, else None. The name has at most one function
    word, and no lower-case verb ("The polls closed on May 3, 2016 at 8:00 pm." is a
    story's sentence); a capitalised one is a name ("Harriet May", "Drew"), and a handle may
    be lower case ("margherita")."""
    if len(form) > SIGNATURE_MAX_CHARACTERS or ":" not in form:
        return None  # most lines, decided before any pattern is tried
    stamp = _POSTED.search(form)
    if stamp is None or ARTICLE_STAMP.search(form):
        return None
    rest = _STAMP_MARKS.sub(" ", f"{form[: stamp.start()]} {form[stamp.end() :]}")
    words = [w for w in rest.split() if w.lower() not in _STAMP_WORDS]
    if not 1 <= len(words) <= STAMPED_NAME_MAX_WORDS:
        return None  # a bare stamp names nobody (an article's "Updated ..." line)
    if any(
        w.islower() and (w in VERBS or (len(w) > 4 and w.endswith(_VERB_ENDINGS))) for w in words
    ):
        return None
    if sum(w.lower() in FUNCTION_WORDS for w in words) > 1:
        return None
    return " ".join(words).lower()


def _name_and_place(form: str) -> bool:
    """A name and a place, parted by commas."""
    if "," not in form or len(form) > SIGNATURE_MAX_CHARACTERS:
        return False  # most lines, decided before any word is read
    text = _DASH.sub("", form.strip())
    if any(c.isdigit() for c in text) or text[-1:] in "!?:;" or not text:
        return False
    if text.endswith(".") and not _ABBREVIATION.search(text):
        return False
    words = text.replace(",", " ").split()
    function = sum(word.lower() in FUNCTION_WORDS for word in words)
    if any(word.lower() in VERBS for word in words):
        return False  # a clause ("Can't render, error"), not a name
    parts = [part.strip() for part in text.split(",")]
    parts = parts[:-1] if parts[-1] == "" else parts
    if not 2 <= len(parts) <= SIGNATURE_MAX_PARTS or len(words) > SIGNATURE_MAX_WORDS:
        return False
    sizes_fit = len(parts[0].split()) <= NAME_MAX_WORDS and function <= 1
    return sizes_fit and all(
        0 < len(part.split()) <= PART_MAX_WORDS and all(_WORD.match(w) for w in part.split())
        for part in parts
    )


def signed_comments(
    forms: Sequence[str], shapes: Sequence[LineShape | None], states: Sequence[str]
) -> dict[int, int]:
    """Indexes of the lines of signed comment sections (signatures and comments), each with
    the index of the signature that closes its comment.

    Args:
        forms: the article's lines ("" for a blank line).
        shapes: each line's shape (None for a blank line).
        states: each line's state: "open" (nothing decided), "bad" (boilerplate) or
            "kept" (settled as the story's: the headline, a dateline, which no comment
            section holds).
    """
    rows = [i for i, form in enumerate(forms) if form]
    # A signature with no prose of the story above it is the story's byline.
    prose = (n for n, i in enumerate(rows) if states[i] == "open" and _prose(shapes[i]))
    first_prose = next(prose, len(rows))
    signed = [
        n
        for n, i in enumerate(rows)
        if n > first_prose and states[i] != "kept" and signature(forms[i])
    ]
    found: dict[int, int] = {}
    chain: list[int] = []
    for n in signed:
        # Between two signatures stamped with the time of posting, a comment may be a
        # word or two ("Simple.", "Great post. Thanks."): the stamps are evidence enough.
        # Both stamps printed by one template: a comment section's, not a post's stamp and
        # its first comment's.
        stamped = (
            bool(chain)
            and _name_and_time(forms[rows[chain[-1]]])
            and _name_and_time(forms[rows[n]])
            and _template(forms[rows[chain[-1]]]) == _template(forms[rows[n]])
        )
        # A long comment only once two stamps have shown the section: a byline stamped
        # with the time of posting may head a short story, the first comment's stamp under it.
        most = STAMPED_COMMENT_MAX_LINES if stamped and len(chain) >= 2 else COMMENT_MAX_LINES
        if chain and _comment(rows[chain[-1] + 1 : n], shapes, states, stamped, most):
            chain.append(n)
            continue
        _close(chain, rows, forms, shapes, states, found)
        chain = [n]
    _close(chain, rows, forms, shapes, states, found)
    return found


def _comment(
    lines: Sequence[int],
    shapes: Sequence[LineShape | None],
    states,
    stamped: bool = False,
    most: int = COMMENT_MAX_LINES,
) -> bool:
    """Lines between two signatures that are one reader's comment: at most `most` lines,
    each of them running English (any line, between two `stamped` signatures) or already
    boilerplate (an address or a price between two places is a listing; the story's
    headline or dateline is in no comment)."""
    fits = 0 < len(lines) <= most
    return fits and all(
        states[i] == "bad" or (states[i] == "open" and (stamped or _prose(shapes[i])))
        for i in lines
    )


def _prose(shape: LineShape | None) -> bool:
    """Running English: a few words, the function words of prose."""
    return (
        shape is not None
        and shape.words >= SENTENCE_MIN_WORDS
        and shape.function_share >= STORY_MIN_FUNCTION_SHARE
    )


def _close(chain: list[int], rows, forms, shapes, states, found: dict[int, int]) -> None:
    """Record a chain of signatures (positions in `rows`) if it is long enough: the first
    comment above it, then every signature and the comment it closes. (Prose going on under
    the last signature makes them a story's subheadings, unless each is stamped with the
    time of posting: the next comment's signature may be one no pattern reads.)"""
    if len(chain) < MIN_SIGNATURES:
        return
    after = rows[chain[-1] + 1] if chain[-1] + 1 < len(rows) else None
    signers = [signer(forms[rows[n]]) for n in chain]
    stamped = all(signers)
    if stamped and len(set(signers)) < MIN_STAMPED_SIGNERS:
        return  # one or two people stamping lines: a live blog's reporters
    if not stamped and after is not None and states[after] == "open" and _prose(shapes[after]):
        return  # prose goes on under the last one: subheadings of a story, not signatures
    # A post's own stamp ("Posted By: NAME (Email) | DATE") above its comments' stamps
    # closes the story's last paragraph, not a comment: only a stamp printed like the next
    # one signs a comment above it.
    first, second = forms[rows[chain[0]]], forms[rows[chain[1]]]
    if not _name_and_time(first) or _template(first) == _template(second):
        for i in _first_comment(rows[chain[0]], forms, shapes, states):
            found[i] = rows[chain[0]]
    found[rows[chain[0]]] = rows[chain[0]]
    for a, b in zip(chain, chain[1:], strict=False):
        for i in rows[a + 1 : b + 1]:
            found[i] = rows[b]


def _first_comment(sign: int, forms, shapes, states) -> list[int]:
    """The lines above the first signature that are its comment: the block of lines touching
    the signature or set apart from it by blank lines, up to a blank line or one that is not
    open, if that comes within COMMENT_MAX_LINES; else none (a page with no blank lines
    between paragraphs, where the block is the story, or a short story that the block
    reaches the top of)."""
    i = sign - 1
    while i >= 0 and not forms[i]:
        i -= 1
    block: list[int] = []
    while i >= 0 and forms[i] and states[i] == "open" and len(block) <= COMMENT_MAX_LINES:
        block.append(i)
        i -= 1
    if i < 0 or len(block) > COMMENT_MAX_LINES or not _comment(block, shapes, states):
        return []  # (a block that runs up to the article's first line is its story)
    return sorted(block)
