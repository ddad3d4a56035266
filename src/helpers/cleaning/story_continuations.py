"""Lines outside the story's paragraphs that still belong to the story.

`story_context` removes the short lines standing outside the story's run of paragraphs (a
section label, an author's name, a list of related headlines) unless they continue it: a
sentence, figures, a line introducing them. One more kind of short line stands there and
is the story's own: a heading of what follows the story, a short line whose next line
continues the story, as "Tour dates" above "June 9 - Tampa, FL" or "Man of the match"
above "Jane Doe (Wigan) 7". A heading is the story's only while nothing but lines that
continue the story stands between it and the story's last paragraph: below a removed line
(an author's name) a heading is a related story's ("More news" above a teaser).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from helpers.cleaning.story_context import Placed


def continues(line: Placed) -> bool:
    """A line that may continue the story outside its paragraphs: a sentence, prose that
    lost its full stop, figures, or a line introducing them ("Results by ward:")."""
    shape = line.shape
    return shape.sentence or shape.prose or shape.has_digits or shape.ends_colon


def heads_continuation(placed: Sequence[Placed], n: int) -> bool:
    """Line n, after the story, heads what follows it: the next line is still undecided and
    continues the story ("Tour dates" above a list of dates)."""
    following = placed[n + 1] if n + 1 < len(placed) else None
    return following is not None and following.state == "open" and continues(following)
