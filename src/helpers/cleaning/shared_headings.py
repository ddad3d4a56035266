"""Subheadings a few articles of a small outlet share.

Two articles of one outlet on the same story may head a section with the same words
("Harbour bridge"); in an outlet of a few articles, two that share a line share it by no
chance, and most such lines are the outlet's furniture printed inside its stories ("Get
the app", "The Morning Brief", "Local politics"). A subheading is told from them by the
paragraph directly under it, which takes up its words ("Work on the harbour bridge has
stopped ..."), and in every article that prints it: a section label may happen to share
a word with the paragraph under one copy ("Local politics" over "... the local council
..."), not with the paragraphs under all of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from helpers.base.text import match_form, match_key, word_count
from helpers.cleaning.line_shape import line_shape
from helpers.cleaning.list_items import about_words

# A subheading is this short.
HEADING_MAX_WORDS = 4


def shared_headings(articles: Iterable[tuple[str, Sequence[str]]]) -> set[tuple[str, str]]:
    """(outlet, `match_key`) of the short lines that head the paragraph directly under
    them in every copy, across `articles` given as (outlet, lines)."""
    copies: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for outlet, lines in articles:
        rows = [i for i, line in enumerate(lines) if line.strip()]
        for n, i in enumerate(rows):
            below = rows[n + 1] if n + 1 < len(rows) else None
            if 0 < word_count(match_form(lines[i])) <= HEADING_MAX_WORDS:
                heads = below is not None and heads_section(lines[i], lines[below])
                copies[outlet, match_key(lines[i])].append(heads)
    return {key for key, found in copies.items() if all(found)}


def heads_section(line: str, below: str) -> bool:
    """Whether `line` heads `below`: a sentence or a paragraph that takes up one of its
    content words (`list_items.about_words`)."""
    form = match_form(below)
    shape = line_shape(form, word_count(form))
    return (shape.story or shape.sentence) and bool(about_words(line) & about_words(below))
