"""Lines a few articles of an outlet share inside a list of the story's.

Two recipes of one blog share "1 tablespoon extra virgin olive oil" and "Salt and pepper
to taste" among their own ingredients; two reports of one outlet share some of the states
they list. Such lines recur, so `templates` would take them for the outlet's furniture,
and they may be longer than the short lines it lets stand among a story's lines. What
tells them from furniture is the list they stand in: walking over the shared lines, the
first line met on each side is a list item of this story's own (short, no sentence, in
no other article), or the line above introduces the list with a colon, or the story goes
on below the list's last items, an item of its own above them; and the list's own heading ("Ingredients:"), shared too, stands above an item of this story's own. A
promotion or a section label printed between two paragraphs has paragraphs round it, and
a table's header cells a paragraph above them.
"""

from __future__ import annotations

from collections.abc import Sequence

from helpers.base.text import match_form, word_count
from helpers.cleaning.line_shape import line_shape

# A list's item: at most this many words, and no sentence.
LIST_ITEM_MAX_WORDS = 8
# Lines in more articles than this are the outlet's, whatever stands round them.
LIST_MAX_ARTICLES = 3


def shared_list_items(
    lines: Sequence[str],
    labels: Sequence[str],
    rules: Sequence[str],
    rows: Sequence[tuple[int, int]],
) -> set[int]:
    """Indexes, among `rows` (line index, articles it occurs in: the article's template
    candidates), of the lines that are items or the heading of a list of the story's (see
    the module docstring). `labels` and `rules` are the article's labels so far."""
    shared = {i for i, _ in rows}
    candidates = {
        i for i, seen in rows if seen <= LIST_MAX_ARTICLES and (_item(lines[i]) or _intro(lines[i]))
    }
    order = [i for i, line in enumerate(lines) if line.strip()]
    at = {i: n for n, i in enumerate(order)}

    def bound(n: int, step: int) -> int | None:
        """The first line from `order[n]` on, past candidates and separators, if it is a
        kept line of this article's own."""
        while 0 <= n < len(order) and (order[n] in candidates or rules[order[n]] == "separator"):
            n += step
        if 0 <= n < len(order) and labels[order[n]] == "content" and order[n] not in shared:
            return order[n]
        return None

    def introduced(item: int) -> bool:
        """Whether the list holding line `item` is introduced by a line ending with a colon
        (the first line above its items): a box of links between paragraphs is not."""
        n = at[item]
        while n > 0 and _item(lines[order[n]]):
            n -= 1
        return _intro(lines[order[n]])

    found = set()
    for i in candidates:
        above, below = bound(at[i] - 1, -1), bound(at[i] + 1, 1)
        if above is None or below is None:
            continue
        listed = _intro(lines[above]) or _item(lines[above]) and introduced(above)
        last = _item(lines[above]) and _reads_on(lines[below])
        if listed and (_item(lines[below]) or last):
            found.add(i)  # among the list's items, or its last, the story going on under them
        elif _item(lines[below]) and _intro(lines[i]) and at[below] == at[i] + 1:
            found.add(i)  # the list's heading, right above an item of the story's own
    return found


def _item(line: str) -> bool:
    """A list's item: `LIST_ITEM_MAX_WORDS` words or fewer, no sentence, no colon at its end."""
    form = match_form(line)
    words = word_count(form)
    closed = form.rstrip().endswith(":")
    return 0 < words <= LIST_ITEM_MAX_WORDS and not (_reads_on(line) or closed)


def _reads_on(line: str) -> bool:
    """A sentence or a story paragraph."""
    form = match_form(line)
    shape = line_shape(form, word_count(form))
    return shape.story or shape.sentence


def _intro(line: str) -> bool:
    """A line introducing a list: it ends with a colon."""
    return match_form(line).rstrip().endswith(":")
