"""Items of a bulleted list inside the story, which a kind's phrase may open.

A story's list of advice or of steps is often bulleted: "• Check your registration
online.", "• Register to vote by October 9 at your county election office.". The second
opens with a phrase that names a sign-up prompt in any outlet ("Register", "Subscribe",
"Donate"), and prompts are sentences too, so its words alone cannot tell it from one. Its
place can: a bulleted statement (four words or more ending with a full stop: an imperative
has no verb the shape knows) touching an item of the same list that no kind names is an
item of that list. Page furniture printed as a bulleted list is a list of links and labels
("• Subscribe", "• Today's Paper & More"), which end with no full stop; a lone bulleted
prompt ("• Discuss this story on our forum.") has no such neighbour.

A story's summary is bulleted too, above its first paragraph, often above its byline
("* Minister says deficit to fall below two percent", "· Police say the fire was started
on purpose"): the context removes it as short lines cut off from the story. Two bulleted
lines or more in a row there, each of four words or more written as a sentence is (fewer
than `TITLE_CASE_SHARE` of its words capitalised), are that summary; a box of related
titles printed above the story in Title Case is not, and a form's fields are a word or
two. A summary is about its story, a box of related titles about other stories: at least
half of a summary's lines share a content word (`about_words`) with the headline or the
story's paragraphs ("* PM faces elections in April" under "PM calls election"; a summary
may paraphrase what the story tells further down), which titles of other stories do by
chance at most once in a while.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.cleaning.line_shape import FUNCTION_WORDS, SENTENCE_MIN_WORDS, VERBS, LineShape

# A summary is two or more bulleted lines in a row.
SUMMARY_MIN_LINES = 2
# A line in Title Case: this share of its words or more capitalised.
TITLE_CASE_SHARE = 0.6

# A content word is this long or longer, and is compared by its first `STEM_LETTERS`
# letters ("elections" and "election", "migration" and "migrants" agree).
CONTENT_MIN_LETTERS = 4
STEM_LETTERS = 5

# The marks a page prints before a list's items (as kinds_vocabulary reads them).
_BULLET = re.compile(r"^\s*([•·*>»]+)\s*")
_COMMON = FUNCTION_WORDS | VERBS
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def bulleted_statements(
    lines: Sequence[str], shapes: Sequence[LineShape | None], named: Sequence[bool]
) -> set[int]:
    """Indexes of the lines that open with a list's bullet and end as a statement, with the
    nearest non-blank line above or below opening with the same bullet and named by no
    kind (`named[j]` false): items of a list in the story (see the module docstring).
    `lines` are the raw lines ("" or spaces for a blank line)."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    marks = {i: m.group(1) for i in rows if (m := _BULLET.match(lines[i]))}
    found: set[int] = set()
    for n, i in enumerate(rows):
        shape = shapes[i]
        statement = shape is not None and shape.ends_full_stop
        if i not in marks or not statement or shape.words < SENTENCE_MIN_WORDS:
            continue
        near = [rows[m] for m in (n - 1, n + 1) if 0 <= m < len(rows)]
        if any(marks.get(j) == marks[i] and not named[j] for j in near):
            found.add(i)
    return found


def summary_bullets(
    lines: Sequence[str],
    shapes: Sequence[LineShape | None],
    outside: Sequence[bool],
    headline: int | None = None,
) -> set[int]:
    """Indexes of the lines of a bulleted summary above the story (see the module
    docstring): runs of `SUMMARY_MIN_LINES` or more non-blank lines in a row, each opening
    with the same bullet, of `SENTENCE_MIN_WORDS` words or more and not in Title Case, all
    removed as outside the story (`outside`), with no line that reads as a story paragraph
    above them, and at least half of them sharing a content word with the headline (line
    `headline`, -1 or None for none) or any of the story's paragraphs: a summary may
    paraphrase what the story tells further down."""
    story = [i for i, shape in enumerate(shapes) if shape is not None and shape.story]
    about = set().union(*(about_words(lines[i]) for i in story))
    if headline is not None and 0 <= headline < len(lines):
        about |= about_words(lines[headline])
    rows = [i for i, line in enumerate(lines[: story[0] if story else 0]) if line.strip()]
    runs: list[list[int]] = []
    for i in rows:
        mark = _BULLET.match(lines[i])
        if mark is None:
            runs.append([])
        elif runs and runs[-1] and _BULLET.match(lines[runs[-1][0]]).group(1) == mark.group(1):
            runs[-1].append(i)
        else:
            runs.append([i])
    return {
        i
        for run in runs
        if len(run) >= SUMMARY_MIN_LINES
        and all(outside[j] and _summary_line(lines[j], shapes[j]) for j in run)
        and 2 * sum(bool(about_words(lines[j]) & about) for j in run) >= len(run)
        for i in run
    }


def about_words(text: str) -> set[str]:
    """The content words of a text, as compared: lower case, of `CONTENT_MIN_LETTERS`
    letters or more, no function word nor common verb ("says", "told"), cut to their first
    `STEM_LETTERS` letters."""
    words = (w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text))
    return {w[:STEM_LETTERS] for w in words if len(w) >= CONTENT_MIN_LETTERS and w not in _COMMON}


def _summary_line(line: str, shape: LineShape | None) -> bool:
    """A bulleted line written as a summary's sentence: four words or more, not in Title Case."""
    words = _BULLET.sub("", line).split()
    capitals = sum(word[:1].isupper() for word in words)
    long = shape is not None and shape.words >= SENTENCE_MIN_WORDS
    return long and capitals < TITLE_CASE_SHARE * len(words)
