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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.cleaning.line_shape import SENTENCE_MIN_WORDS, LineShape

# The marks a page prints before a list's items (as kinds_vocabulary reads them).
_BULLET = re.compile(r"^\s*([•·*>»]+)\s*")


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
