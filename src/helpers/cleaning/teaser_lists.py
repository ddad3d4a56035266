"""Related stories listed with a teaser under each title, below page furniture.

A box of related stories ("More headlines", "Top stories") often prints each story as its
title and a one-sentence teaser under it. The list rule of `story_context` stops at the
first teaser (a line ending with a full stop may be the story's own sentence, and a short
line above a paragraph its subheading), so only the first title went. What tells the box
from a story resuming under a related list is the rhythm: titles and single teasers
alternate, and no second paragraph follows a teaser. A story's sections under subheadings
hold paragraphs in a row; a box of teasers holds one each and ends at page furniture, a
short line or the article's end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from helpers.cleaning.line_shape import LineShape
    from helpers.cleaning.story_context import Placed

# A title: at most this many words, not ending with a full stop or a colon (as the list
# rule's items). A teaser: one line of at most TEASER_MAX_WORDS words that reads as a
# sentence or a paragraph. A box: at least TEASER_MIN_PAIRS titles with a teaser under
# them, and at most TEASER_MAX_TITLES titles.
TITLE_MAX_WORDS = 20
TEASER_MAX_WORDS = 60
TEASER_MIN_PAIRS = 2
TEASER_MAX_TITLES = 12
# Teasers a page cut off at a fixed length, listed one under another: at least this many in
# a row, each of at least this many words.
CUT_RUN_MIN_LINES = 3
CUT_MIN_WORDS = 8
# Kinds of line that stand inside a story (an advertisement's label, a photo's caption or
# credit, a video's label, an embedded post, a gallery's marker): what follows them is the
# story going on, whatever its rhythm ("Five things to know", a title and one paragraph each).
IN_STORY_KINDS = frozenset(
    ("advertisement", "image-caption", "credit", "video-label", "social-embed", "gallery")
)


def teaser_boxes(placed: Sequence[Placed], bad: Callable[[int], str]) -> dict[int, str]:
    """Positions of the titles and teasers of every box under a boilerplate line of a kind
    that is not `IN_STORY_KINDS` (`bad` gives the kind of the line at a position, "" if it
    is none), with that line's kind. A box stands below a story paragraph: a story told as short sections right under its
    byline (products, each with a title and one paragraph) is no box."""
    found: dict[int, str] = {}
    story_above = False  # a story paragraph above line n, outside any box
    for n in range(len(placed) - 1):
        kind = bad(n)
        if kind and kind not in IN_STORY_KINDS and story_above and n + 1 not in found:
            found.update(dict.fromkeys(teaser_list(placed, n), kind))
        story_above = story_above or (placed[n].story and n not in found)
    return found


def teaser_list(placed: Sequence[Placed], head: int) -> list[int]:
    """Positions of the titles and teasers listed under the line at `head`, or [] when
    the lines under it are not such a box (fewer than TEASER_MIN_PAIRS titles with a
    teaser, or a story paragraph right after the last teaser)."""
    items: list[int] = []
    pairs = titles = 0
    m = head + 1
    while m < len(placed) and titles < TEASER_MAX_TITLES and _title(placed[m]):
        items.append(m)
        titles += 1
        m += 1
        if m < len(placed) and _teaser(placed[m]):
            items.append(m)
            pairs += 1
            m += 1
    resumes = m < len(placed) and placed[m].state != "bad" and placed[m].story
    return items if pairs >= TEASER_MIN_PAIRS and not resumes else []


def _title(line: Placed) -> bool:
    return line.state == "open" and title_shape(line.shape)


def _teaser(line: Placed) -> bool:
    return line.state == "open" and teaser_shape(line.shape)


def title_shape(shape: LineShape) -> bool:
    """Shaped like a related story's title: short, ending with no full stop or colon."""
    return shape.words <= TITLE_MAX_WORDS and not (shape.ends_full_stop or shape.ends_colon)


def teaser_shape(shape: LineShape) -> bool:
    """Shaped like a title's teaser: a sentence or a paragraph of at most TEASER_MAX_WORDS
    words that is no title."""
    fits = shape.words <= TEASER_MAX_WORDS and (shape.sentence or shape.story)
    return fits and not title_shape(shape)


def cut_off_runs(placed: Sequence[Placed]) -> list[int]:
    """Positions of the open lines in runs of CUT_RUN_MIN_LINES or more lines in a row, each
    cut off after a word ("... as soon as the local administration feels it is..."): a
    box of teasers cut at a fixed length. A story's paragraph ends with its sentence; one
    trailing off ("If you ...") is not followed by two more."""
    found: list[int] = []
    run: list[int] = []
    for n, line in enumerate([*placed, None]):
        if line is not None and line.shape.cut_off and line.shape.words >= CUT_MIN_WORDS:
            run.append(n)
            continue
        if len(run) >= CUT_RUN_MIN_LINES:
            found.extend(m for m in run if placed[m].state == "open")
        run = []
    return found
