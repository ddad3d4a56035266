"""Lines no kind names, classed by where they stand: inside the story or around it.

jusText's context-sensitive idea, on text lines: a line that reads as a story paragraph
(helpers.cleaning.line_shape) is good; a line already named boilerplate is bad; a short or unsure
line takes its class from its neighbours. A scraped article is the story's paragraphs with
page furniture before and after them, and some inside (captions, related links, prompts),
so:
- the story runs from its first good line to its last; a short line outside that run (a
  section label, an author's name, a menu, a list of related headlines) is boilerplate,
  unless it continues the story (helpers.cleaning.story_continuations: a heading of a list
  of dates right after the story, contact details under "For more information:");
- a one-sentence line just outside the run is a lead or a closing line of the story if no
  boilerplate stands between it and the run, else boilerplate;
- inside the run, a short line is content (a subheading, an item of a list in the story)
  unless boilerplate stands on both sides of it, or it is one of the short lines listed
  under a line that heads a list ("Related stories", "Share this"), down to a line
  ending with a colon (the story's "Here are the highlights:"). Short lines under a box
  (a gallery, an advertisement) that a story line ending with a colon stands above are
  the list it announces ("The newly selected five are:"), unless they are a form's fields. A separator ("* * *")
  counts as no boilerplate here, inside the story or outside it: it parts a story's
  sections as often as it parts the story from the page's furniture. A short line set
  apart from the list by a blank line, above a paragraph, is a subheading; one touching
  the list's last item is the list's;
- a row of short links parted by bars ("Print | Email", "Posted in News | Permalink") goes
  wherever it stands; below it or any boilerplate line, titles each with a one-sentence
  teaser are a box of related stories (helpers.cleaning.teaser_lists), and so are three
  lines or more in a row each cut off after a word ("... feels it is...").
Every decision is linear in the article's lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from helpers.cleaning.line_shape import LineShape
from helpers.cleaning.story_continuations import (
    colon_blocks,
    continues,
    heads_continuation,
    timed_blocks,
)
from helpers.cleaning.teaser_lists import cut_off_runs, teaser_boxes

# A list under a heading line ("Related stories") is at most this many lines of at most
# this many words, none ending like a sentence.
LIST_MAX_LINES = 12
LIST_ITEM_MAX_WORDS = 20

# Lines of a paragraph the page itself wrapped are about 60 to 80 characters long.
WRAPPED_MIN_CHARS = 50
WRAPPED_MIN_LINES = 3
_RUNS_ON = re.compile(r"[a-z0-9,;]$")
# A line that starts with a lower-case word and another, or with a lower-case word that
# ends the sentence the line above began ("potential. Visit our web site at ..."), goes on
# from the line above; a lower-case word before a capitalised one ("by Taco Cowboy") does not.
_LOWER_START = re.compile(r"[a-z]{2,}(?:[,;]? [a-z]|[.!?] [A-Z])")
# Paragraphs after the story, cut off from it by this many boilerplate lines, that are few
# and short beside it, are not the story's (see `story_span`).
CUT_BAD_LINES = 4
CUT_MAX_PARAGRAPHS = 3
CUT_SHARE = 0.5
STORY_END_KINDS = frozenset(
    {"share-buttons", "comment-prompt", "copyright", "navigation", "byline", "dateline-stamp"}
)
STORY_START_KINDS = frozenset({"byline", "dateline-stamp"})
# A comment section: a comment prompt with two more lines of these kinds among the next few.
THREAD_WINDOW = 12
THREAD_KINDS = frozenset({"comment-prompt", "dateline-stamp", "byline"})


@dataclass(frozen=True)
class Placed:
    """One non-blank line as the context sees it: its shape, and what is known of it.

    `line` is its number in the article; `state` is `bad` (already named boilerplate), `kept` (the headline, a dateline, a
    split line: story, never removed here) or `open` (nothing decided yet). `heads_list`:
    a bad line that heads a list of short lines.
    """

    line: int
    shape: LineShape
    state: str
    heads_list: bool = False
    kind: str = ""
    headline: bool = False
    wrapped: bool = False

    @property
    def story(self) -> bool:
        """Reads as story prose: a paragraph, or a line of a paragraph wrapped over lines."""
        return self.state != "bad" and (self.shape.story or self.wrapped)


def story_span(placed: Sequence[Placed], drops: dict | None = None) -> tuple[int, int] | None:
    """First and last positions of the story's paragraphs, or None if no line reads as one.

    The story runs from the first line that reads as a paragraph to the last, except that
    paragraphs which CUT_BAD_LINES or more boilerplate lines (named, or in `drops`) cut off
    from it, and which are few (CUT_MAX_PARAGRAPHS at most, under CUT_SHARE of the story's
    words), are page furniture that reads like prose: after the story, a related story's
    teaser, a comment, an author's biography; before it, the same, but only when the
    story's headline, a byline or a date stamp stands in the cut (the story starts below
    them: a lead paragraph above an advertisement box is the story's)."""
    good = [n for n, line in enumerate(placed) if line.story]
    if not good:
        return None
    drops = drops or {}
    groups, words, opens = [[good[0]]], [placed[good[0]].shape.words], [False]
    for a, b in zip(good, good[1:], strict=False):
        gap = [m for m in range(a + 1, b) if _boilerplate(placed, drops, m)]
        if len(gap) >= CUT_BAD_LINES and any(placed[m].kind in STORY_END_KINDS for m in gap):
            groups.append([])
            words.append(0)
            opens.append(any(_starts_story(placed[m]) for m in range(a + 1, b + 1)))
        groups[-1].append(b)
        words[-1] += placed[b].shape.words
    main = max(range(len(groups)), key=words.__getitem__)

    def furniture(g: int) -> bool:
        return len(groups[g]) <= CUT_MAX_PARAGRAPHS and words[g] < CUT_SHARE * words[main]

    first, last = main, main
    while first > 0 and not (opens[first] and furniture(first - 1)):
        first -= 1
    while last + 1 < len(groups) and not furniture(last + 1):
        last += 1
    return groups[first][0], groups[last][-1]


def _starts_story(line: Placed) -> bool:
    """The story's headline, a byline or a date stamp: the story starts below them."""
    return line.headline or (line.state == "bad" and line.kind in STORY_START_KINDS)


def _boilerplate(placed: Sequence[Placed], drops: dict, n: int) -> bool:
    return n in drops or (placed[n].state == "bad" and placed[n].kind != "separator")


def decide(placed: Sequence[Placed]) -> dict[int, tuple[str, str]]:
    """Positions of the open lines the context makes boilerplate, with (kind, reason)."""
    thread = comment_thread(placed)
    drops = _lists(placed)
    span = story_span(placed[:thread], drops)
    if span is None:
        return {}
    for n in range(thread, len(placed)):
        if placed[n].state == "open":
            where = f"below the comment section's heading on line {placed[thread].line}"
            drops[n] = ("comment-prompt", f"comment-prompt: {where}")
    first, last = span
    _outside(placed, drops, range(first - 1, -1, -1), "before the story's first paragraph")
    _outside(placed, drops, range(last + 1, thread), "after the story's last paragraph")
    after = range(last + 1, thread)
    continued = colon_blocks(placed, drops, after) | timed_blocks(placed, drops, after)
    for n in continued:
        del drops[n]
    _inside(placed, drops, first, last)
    for n, line in enumerate(placed):
        if line.state == "open" and line.shape.link_row and n not in drops:
            drops[n] = ("navigation", "navigation: a row of short links parted by bars")
    for n, kind in teaser_boxes(placed, lambda m: _bad(placed, drops, m)).items():
        if n not in drops and n not in continued:
            drops[n] = (kind, f"{kind}: a related title or its teaser under a {kind} line")
    for n in cut_off_runs(placed):
        drops.setdefault(n, ("related-link", "related-link: teasers in a row, each cut off"))
    return drops


def comment_thread(placed: Sequence[Placed]) -> int:
    """Where a comment section starts: a comment prompt followed closely by two more lines of
    comments' furniture (prompts, date stamps, bylines), or directly by one (a commenter's
    stamp above a comment longer than the window) with more furniture somewhere below it;
    len(placed) if there is none. Only a prompt below a story paragraph counts: comments
    follow the story they are about (a "Read comments (3)" link above the story is a link,
    not the thread)."""
    story = [n for n, line in enumerate(placed) if line.story]
    furniture = [n for n, line in enumerate(placed) if _furniture(line)]
    for n, line in enumerate(placed):
        if story and n > story[0] and line.state == "bad" and line.kind == "comment-prompt":
            near = placed[n + 1 : n + 1 + THREAD_WINDOW]
            if sum(_furniture(m) for m in near) >= 2:
                return n
            if near and _furniture(near[0]) and furniture[-1] > n + 1:
                return n
    return len(placed)


def _furniture(line: Placed) -> bool:
    return line.state == "bad" and line.kind in THREAD_KINDS


def _inside(placed: Sequence[Placed], drops: dict, first: int, last: int) -> None:
    """Runs of short lines inside the story: boilerplate when they touch boilerplate on both
    sides, or on one side if two lines or more long (a box of links, not a subheading)."""
    n = first + 1
    while n < last:
        if not _short_open(placed[n], n, drops):
            n += 1
            continue
        end = n
        while end + 1 < last and _short_open(placed[end + 1], end + 1, drops):
            end += 1
        above, below = _bad(placed, drops, n - 1), _bad(placed, drops, end + 1)
        figures = any(placed[m].shape.has_digits for m in range(n, end + 1))
        labels = any(placed[m].shape.ends_colon for m in range(n, end + 1))  # a form's fields
        if above and not below and not labels and _announced(placed, drops, n):
            n = end + 1  # the story's list, with a box the page put under its colon line
            continue
        if (above and below) or ((above or below) and end > n and not figures):
            kind = (
                (above or below)
                if above == below or not (above and below)
                else "between-boilerplate"
            )
            for m in range(n, end + 1):
                drops[m] = (kind, f"{kind}: short line next to {above or below} lines")
        n = end + 1


def _announced(placed: Sequence[Placed], drops: dict, n: int) -> bool:
    """The story line nearest above the boilerplate lines over n ends with a colon ("The newly
    selected five are:" above a photo gallery, then the five): the short lines at n are the
    list it announces, the box between them the page's."""
    m = n - 1
    while m >= 0 and _bad(placed, drops, m):
        m -= 1
    return m >= 0 and placed[m].state != "bad" and placed[m].shape.ends_colon


def _short_open(line: Placed, n: int, drops: dict) -> bool:
    return line.state == "open" and n not in drops and not line.story and not line.shape.sentence


def _bad(placed: Sequence[Placed], drops: dict, n: int) -> str:
    """The kind of the boilerplate line at n, or "" if it is not one. A separator is not:
    it parts sections of a story as often as it parts the story from page furniture."""
    if n in drops:
        return drops[n][0]
    return placed[n].kind if placed[n].state == "bad" and placed[n].kind != "separator" else ""


def _outside(placed: Sequence[Placed], drops: dict, order: range, where: str) -> None:
    """Open lines outside the story, walking away from it: kept while they join it. After
    the story, a short line heading what follows it ("Tour dates") joins too, if nothing
    stands between it and the story's last paragraph but lines that join it. A separator
    does not cut them off (see `_bad`)."""
    joined, heading = True, order.step > 0
    for n in order:
        line = placed[n]
        if _bad(placed, drops, n):
            joined = joined and _marks_ad(placed, drops, n, n + order.step)
        elif line.state == "bad":
            continue
        elif line.state == "kept":
            joined = joined and not line.headline
        elif line.story and joined:
            continue
        elif line.story:
            reason = f"outside-story: a paragraph {where}, cut off from it by boilerplate"
            drops[n] = ("outside-story", reason)
        elif not (joined and (continues(line) or (heading and heads_continuation(placed, n)))):
            shape = "one-sentence line" if line.shape.sentence else "short line"
            drops[n] = ("outside-story", f"outside-story: {shape} {where}, no kind found")
            heading = False


def _marks_ad(placed: Sequence[Placed], drops: dict, n: int, following: int) -> bool:
    """Line n marks where an advertisement stood, and the line after it, walking away from
    the story, continues the story (a team sheet, a standfirst above a "Continue reading"
    marker): the marker does not cut it off, as a box of sponsored links would. A line
    ending with a colon there is left to `colon_blocks`, which keeps it with its block. It
    must read as prose or end with a full stop: a sponsored title has figures too ("7
    Retirement Mistakes That Cost Retirees $100,000"), but is neither."""
    nearby = 0 <= following < len(placed) and placed[following].state == "open"
    ad = _bad(placed, drops, n) == "advertisement"
    line = placed[following] if nearby else None
    goes_on = (
        line is not None
        and continues(line)
        and not line.shape.ends_colon
        and (line.shape.prose or line.shape.ends_full_stop)
    )
    return ad and goes_on and following not in drops


def _lists(placed: Sequence[Placed]) -> dict[int, tuple[str, str]]:
    """Short lines just below a line that heads a list, as that line's kind, down to a line
    ending with a full stop or a colon (a title may end with "?", "!" or "...")."""
    drops: dict[int, tuple[str, str]] = {}
    for n, head in enumerate(placed):
        if not head.heads_list:
            continue
        for m in range(n + 1, min(n + 1 + LIST_MAX_LINES, len(placed))):
            item = placed[m]
            if item.state != "open" or item.shape.ends_full_stop or item.shape.ends_colon:
                break  # a sentence, or a line introducing the story's own list or quote
            if item.shape.words > LIST_ITEM_MAX_WORDS:
                break
            apart = placed[m].line > placed[m - 1].line + 1
            if m + 1 < len(placed) and placed[m + 1].story and m > n + 1 and apart:
                break  # a subheading: it introduces the paragraph below it
            drops[m] = (head.kind, f"{head.kind}: listed under the heading on line {head.line}")
    return drops


def wrapped_lines(forms: Sequence[str], shapes: Sequence[LineShape | None]) -> set[int]:
    """Indexes of raw lines (blank ones included, "" in `forms`) that belong to paragraphs
    the page wrapped over several lines, as <pre> text is scraped: chains of
    WRAPPED_MIN_LINES or more lines, each running on into the next, at least one of them
    into a line that starts with a lower-case word."""
    wrapped, chain, lower = set(), [], False
    for i in range(len(forms)):
        chain.append(i)
        link = _runs_on(forms, shapes, i)
        if link:
            lower = lower or link == "lower"
            continue
        if len(chain) >= WRAPPED_MIN_LINES and lower:
            wrapped.update(chain)
        chain, lower = [], False
    return wrapped


def _runs_on(forms: Sequence[str], shapes: Sequence[LineShape | None], i: int) -> str:
    """How line i's sentence runs on into the next line: "lower" (the next starts with a
    lower-case word), "long" (both are long lines of prose), or "" (it does not)."""
    if not forms[i] or i + 1 >= len(forms) or not forms[i + 1]:
        return ""
    shape, following = shapes[i], shapes[i + 1]
    if shape is None or following is None or shape.ends_sentence or not _RUNS_ON.search(forms[i]):
        return ""
    if _LOWER_START.match(forms[i + 1]) and shape.words >= 6:
        return "lower"
    long = all(len(forms[j]) >= WRAPPED_MIN_CHARS for j in (i, i + 1))
    prose = shape.function_share >= 0.2 and following.function_share >= 0.2
    return "long" if long and prose else ""
