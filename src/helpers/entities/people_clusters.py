"""Full names of one person across a corpus: spelling variants and given-name forms joined,
relatives kept apart.

Two full names are one person when their first names and surnames are spelled nearly alike
(Sergei / Sergey Lavrov) or their first names stand for one given name (Bob / Robert
Mueller, from the alias file's `first_names`). Two kinds of written evidence keep apart
names that look alike and are relatives, whom news names in the same stories:
- different middle initials, both written (each name at least twice, as one slip of a
  letter must not split a person): George H. W. Bush is not George W. Bush, nor George P.
  Bush;
- "Jr." or "Sr." on one name and not the other, where some article writes both: that
  article names a father and a son (Donald Trump and Donald Trump Jr., Duncan Hunter and
  Duncan Hunter Sr.). Where no article writes both, the suffix is a formal first reference
  ("Joseph R. Biden Jr.", "Joe Biden" elsewhere). A numeral ("Robert S. Mueller III") is
  written in a formal first reference in the same article as the shorter name, so it keeps
  nothing apart.
A full name that could join relatives kept apart ("George Bush", beside both presidents)
joins none of them: which one it names, the corpus does not say. A surname alone that its
article gave to a "Jr." kept apart from his father is the father's (`fathers_surnames`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

import pandas as pd
from rapidfuzz import fuzz, process

from helpers.entities.names import SUFFIXES, name_key, name_words

FIRST_NAME_SCORE = 80  # rapidfuzz ratio of two first names of one person, at least
SURNAME_SCORE = 85  # ... and of their surnames
GENERATIONS = ("jr", "sr")  # suffixes written to tell a father and a son apart
INITIALS_WRITTEN = 2  # times a full name with a middle initial is written to tell relatives

Relatives = frozenset[tuple[str, str]]  # (first name, surname) of a father and son both named


def same_person(a: str, b: str) -> bool:
    """Full-name keys of one person: close first names and surnames ("sergei" ~ "sergey")."""
    wa, wb = name_words(a), name_words(b)
    return (
        fuzz.ratio(wa[0], wb[0]) >= FIRST_NAME_SCORE and fuzz.ratio(wa[-1], wb[-1]) >= SURNAME_SCORE
    )


def middle_initials(key: str) -> str:
    """The initials written between a full-name key's first name and surname ("george hw
    bush" and "george h w bush": "hw"); "" if none. A middle name written out is no
    initial: "Hillary Rodham Clinton" may be written with or without it, and "al", "de" or
    "López" are parts of a surname."""
    words = [_letters(w) for w in key.split() if w not in SUFFIXES]
    return "".join(w for w in words[1:-1] if _INITIALS.fullmatch(w))


_INITIALS = re.compile(r"[^\W\d_]|[^\W\d_aeiouy]{2}")  # "h", or "hw" (no vowel: not "al")


def _letters(word: str) -> str:
    """A name word without the stray marks scraped text leaves on it ("-donald", "(w")."""
    return re.sub(r"^\W+|\W+$", "", word)


def first_and_surname(key: str) -> tuple[str, str]:
    """A full-name key's first name and surname, without stray marks."""
    words = name_words(key)
    return _letters(words[0]), _letters(words[-1])


def generation(key: str) -> str:
    """'jr' or 'sr' where a full-name key ends with that suffix, else ''."""
    last = key.rsplit(" ", 1)[-1]
    return last if last in GENERATIONS else ""


def relatives_named(keys_by_article: Iterable[Iterable[str]]) -> Relatives:
    """(first name, surname) of every name an article writes both with "Jr." or "Sr." and
    without it, or with each: there, they are two people."""
    found = set()
    for keys in keys_by_article:
        by_name = defaultdict(set)
        for key in keys:
            if len(name_words(key)) >= 2:
                by_name[first_and_surname(key)].add(generation(key))
        found.update(name for name, marks in by_name.items() if len(marks) > 1 and marks - {""})
    return frozenset(found)


def named_together(keys_by_article: Iterable[Iterable[str]]) -> frozenset[tuple[str, str]]:
    """Pairs (in sorted order) of full-name keys with one surname that an article writes
    both: "Eric Garner" and "Erica Garner", "Ivana Trump" and "Ivanka Trump"."""
    pairs = set()
    for keys in keys_by_article:
        by_surname = defaultdict(set)
        for key in keys:
            if len(name_words(key)) >= 2:
                by_surname[first_and_surname(key)[1]].add(key)
        for same in by_surname.values():
            pairs.update((a, b) for a in same for b in same if a < b)
    return frozenset(pairs)


def two_given_names(a: str, b: str, together: frozenset[tuple[str, str]]) -> bool:
    """Full names that look alike but are two people: one first name is the other's
    feminine form in "-a" ("Eric" and "Erica", "Nigel" and "Nigella", "Paul" and "Paula"),
    and an article writes both. One name spelled two ways in an article stays one person
    ("Mohamed" and "Mohammed Morsi", "Sara" and "Sarah Carter", "Lynn" and "Lynne Stewart"
    were, on 2,000 real articles, when any first names of different lengths were kept apart)."""
    pair = (a, b) if a < b else (b, a)
    short, long = sorted((first_and_surname(a)[0], first_and_surname(b)[0]), key=len)
    feminine = bool(short) and long in (short + "a", short + short[-1] + "a")
    return feminine and pair in together


def relatives(a: str, b: str, named: Relatives = frozenset()) -> bool:
    """Two full-name keys the text shows to be two people: different middle initials, or
    different generations of a name some article writes with both (`relatives_named`)."""
    ma, mb = middle_initials(a), middle_initials(b)
    if ma and mb and ma != mb:
        return True
    name = first_and_surname(a)
    return generation(a) != generation(b) and name in named and name[0] == first_and_surname(b)[0]


def fathers(people: Mapping[str, str], named: Relatives, counts: Counter[str]) -> dict[str, str]:
    """Each person written with "Jr." whom the corpus names apart from a father (`named`) ->
    that father, the one of them written without a suffix (the most named if several).
    `people`: full-name key -> person; `counts`: how often each person is named."""
    unmarked: dict[tuple[str, str], str] = {}
    for key, person in people.items():
        name = first_and_surname(key)
        if (
            name in named
            and not generation(key)
            and counts[person] > counts[unmarked.get(name, "")]
        ):
            unmarked[name] = person
    return {
        person: unmarked[first_and_surname(key)]
        for key, person in people.items()
        if generation(key) == "jr" and first_and_surname(key) in unmarked
    }


def fathers_surnames(
    texts: pd.Series, entity: Mapping[int, str], juniors: Mapping[str, str]
) -> dict[int, str]:
    """Mentions (`texts` by row; `entity`: row -> person) of a surname alone that its
    article gave to a "Jr." named apart from his father (`juniors`, from `fathers`) -> the
    father: the news writes "Trump Jr." for the son, and "Trump" after "Donald Trump Jr."
    is the father. ("Sr." is left alone: an article about the father names him so, then
    writes his surname.)"""
    return {
        i: juniors[entity[i]]
        for i, text in texts.items()
        if i in entity and entity[i] in juniors
        for key in [name_key(text)]
        if len(name_words(key)) < 2 and not generation(key)
    }


class PeopleIndex:
    """Full-name keys by surname, to find every key `same_person` pairs with a name without
    comparing the name with each key: rapidfuzz scores its surname against the distinct
    surnames at once, and only the keys under close surnames have their first names
    compared. A corpus names thousands of people; comparing each with each grew with the
    square of the corpus."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key in keys:
            words = name_words(key)
            if words:
                self.by_surname[words[-1]].append((words[0], key))
        self.surnames = list(self.by_surname)

    def matches(self, key: str) -> list[str]:
        """The indexed keys of the same person as `key` (a full-name key), in index order."""
        words = name_words(key)
        close = process.extract(
            words[-1], self.surnames, scorer=fuzz.ratio, score_cutoff=SURNAME_SCORE, limit=None
        )
        return [
            other
            for surname, _, _ in sorted(close, key=lambda found: found[2])
            for first, other in self.by_surname[surname]
            if fuzz.ratio(words[0], first) >= FIRST_NAME_SCORE
        ]


def cluster_people(
    keys: Iterable[str],
    forms: Counter[str],
    first_names: Mapping[str, frozenset[str]] | None = None,
    named_relatives: Relatives = frozenset(),
    together: frozenset[tuple[str, str]] = frozenset(),
) -> dict[str, str]:
    """Full-name key -> canonical name: spellings of one person clustered, named by the
    commonest written form (`forms` counts how each full name is written). Full names with
    one surname whose first names stand for one given name (`Aliases.first_names`) are one
    person too: "Bob Mueller" and "Robert Mueller", "Chuck Grassley" and "Charles E. Grassley".
    No cluster holds two names the text shows to be relatives (`relatives`), and a name
    that matches two such relatives stays on its own. Names that are alike but written
    together in an article (`together`, from `named_together`) as two given names are no
    spellings of one (`two_given_names`)."""
    keys = sorted(set(keys))
    index = PeopleIndex(keys)
    given: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in keys:
        words = name_words(key)
        for name in (first_names or {}).get(words[0], ()) if len(words) >= 2 else ():
            given[name, words[-1]].append(key)
    matching = {
        key: {m for m in index.matches(key) if not two_given_names(key, m, together)}
        for key in keys
    }
    for group in given.values():
        for key in group:
            matching[key].update(group)
    written: Counter[str] = Counter()
    for text, count in forms.items():
        written[name_key(text)] += count

    def apart(x: str, y: str) -> bool:
        """Relatives, by a middle initial each is written with at least twice (one may be a
        slip: a lone "Donald F. Trump" must not tear Donald Trump from Donald J. Trump) or
        by the article that names both generations."""
        if generation(x) == generation(y) and min(written[x], written[y]) < INITIALS_WRITTEN:
            return False
        return relatives(x, y, named_relatives)

    members = {k: [k] for k in keys}
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    def join(a: str, b: str) -> None:
        """One person, unless the two names are written as relatives, or any two of the
        names already joined to each are (`apart`)."""
        ra, rb = root(a), root(b)
        if ra == rb or relatives(a, b, named_relatives):
            return
        if not any(apart(x, y) for x in members[ra] for y in members[rb]):
            parent[rb] = ra
            members[ra] += members.pop(rb)

    def torn(key: str) -> bool:
        """Matches two names the text shows to be relatives."""
        candidates = [m for m in matching[key] if not relatives(key, m, named_relatives)]
        return any(apart(x, y) for x in candidates for y in candidates)

    settled = {key for key in keys if not torn(key)}
    for a in keys:
        for b in sorted(matching[a]):
            if a in settled and b in settled:
                join(a, b)
    best: dict[str, tuple[int, str]] = {}
    for text, count in forms.items():
        r = root(name_key(text))
        best[r] = min(best.get(r, (0, text)), (-count, text))
    return {k: best[root(k)][1] for k in keys}
