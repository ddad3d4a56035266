"""Speakers: who does the speaking in a quotation's attribution, and whom that word stands for.

The speaker is the speech verb's subject outside the quote, its passive's agent, or found
up through "who", participles and control verbs ("led Lavrov to declare"); else the source
of "according to X". Read in the article's order, a name is its canonical entity in the
mentions table; a pronoun is the last person who was a main subject before it, skipping
anyone an honorific ("Mr", "Ms") gives the other gender; a description ("the Russian
minister") is the person named before with the closest title ("Russian Foreign Minister
Sergei Lavrov"); an organisation speaks as itself ("the State Department said"); an unnamed
source keeps its description ("senior official"). Only the article's own mentions are
needed, so articles can be read independently.

Each source has a type: `person` (a canonical identity of the mentions table), an
`organisation` (an organisation or place entity, or a description whose noun
`data/source_nouns.txt` lists: "the ministry"), `anonymous` (any other description, as
written), or `unattributed` (a pronoun with no person before it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from helpers.base import paths
from helpers.base.catalogue import ANONYMOUS, ORGANISATION, PERSON, UNATTRIBUTED
from helpers.base.datafiles import DataFileError, read_list
from helpers.entities.quote_marks import find_quote_spans

MODIFIERS = {"compound", "amod", "nmod"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_GENDERED = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.IGNORECASE)
# Honorifics tell a person's gender, so that "she said" skips a "Mr Bridges"
_HONORIFIC_GENDER = {
    **dict.fromkeys(("mr", "mr.", "sir", "lord", "king", "prince"), "m"),
    **dict.fromkeys(("ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen", "princess"), "f"),
}
Position = tuple[int, int]  # (row, token index)


@dataclass
class ArticleContext:
    """What speaker resolution knows about one article while reading it in order."""

    entity_at: dict[Position, tuple[str, str]] = field(default_factory=dict)
    roles: list[tuple[Position, str, set[str]]] = field(default_factory=list)
    subjects: list[tuple[Position, str]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    pronouns: dict[str, Counter] = field(default_factory=dict)  # he/she after a lone person


def index_mentions(
    article: ArticleContext, row: int, doc: Doc, found: Sequence[tuple[int, int, str, str]]
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
    _count_pronouns(article, doc, found)


def _count_pronouns(
    article: ArticleContext, doc: Doc, mentions: Sequence[tuple[int, int, str, str]]
) -> None:
    """The he/his and she/her words after a person's name, outside quotations, where the
    paragraph names no one else (to its end) or else the sentence does (to the sentence's
    end): the article's own evidence of that person's gender, for pronouns read later."""
    text = _unquoted(doc.text)
    people = [(start, end, entity) for start, end, entity, label in mentions if label == "PERSON"]
    if len({entity for *_, entity in people}) == 1:
        _vote_gender(article, people[0][2], text[people[0][1] :])
        return
    for sentence in doc.sents if people else ():
        named = [p for p in people if sentence.start_char <= p[0] < sentence.end_char]
        if len({entity for *_, entity in named}) == 1:
            _vote_gender(article, named[0][2], text[named[0][1] : sentence.end_char])


def _vote_gender(article: ArticleContext, entity: str, text: str) -> None:
    votes = article.pronouns.setdefault(entity, Counter())
    for male, _ in _GENDERED.findall(text):
        votes["m" if male else "f"] += 1


def _unquoted(text: str) -> str:
    """The text with its quotations blanked out: "she" in a quote is not the speaker."""
    for span in find_quote_spans(text):
        text = text[: span.start] + " " * (span.end - span.start) + text[span.end :]
    return text


def add_subjects(
    article: ArticleContext,
    row: int,
    doc: Doc,
    inside: set[int],
    verbs: frozenset[str] = frozenset(),
) -> None:
    """Record the people who are subjects of a paragraph's main clauses or of clauses they
    report, or the source of its "according to". The subject of what a speech verb in
    `verbs` reports is not recorded: in "Earnest said Obama had …, he said", he is Earnest."""
    deps = ("nsubj", "nsubjpass", "pobj")
    for subject in (t for t in doc if t.dep_ in deps and t.i not in inside):
        chain = [subject.head, *subject.head.ancestors]
        main = subject.dep_ != "pobj" and all(t.dep_ in ("ROOT", "conj", "ccomp") for t in chain)
        said = any(t.dep_ == "ccomp" and t.head.lemma_.lower() in verbs for t in chain)
        speaks = subject.dep_ == "nsubj" and subject.head.lemma_.lower() in verbs  # "X, he said,"
        if ((main or speaks) and not said) or _according_to(subject):
            name, kind = stands_for(article, row, subject)
            if kind == PERSON:
                article.subjects.append(((row, subject.i), name))


def stands_for(article: ArticleContext, row: int, token: Token) -> tuple[str, str]:
    """The canonical name or description a subject token stands for, and its speaker type."""
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        token = token.head.head
    if (row, token.i) in article.entity_at:
        entity, label = article.entity_at[(row, token.i)]
        return entity, _entity_type(label)
    # "X, the spokesman", "Army Capt. Christian Pardo": a name beside the head, not a possessor
    for child in (c for c in token.children if c.dep_ in ("appos", "compound", "npadvmod")):
        entity, label = article.entity_at.get((row, child.i), ("", ""))
        title = token.pos_ == "PROPN" and label == "PERSON"  # not "the Comey dismissal"
        if entity and (title or child.dep_ == "appos"):
            return entity, _entity_type(label)
    if token.pos_ == "PROPN" and token.is_title:  # "Cruz", untagged, after "Ted Cruz"
        named = _surname(article, (row, token.i), token.text)
        if named:
            return named, PERSON
    if token.lower_ in _PRONOUN_GENDER:
        name = _antecedent(article, (row, token.i), _PRONOUN_GENDER[token.lower_])
        return (name, PERSON) if name else (UNATTRIBUTED, UNATTRIBUTED)
    if token.pos_ == "PRON":
        return UNATTRIBUTED, UNATTRIBUTED
    modifiers = [
        t for c in token.children if c.i < token.i and c.dep_ in MODIFIERS for t in c.subtree
    ]
    titled = _titled(
        article, (row, token.i), token.lemma_.lower(), {t.lemma_.lower() for t in modifiers}
    )
    if titled:
        return titled, PERSON
    for left in modifiers:
        entity, label = article.entity_at.get((row, left.i), ("", ""))
        if label == "ORG":
            return entity, ORGANISATION
    words = " ".join(t.text for t in sorted([*modifiers, token], key=lambda t: t.i))
    kind = ORGANISATION if token.lemma_.lower() in organisation_nouns() else ANONYMOUS
    return words, kind


@cache
def organisation_nouns(path: Path = paths.DATA_DIR / "source_nouns.txt") -> frozenset[str]:
    """Nouns that make a described source an organisation ("the ministry said"), from
    data/source_nouns.txt: one lower-case noun per line."""
    nouns = set()
    for number, text in read_list(path):
        if not text.isalpha() or not text.islower():
            raise DataFileError(path, f"{text!r} is not one lower-case noun", number)
        nouns.add(text)
    return frozenset(nouns)


def _entity_type(label: str) -> str:
    return PERSON if label == "PERSON" else ORGANISATION


def subject_of(verb: Token, quoted: set[int]) -> Token | None:
    """Who does the speaking: the subject, a passive's agent, or up through "who"/participles.

    Never a word of the quotation itself, whatever the parse says.
    """
    controlled = False  # "was prompted to say": the passive subject of the verb controlling it
    for _ in range(6):
        for child in (c for c in verb.children if c.i not in quoted):
            if child.dep_ == "nsubj" or (controlled and child.dep_ == "nsubjpass"):
                return child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        objects = [c for c in verb.head.children if c.dep_ == "dobj"]
        if verb.dep_ == "xcomp" and objects:  # "led Lavrov to declare"
            return objects[0]
        if verb.dep_ == "relcl":
            return verb.head
        controlled = verb.dep_ == "xcomp"
        if (
            verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "prep", "pobj", "acl")
            or verb.head.i == verb.i
        ):
            return None
        aside = verb.dep_ in ("advcl", "conj")
        verb = verb.head
        if aside and verb.dep_ == "ccomp" and verb.head.i != verb.i:
            # "told Newsmax that Romney 'had …,' adding, '…'": a participle or a second verb
            # hung on the reported clause is said by the one who reports, not by its subject
            verb = verb.head
    return None


def _according_to(source: Token) -> bool:
    to = source.head
    return (
        source.dep_ == "pobj"
        and to.lower_ == "to"
        and to.i > 0
        and to.nbor(-1).lower_ == "according"
    )


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
    words = [  # through the name's own words: "Prime Minister" modifies "Theresa" in "Theresa May"
        t
        for w in span
        for c in w.children
        if c.i < span.start and c.dep_ in MODIFIERS
        for t in c.subtree
    ]
    appositions = [c for c in root.children if c.dep_ == "appos"]
    appositions += [root.head] if root.dep_ == "appos" else []
    words += [
        t for a in appositions for t in a.subtree if t.i <= a.i and not span.start <= t.i < span.end
    ]
    return {t.lemma_.lower() for t in words if t.is_alpha}


def _surname(article: ArticleContext, position: Position, word: str) -> str:
    """The person named before whose last name is `word` (the latest, if several)."""
    named = [(p, name) for p, name, _ in article.roles if p < position and name.split()[-1] == word]
    return max(named)[1] if named else ""


def _antecedent(article: ArticleContext, position: Position, gender: str) -> str:
    """The last person who was a main subject or the source of "according to" before a
    pronoun (else the last person named before it), skipping anyone the article shows to
    have the other gender."""
    for people in (article.subjects, [(p, n) for p, n, _ in article.roles]):
        earlier = [
            (p, n) for p, n in people if p < position and _gender(article, n) in (gender, "")
        ]
        if earlier:
            return max(earlier)[1]
    return ""


def _gender(article: ArticleContext, name: str) -> str:
    """'m' or 'f' as the article shows it: an honorific, else most of the he/she words
    after the name ('' when it does not show it)."""
    if name in article.gender:
        return article.gender[name]
    votes = article.pronouns.get(name, Counter())
    if votes["m"] == votes["f"]:
        return ""
    return "m" if votes["m"] > votes["f"] else "f"


def _titled(article: ArticleContext, position: Position, word: str, modifiers: set[str]) -> str:
    """The person a description ("the Russian minister") stands for: one named before with that
    title word; the closest title (most shared words, fewest others) wins, then the latest."""
    scored = [
        (len(roles & modifiers), -len(roles - modifiers - {word}), p, name)
        for p, name, roles in article.roles
        if word in roles and p < position
    ]
    return max(scored)[3] if scored else ""
