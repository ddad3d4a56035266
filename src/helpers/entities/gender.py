"""What an article shows of a person's gender, so that "she said" skips a man named before.

The evidence is the article's own words, never a list of first names: an honorific before
the name ("Mr", "Ms"); a clause that reports what the person said of themselves ("Clinton
said she …", "Trump, who says he …"), not what they told someone ("Wakefield told The
Huffington Post that she was a regular" is about someone else); a sentence that opens
with "he" or "she" right after one whose subject is the person and that names no one else,
in the same paragraph ("Clinton bashed the plan. She said …"); and, weakest, the he/his and she/her words after the name, outside quotations,
where the paragraph names no one else (to its end) or else the sentence does (to the
sentence's end). "Him" and "her" as objects are no evidence: "Obama backed her up" is about
someone else. The strong evidence, where there is any, decides; else the weak.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from helpers.entities.quote_marks import find_quote_spans, quoted_tokens

_HONORIFIC_GENDER = {
    **dict.fromkeys(("mr", "mr.", "sir", "lord", "king", "prince"), "m"),
    **dict.fromkeys(("ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen", "princess"), "f"),
}


def honorific_gender(doc: Doc, first: int) -> str:
    """'m' or 'f' for an honorific right before the name starting at token `first` ("Mrs.
    Clinton"), else ''."""
    return _HONORIFIC_GENDER.get(doc[first - 1].lower_, "") if first else ""


_WORD_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
_OBJECTS = {"dobj", "pobj", "dative", "iobj", "obj"}
Mention = tuple[int, int, str]  # start and end character, entity


def votes(doc: Doc, mentions: Sequence[Mention]) -> list[tuple[str, str, bool]]:
    """(entity, 'm' or 'f', strong) for each piece of evidence in a paragraph (module
    docstring); `mentions`: the paragraph's people."""
    if not mentions:
        return []
    quoted = {t.i for s in find_quote_spans(doc.text) for t in quoted_tokens(doc, s)}
    found = [(e, g, True) for e, g in _strong(doc, mentions, quoted)]
    if len({entity for *_, entity in mentions}) == 1:
        start, _, entity = mentions[0]
        return found + [(entity, g, False) for g in _words(doc, start, len(doc.text), quoted)]
    for sentence in doc.sents:
        named = [m for m in mentions if sentence.start_char <= m[0] < sentence.end_char]
        if len({entity for *_, entity in named}) == 1:
            start, _, entity = named[0]
            found += [(entity, g, False) for g in _words(doc, start, sentence.end_char, quoted)]
    return found


def _words(doc: Doc, start: int, end: int, quoted: set[int]) -> list[str]:
    """The genders of the he/she words between two character offsets, outside quotations,
    leaving out "him" and "her" as objects."""
    return [
        _WORD_GENDER[t.lower_]
        for t in doc
        if start < t.idx < end
        and t.i not in quoted
        and t.lower_ in _WORD_GENDER
        and t.dep_ not in _OBJECTS
    ]


def _strong(doc: Doc, mentions: Sequence[Mention], quoted: set[int]) -> list[tuple[str, str]]:
    """A name subject and a subject he/she in the clause its verb reports or in the next
    sentence's opening: (entity, gender) each."""
    found, previous = [], None
    for sentence in doc.sents:
        first = _opening_pronoun(sentence, quoted)
        if first and previous:
            found.append((previous, first))
        people = {e for start, _, e in mentions if sentence.start_char <= start < sentence.end_char}
        previous = None
        for token in (t for t in sentence if t.dep_ == "nsubj" and t.i not in quoted):
            named = token.head.head if token.tag_ == "WP" and token.head.dep_ == "relcl" else token
            entity = _entity(named, mentions)
            if not entity:
                continue
            if token.head.dep_ == "ROOT" and people == {entity}:
                previous = entity
            told = any(c.dep_ in ("dobj", "dative") for c in token.head.children)
            reported = [c for c in token.head.children if c.dep_ == "ccomp" and not told]
            found += [(entity, g) for c in reported for g in _subject_pronouns(c, quoted)]
    return found


def _opening_pronoun(sentence: Span, quoted: set[int]) -> str:
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    if first is None or first.i in quoted or first.dep_ != "nsubj":
        return ""
    return _WORD_GENDER.get(first.lower_, "") if first.lower_ in ("he", "she") else ""


def _subject_pronouns(clause: Token, quoted: set[int]) -> list[str]:
    return [
        _WORD_GENDER[c.lower_]
        for c in clause.children
        if c.dep_ == "nsubj" and c.lower_ in ("he", "she") and c.i not in quoted
    ]


def _entity(token: Token, mentions: Sequence[Mention]) -> str:
    return next((e for s, end, e in mentions if s <= token.idx < end), "")


def gender(honorific: str, counted: Counter) -> str:
    """'m', 'f' or '' (unknown): an honorific's, else the strong votes', else the weak ones'
    (`counted` keys: (gender, strong))."""
    if honorific:
        return honorific
    for strong in (True, False):
        m, f = counted[("m", strong)], counted[("f", strong)]
        if m != f:
            return "m" if m > f else "f"
    return ""
