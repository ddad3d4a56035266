"""Names: the researcher's alias and title files, and how two written names are matched.

`data/aliases.yml` lists people, places and organisations with the other names they go by,
and metonym groups ("Moscow", "Kremlin" -> "Russian government"); `data/titles.txt` lists
the titles that mark a person ("Mr", "Foreign Minister"). Both are validated on loading,
and a bad entry fails with a `DataFileError` naming the file and line.

Names are compared by `name_key`. A full name has two or more name words; its surname may
be written with or without a prefix ("al-Assad", "Assad"); which full names are one person
is `people_clusters`' to say (Sergei / Sergey Lavrov, Bob / Robert Mueller); an acronym
stands for the one multi-word name its letters spell (US = United States) where the text
defines it so; a lone surname shared by several people is the one the corpus names far
more often, or no one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from helpers.base.datafiles import DataFile, DataFileError, Keys, read_list, read_yaml

_SECTIONS = {"people": "PERSON", "places": "GPE", "organisations": "ORG", "metonyms": "ORG"}
FIRST_NAMES = "first_names"
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
POSSESSIVE = frozenset(("'s", "’s", "'", "’"))  # the tokens of a possessive ending
Titles = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Aliases:
    """Curated names: name key -> canonical name and label, metonym groups, titles."""

    canonical: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)
    metonyms: Mapping[str, str] = field(default_factory=dict)
    titles: Titles = ()
    first_names: Mapping[str, frozenset[str]] = field(default_factory=dict)


@lru_cache(maxsize=2**16)
def name_key(text: str) -> str:
    """How names are compared: case-folded, without dots or a leading "the", single spaces.

    Memoised: a corpus writes the same names over and over, and every stage keys them."""
    key = " ".join(text.casefold().replace(".", "").replace("’", "'").split())
    return key[4:] if key.startswith("the ") else key


def load_titles(path: Path) -> Titles:
    """Titles from titles.txt as lower-case word tuples, longest first."""
    found: dict[tuple[str, ...], None] = {}
    for number, text in read_list(path):
        if not re.fullmatch(r"[A-Za-z][A-Za-z.\- ]*", text):
            message = f"{text!r} is not a title (letters, dots, hyphens, spaces)"
            raise DataFileError(path, message, number)
        found[tuple(text.lower().split())] = None
    return tuple(sorted(found, key=len, reverse=True))


def load_aliases(path: Path, titles: Path | None = None) -> Aliases:
    """Read aliases.yml and the titles (default: titles.txt beside it), validated."""
    file = read_yaml(path)
    canonical: dict[str, str] = {}
    labels: dict[str, str] = {}
    metonyms: dict[str, str] = {}
    sections = _mapping(file, (), file.data)
    first_names = _first_names(file, sections.pop(FIRST_NAMES, None))
    for section, entries in sections.items():
        if section not in _SECTIONS:
            message = f"unknown section {section!r}; use {', '.join([*_SECTIONS, FIRST_NAMES])}"
            raise file.error((section,), message)
        target = metonyms if section == "metonyms" else canonical
        for name, listed in _mapping(file, (section,), entries).items():
            _check_name(file, (section, name), name)
            forms = [((section, name), name)] if target is canonical else []
            forms += [
                ((section, name, n), form)
                for n, form in enumerate(_names(file, (section, name), listed))
            ]
            for keys, form in forms:
                key = name_key(_check_name(file, keys, form))
                if target.get(key, name) != name:
                    raise file.error(keys, f"{form!r} is under {target[key]!r} and {name!r}")
                target[key] = name
            if target is canonical:
                labels[name] = _SECTIONS[section]
    titles_path = titles or Path(path).with_name("titles.txt")
    found = load_titles(titles_path) if titles or titles_path.exists() else ()
    return Aliases(canonical, labels, metonyms, found, first_names)


def _first_names(file: DataFile, entries: object) -> dict[str, frozenset[str]]:
    """First-name key -> the keys of the given names it may stand for ("bob" -> {"robert"});
    a given name stands for itself. One familiar form may stand for several ("ted")."""
    stands_for: dict[str, set[str]] = defaultdict(set)
    for name, listed in _mapping(file, (FIRST_NAMES,), entries).items():
        forms = [((FIRST_NAMES, name), name)]
        forms += [
            ((FIRST_NAMES, name, n), f) for n, f in enumerate(_names(file, forms[0][0], listed))
        ]
        for keys, form in forms:
            if " " in _check_name(file, keys, form):
                raise file.error(keys, f"{form!r} is not one first name")
            stands_for[name_key(form)].add(name_key(name))
    return {key: frozenset(given) for key, given in stands_for.items()}


def _mapping(file: DataFile, keys: Keys, value: object) -> dict:
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise file.error(keys, "expected a mapping of names (Name: [aliases])")
    return value


def _names(file: DataFile, keys: Keys, value: object) -> list:
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise file.error(keys, "expected a list of names in brackets: [Name, Other Name]")
    return value


def _check_name(file: DataFile, keys: Keys, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise file.error(keys, "expected a name (non-empty text)")
    return value.strip()


def name_words(key: str) -> list[str]:
    """The words of a name key that tell names apart: no initials, no "Jr" or "III"."""
    return [w for w in key.split() if len(w) > 1 and w not in SUFFIXES]


def is_full_name(text: str) -> bool:
    """Two or more name words once initials and suffixes are left out, and no character
    that no person's name holds ("CIA & JFK", a book's title, is no one's full name)."""
    return len(name_words(name_key(text))) >= 2 and not NO_NAME_CHARACTER.search(text)


def surname_keys(key: str) -> set[str]:
    """The keys a full name's surname may be written as: "al-assad" and "assad"."""
    words = name_words(key)
    last = words[-1] if words else key
    return {last, last.split("-")[-1]}


def last_word(text: str) -> str:
    """The last word of a name as written, without digits, punctuation or suffix ("" if none)."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in SUFFIXES]
    return words[-1] if words else ""


# No person's name holds an ampersand, a figure, a "v." between two parties or a possessive
# before another word: "mom & dad & 3", "Q. Windows 8", "Trump v. Trump" (a court case's or
# a book's title), "Democratic Unionist Party's Brexit" (one party's thing).
NO_NAME_CHARACTER = re.compile(r"[&\d]|\svs?\.\s|['’]s\s")


def acronyms(keys: set[str]) -> dict[str, str]:
    """Acronym key -> the one multi-word key its letters spell ("us" -> "united states")."""
    spelled = defaultdict(set)
    for key in keys:
        words = [w for w in key.split() if w not in ("of", "the", "and", "for")]
        if len(words) >= 2:
            spelled["".join(w[0] for w in words)].add(key)
    return {a: next(iter(k)) for a, k in spelled.items() if len(k) == 1 and a in keys}


# A lone surname shared by several people of the corpus is taken for the one it names this
# many times as often, or in this many times as many articles, as all the others together
# (Barack Obama against Michelle Obama), else left on its own (Hillary against Bill
# Clinton, about 8 to 1 in mentions and 5 to 1 in articles in a year of US politics).
DOMINANT_PERSON = 10


def dominant_person(surnamed: set[str], first_named: set[str], *counts: Counter[str]) -> str:
    """The person a lone name is taken for: among the full names ending with it (`surnamed`)
    and those beginning with it (`first_named`), the only one, or the one that `DOMINANT_PERSON`
    times outnumbers all the others together in one of `counts` (how often each is named; in
    how many articles), if that one ends with it; '' if none is. A lone word is read as a
    surname, never a first name ("Hillary" alone is not "Stop Hillary", a campaign the model
    took for a person, when Hillary Clinton is named too), and one stray "Obama CIA" does
    not stop "Obama" being Barack Obama."""
    for named in counts:
        ranked = sorted(surnamed | first_named, key=lambda name: (-named[name], name))
        if not ranked or ranked[0] not in surnamed:
            continue
        if named[ranked[0]] >= DOMINANT_PERSON * sum(named[name] for name in ranked[1:]):
            return ranked[0]
    return ""


def defined_acronyms(
    files: Sequence[str],
    paragraphs: Sequence[int],
    starts: Sequence[int],
    ends: Sequence[int],
    texts: Sequence[str],
) -> set[tuple[str, str]]:
    """(later name key, name key) of each pair of names written two characters apart, as a
    name and its acronym in brackets are: "the Federal Bureau of Investigation (FBI)". Where
    the later one's letters spell the first (`acronyms`), the text defines it. A name whose
    initials merely spell an acronym is no evidence: one jibe, "the Clown News Network",
    took all 328 mentions of CNN in 2,000 articles. Arguments: the names' columns of
    `article_mentions`, in text order."""
    places = list(zip(files, paragraphs, starts, ends, texts, strict=True))
    return {
        (name_key(text), name_key(before[4]))
        for before, (file, paragraph, start, _, text) in pairwise(places)
        if (before[0], before[1]) == (file, paragraph) and start - before[3] == 2
    }
