"""Quote marks: where a paragraph's quoted passages lie, and the words inside them.

Marks: curly or straight double quotes (or two apostrophes, as some archives write them),
or single quotes in a paragraph with no double ones (as British outlets write). A quote
left open at the end of a paragraph runs to the paragraph's end (whether it goes on in
the next one is for `quotes` to say); a stray closing mark is ignored.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

DOUBLE_OPENING = ("“", "„", "«", "``")  # marks that only open a quotation
DOUBLE_CLOSING = ("”", "»")  # marks that only close one
_OPENING = {'"': "".join(DOUBLE_OPENING), "'": "‘"}
_CLOSING = {'"': "".join(DOUBLE_CLOSING), "'": "’"}
OPENERS = tuple("\"“„«'‘`")
_MARK_CHARACTERS = {
    '"': re.compile("''|``|[\"“„«”»]"),  # two apostrophes or backticks stand for one mark
    "'": re.compile("['‘’]"),
}


@dataclass(frozen=True)
class QuoteSpan:
    """Character range of the words between a pair of quote marks in one paragraph."""

    start: int
    end: int
    closed: bool


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted passages of a paragraph, in order; never fails on unbalanced marks."""
    marks = _marks(text, '"') or _marks(text, "'")
    spans, opened = [], None
    for index, is_open, width in marks:
        if is_open and opened is not None:  # an unclosed quote ends where the next one opens
            spans.append(QuoteSpan(opened, index, False))
        if is_open:
            opened = index + width
        elif opened is not None:
            spans.append(QuoteSpan(opened, index, True))
            opened = None
    if opened is not None:
        spans.append(QuoteSpan(opened, len(text), False))
    return [s for s in spans if any(c.isalnum() for c in text[s.start : s.end])]


def _marks(text: str, kind: str) -> list[tuple[int, bool, int]]:
    """(index, opens?, width) of the quote marks of one kind; apostrophes are not marks."""
    found = []
    for mark in _MARK_CHARACTERS[kind].finditer(text):
        i, char = mark.start(), mark.group()
        before = text[i - 1] if i else " "
        after = text[mark.end()] if mark.end() < len(text) else " "
        if kind == "'" and before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, Russia's
        if char in _OPENING[kind]:
            found.append((i, True, len(char)))
        elif char in _CLOSING[kind]:
            found.append((i, False, len(char)))
        else:  # a straight mark opens after a space, a bracket or a dash
            found.append((i, before.isspace() or before in "([{—–-/" or i == 0, len(char)))
    return found


def quoted_tokens(doc: Doc, span: QuoteSpan) -> list[Token]:
    """The words that start inside the quote's characters (tokens are in character order)."""
    first = bisect_left(doc, span.start, key=_character_offset)
    end = bisect_left(doc, span.end, key=_character_offset)
    return [t for t in doc[first:end] if not (t.is_punct or t.is_space)]


def _character_offset(token: Token) -> int:
    return token.idx
