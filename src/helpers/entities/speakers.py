"""Speakers: who does the speaking in a quotation's frame, and whom that word stands for.

The speaker is the speech verb's subject outside the quote, its passive's agent, or found
up through "who", participles and control verbs ("led Lavrov to declare"); else the source
of "according to X". Read in the article's order, a name is its canonical entity in the
mentions table; a pronoun is the last person who was a main subject before it, skipping
anyone an honorific ("Mr", "Ms") gives the other gender; a description ("the Russian
minister") is the person named before with the closest title ("Russian Foreign Minister
Sergei Lavrov"); an organisation speaks as itself ("the State Department said"); an unnamed
source keeps its description ("senior official"). Only the article's own mentions are
needed, so articles can be read independently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from helpers.base.catalogue import UNATTRIBUTED

MODIFIERS = {"compound", "amod", "nmod"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# Honorifics tell a person's gender, so that "she said" skips a "Mr Bridges"
_HONORIFIC_GENDER = {
    **dict.fromkeys(("mr", "mr.", "sir", "lord", "king", "prince"), "m"),
    **dict.fromkeys(("ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen", "princess"), "f"),
}
Position = tuple[int, int]  # (row, token index)


@dataclass
class Article:
    """What speaker resolution knows about one article while reading it in order."""

    entity_at: dict[Position, tuple[str, str]] = field(default_factory=dict)
    roles: list[tuple[Position, str, set[str]]] = field(default_factory=list)
    subjects: list[tuple[Position, str]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)


def index_mentions(
    article: Article, row: int, doc: Doc, found: Sequence[tuple[int, int, str, str]]
) -> None:
    """Token -> entity of a paragraph's mentions ((start, end, entity, label) each), and the
    title words of its people."""
    for start, end, entity, label in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span:
            article.entity_at[(row, token.i)] = (entity, label)
        if label == "PERSON":
            article.roles.append(((row, span.start), entity, _role_words(span)))
            before = doc[span.start - 1].lower_ if span.start else ""
            if before in _HONORIFIC_GENDER:
                article.gender[entity] = _HONORIFIC_GENDER[before]


def add_subjects(article: Article, row: int, doc: Doc, inside: set[int]) -> None:
    """Record, in order, the people who are subjects of a paragraph's main or reported clauses."""
    for subject in (t for t in doc if t.dep_ == "nsubj" and t.i not in inside):
        chain = [subject.head, *subject.head.ancestors]
        if all(t.dep_ in ("ROOT", "conj", "ccomp") for t in chain):
            name, is_person = stands_for(article, row, subject)
            if is_person:
                article.subjects.append(((row, subject.i), name))


def stands_for(article: Article, row: int, token: Token) -> tuple[str, bool]:
    """The canonical name a subject token stands for, and whether it is a person."""
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        token = token.head.head
    if (row, token.i) in article.entity_at:
        entity, label = article.entity_at[(row, token.i)]
        return entity, label == "PERSON"
    for child in (c for c in token.children if c.dep_ == "appos"):
        entity, label = article.entity_at.get((row, child.i), ("", ""))
        if entity:
            return entity, label == "PERSON"
    if token.lower_ in _PRONOUN_GENDER:
        name = _antecedent(article, (row, token.i), _PRONOUN_GENDER[token.lower_])
        return (name, True) if name else (UNATTRIBUTED, False)
    if token.pos_ == "PRON":
        return UNATTRIBUTED, False
    modifiers = [
        t for c in token.children if c.i < token.i and c.dep_ in MODIFIERS for t in c.subtree
    ]
    titled = _titled(
        article, (row, token.i), token.lemma_.lower(), {t.lemma_.lower() for t in modifiers}
    )
    if titled:
        return titled, True
    for left in modifiers:
        entity, label = article.entity_at.get((row, left.i), ("", ""))
        if label == "ORG":
            return entity, False
    return " ".join(t.text for t in sorted([*modifiers, token], key=lambda t: t.i)), False


def subject_of(verb: Token, quoted: set[int]) -> Token | None:
    """Who does the speaking: the subject, a passive's agent, or up through "who"/participles.

    Never a word of the quotation itself, whatever the parse says.
    """
    for _ in range(6):
        for child in (c for c in verb.children if c.i not in quoted):
            if child.dep_ == "nsubj":
                return child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        objects = [c for c in verb.head.children if c.dep_ == "dobj"]
        if verb.dep_ == "xcomp" and objects:  # "led Lavrov to declare"
            return objects[0]
        if verb.dep_ == "relcl":
            return verb.head
        if (
            verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "prep", "pobj", "acl")
            or verb.head.i == verb.i
        ):
            return None
        verb = verb.head
    return None


def according_to(doc: Doc, tokens: list[Token], inside: set[int]) -> Token | None:
    """The source named by "according to X" in the quote's sentences, outside any quote."""
    sentences = {t.sent.start for t in tokens}
    for token in doc:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.lower_ == "according" and token.i not in inside and token.sent.start in sentences:
            if following is not None and following.lower_ == "to":
                return next((c for c in following.children if c.dep_ == "pobj"), None)
    return None


def _role_words(span: Span) -> set[str]:
    """Lemmas of the title around a name: "Russian Foreign Minister", "the former ambassador"."""
    root = span.root
    words = [
        t for c in root.children if c.i < span.start and c.dep_ in MODIFIERS for t in c.subtree
    ]
    appositions = [c for c in root.children if c.dep_ == "appos"]
    appositions += [root.head] if root.dep_ == "appos" else []
    words += [
        t for a in appositions for t in a.subtree if t.i <= a.i and not span.start <= t.i < span.end
    ]
    return {t.lemma_.lower() for t in words if t.is_alpha}


def _antecedent(article: Article, position: Position, gender: str) -> str:
    """The last person who was a main subject before a pronoun, skipping the other gender;
    a person known (by an honorific) to have the pronoun's gender comes first."""
    earlier = [
        n for p, n in article.subjects if p < position and article.gender.get(n, gender) == gender
    ]
    known = [n for n in earlier if article.gender.get(n) == gender]
    return (known or earlier or [""])[-1]


def _titled(article: Article, position: Position, word: str, modifiers: set[str]) -> str:
    """The person a description ("the Russian minister") stands for: one named before with that
    title word; the closest title (most shared words, fewest others) wins, then the latest."""
    scored = [
        (len(roles & modifiers), -len(roles - modifiers - {word}), p, name)
        for p, name, roles in article.roles
        if word in roles and p < position
    ]
    return max(scored)[3] if scored else ""
