"""Lines outside the story's paragraphs that still belong to the story.

`story_context` removes the short lines standing outside the story's run of paragraphs (a
section label, an author's name, a list of related headlines) unless they continue it: a
sentence, figures, a line introducing them. One more kind of short line stands there and
is the story's own: a heading of what follows the story, a short line whose next line
continues the story, as "Tour dates" above "June 9 - Tampa, FL" or "Man of the match"
above "Jane Doe (Wigan) 7". A heading is the story's only while nothing but lines that
continue the story stands between it and the story's last paragraph: below a removed line
(an author's name) a heading is a related story's ("More news" above a teaser). And a
line ending with a colon keeps the block directly under it when that block holds figures
(contact details: a name, a title, a telephone number), even cut off from the story; so
does a block of a few touching lines with a range of times of day in it (a venue and its
opening hours).
A letter's salutation ("Dear all,", "Hi everyone,") directly above a kept line opens the
story: a blog post or an open letter written to its readers.
A line naming a list's kind ("Related post: ...") that holds its one item after a colon
heads no list below it: the short line under it may be the story's subheading.
Tried and dropped, on the development sites: keeping short lines whose words are mostly
the story's (teasers and captions name the story's people too), keeping runs of short
lines with figures after a stamp (rating widgets, category counts, related lists), and
keeping a clause between the headline and the story as a standfirst (the gold bodies
leave most standfirsts out).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from helpers.cleaning.line_shape import LineShape
    from helpers.cleaning.story_context import Placed

_WORD_OR_FIGURE = re.compile(r"\w")
# An address sends the reader elsewhere: a contact line or a promotion, not the story's end;
# so does a line ending with "here" (a link's words: "Find more ideas here.").
_ADDRESS = re.compile(r"@|www\.|https?:|\.com\b|\bhere\W*$", re.I)
# A closing line of prose has a lower-case word; a signature ("John Baker.", "- Jane Doe."),
# a credit ("Contributing: Jane Doe.", "(h/t Mediaite.)") or a team sheet has none.
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
# A letter's salutation: a greeting and up to four words naming whom, ending with a comma.
_SALUTATION = re.compile(r"^(?:dear|hi|hello)\b(?:\s+[\w.'’-]+){0,4}\s*,$", re.I)
# A block a line ending with a colon introduces: at most this many lines directly under it.
COLON_BLOCK_LINES = 6


def continues(line: Placed) -> bool:
    """A line that may continue the story outside its paragraphs: a sentence, prose that
    lost its full stop, figures, a line introducing them ("Results by ward:"), or a roster
    of names under its label ("Subs: Poom, Ellington, Mariappa, O'Toole.")."""
    shape = line.shape
    return shape.sentence or shape.prose or shape.has_digits or shape.ends_colon or shape.roster


def heads_continuation(placed: Sequence[Placed], n: int) -> bool:
    """Line n, after the story, heads what follows it: the next line is still undecided and
    continues the story ("Tour dates" above a list of dates)."""
    following = placed[n + 1] if n + 1 < len(placed) else None
    return following is not None and following.state == "open" and continues(following)


def colon_blocks(placed: Sequence[Placed], drops: dict, lines: range) -> set[int]:
    """Positions among `lines` of a block a line ending with a colon introduces, with the
    figures a reader is sent to ("For further information contact:" above a name and a
    telephone number), when the context would remove it."""
    found: set[int] = set()
    for n in lines:
        if n in found or not (_dropped_outside(placed, drops, n) and placed[n].shape.ends_colon):
            continue
        block = [n]
        while _under(placed, drops, block[-1], lines) and len(block) <= COLON_BLOCK_LINES:
            block.append(block[-1] + 1)
        if len(block) > 1 and any(placed[m].shape.has_digits for m in block):
            found.update(block)
    return found


def timed_blocks(placed: Sequence[Placed], drops: dict, lines: range) -> set[int]:
    """Positions among `lines` of a block of at most COLON_BLOCK_LINES touching lines (no
    blank line between them) with a range of times of day in one line ("9.30 a.m. / 7
    p.m."), when the context would remove it: a venue, its address and opening hours
    printed after the story. A single time is not enough: related titles and tickers carry
    the time they were posted ("Mayor defends tax rise 3:42 p.m.")."""
    found: set[int] = set()
    block: list[int] = []
    for n in [*lines, -1]:
        if n >= 0 and _dropped_outside(placed, drops, n):
            if block and placed[n].line != placed[block[-1]].line + 1:
                found.update(_timed(placed, block))
                block = []
            block.append(n)
            continue
        found.update(_timed(placed, block))
        block = []
    return found


def _timed(placed: Sequence[Placed], block: list[int]) -> list[int]:
    short = len(block) <= COLON_BLOCK_LINES
    return block if short and any(placed[m].shape.time_range for m in block) else []


def _under(placed: Sequence[Placed], drops: dict, n: int, lines: range) -> bool:
    """The line after n stands directly under it (no blank line between) and would go."""
    below = n + 1
    touching = below in lines and placed[below].line == placed[n].line + 1
    return touching and _dropped_outside(placed, drops, below)


def _dropped_outside(placed: Sequence[Placed], drops: dict, n: int) -> bool:
    return placed[n].state == "open" and drops.get(n, ("",))[0] == "outside-story"


def carries_item(form: str) -> bool:
    """A line naming a list's kind that holds its one item after a colon ("Related post:
    Pickled sprouts", "READ MORE: Council votes"): it heads no list of its own."""
    _, colon, item = form.partition(":")
    return bool(colon) and bool(_WORD_OR_FIGURE.search(item))


def closing_lines(
    forms: Sequence[str],
    shapes: Sequence[LineShape | None],
    kept: Sequence[bool],
    outside: Sequence[bool],
) -> list[int]:
    """Indexes of the lines removed as outside the story (`outside`) that close it: the
    next line after a kept story paragraph (blank lines aside), ending with a full stop or an
    exclamation mark, asking nothing, with a lower-case word and no address ("Good things
    come to those who wait!", "We rate the statement Mostly True."; not "Like this story?
    Share it!", "- Jane Doe.", "Contributing: Jane Doe.", a row of links "Home | We welcome
    your feedback." nor "Contact the columnist at ...@...com."). Such a line has no verb the shape knows, or it would be a sentence and
    stay; it is looked at after readers' comments are found, so a comment's last line under
    a comment read as the story's paragraph is left to them."""
    found, above = [], -1
    for i, form in enumerate(forms):
        if not form:
            continue
        shape, last = shapes[i], shapes[above] if above >= 0 else None
        paragraph = last is not None and kept[above] and last.story
        closes = shape is not None and shape.closing and bool(_LOWER_WORD.search(form))
        closes = closes and not shape.link_row and not _ADDRESS.search(form)
        if outside[i] and paragraph and closes:
            found.append(i)
        above = i
    return found


def salutations(forms: Sequence[str], kept: Sequence[bool], outside: Sequence[bool]) -> list[int]:
    """Indexes of the lines removed as outside the story (`outside`) that greet its readers
    ("Dear all,", "Hi All,") and stand directly above a kept line (`kept`, blank lines
    aside): the opening of a letter or a blog post, not page furniture. A commenter's
    greeting stands above a comment, which is not kept."""
    rows = [i for i, form in enumerate(forms) if form]
    return [
        i
        for i, n in zip(rows, rows[1:], strict=False)
        if outside[i] and kept[n] and _SALUTATION.match(forms[i].strip())
    ]
