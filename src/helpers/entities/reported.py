"""Reported speech: what someone is said to have said, without quotation marks.

"X said (that) …", "X told reporters …", "X warned …": the clause a speech verb of
`data/speech_verbs.txt` takes as its complement, outside any quotation, with the speaker
found as for quotations (the verb's subject, read by `speakers`). "…, according to X" makes
the rest of its sentence X's reported speech. A clause that holds a quoted passage is
left to the quotation (a partial quote), so no words are counted twice.
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from helpers.entities.quote_context import Attribution, is_speech, verb_attribution
from helpers.entities.speakers import ArticleContext, stands_for

ACCORDING_TO = "according to"
_MIN_WORDS = 3


def reported_speech(
    article: ArticleContext, row: int, doc: Doc, quoted: set[int], verbs: frozenset[str]
) -> list[tuple[int, str, Attribution]]:
    """(character offset, text, attribution) of each reported clause of a paragraph, in order."""
    found = []
    for token in (doc[i] for i in _candidates(doc, verbs)):
        if token.i in quoted:
            continue
        if is_speech(token, verbs) and not _put_to(token):
            for clause in (c for c in token.children if c.dep_ == "ccomp"):
                span = _clause(doc, list(clause.subtree), quoted)
                if span is not None:
                    found.append(
                        (span.start_char, span.text, verb_attribution(article, row, token, quoted))
                    )
        elif token.lower_ == "according" and token.i + 1 < len(doc):
            source = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            aside = {t.i for t in token.subtree} | {t.i for t in doc[token.i + 1].subtree}
            rest = [t for t in token.sent if t.i not in aside]
            span = _clause(doc, rest, quoted)
            if span is not None:
                said = Attribution(*stands_for(article, row, source), ACCORDING_TO)
                found.append((span.start_char, span.text, said))
    return sorted(found, key=lambda item: item[0])


def _candidates(doc: Doc, verbs: frozenset[str]) -> list[int]:
    """Indices of the words that may open reported speech (lemma or lower case form a
    speech verb, or "according"), found on the arrays: making a `Token` of every word costs
    more than the rest of this module.

    Looked up in the sorted hashes (`searchsorted`) rather than with `numpy.isin`, whose
    set-up on a paragraph's few dozen words cost 0.2 ms a call, 2 CPU seconds of the
    quotes pass on 400 articles: the same words either way.
    """
    wanted = _hashes(verbs)
    values = doc.to_array([LEMMA, LOWER])
    at = numpy.minimum(numpy.searchsorted(wanted, values), len(wanted) - 1)
    return numpy.flatnonzero((wanted[at] == values).any(axis=1)).tolist()


@cache
def _hashes(verbs: frozenset[str]) -> numpy.ndarray:
    """The hashes of the speech verbs and "according", sorted (for `searchsorted`)."""
    words = (*verbs, "according")
    return numpy.sort(numpy.array([get_string_id(w) for w in words], dtype=numpy.uint64))


def _put_to(verb: Token) -> bool:
    """A participle with no subject of its own ("Asked whether …, she replied"): the words
    were put to the subject, not said by it."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
    )


def _clause(doc: Doc, tokens: list[Token], quoted: set[int]) -> Span | None:
    """The reported words: a clause with a verb and a few words, none of them quoted, from
    its first word after "that" to its last word."""
    if any(t.i in quoted for t in tokens):
        return None
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if words and words[0].dep_ == "mark":
        words = words[1:]
    if len(words) < _MIN_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return doc[words[0].i : words[-1].i + 1]
