"""A story's subheading made of words that also name page controls.

A short line every word of which is a navigation or page-control word is a menu or a
tool bar ("Home | World | Politics", "Story tools", "Rate this Article"): the kinds name
it by its words alone (helpers.cleaning.line_kinds). A story's subheading can be made of
such words too ("Top rate", "Back in 2005", "Local politics"), and it stands where a
menu does not: between two of the story's paragraphs. So a line named navigation by its
words alone, whose nearest non-blank lines above and below are story paragraphs that no
kind or rule names, is the story's. A share row ("53 Shares Facebook Twitter") does stand
between paragraphs, where a page floats its buttons, and is not taken back; nor is a
line a phrase names ("Back to top", "More"), which says what it is. Nor is a line that
reads as a menu or a pager, which a page also prints between two paragraphs: a menu
capitalises each of its items ("Previous Next", "Home News Local Politics") where a
subheading is written as a phrase, and a pager counts pages ("Page 2 of 3", "1 2 3 Next").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from helpers.cleaning.line_kinds import KindHit

_FIGURE = re.compile(r"\d")


def control_word_subheadings(
    forms: Sequence[str],
    kinds: Sequence[KindHit | None],
    paragraph: Callable[[int], bool],
    rows: Sequence[int],
) -> set[int]:
    """Indexes among `rows` (the non-blank lines, in order) of the lines named navigation by
    their words alone that read as a heading (`forms`: the lines' text) and stand between
    two lines `paragraph` accepts (see the module docstring): `paragraph(j)` says that line
    j is a story paragraph nothing has named."""
    found: set[int] = set()
    for n in range(1, len(rows) - 1):
        i, hit = rows[n], kinds[rows[n]]
        if hit is None or hit.kind != "navigation" or not hit.by_words:
            continue
        if not _reads_as_heading(forms[i]):
            continue
        if paragraph(rows[n - 1]) and paragraph(rows[n + 1]):
            found.add(i)
    return found


def _reads_as_heading(form: str) -> bool:
    """Written as a phrase, its words after the first in lower case, with one figure at most
    ("Top rate", "Back in 2005"): not a menu of capitalised items nor a pager."""
    words = form.split()
    figures = sum(bool(_FIGURE.search(word)) for word in words)
    return figures <= 1 and not any(word[:1].isupper() for word in words[1:])
