"""The vocabulary of boilerplate kinds: reading and checking data/boilerplate_kinds.yml.

A researcher edits the file (its format is described at its top); `load_vocabulary` checks
it, with errors that name the file, the kind and the key, and compiles its phrases into a
few patterns once, since every line of every corpus is matched against them
(helpers.cleaning.line_kinds). A Vocabulary holds compiled patterns and plain values, which pickle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from helpers.base import paths
from helpers.base.datafiles import DataFile, Keys, check_keys, read_yaml

_KIND_KEYS = {"comment", "starts", "ends", "alone", "contains", "max_words", "heads_list"}
_TOP_KEYS = {"kinds", "word_sets", "agencies"}
_WORD_SETS = ("share", "navigation", "stamp", "filler")
# Words that label a photo credit: "(Photo: ...)", "Image credit: ...".
CREDIT_LABELS = ("photo", "image", "picture", "photograph", "credit", "source", "video", "graphic")
CREDIT_LABELS += ("illustration",)
_COUNT = re.compile(r"\s*[(\[]?\d+[)\]]?\s*$")
# Up to five capitalised words, matched case-sensitively inside a case-blind pattern.
_CAPITALISED_NAME = r"(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})"
_QUOTED_LABEL = re.compile(r'^["“]([^"“”]+:)\s*["”]$')
# A phrase a line starts with ends at a non-letter, or where a capitalised word is glued to
# its last lower-case letter (a label run into the next element: "Media captionThe mayor").
_PHRASE_END = r"(?:(?![^\W\d_])|(?-i:(?<=[a-z])(?=[A-Z][a-z])))"
# A list's marker before a phrase a line starts with ("• Discuss this story", ">> Read
# more"): the page's bullet, not the phrase's.
_LIST_MARK = r"(?i)^(?:[•·*>»]+\s*)?"


@dataclass(frozen=True)
class KindRule:
    """One kind of the file: its name, the longest line it names, whether it heads a list."""

    name: str
    max_words: int
    heads_list: bool


@dataclass(frozen=True)
class Vocabulary:
    """The checked vocabulary of one kinds file, compiled into a few alternations."""

    kinds: dict[str, KindRule]
    starts: re.Pattern[str] | None
    ends: re.Pattern[str] | None
    contains: tuple[tuple[str, str], ...]
    alone: dict[str, str]
    word_sets: dict[str, frozenset[str]]
    credit_end: re.Pattern[str]
    credit_alone: re.Pattern[str]
    credit_hints: tuple[str, ...]
    groups: dict[str, str]
    source: str


def load_vocabulary(path: Path) -> Vocabulary:
    """Read and check a kinds file (its format is described at its top).

    Raises DataFileError naming the file, the line, and the kind and key, when the file is
    missing or not YAML, or a kind has an unknown key, a phrase that is not a non-empty
    string, or a word set or the agencies list is missing.
    """
    file = read_yaml(path)
    data = file.data
    if not isinstance(data, dict) or not isinstance(data.get("kinds"), dict):
        raise file.error((), "expected a top-level 'kinds:' mapping of kinds")
    check_keys(file, (), data, _TOP_KEYS)
    kinds, phrases, alone = {}, {"starts": [], "ends": [], "contains": []}, {}
    for name, raw in data["kinds"].items():
        keys = ("kinds", name)
        kinds[name] = _parse_kind(file, keys, name, raw)
        for key in phrases:
            phrases[key] += [
                (name, phrase) for phrase in _phrases(file, (*keys, key), raw.get(key))
            ]
        found = _phrases(file, (*keys, "alone"), raw.get("alone"))
        alone.update({bare(phrase): name for phrase in found})
    word_sets = _word_sets(file, data.get("word_sets"))
    agencies = _phrases(file, ("agencies",), data.get("agencies"))
    if not agencies:
        raise file.error(("agencies",), "must list at least one agency")
    groups: dict[str, str] = {}
    return Vocabulary(
        kinds=kinds,
        starts=_alternation(phrases["starts"], groups, _LIST_MARK + r"(?:{})" + _PHRASE_END),
        ends=_alternation(phrases["ends"], groups, r"(?<![^\W\d_])(?:{})[\s.:!)\]]*$"),
        contains=tuple((phrase, kind) for kind, phrase in phrases["contains"]),
        alone=alone,
        word_sets=word_sets,
        credit_end=_credit_end(agencies),
        credit_alone=_credit_alone(agencies),
        credit_hints=tuple({a.split()[0] for a in agencies} | set(CREDIT_LABELS)),
        groups=groups,
        source=str(path),
    )


@lru_cache(maxsize=4)
def default_vocabulary(path: str = "") -> Vocabulary:
    """The vocabulary of data/boilerplate_kinds.yml (or of `path`), read once per process."""
    return load_vocabulary(Path(path) if path else paths.DATA_DIR / "boilerplate_kinds.yml")


def _parse_kind(file: DataFile, keys: Keys, name: Any, raw: Any) -> KindRule:
    if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z-]*", name):
        raise file.error(keys, "a kind's name must be lower-case like image-caption")
    check_keys(file, keys, raw, _KIND_KEYS)
    if not isinstance(raw.get("comment"), str) or not raw["comment"].strip():
        raise file.error((*keys, "comment"), "must say what the kind is")
    max_words = raw.get("max_words", 30)
    if not isinstance(max_words, int) or isinstance(max_words, bool) or max_words < 1:
        raise file.error((*keys, "max_words"), "must be a whole number >= 1")
    heads_list = raw.get("heads_list", False)
    if not isinstance(heads_list, bool):
        raise file.error((*keys, "heads_list"), "must be true or false")
    return KindRule(name, max_words, heads_list)


def _phrases(file: DataFile, keys: Keys, value: Any) -> list[str]:
    value = value or []
    if not isinstance(value, list):
        raise file.error(keys, "must be a list of non-empty strings")
    for position, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            # YAML reads a bare on, off, yes or no as true or false.
            hint = " (quote words like on, off, yes, no)" if isinstance(item, bool) else ""
            raise file.error((*keys, position), f"{item!r} is not a phrase{hint}")
    return [" ".join(v.lower().split()) for v in value]


def _word_sets(file: DataFile, raw: Any) -> dict[str, frozenset[str]]:
    if not isinstance(raw, dict) or set(raw) != set(_WORD_SETS):
        raise file.error(("word_sets",), f"must have exactly {', '.join(_WORD_SETS)}")
    return {
        name: frozenset(_phrases(file, ("word_sets", name), raw.get(name))) for name in _WORD_SETS
    }


def _alternation(
    phrases: list[tuple[str, str]], groups: dict[str, str], template: str
) -> re.Pattern[str] | None:
    """One pattern of every kind's phrases, longest first, each kind a named group."""
    if not phrases:
        return None
    by_kind: dict[str, list[str]] = {}
    for kind, phrase in phrases:
        by_kind.setdefault(kind, []).append(re.escape(phrase).replace(r"\ ", r"\s+"))
    parts = []
    for kind, texts in by_kind.items():
        group = f"k{len(groups)}"
        groups[group] = kind
        parts.append(f"(?P<{group}>{'|'.join(sorted(texts, key=len, reverse=True))})")
    return re.compile(template.format("|".join(parts)))


def _agency_pattern(agencies: list[str]) -> str:
    names = sorted((re.escape(a).replace(r"\ ", r"\s+") for a in agencies), key=len, reverse=True)
    return "(?:" + "|".join(names) + ")"


def _credit_end(agencies: list[str]) -> re.Pattern[str]:
    """A caption's closing credit: "(Photo: X)", "Photograph: X", "X/Getty Images", "(AP)",
    "Jane Doe / AP file"; a photographer's name and an agency's parted by a spaced slash may
    close with a full stop ("Photograph by Jane Doe / AFP."; not a sentence's "... each
    storage container/pool.", nor a wire story's sign-off "... said. - AFP."). A capitalised
    label may be glued to the caption's last word ("... a rabbitCredit: EPA"), as a scraper
    joins the caption's and the credit's elements."""
    agency = _agency_pattern(agencies)
    label = f"(?:{'|'.join(CREDIT_LABELS)})s?"
    glued = "|".join(word.title() for word in CREDIT_LABELS)
    return re.compile(
        rf"(?i)(?:\(\s*{label}(?:\s+by|\s+credit)?\s*:?\s*[^()]{{1,80}}\)|(?:\b|(?<=[a-z][a-z])(?=(?-i:{glued})))"
        rf"{label}(?:\s+by|\s+credit)?\s*:\s*[^.!?]{{1,80}}"
        rf"|[(/|-]\s*(?:[\w.' -]{{1,40}}/)?{agency}(?:\s+file)?(?:\s*(?:/|via)\s*[\w.' -]{{1,40}})?\s*\)?"
        rf"|(?-i:[A-Z])[\w.'-]*\s+/\s*{agency}(?:\s+file)?\.)\s*$"
    )


def _credit_alone(agencies: list[str]) -> re.Pattern[str]:
    """A line that is only a credit: "Getty Images", "AP Photo/Jane Doe", "Reuters/Pool",
    and a photo one agency distributes for a name's, "Bloomberg via Getty Images." (a
    capitalised name: "He later apologised via Reuters." is a story's sentence)."""
    agency = _agency_pattern(agencies)
    return re.compile(
        rf"(?i)^\(?(?:the\s+)?(?:[\w.' -]{{1,40}}\s*[/|]\s*|{_CAPITALISED_NAME}\s+via\s+)?{agency}"
        rf"(?:\s*[/|]\s*[\w.' -]{{1,40}})?\)?\.?$"
    )


def bare(text: str) -> str:
    """A line as the `alone` phrases see it: a count like "(12)" and end punctuation off.
    A label with its colon alone between quotation marks ('"Related:"', as a scraper may
    quote a whole line) is read without them: nobody is quoted saying only "Related:". A
    quoted word without one is someone's reply ('“Home.”', '“More.”'), left as it is."""
    text = text.casefold().strip()
    quoted = _QUOTED_LABEL.match(text)
    return _COUNT.sub("", quoted[1] if quoted else text).strip(" .:!|»>-").strip()
