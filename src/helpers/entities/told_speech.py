"""Reported speech whose speaker a quotation right after it goes on with.

"…, Grassley said. “…”": a quotation with no attribution of its own right after reported
speech in its paragraph continues what that speaker said, where the speaker is a person or
an organisation of the sentence's main clause (`told_by`).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from helpers.base.catalogue import ORGANISATION, PERSON
from helpers.entities.quote_context import OPENING_MARKS, Attribution
from helpers.entities.quote_marks import QuoteSpan

_NAMED = (PERSON, ORGANISATION)  # speaker types that a quotation after reported speech takes
_BETWEEN = " \t\n" + OPENING_MARKS  # what may stand between reported speech and a quotation
# Clauses that another verb reports or that describe a noun: their speakers are not the
# sentence's, for a quotation after it
_REPORTED_OR_DESCRIBING = ("ccomp", "relcl", "acl", "pcomp", "csubj")


def told_by(doc: Doc, told: list[tuple[int, str, Attribution]]) -> list[tuple[int, Attribution]]:
    """(character offset, attribution) of a paragraph's reported speech whose speaker is a
    person or an organisation, by a verb of its sentence's main clause (or "according to"),
    without its verb: a quotation after it continues what that speaker said. A description
    is left out: "their own brain can tell them what …" or "the study notes …" then a
    quotation of someone else's words were the most of what it gave on 2,000 real articles;
    so is a speaker the main clause reports ("said his best friend, who remembered Freddy
    claiming that … | “Freddy was …”" is the friend's). The offset is where the reported
    speech's sentence ends: only a quotation right after it goes on with it."""
    return [
        (_sentence_end(doc, start), elsewhere(said))
        for start, _, said in told
        if said.kind in _NAMED and (said.verb is None or _main_verb(doc[said.verb]))
    ]


def _sentence_end(doc: Doc, offset: int) -> int:
    """Where the sentence holding the character at `offset` ends."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.sent.end_char if span is not None and len(span) else offset


def next_to(text: str, end: int, span: QuoteSpan) -> bool:
    """Whether a quotation's words start right after `end`, past spaces and its opening mark."""
    return end <= span.start and not text[end : span.start].strip(_BETWEEN)


def _main_verb(verb: Token) -> bool:
    """A verb of its sentence's main clause or of one hung on it ("…, saying Monday that …",
    "seemed taken aback and mentioned that …"), not of a clause that another verb reports
    or that describes a noun ("who remembered Freddy claiming that …")."""
    return not any(t.dep_ in _REPORTED_OR_DESCRIBING for t in (verb, *verb.ancestors))


def elsewhere(attribution: Attribution | None) -> Attribution | None:
    """The attribution without its verb: a speaker carried to a quotation elsewhere."""
    return dataclasses.replace(attribution, verb=None) if attribution else None
