"""The corpus's identities: which canonical entity each name stands for, and its label.

Full names cluster into people (`people_clusters`); a one-word name joins the person it
most likely names across the corpus (`names.dominant_person`); acronyms join the names they
spell where an article defines them; the researcher's aliases come before any guess. Each
entity's label is the vote of its mentions' labels.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

import pandas as pd

from helpers.base.columns import column_lists
from helpers.entities.name_spans import ENTITY_LABELS
from helpers.entities.names import (
    Aliases,
    acronyms,
    defined_acronyms,
    dominant_person,
    name_key,
    name_words,
    surname_keys,
)
from helpers.entities.people_clusters import (
    cluster_people,
    fathers,
    named_together,
    relatives_named,
)

_TITLED_PERSON = 2  # titled uses that make a one-word name a person's


def corpus_identities(
    named: pd.DataFrame, aliases: Aliases
) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """Canonical entity of each name, in order, the voted label of each entity, and the
    father of each "Jr." named apart from him (`people_clusters.fathers`).

    A one-word name joins the one full name ending with it, or the one named far more often,
    or in far more articles, than the others ending or beginning with it
    (`names.dominant_person`: one profile of Michelle Obama names her as often as a hundred
    articles name Barack Obama, whom a lone "Obama" with no full name in its article is,
    while a corpus names Ronald Reagan in few articles, but far more often than Nancy
    Reagan). A one-word name written after a title at least twice in the corpus ("Mr.
    Trump", "Gov. Kasich") is a person's wherever the model labels it ORG: the small model
    tags lone surnames ORG as often as PERSON."""
    columns = column_lists(named, ("text", "label", "person", "titled"))
    files = named["file"].tolist()
    titled = Counter(
        name_key(text) for text, after in zip(columns[0], columns[3], strict=True) if after
    )
    people_words = {k for k, n in titled.items() if n >= _TITLED_PERSON and " " not in k}
    rows = [
        (t, "PERSON" if name_key(t) in people_words else label, p, name_key(t))
        for t, label, p in zip(*columns[:3], strict=True)
    ]
    written = Counter(t for t, _, p, key in rows if p and p == key)
    keys_by_article: dict[str, set[str]] = defaultdict(set)
    for file, (_, _, person, _) in zip(files, rows, strict=True):
        if person:
            keys_by_article[file].add(person)
    relatives = relatives_named(keys_by_article.values())
    together = named_together(keys_by_article.values())
    people = cluster_people(
        {p for _, _, p, _ in rows if p}, written, aliases.first_names, relatives, together
    )
    by_surname, by_first_name = _people_by_word(people)
    named_people = Counter(people[p] for _, _, p, _ in rows if p)
    articles_naming = Counter(people[p] for keys in keys_by_article.values() for p in keys)
    votes: dict[str, Counter] = defaultdict(Counter)
    texts: dict[str, Counter] = defaultdict(Counter)
    for text, label, person, key in rows:
        votes[key]["PERSON" if person else label] += 1
        texts[key][text] += 1
    shown = {k: max(c, key=lambda t: (c[t], len(t), t)) for k, c in texts.items()}
    lone_people = {  # once per word, not once per mention
        key: dominant_person(by_surname[key], by_first_name[key], named_people, articles_naming)
        for key in {k for _, _, p, k in rows if not p}
        if _vote(votes[key]) == "PERSON"
    }
    spelled = acronyms({k for _, _, p, k in rows if not p and _vote(votes[k]) != "PERSON"})
    defined = defined_acronyms(*column_lists(named, ("file", "paragraph", "start", "end", "text")))
    spelled = {a: k for a, k in spelled.items() if (a, k) in defined}
    entity = []
    for _, _, person, key in rows:
        if person:
            name = people[person]
        elif key in aliases.canonical:  # the researcher's word comes before any guess
            name = aliases.canonical[key]
        elif lone_people.get(key):
            name = lone_people[key]
        else:
            short = spelled.get(key, key)
            name = aliases.canonical.get(short) or shown[short]
        entity.append(aliases.canonical.get(name_key(name), name))
    tally: dict[str, Counter] = defaultdict(Counter)
    for (_, label, person, _), name in zip(rows, entity, strict=True):
        tally[name]["PERSON" if person else label] += 1
    labels = {name: aliases.labels.get(name) or _vote(c) for name, c in tally.items()}
    return entity, labels, fathers(people, relatives, named_people)


def _people_by_word(people: Mapping[str, str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The canonical names of `people` (full-name key -> name) by surname and by first name."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    by_first_name: dict[str, set[str]] = defaultdict(set)
    for key, name in people.items():
        for surname in surname_keys(key):
            by_surname[surname].add(name)
        if len(words := name_words(key)) >= 2:
            by_first_name[words[0]].add(name)
    return by_surname, by_first_name


def _vote(counts: Counter) -> str:
    """The majority label; ties go to PERSON, then ORG, GPE, LOC, FAC."""
    return max(counts, key=lambda label: (counts[label], -ENTITY_LABELS.index(label)))
