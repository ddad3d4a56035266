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
ending with it): it is not that photo's caption but, often, the story's standfirst. A
caption goes with a story printed outside its block: where no story paragraph stands
outside it (an article that is its headline, its one paragraph and its photo's credit,
in one block or two, with perhaps a share row under it), nothing in the block is one.

A credit need not name an agency: a chart's or a photo's source ("Berkeley Earth", "NASA
Worldview") and a pull quote's speaker ("Foreign Office spokesman") stand under their
line the same way. Nothing in such a line's words says it is a credit, so its place must:
a block of exactly two lines set between two of the story's paragraphs, a line of prose
(a verb, or a sentence's end) above a short name-like line (at most four words, no verb,
no figures, no closing punctuation, capitalised). A story's own paragraph is never set
apart with a name under it between two paragraphs; a letter's signature or a reporter's
name closes the last paragraph instead, with no paragraph of the story after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from helpers.cleaning.line_shape import LineShape

# Kinds of a credit line that closes a caption's block.
CREDIT_KINDS = frozenset({"image-caption", "credit"})
# A caption's block: at most this many lines between blank lines, the credit included.
CAPTION_BLOCK_MAX_LINES = 3
# A line that is only a credit ("Jane Doe/Getty Images", "Photo: John Locher, AP") has at
# most this many words; a longer one is a caption in its own right.
CREDIT_MAX_WORDS = 8
# A source line with no credit word: at most this many words (see the module docstring).
SOURCE_MAX_WORDS = 4
# The line above it: a caption or a quotation of at least this many words.
SOURCED_MIN_WORDS = 4
_CLOSING_MARKS = ".,;:!?"


def captions_above_credits(
    forms: Sequence[str], kinds: Sequence[str], words: Sequence[int], story: Sequence[bool]
) -> dict[int, int]:
    """Indexes of lines standing above a credit line in one short block, each with the
    index of its credit line.

    Args:
        forms: the article's lines ("" for a blank line).
        kinds: each line's kind of boilerplate so far ("" for none).
        words: each line's word count.
        story: whether each line reads as a story paragraph (`LineShape.story`).
    """
    found: dict[int, int] = {}
    paragraphs = {i for i, is_story in enumerate(story) if is_story and not kinds[i]}
    for block in _blocks(forms):
        if len(block) > CAPTION_BLOCK_MAX_LINES:
            continue
        credits = [i for i in block if kinds[i] in CREDIT_KINDS and words[i] <= CREDIT_MAX_WORDS]
        # With no story paragraph outside the block (a headline apart, a share row under
        # it), the block's paragraph is the story itself, not a photo's caption.
        if not credits or not paragraphs - set(block):
            continue
        # The caption is the lines with no kind directly above the credit: above a line
        # that is already a caption stands something else.
        above = [i for i in block if i < credits[0]]
        while above and not kinds[above[-1]]:
            found[above.pop()] = credits[0]
    return found


def sourced_lines(
    forms: Sequence[str], shapes: Sequence[LineShape | None], open_lines: Sequence[bool]
) -> dict[int, tuple[str, str]]:
    """A line of prose with its source's name under it, the two alone in a block between
    two story paragraphs (see the module docstring): each line's index, with its kind
    (`image-caption` for the caption or pull quote, `credit` for the source) and a reason.

    Args:
        forms: the article's lines ("" for a blank line).
        shapes: each line's shape (None for a blank line).
        open_lines: whether each line is still undecided (no rule or kind named it).
    """
    blocks = _blocks(forms)
    found: dict[int, tuple[str, str]] = {}
    for n, block in enumerate(blocks[1:-1], 1):
        if len(block) != 2 or not all(open_lines[i] for i in block):
            continue
        above, source = block
        neighbours = (blocks[n - 1][-1], blocks[n + 1][0])
        paragraphs = all(open_lines[i] and _paragraph(shapes[i]) for i in neighbours)
        if paragraphs and _prose(shapes[above]) and _source(forms[source], shapes[source]):
            where = f"above its source on line {source + 1}"
            found[above] = ("image-caption", f"image-caption: a caption or a pull quote {where}")
            found[source] = (
                "credit",
                "credit: a source's name under a caption, between paragraphs",
            )
    return found


def _paragraph(shape: LineShape | None) -> bool:
    return shape is not None and shape.story


def _prose(shape: LineShape | None) -> bool:
    """A caption's or a quotation's line: a few words with a verb or a sentence's end."""
    return (
        shape is not None
        and shape.words >= SOURCED_MIN_WORDS
        and (shape.has_verb or shape.ends_sentence)
    )


def _source(form: str, shape: LineShape | None) -> bool:
    """A name and little else: short, capitalised, no verb, no figures, not punctuated
    at its end (a subheading's or a sentence's shape is not excluded by this alone, so
    the caller asks for its place too)."""
    if shape is None or not 1 <= shape.words <= SOURCE_MAX_WORDS:
        return False
    if shape.has_verb or shape.has_digits or form.rstrip()[-1:] in _CLOSING_MARKS:
        return False
    return form[:1].isupper()


def _blocks(forms: Sequence[str]) -> list[list[int]]:
    """Runs of non-blank lines between blank lines, as lists of indexes."""
    blocks: list[list[int]] = [[]]
    for i, form in enumerate(forms):
        if form:
            blocks[-1].append(i)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]
