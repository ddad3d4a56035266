"""Whom a definite organisation noun that speaks stands for: "the group said", "the release
said", "the department said" after an organisation named just before.

News calls an organisation it has just named by its kind ("Black Lives Matter issued a
statement …. | “…,” the group said"), and a reader takes the noun for that organisation:
the one whose name holds the noun, else the last organisation that was a subject. Where the
paragraph names another organisation after that subject, in a clause of its own, the noun
could be either and stays as written; names inside the quotation are what it speaks of.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from helpers.base.catalogue import ORGANISATION
from helpers.entities.descriptions import organisation_nouns
from helpers.entities.quote_context import Attribution
from helpers.entities.speakers import ArticleContext
from helpers.entities.subjects import subject_of

_ARGUMENTS = frozenset(("dobj", "prep", "dative"))  # what a verb acts on
_CLAUSES = frozenset(("relcl", "acl", "ccomp", "advcl", "xcomp"))  # a clause of its own
_ABOUT_OTHERS = frozenset(("report",))  # "the report said": by or about the body before


def named_body(
    article: ArticleContext, row: int, doc: Doc, found: Attribution, inside: set[int]
) -> Attribution:
    """An organisation noun after "the" as a speech verb's subject ("the group said", "the
    release said", "the department said") stands for an organisation named in its
    paragraph before it or in the paragraph before: the latest whose name holds the noun
    ("WFAA asked the Dallas Police Department …. The department did respond …, saying,
    “…”"), else the last subject there if it is an organisation's name ("Black Lives Matter
    issued a statement …. | “…,” the group said"; "…, the State Department said in a public
    release. “…,” the release said"), unless another organisation is named after it that
    its verb does not act on (`acted_on`); an organisation the quotation names (`inside`:
    the paragraph's quoted tokens) is what it speaks of, not who. Of names that hold the
    noun, a subject's comes first. Not where that last subject is a description ("the
    trade group for the Blue Cross plans … “…,” the group wrote" is no UnitedHealth named
    before it) or a place, and not for "the report", which is as often a report on an
    organisation as one by it. Otherwise it stays as written."""
    noun = found.speaker
    if found.kind != ORGANISATION or found.verb is None or noun not in organisation_nouns():
        return found
    subject = subject_of(doc[found.verb], set())
    if subject is None or subject.lemma_.lower() != noun or noun in _ABOUT_OTHERS:
        return found
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return found  # "a group said" is someone else
    at = (row, subject.i)
    if _described_before(article, row, subject):
        return found
    earlier = [(p, name) for p, name in article.bodies if row - 1 <= p[0] and p < at]
    described = [p for p, _ in earlier if article.entity_at.get(p, ("", ""))[1] != "ORG"]
    named = [
        (p, entity)
        for p, (entity, label) in article.entity_at.items()
        if label == "ORG"
        and row - 1 <= p[0]
        and max(described, default=(-1, -1)) < p < at
        and not (p[0] == row and p[1] in inside)  # not one the quotation names
    ]
    holding = [(p, e) for p, e in named if noun in e.lower().split()]
    # "The Labour Party accused the Conservative Party …. “…,” the party said": the accuser,
    # but only against a name of its own sentence; across sentences the latest name holding
    # the noun ("The Conservative Party won. Tom Reyes of the Labour Party …": Labour)
    if holding:
        latest = max(holding)[0]
        subjects = {p for p, _ in earlier if _same_sentence(doc, row, p, latest)}
        holding = [(p, e) for p, e in holding if p in subjects] or holding
    if holding:
        return dataclasses.replace(found, speaker=max(holding)[1])
    if not earlier or max(earlier)[0] in described:
        return found
    last, body = max(earlier)
    if any(p > last and e != body and p not in article.acted_on for p, e in named):
        return found  # "The FBI arrested a man who had threatened the ADL. … the group said"
    return dataclasses.replace(found, speaker=body)


def _same_sentence(doc: Doc, row: int, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two (row, token) positions are in one sentence; of an earlier paragraph,
    whose parse is not at hand, whether they are in one paragraph."""
    if one[0] != other[0]:
        return False
    if one[0] != row:
        return True
    return doc[one[1]].sent.start == doc[other[1]].sent.start


def acted_on(subject: Token) -> set[int]:
    """The tokens of what an organisation subject's verb acts on ("The Sierra Club sued the
    EPA"; "did not want to address it, telling Fox 35 …"): an organisation named there is
    the one acted on, which leaves the subject the one who goes on speaking; one named in a
    clause of its own ("arrested a man who had threatened the ADL") is as likely "the group"
    that speaks."""
    found = set()
    for verb in _own_verbs(subject.head):
        for argument in (c for c in verb.children if c.dep_ in _ARGUMENTS):
            found |= {t.i for t in argument.subtree if not _in_clause(t, argument)}
    return found


def _in_clause(token: Token, top: Token) -> bool:
    """Whether a clause of its own lies between a token and `top`, an ancestor of it."""
    while token.i != top.i:
        if token.dep_ in _CLAUSES:
            return True
        token = token.head
    return False


def _own_verbs(verb: Token) -> list[Token]:
    """A verb and the verbs that share its subject: participles, infinitives and conjuncts
    with no subject of their own ("did not want to address it, telling Fox 35 …")."""
    verbs = [verb]
    for head in verbs:
        verbs += [
            c
            for c in head.children
            if c.dep_ in ("advcl", "xcomp", "conj")
            and c.pos_ in ("VERB", "AUX")
            and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
        ]
    return verbs


def _described_before(article: ArticleContext, row: int, subject: Token) -> bool:
    """Whether the paragraph wrote the noun before, outside a name, in a clause whose
    subject is no organisation's name: "He lined up the group …. “…,” the group shouted" is
    that group; "The Times said Cook provided a written statement. “…,” the statement said"
    is Cook's. ("The State Department said in a public release. “…,” the release said" is
    the department's.)"""
    for token in subject.doc[: subject.i]:
        if token.lemma_.lower() != subject.lemma_.lower() or (row, token.i) in article.entity_at:
            continue
        verb = token.head.head if token.head.dep_ in ("prep", "agent") else token.head
        owner = subject_of(verb, set())
        if owner is None or article.entity_at.get((row, owner.i), ("", ""))[1] != "ORG":
            return True
    return False
