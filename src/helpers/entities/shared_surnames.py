"""People who share a surname in one article: which of them a surname alone is.

`article_names.resolve_article` points a lone surname at the full name written most often
before it. Where two people of the article share that surname (Bill and Hillary Clinton,
Donald and Ivanka Trump) the text often says which one is meant: an honorific right before
it ("Mrs. Clinton", "Ms. Trump", as the NYT writes) or a he/she its own clause reports
("Clinton said she …"). The full names the article shows to have that gender (`gender`:
their honorifics, the he/she words after them, the honorifics of their surname while they
were the only full name with it) are then the candidates, else those it does not show to
have the other, and the same rule chooses among them. Without evidence nothing changes.
The evidence is the article's words, never a list of first names.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc

from helpers.entities.article_names import choose
from helpers.entities.gender import gender, honorific_gender, votes
from helpers.entities.name_spans import NameSpan
from helpers.entities.names import is_full_name, surname_keys


def tell_apart(
    names: list[NameSpan], repeats: list[NameSpan], docs: Sequence[Doc]
) -> dict[tuple[int, int], str]:
    """Re-point an article's lone surnames (`names`, resolved, and its untagged `repeats`)
    that match several of its full names, where the gender the text shows for the mention
    narrows them down (`_candidates`). A repeat so chosen gets its `person`; any other
    keeps ''. Returns the genders the article shows, by (row, start): each full name's (its
    person's), each such lone mention's own, and the honorific's of a lone surname that one
    full name of the article has, for `corpus_gender`."""
    fulls = [m for m in names if m.label == "PERSON" and is_full_name(m.text) and m.person]
    if not fulls:
        return {}
    sharing: defaultdict[str, set[str]] = defaultdict(set)
    for f in fulls:
        for key in surname_keys(f.key):
            sharing[key].add(f.person)
    lone = [m for m in (*names, *repeats) if len(sharing.get(m.key, ())) > 1]
    shown, own = _genders(fulls, lone, names + repeats, docs)
    for m in lone:
        kept = _candidates(sharing[m.key], own[(m.row, m.start)], shown)
        if kept and kept != sharing[m.key]:
            m.person = choose(m, [f for f in fulls if f.person in kept])
    found = {(f.row, f.start): shown[f.person] for f in fulls if f.person in shown}
    titled = {  # "Mr. Obama" with one Obama named in full: `corpus_gender` weighs it
        (m.row, m.start): said
        for m in names
        if len(sharing.get(m.key, ())) == 1 and (said := _honorific(m, docs))
    }
    return found | {at: g for at, g in own.items() if g} | titled


def _honorific(m: NameSpan, docs: Sequence[Doc]) -> str:
    """The gender an honorific right before a lone surname says ("Mr. Khan": 'm'), else ''."""
    doc = docs[m.row]
    return honorific_gender(doc, doc.char_span(m.start, m.end, alignment_mode="expand").start)


def _candidates(people: set[str], said: str, shown: dict[str, str]) -> set[str]:
    """Those of `people` the article shows to have the gender `said`, else those it does
    not show to have the other ("Mr. Clinton" is Bill, shown a man, over Hillary and
    Chelsea whose gender the article does not show); none where `said` is ''."""
    same = {p for p in people if shown.get(p) == said}
    return (same or {p for p in people if shown.get(p, said) == said}) if said else set()


def _genders(
    fulls: list[NameSpan], lone: list[NameSpan], people: list[NameSpan], docs: Sequence[Doc]
) -> tuple[dict[str, str], dict[tuple[int, int], str]]:
    """The gender the article shows for each full name (by person key), and for each lone
    mention (by row and start): its honorific, else what its own clause reports of it.
    Every name of a person counts, resolved or not ("Mr. Obama" with no full name), and a
    lone mention as someone else beside every full name, so that weak evidence ("…, his
    plan") is not given to a full name it may not be about."""
    alone = {(m.row, m.start): f"{m.row}:{m.start}" for m in lone}
    rows: defaultdict[int, list[tuple[int, int, str]]] = defaultdict(list)
    honorifics: dict[str, str] = {}
    for m in people:
        own = alone.get((m.row, m.start), m.person or m.key)
        if m.label == "PERSON" and own:
            rows[m.row].append((m.start, m.end, own))
            first = docs[m.row].char_span(m.start, m.end, alignment_mode="expand").start
            honorifics[own] = honorific_gender(docs[m.row], first) or honorifics.get(own, "")
    lone_keys = set(alone.values())
    counted: defaultdict[str, Counter] = defaultdict(Counter)
    for row, mentions in rows.items():
        for entity, said, strong in votes(docs[row], sorted(mentions)):
            if strong or entity not in lone_keys:  # a lone mention: only its own clause
                counted[entity][(said, strong)] += 1
    own = {at: gender(honorifics.get(key, ""), counted[key]) for at, key in alone.items()}
    sole = _sole_candidates(fulls, lone, own)
    shown = {
        f.person: gender(honorifics.get(f.person, "") or sole.get(f.person, ""), counted[f.person])
        for f in fulls
    }
    return {p: g for p, g in shown.items() if g}, own


def _sole_candidates(
    fulls: list[NameSpan], lone: list[NameSpan], own: dict[tuple[int, int], str]
) -> dict[str, str]:
    """The gender of a full name shown by the lone surnames written while it was the only
    full name of the article with that surname ("Hillary Clinton …, Mrs. Clinton …" before
    any Bill Clinton), where they agree. Not a gender the surname already showed before
    any full name with it was written: that honorific was someone else's first (an article
    writes "Mr. Obama" a dozen times, then "the first lady, Michelle Obama", then "Mr.
    Obama" again: he is still Barack Obama, not a man named Michelle)."""
    found: defaultdict[str, Counter] = defaultdict(Counter)
    unnamed: set[tuple[str, str]] = set()  # (surname, gender) shown before any full name
    for m in (m for m in lone if own[(m.row, m.start)]):
        before = {
            f.person
            for f in fulls
            if (f.row, f.start) < (m.row, m.start) and m.key in surname_keys(f.key)
        }
        if len(before) == 1:
            found[before.pop()][(m.key, own[(m.row, m.start)])] += 1
        elif not before:
            unnamed.add((m.key, own[(m.row, m.start)]))
    shown = {p: {g for _, g in c} for p, c in found.items()}
    shown = {p: g for p, said in shown.items() if len(said) == 1 for g in said}
    return {p: g for p, g in shown.items() if not any((k, g) in unnamed for k, _ in found[p])}
