"""People who share a surname in an article that shows neither one's gender: what the rest
of the corpus shows of each decides.

`shared_surnames.tell_apart` reads the article's own words: "Mrs. Clinton" is the Clinton
the article shows to be a woman. Some articles name Bill and Hillary Clinton in full, then
write "Mr. Clinton" and "Mrs. Clinton" with no he/she of either ("Hillary Clinton … her
husband"), and the honorific alone cannot tell them apart there. Other articles show each
full name's gender (their honorifics, the he/she of their own clauses); counted one article
one vote (`corpus_genders`), that gender stands in where the article shows none of the
candidates' (`by_corpus_gender`). An honorific against the one full name of its surname
in the article ("Mr. Obama" where only "the first lady, Michelle Obama" is named in full) is
read the same way: the corpus's person of that surname and gender, among those some article
names in full with the named one (spouses are named together; "Mr. Johnson", the husband
of a councillor Mary Johnson, is not the prime minister Boris Johnson, whom no article
names with her). The evidence is still the corpus's words, never a list of first names.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

import pandas as pd

from helpers.base.columns import column_lists
from helpers.entities.article_names import choose
from helpers.entities.name_spans import NameSpan
from helpers.entities.names import is_full_name, name_key, surname_keys

_COLUMNS = ("file", "paragraph", "start", "end", "text", "person", "gender")


def corpus_genders(table: pd.DataFrame, entity: Mapping[int, str]) -> dict[str, str]:
    """The gender ('m' or 'f') the corpus shows for each person: one vote per article that
    shows it for the person's full name (`gender` of a row written in full), the majority
    where the votes are not tied."""
    votes: defaultdict[str, Counter] = defaultdict(Counter)
    seen = set()
    for i, file, *_, text, person, gender in zip(
        table.index, *column_lists(table, _COLUMNS), strict=True
    ):
        if gender and person and i in entity and is_full_name(text):
            if (file, entity[i]) not in seen:
                seen.add((file, entity[i]))
                votes[entity[i]][gender] += 1
    return {p: "m" if c["m"] > c["f"] else "f" for p, c in votes.items() if c["m"] != c["f"]}


def by_corpus_gender(table: pd.DataFrame, entity: Mapping[int, str]) -> dict[int, str]:
    """New entity of each lone surname (row index) whose own gender (`gender`: "Mrs.
    Clinton") its article showed for none of its full names with that surname: of those the
    corpus shows to have that gender, the one `article_names.choose` picks; and of each
    honorific against the one full name of its surname (`_other_gender`)."""
    genders = corpus_genders(table, entity)
    by_file: defaultdict[str, list[tuple]] = defaultdict(list)
    for i, file, *row in zip(table.index, *column_lists(table, _COLUMNS), strict=True):
        if i in entity:
            by_file[file].append((i, *row))
    met = _named_together(by_file.values(), entity)
    named = Counter(entity.values())
    found: dict[int, str] = {}
    for rows in by_file.values():
        found.update(_article(rows, entity, genders))
        found.update(_other_gender(rows, entity, genders, met, named))
    return found


def _named_together(
    articles: Iterable[list[tuple]], entity: Mapping[int, str]
) -> defaultdict[str, set[str]]:
    """For each person named in full, the others named in full in an article with them."""
    met: defaultdict[str, set[str]] = defaultdict(set)
    for rows in articles:
        people = {entity[i] for i, *_, text, person, _ in rows if person and is_full_name(text)}
        for person in people:
            met[person] |= people - {person}
    return met


def _other_gender(
    rows: list[tuple],
    entity: Mapping[int, str],
    genders: Mapping[str, str],
    met: Mapping[str, set[str]],
    named: Counter,
) -> dict[int, str]:
    """New entity of each lone surname with an honorific ("Mr. Obama") whose article names
    one person in full with that surname, a person the corpus shows to have the other
    gender ("the first lady, Michelle Obama", named late): of the people of that surname
    and the honorific's gender named in full with her in some article (`met`), the one the
    corpus names most (Barack Obama), where there is one."""
    sharing: defaultdict[str, set[str]] = defaultdict(set)
    for i, *_, text, person, _ in rows:
        if person and is_full_name(text):
            for key in surname_keys(name_key(text)):
                sharing[key].add(entity[i])
    found = {}
    for i, *_, text, _, said in rows:
        people = sharing.get(key := name_key(text), set())
        if not said or len(people) != 1 or genders.get(one := next(iter(people)), said) == said:
            continue
        others = [
            p for p in met.get(one, ()) if genders.get(p) == said and name_key(p).split()[-1] == key
        ]
        if others:
            found[i] = max(sorted(others), key=named.__getitem__)
    return found


def _article(rows: list[tuple], entity: Mapping[int, str], genders: dict[str, str]) -> dict:
    """`by_corpus_gender` within one article's rows (index, paragraph, start, end, text,
    person, gender)."""
    fulls = [
        NameSpan(paragraph, start, end, text, "PERSON", entity[i])
        for i, paragraph, start, end, text, person, _ in rows
        if person and is_full_name(text)
    ]
    shown = {entity[i] for i, *_, text, person, gender in rows if gender and is_full_name(text)}
    sharing: defaultdict[str, set[str]] = defaultdict(set)
    for f in fulls:
        for key in surname_keys(name_key(f.text)):
            sharing[key].add(f.person)
    found = {}
    for i, paragraph, start, end, text, _, said in rows:
        people = sharing.get(name_key(text), set())
        if not said or len(people) < 2 or is_full_name(text) or people & shown:
            continue
        kept = {p for p in people if genders.get(p) == said}
        if kept and kept != people:
            m = NameSpan(paragraph, start, end, text, "PERSON")
            found[i] = choose(m, [f for f in fulls if f.person in kept])
    return found
