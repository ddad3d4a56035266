"""Boxes of related stories whose heading and titles recur in the outlet's other articles.

An outlet's box of headlines ("B.C. Headlines", "Most Blogged about") prints a title and a
one-sentence teaser per story, on every page for days. A title or a heading it prints on
two pages is a template line (helpers.cleaning.templates), but the newest titles and most
teasers are printed once, and read as a subheading and a paragraph, so they stayed. What
tells the box from the story is known only across articles: a template line heads it, the
same rhythm as helpers.cleaning.teaser_lists (titles, each with at most one teaser, no
story resuming after the last), and at least one of its titles recurs in another article
of the outlet as its heading does. A story's subheading printed in every article
("Background") is followed by paragraphs, not by titles that recur.
"""

from __future__ import annotations

from collections.abc import Sequence

from helpers.base.text import match_form, word_count
from helpers.cleaning.line_shape import LineShape, line_shape
from helpers.cleaning.teaser_lists import (
    TEASER_MAX_TITLES,
    TEASER_MIN_PAIRS,
    teaser_shape,
    title_shape,
)

# A box: besides teaser_lists' titles with a teaser under them, at least this many titles
# that recur in the outlet's other articles (template lines), besides its heading.
BOX_MIN_TEMPLATE_TITLES = 1


def template_boxes(
    lines: Sequence[str], labels: Sequence[str], rules: Sequence[str]
) -> dict[int, int]:
    """Indices of the content lines in boxes of related stories headed by a template line,
    each with the index of its heading. A box stands below a story paragraph."""
    if "template" not in rules:
        return {}
    rows = [i for i, line in enumerate(lines) if line.strip()]
    shapes = _Shapes(lines)
    found: dict[int, int] = {}
    story_above = False
    for p, i in enumerate(rows):
        if rules[i] == "template" and story_above and i not in found:
            found.update(dict.fromkeys(_box(rows, p, labels, rules, shapes), i))
        story_above = story_above or (labels[i] == "content" and shapes[i].story)
    return found


class _Shapes(dict):
    """Each line's shape, read the first time it is asked for (most lines never are)."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__()
        self.lines = lines

    def __missing__(self, i: int) -> LineShape:
        form = match_form(self.lines[i])
        self[i] = shape = line_shape(form, word_count(form))
        return shape


def _box(
    rows: list[int], head: int, labels: Sequence[str], rules: Sequence[str], shapes: dict
) -> list[int]:
    """The content lines of the box under the line at rows[head], or []."""
    items: list[int] = []
    pairs = titles = template_titles = 0

    def usable(q: int) -> bool:
        return q < len(rows) and (labels[rows[q]] == "content" or rules[rows[q]] == "template")

    q = head + 1
    while usable(q) and titles < TEASER_MAX_TITLES and title_shape(shapes[rows[q]]):
        items.append(rows[q])
        titles += 1
        template_titles += rules[rows[q]] == "template"
        q += 1
        if usable(q) and teaser_shape(shapes[rows[q]]):
            items.append(rows[q])
            pairs += 1
            q += 1
    resumes = q < len(rows) and labels[rows[q]] == "content" and shapes[rows[q]].story
    if pairs < TEASER_MIN_PAIRS or template_titles < BOX_MIN_TEMPLATE_TITLES or resumes:
        return []
    return [i for i in items if labels[i] == "content"]
