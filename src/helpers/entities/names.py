"""Names: the researcher's alias and title files, and how two written names are matched.

`data/aliases.yml` lists people, places and organisations with the other names they go by,
and metonym groups ("Moscow", "Kremlin" -> "Russian government"); `data/titles.txt` lists
the titles that mark a person ("Mr", "Foreign Minister"). Both are validated on loading,
and a bad entry fails with a `DataFileError` naming the file and line.

Names are compared by `name_key`. A full name has two or more name words; its surname may
be written with or without a prefix ("al-Assad", "Assad"); two full names whose first names
and surnames are spelled nearly alike (Sergei / Sergey Lavrov) are one person; an acronym
stands for the one multi-word name its letters spell (US = United States).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

_SECTIONS = {"people": "PERSON", "places": "GPE", "organisations": "ORG", "metonyms": "ORG"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_EMPTY = ("", "~", "null")
Titles = tuple[tuple[str, ...], ...]


class DataFileError(ValueError):
    """A researcher-editable data file that cannot be used; the message names file and line."""


@dataclass(frozen=True)
class Aliases:
    """Curated names: name key -> canonical name and label, metonym groups, titles."""

    canonical: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)
    metonyms: Mapping[str, str] = field(default_factory=dict)
    titles: Titles = ()


@lru_cache(maxsize=2**16)
def name_key(text: str) -> str:
    """How names are compared: case-folded, without dots or a leading "the", single spaces.

    Memoised: a corpus writes the same names over and over, and every stage keys them."""
    key = " ".join(text.casefold().replace(".", "").replace("’", "'").split())
    return key[4:] if key.startswith("the ") else key


def data_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, text) of a one-item-per-line data file, without blanks and # comments."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataFileError(f"{path}: file not found") from None
    return [
        (n, line.split("#")[0].strip())
        for n, line in enumerate(lines, 1)
        if line.split("#")[0].strip()
    ]


def load_titles(path: Path) -> Titles:
    """Titles from titles.txt as lower-case word tuples, longest first."""
    found: dict[tuple[str, ...], None] = {}
    for number, text in data_lines(path):
        if not re.fullmatch(r"[A-Za-z][A-Za-z.\- ]*", text):
            raise DataFileError(
                f"{path}, line {number}: {text!r} is not a title (letters, dots, hyphens, spaces)"
            )
        found[tuple(text.lower().split())] = None
    return tuple(sorted(found, key=len, reverse=True))


def load_aliases(path: Path, titles: Path | None = None) -> Aliases:
    """Read aliases.yml and the titles (default: titles.txt beside it), validated."""
    try:
        root = yaml.compose(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(f"{path}: file not found") from None
    except yaml.MarkedYAMLError as error:
        raise DataFileError(
            f"{path}, line {error.problem_mark.line + 1}: {error.problem}"
        ) from None
    canonical: dict[str, str] = {}
    labels: dict[str, str] = {}
    metonyms: dict[str, str] = {}
    for section, entries in _yaml_pairs(root, path):
        if section.value not in _SECTIONS:
            raise _yaml_error(
                path, section, f"unknown section {section.value!r}; use {', '.join(_SECTIONS)}"
            )
        target = metonyms if section.value == "metonyms" else canonical
        for head, listed in _yaml_pairs(entries, path):
            name = _yaml_text(head, path)
            forms = ([head] if target is canonical else []) + _yaml_items(listed, path)
            for node in forms:
                key = name_key(_yaml_text(node, path))
                if target.get(key, name) != name:
                    raise _yaml_error(
                        path, node, f"{node.value!r} is under {target[key]!r} and {name!r}"
                    )
                target[key] = name
            if target is canonical:
                labels[name] = _SECTIONS[section.value]
    titles_path = titles or Path(path).with_name("titles.txt")
    found = load_titles(titles_path) if titles or titles_path.exists() else ()
    return Aliases(canonical, labels, metonyms, found)


def name_words(key: str) -> list[str]:
    """The words of a name key that tell names apart: no initials, no "Jr" or "III"."""
    return [w for w in key.split() if len(w) > 1 and w not in SUFFIXES]


def is_full_name(text: str) -> bool:
    """Two or more name words once initials and suffixes are left out."""
    return len(name_words(name_key(text))) >= 2


def surname_keys(key: str) -> set[str]:
    """The keys a full name's surname may be written as: "al-assad" and "assad"."""
    words = name_words(key)
    last = words[-1] if words else key
    return {last, last.split("-")[-1]}


def last_word(text: str) -> str:
    """The last word of a name as written, without digits, punctuation or suffix ("" if none)."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in SUFFIXES]
    return words[-1] if words else ""


FIRST_NAME_SCORE = 80  # rapidfuzz ratio of two first names of one person, at least
SURNAME_SCORE = 85  # ... and of their surnames


def same_person(a: str, b: str) -> bool:
    """Full-name keys of one person: close first names and surnames ("sergei" ~ "sergey")."""
    wa, wb = name_words(a), name_words(b)
    return (
        fuzz.ratio(wa[0], wb[0]) >= FIRST_NAME_SCORE and fuzz.ratio(wa[-1], wb[-1]) >= SURNAME_SCORE
    )


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


def cluster_people(keys: Iterable[str], forms: Counter[str]) -> dict[str, str]:
    """Full-name key -> canonical name: spellings of one person clustered, named by the
    commonest written form (`forms` counts how each full name is written)."""
    keys = sorted(set(keys))
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    index = PeopleIndex(keys)
    for a in keys:
        for b in index.matches(a):
            if root(b) != root(a):
                parent[root(b)] = root(a)
    best: dict[str, tuple[int, str]] = {}
    for text, count in forms.items():
        r = root(name_key(text))
        best[r] = min(best.get(r, (0, text)), (-count, text))
    return {k: best[root(k)][1] for k in keys}


def acronyms(keys: set[str]) -> dict[str, str]:
    """Acronym key -> the one multi-word key its letters spell ("us" -> "united states")."""
    spelled = defaultdict(set)
    for key in keys:
        words = [w for w in key.split() if w not in ("of", "the", "and", "for")]
        if len(words) >= 2:
            spelled["".join(w[0] for w in words)].add(key)
    return {a: next(iter(k)) for a, k in spelled.items() if len(k) == 1 and a in keys}


def _yaml_pairs(node: yaml.Node | None, path: Path) -> list[tuple[yaml.Node, yaml.Node]]:
    if node is None or (isinstance(node, yaml.ScalarNode) and node.value in _EMPTY):
        return []
    if not isinstance(node, yaml.MappingNode):
        raise _yaml_error(path, node, "expected a mapping of names (Name: [aliases])")
    return node.value


def _yaml_items(node: yaml.Node, path: Path) -> list[yaml.Node]:
    if isinstance(node, yaml.ScalarNode) and node.value in _EMPTY:
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise _yaml_error(path, node, "expected a list of names in brackets: [Name, Other Name]")
    return node.value


def _yaml_text(node: yaml.Node, path: Path) -> str:
    if not isinstance(node, yaml.ScalarNode) or not node.value.strip():
        raise _yaml_error(path, node, "expected a name (non-empty text)")
    return node.value.strip()


def _yaml_error(path: Path, node: yaml.Node, message: str) -> DataFileError:
    return DataFileError(f"{path}, line {node.start_mark.line + 1}: {message}")
