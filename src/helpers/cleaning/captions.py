"""Photo captions with no credit of their own, found by the credit line under them.

A scraped photo is often a caption and its credit printed as one block of two or three
lines, set apart from the story's paragraphs by blank lines: "Officials in Delhi handed
out masks to schoolchildren" directly above "Jane Doe/Getty Images". The credit line is
named by its kind (helpers.cleaning.line_kinds); the caption reads like a story sentence
and nothing in its own text tells it from one. Its place does: the lines standing above a
credit in a block that short are the photo's caption. A paragraph the credit line stands
under with no blank line between, in a longer block (pages that print no blank lines
between paragraphs), is left alone, and so is a line above a caption that carries its own
text ("Image: The president shakes hands with ..." above the credit, or a long caption
ending with it): it is not that photo's caption but, often, the story's standfirst.
"""

from __future__ import annotations

from collections.abc import Sequence

# Kinds of a credit line that closes a caption's block.
CREDIT_KINDS = frozenset({"image-caption", "credit"})
# A caption's block: at most this many lines between blank lines, the credit included.
CAPTION_BLOCK_MAX_LINES = 3
# A line that is only a credit ("Jane Doe/Getty Images", "Photo: John Locher, AP") has at
# most this many words; a longer one is a caption in its own right.
CREDIT_MAX_WORDS = 8


def captions_above_credits(
    forms: Sequence[str], kinds: Sequence[str], words: Sequence[int]
) -> dict[int, int]:
    """Indexes of lines standing above a credit line in one short block, each with the
    index of its credit line.

    Args:
        forms: the article's lines ("" for a blank line).
        kinds: each line's kind of boilerplate so far ("" for none).
        words: each line's word count.
    """
    found: dict[int, int] = {}
    for block in _blocks(forms):
        if len(block) > CAPTION_BLOCK_MAX_LINES:
            continue
        credits = [i for i in block if kinds[i] in CREDIT_KINDS and words[i] <= CREDIT_MAX_WORDS]
        if not credits:
            continue
        # The caption is the lines with no kind directly above the credit: above a line
        # that is already a caption stands something else.
        above = [i for i in block if i < credits[0]]
        while above and not kinds[above[-1]]:
            found[above.pop()] = credits[0]
    return found


def _blocks(forms: Sequence[str]) -> list[list[int]]:
    """Runs of non-blank lines between blank lines, as lists of indexes."""
    blocks: list[list[int]] = [[]]
    for i, form in enumerate(forms):
        if form:
            blocks[-1].append(i)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]
