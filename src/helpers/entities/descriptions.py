"""Unnamed sources: what a description that names no one ("a senior official", "the
ministry", "a Twitter spokesman") stands for, and how it is written.

A definite description of one person ("the prime minister") may be a person the article
introduced with that title (`speakers`); an indefinite or plural one ("a Democratic
strategist", "one Clinton aide", "the committee chairmen") is nobody the article named,
even when it shares a title with someone: it stays the description as written. A noun that
`data/source_nouns.txt` lists makes the source an organisation ("the ministry", "the
Clinton campaign"), and so does a named organisation before such a noun ("the Obama
administration"); before any other noun the organisation only says whom the source speaks
for ("a Twitter spokesman", "one P&G employee"): the source is that person, anonymous, and
keeps the organisation's name in its description. No noun of that list is a person's title
("his campaign" is not the article's "campaign manager Jeff Weaver"); any other definite
description is the person named before with the closest title (`titled_person`, over the
title words read around each name by `role_words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from helpers.base import paths
from helpers.base.catalogue import ANONYMOUS, ORGANISATION
from helpers.base.datafiles import DataFileError, read_list

MODIFIERS = {"compound", "amod", "nmod"}
_ABBREVIATION = re.compile(r"([A-Za-z]+)\.?: ([a-z]+)")
_OF_MODIFIERS = MODIFIERS | {"det", "poss"}
_ORDINAL = re.compile(r"[1-9]\d*(?:st|nd|rd|th)")  # "1st" in "Air Force 1st Lt. Tyler Livingston"
_INTRODUCING = frozenset(("a", "an", "one", "another"))
_INDEFINITE = {"a", "an", "another", "one", "some", "any", "several", "many", "few"}
Position = tuple[int, int]  # (row, token index)


def modifiers(token: Token) -> list[Token]:
    """The words before a description's head that modify it, with their own modifiers."""
    return [t for c in token.children if c.i < token.i and c.dep_ in MODIFIERS for t in c.subtree]


def of_many(token: Token) -> bool:
    """An indefinite or plural description: "a strategist", "one aide", "the chairmen"."""
    if token.tag_ in ("NNS", "NNPS"):
        return True
    return any(
        (c.dep_ == "det" and c.lower_ in _INDEFINITE) or c.dep_ == "nummod"
        for c in token.children
        if c.i < token.i
    )


def unnamed_source(
    token: Token, row: int, entity_at: Mapping[tuple[int, int], tuple[str, str]]
) -> tuple[str, str]:
    """The organisation or the anonymous description a source's head `token` stands for
    (module docstring), and its speaker type."""
    words = modifiers(token)
    organisation = token.lemma_.lower() in organisation_nouns()
    if organisation:
        for left in words:
            entity, label = entity_at.get((row, left.i), ("", ""))
            if label == "ORG":
                return entity, ORGANISATION
    kept = sorted([*words, token, *_of_phrase(token)], key=lambda t: t.i)
    written = "".join(t.text_with_ws for t in kept).strip()  # "Florida's", not "Florida 's"
    return written, ORGANISATION if organisation else ANONYMOUS


def named_after_title(
    token: Token, row: int, entity_at: Mapping[tuple[int, int], tuple[str, str]]
) -> str:
    """The person named right after a source's head that is a title written short, where the
    parse took the title for the head: "said Pentagon spokesman Navy Capt. Jeff Davis",
    "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell";
    else ''. The name comes before any verb, within a few words. A rank's ordinal before the
    title counts as the title: "said Air Force 1st Lt. Tyler Livingston"."""
    ranked = token.i + 1 < len(token.doc) and _ORDINAL.fullmatch(token.lower_)
    short = token.nbor(1) if ranked else token
    if short.lower_.rstrip(".") not in title_abbreviations():
        return ""
    for after in token.doc[token.i + 1 : token.i + 8]:
        if after.pos_ in ("VERB", "AUX"):
            return ""
        entity, label = entity_at.get((row, after.i), ("", ""))
        if label == "PERSON":
            return entity
    return ""


def _of_phrase(token: Token) -> list[Token]:
    """The "of" phrase after a description's head, without its own clauses: "percent of
    likely voters", "head of the agency". Alone, "percent" was the commonest anonymous
    source of 2,000 real articles, each poll's "52 percent of Republicans said"."""
    phrase = []
    for prep in (c for c in token.children if c.i > token.i and c.lower_ == "of"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            before = [c for c in noun.children if c.i < noun.i and c.dep_ in _OF_MODIFIERS]
            phrase += [prep, *(t for c in before for t in c.subtree), noun]
    return phrase


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


@cache
def person_nouns(path: Path = paths.DATA_DIR / "person_nouns.txt") -> dict[str, str]:
    """Noun -> 'm', 'f' or '' (the noun does not say) of data/person_nouns.txt: the nouns
    for one person a story introduces without a name ("one tabloid journalist")."""
    nouns = {}
    for number, text in read_list(path):
        noun, *said = text.split()
        if not noun.isalpha() or not noun.islower() or said not in ([], ["m"], ["f"]):
            raise DataFileError(path, f"{text!r} is not a lower-case noun and 'm' or 'f'", number)
        nouns[noun] = said[0] if said else ""
    return nouns


def introduced_person(token: Token) -> bool:
    """Whether a subject is one person introduced without a name: a singular noun of
    `person_nouns` or `person_titles` after "a", "an", "one" or "another" ("One tabloid
    journalist", "a woman who …"; not "the candidate", who is most often someone named
    before, nor "a poll")."""
    if token.tag_ != "NN":
        return False
    noun = token.lemma_.lower()
    if noun not in person_nouns() and noun not in person_titles():
        return False
    return any(c.lower_ in _INTRODUCING for c in token.children if c.i < token.i)


@cache
def person_titles(path: Path = paths.DATA_DIR / "titles.txt") -> frozenset[str]:
    """The nouns that describe a person, lower case: the last word of each title in
    data/titles.txt before any "of" ("president", "general", "minister", "secretary") and
    the words of data/title_abbreviations.txt ("governor")."""
    found = set(title_abbreviations().values())
    for _, text in read_list(path):
        words = text.lower().split(" of ")[0].split()
        if words and words[-1].isalpha():
            found.add(words[-1])
    return frozenset(found)


def title_words(words: Iterable[Token]) -> set[str]:
    """Lemmas of a title's words, an abbreviation as the word it stands for ("Gov." is
    "governor": `data/title_abbreviations.txt`)."""
    short = title_abbreviations()
    found = set()
    for token in words:
        word = short.get(token.lower_.rstrip("."))
        if word or token.is_alpha:
            found.add(word or token.lemma_.lower())
    return found


@cache
def title_abbreviations(
    path: Path = paths.DATA_DIR / "title_abbreviations.txt",
) -> dict[str, str]:
    """Abbreviation (lower case, no full stop) -> the word, from data/title_abbreviations.txt."""
    found = {}
    for number, text in read_list(path):
        matched = _ABBREVIATION.fullmatch(text)
        if matched is None:
            raise DataFileError(path, f"{text!r}: write 'Abbreviation: word'", number)
        found[matched[1].lower()] = matched[2]
    return found


def role_words(span: Span) -> set[str]:
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
    return title_words(words)


_LOWER_RANKS = frozenset({"vice", "deputy", "assistant", "lieutenant", "under"})  # another title


def titled_person(
    roles: Sequence[tuple[Position, str, set[str]]],
    position: Position,
    word: str,
    described: set[str],
) -> str:
    """The person a description ("the Russian minister") stands for: one named before with that
    title word; the closest title (most shared words, fewest others) wins, then the one named
    last, with the title or not ("Sen. Ted Cruz … Sen. Rand Paul … Cruz defends …: 'the
    senator'" is Cruz). A rank below the title is another title: "the president" is not
    "Vice President Joe Biden", nor "the governor" a "Lt. Gov."."""
    last = {name: p for p, name, _ in roles if p < position}
    scored = [
        (len(title & described), -len(title - described - {word}), last[name], name)
        for p, name, title in roles
        if word in title and p < position and not (title & _LOWER_RANKS) - described
    ]
    return max(scored)[3] if scored else ""
