"""What the words around a name say of it: a title or honorific before it ("Mr Trump",
"Judge Kavanaugh"), a noun it modifies ("the Trump administration")."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from helpers.entities.names import Titles

_MODIFIER_DEPS = {"compound", "amod", "nmod"}


def is_title_before_name(token: Token, one_word_titles: AbstractSet[str]) -> bool:
    """A title word ("Judge", "King", "Justice") written before a capitalised word: "Judge
    Kavanaugh", "King George", "the Justice Department"."""
    if token.lower_ not in one_word_titles or token.i + 1 == len(token.doc):
        return False
    after = token.nbor()
    return after.is_alpha and after.text[0].isupper()


def is_modifier(span: Span, titles: Titles) -> bool:
    """A name modifying a noun outside it: "the Trump administration", "anti-Assad rebels".

    A titled name ("Mr Trump shaking hands") is never one, whatever the parse says.
    """
    root, head = span[-1], span[-1].head
    modifies = (
        root.dep_ in _MODIFIER_DEPS
        and not span.start <= head.i < span.end
        and head.pos_ in ("NOUN", "PROPN")
    )
    return modifies and not is_titled(span, titles)


def is_titled(span: Span, titles: Titles) -> bool:
    """A name right after a title or honorific: "Mr Trump", "Gov. Kasich"."""
    before = span.doc[max(0, span.start - 4) : span.start]
    return any(e == len(before) for _, e in title_spans(before, titles))


def title_spans(doc: Doc | Span, titles: Titles) -> list[tuple[int, int]]:
    """Token ranges of titles in a doc, longest title first, left to right."""
    words = [t.lower_ for t in doc]
    by_first_word = _titles_by_first_word(titles)
    spans, i = [], 0
    while i < len(words):
        starting = by_first_word.get(words[i], ())
        size = next((len(t) for t in starting if tuple(words[i : i + len(t)]) == t), 0)
        if size:
            spans.append((i, i + size))
        i += size or 1
    return spans


@lru_cache(maxsize=8)
def _titles_by_first_word(titles: Titles) -> dict[str, list[tuple[str, ...]]]:
    """The titles starting with each word, in their order (longest first)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for title in titles:
        index.setdefault(title[0], []).append(title)
    return index
