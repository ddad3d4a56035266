"""Boilerplate found by its kind: which kind of page furniture one line is, and why.

The vocabulary is data (data/boilerplate_kinds.yml: the phrases a kind starts or ends with,
the words share rows and menus are made of, the agencies that end a caption); this module
reads and checks it, then names a line's kind from its text and shape (helpers.line_shape)
with a reason a researcher can read. Shapes no phrase names are found here too: lines with
no letters (separators), date and time stamps, video durations, gallery counters ("3 of
12") and captions ending with an agency's credit. A line that reads as a sentence is named
only by kinds whose lines are sentences (captions, credits, appeals, notices), so a story
sentence that starts with "Comments" or "By" stays a story sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from helpers import paths
from helpers.line_shape import LineShape

_KIND_KEYS = {"comment", "starts", "ends", "alone", "contains", "max_words", "heads_list"}
_TOP_KEYS = {"kinds", "word_sets", "agencies"}
_WORD_SETS = ("share", "navigation", "stamp", "filler")
# Kinds whose lines read as sentences; the others never name a line that does.
SENTENCE_KINDS = frozenset(
    {"subscription-appeal", "donation-appeal", "image-caption", "credit", "copyright"}
    | {"social-embed", "comment-prompt"}
)
SHORT_LINE_MAX_WORDS = 20
ALONE_MAX_WORDS = 8
ENDS_TAIL_CHARS = 120
CREDIT_LABELS = ("photo", "image", "picture", "photograph", "credit", "source", "video", "graphic")
CREDIT_LABELS += ("illustration",)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAYS = r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_DATE_TOKEN = re.compile(rf"^(?:{_MONTHS}|{_DAYS})\.?,?$|^[\d/:.,-]+(?:st|nd|rd|th|am|pm|h)?,?$")
# A stamp names a date, or says what the time is the time of.
_DATE = re.compile(rf"\b(?:{_MONTHS})\b|\b(?:19|20)\d\d\b|\d/\d", re.I)
_YEAR_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}:\d{2}")
_TOKEN_EDGES = ".,:;!?()[]'\"»«>|•·"
STAMP_MAX_NAMES = 5
_STAMPED = frozenset("updated published posted modified ago gmt utc et est edt bst".split())
_VOICE = re.compile(r"\b(?:you|your|yours|we|our|us)\b", re.I)
APPEAL_KINDS = frozenset({"subscription-appeal", "donation-appeal"})
_DURATION = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?(?:\s*[-|]\s*source:.*)?$", re.I)
_COUNTER = re.compile(r"^(?:(?:photo|image|picture|slide|item)s?\s*)?\d+\s*(?:of|/)\s*\d+$", re.I)
_COUNTER_GLUED = re.compile(r"^\d+\s*of\s*\d+(?=[A-Z])")
_COUNTED = re.compile(r"[^\W\d_]\S*(?:\s+\S+){2,}\s+\(\d+\)$")
_COUNT = re.compile(r"\s*[(\[]?\d+[)\]]?\s*$")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_TOKEN = re.compile(r"[\w.+'@-]+")
_SMALL = frozenset("and of the at in for de van von der la le du".split())


class BoilerplateKindsError(ValueError):
    """The kinds vocabulary cannot be used; the message names the file, the kind and the key."""


@dataclass(frozen=True)
class KindHit:
    """A line's kind, why (`reason`, for the lines table), and whether it heads a list."""

    kind: str
    reason: str
    heads_list: bool = False


@dataclass(frozen=True)
class _Kind:
    name: str
    max_words: int
    heads_list: bool


@dataclass(frozen=True)
class Vocabulary:
    """The checked vocabulary of one kinds file, compiled into a few alternations."""

    kinds: dict[str, _Kind]
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

    Raises BoilerplateKindsError naming the file, and the kind and key, when the file is
    missing or not YAML, or a kind has an unknown key, a phrase that is not a non-empty
    string, or a word set or the agencies list is missing.
    """
    data = paths.read_yaml(path, BoilerplateKindsError)
    if not isinstance(data, dict) or not isinstance(data.get("kinds"), dict):
        raise BoilerplateKindsError(f"{path}: expected a top-level 'kinds:' mapping of kinds")
    unknown = sorted(map(str, set(data) - _TOP_KEYS))
    if unknown:
        raise BoilerplateKindsError(f"{path}: unknown top-level key(s) {', '.join(unknown)}")
    kinds, phrases, alone = {}, {"starts": [], "ends": [], "contains": []}, {}
    for name, raw in data["kinds"].items():
        where = f"{path}: kind {name!r}"
        kinds[name] = _parse_kind(name, raw, where)
        for key in phrases:
            phrases[key] += [(name, phrase) for phrase in _phrases(raw, key, where)]
        alone.update({_bare(phrase): name for phrase in _phrases(raw, "alone", where)})
    word_sets = _word_sets(data.get("word_sets"), path)
    agencies = _phrases(data, "agencies", f"{path}:")
    if not agencies:
        raise BoilerplateKindsError(f"{path}: 'agencies' must list at least one agency")
    groups: dict[str, str] = {}
    return Vocabulary(
        kinds=kinds,
        starts=_alternation(phrases["starts"], groups, r"^(?:{})(?![^\W\d_])"),
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


def _parse_kind(name: Any, raw: Any, where: str) -> _Kind:
    if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z-]*", name):
        raise BoilerplateKindsError(f"{where}: a kind's name must be lower-case like image-caption")
    if not isinstance(raw, dict):
        raise BoilerplateKindsError(f"{where}: expected a mapping with keys {sorted(_KIND_KEYS)}")
    unknown = sorted(map(str, set(raw) - _KIND_KEYS))
    if unknown:
        raise BoilerplateKindsError(f"{where}: unknown key(s) {', '.join(unknown)}")
    if not isinstance(raw.get("comment"), str) or not raw["comment"].strip():
        raise BoilerplateKindsError(f"{where}: 'comment' must say what the kind is")
    max_words = raw.get("max_words", 30)
    if not isinstance(max_words, int) or isinstance(max_words, bool) or max_words < 1:
        raise BoilerplateKindsError(f"{where}: 'max_words' must be a whole number >= 1")
    heads_list = raw.get("heads_list", False)
    if not isinstance(heads_list, bool):
        raise BoilerplateKindsError(f"{where}: 'heads_list' must be true or false")
    return _Kind(name, max_words, heads_list)


def _phrases(raw: dict, key: str, where: str) -> list[str]:
    value = raw.get(key) or []
    if not isinstance(value, list):
        raise BoilerplateKindsError(f"{where} '{key}' must be a list of non-empty strings")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            # YAML reads a bare on, off, yes or no as true or false.
            hint = " (quote words like on, off, yes, no)" if isinstance(item, bool) else ""
            raise BoilerplateKindsError(f"{where} '{key}': {item!r} is not a phrase{hint}")
    return [" ".join(v.lower().split()) for v in value]


def _word_sets(raw: Any, path: Path) -> dict[str, frozenset[str]]:
    if not isinstance(raw, dict) or set(raw) != set(_WORD_SETS):
        raise BoilerplateKindsError(
            f"{path}: 'word_sets' must have exactly {', '.join(_WORD_SETS)}"
        )
    return {name: frozenset(_phrases(raw, name, f"{path}: word_sets")) for name in _WORD_SETS}


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
    """A caption's closing credit: "(Photo: X)", "Photograph: X", "X/Getty Images", "(AP)"."""
    agency = _agency_pattern(agencies)
    label = f"(?:{'|'.join(CREDIT_LABELS)})s?"
    return re.compile(
        rf"(?i)(?:\(\s*{label}(?:\s+by|\s+credit)?\s*:?\s*[^()]{{1,80}}\)|\b{label}(?:\s+by|\s+credit)?\s*:\s*[^.!?]{{1,80}}"
        rf"|[(/|-]\s*(?:[\w.' -]{{1,40}}/)?{agency}(?:\s*(?:/|via)\s*[\w.' -]{{1,40}})?\s*\)?)\s*$"
    )


def _credit_alone(agencies: list[str]) -> re.Pattern[str]:
    """A line that is only a credit: "Getty Images", "AP Photo/Jane Doe", "Reuters/Pool"."""
    agency = _agency_pattern(agencies)
    return re.compile(
        rf"(?i)^\(?(?:the\s+)?(?:[\w.' -]{{1,40}}\s*[/|]\s*)?{agency}"
        rf"(?:\s*[/|]\s*[\w.' -]{{1,40}})?\)?\.?$"
    )


def _bare(text: str) -> str:
    """A line as the `alone` phrases see it: a count like "(12)" and end punctuation off."""
    return _COUNT.sub("", text.casefold()).strip(" .:!|»>-").strip()


# --- naming one line's kind -----------------------------------------------------------


def detect_kind(form: str, shape: LineShape, vocabulary: Vocabulary) -> KindHit | None:
    """The kind of boilerplate a line (`dedup.match_form`) is, or None; the first test that
    names it decides (shapes first, then the line alone, its start, end, any phrase in it,
    a closing credit, the words it is made of)."""
    if not form or not _LETTER_OR_DIGIT.search(form):
        return KindHit("separator", "separator: no letters or digits") if form else None
    return (
        _by_shape(form, shape)
        or _by_phrase(form, shape, vocabulary)
        or _by_words(form, shape, vocabulary)
    )


def _by_shape(form: str, shape: LineShape) -> KindHit | None:
    if _COUNTER_GLUED.match(form):
        return KindHit("gallery", "gallery: a slideshow caption, glued to its counter")
    if shape.words > SHORT_LINE_MAX_WORDS:
        return None
    if _DURATION.match(form):
        return KindHit("video-label", "video-label: a video's duration")
    if _COUNTER.match(form):
        return KindHit("gallery", f'gallery: a slideshow counter ("{form}")')
    if _COUNTED.search(form) and not shape.sentence:
        return KindHit("related-link", "related-link: a title with a count (a most-read list)")
    return None


def _by_phrase(form: str, shape: LineShape, vocabulary: Vocabulary) -> KindHit | None:
    key = form.lower()
    if shape.words <= ALONE_MAX_WORDS:
        kind = vocabulary.alone.get(_bare(key))
        if kind is not None and shape.words <= vocabulary.kinds[kind].max_words:
            return _hit(vocabulary, kind, f'the line is only "{form}"')
    # Ends are looked for in the line's tail only: a search from every position is slow.
    tail = len(key) - min(len(key), ENDS_TAIL_CHARS)
    for pattern, how, start in (
        (vocabulary.starts, "starts with", 0),
        (vocabulary.ends, "ends with", tail),
    ):
        match = pattern.search(key, start) if pattern is not None else None
        if match:
            kind, found = vocabulary.groups[match.lastgroup], (match.start(), match.end())
            if _fits(vocabulary, kind, found, shape, form, how):
                return _hit(vocabulary, kind, f'{how} "{form[found[0] : found[1]].strip()}"')
    for phrase, kind in vocabulary.contains:
        at = key.find(phrase)
        if at >= 0 and _fits(vocabulary, kind, (at, at + len(phrase)), shape, form, "contains"):
            return _hit(vocabulary, kind, f'contains "{form[at : at + len(phrase)]}"')
    return _by_credit(form, key, shape, vocabulary)


def _fits(
    vocabulary: Vocabulary, kind: str, found: tuple[int, int], shape: LineShape, form: str, how: str
) -> bool:
    """Whether a phrase's kind may name this line: short enough, and a sentence only if
    its kind's lines are sentences; a byline must also read as names."""
    if shape.words > vocabulary.kinds[kind].max_words:
        return False
    if kind not in SENTENCE_KINDS and shape.sentence and shape.words > 6:
        return False
    if kind in APPEAL_KINDS and how == "contains" and shape.words > 8:
        # A story may mention subscriptions; an appeal speaks to its reader.
        return bool(_VOICE.search(re.sub(r'"[^"]*"', " ", form)))
    if kind == "byline":
        return _names(form[found[1] :] if how == "starts with" else form[: found[0]], shape)
    return True


def _names(text: str, shape: LineShape) -> bool:
    """Reads as names (and titles): capitalised words, no full stop at the end, no verb."""
    words = [
        w
        for w in _TOKEN.findall(text)
        if w.casefold() not in _SMALL and w[:1].isalpha() and "@" not in w
    ]
    if not words or shape.ends_sentence and not text.rstrip().endswith(("Jr.", "Sr.")):
        return False
    return sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _by_credit(form: str, key: str, shape: LineShape, vocabulary: Vocabulary) -> KindHit | None:
    if shape.words > vocabulary.kinds.get("image-caption", _Kind("", 80, False)).max_words:
        return None
    tail = key[-ENDS_TAIL_CHARS:]
    if not any(hint in tail for hint in vocabulary.credit_hints):
        return None
    if shape.words <= 8 and vocabulary.credit_alone.match(form):
        return KindHit("credit", f'credit: only a photo or agency credit ("{form}")')
    match = vocabulary.credit_end.search(form, max(0, len(form) - ENDS_TAIL_CHARS))
    if match and match.start() > 0:
        credit = form[match.start() :].strip(" (/|-")
        return KindHit("image-caption", f'image-caption: ends with a credit ("{credit}")')
    return None


def _by_words(form: str, shape: LineShape, vocabulary: Vocabulary) -> KindHit | None:
    """Short lines made of date-stamp words (with a few names), or of interface words."""
    if shape.words > SHORT_LINE_MAX_WORDS:
        return None
    raw = [t.strip(_TOKEN_EDGES) for t in form.split()]
    raw = [t for t in raw if _LETTER_OR_DIGIT.search(t)]
    tokens = [t.lower() for t in raw]
    if not tokens:
        return None
    sets = vocabulary.word_sets
    return _stamp(form, raw, tokens, shape, sets["stamp"]) or _interface(tokens, shape, sets)


def _stamp(form: str, raw: list[str], tokens: list[str], shape: LineShape, stamp) -> KindHit | None:
    """A date or time stamp, alone ("Updated 5 April 2013, 10:08 GMT") or with the name of
    an author, agency or place ("Jane Doe - Nov 19, 2019, 8:15 pm CST")."""
    dated = [bool(_DATE_TOKEN.match(t)) or t in stamp for t in tokens]
    if len(tokens) < 2 or not any(dated) or shape.ends_sentence:
        return None
    rest = [t for t, is_date in zip(raw, dated, strict=True) if not is_date]
    if not rest and (_DATE.search(form) or any(t in _STAMPED for t in tokens)):
        return KindHit("dateline-stamp", "dateline-stamp: only a date or time, and stamp words")
    # With names, only a full stamp (a year or a clock time) says it is not a list of dates.
    named = len(rest) <= STAMP_MAX_NAMES and all(t[:1].isupper() for t in rest)
    if rest and named and (_YEAR_OR_TIME.search(form) or any(t in _STAMPED for t in tokens)):
        return KindHit("dateline-stamp", "dateline-stamp: a date or time with a name or place")
    return None


def _interface(tokens: list[str], shape: LineShape, sets: dict) -> KindHit | None:
    """Every word a share, navigation or small word, and at least one of the first two."""
    share, navigation, filler = sets["share"], sets["navigation"], sets["filler"]
    if shape.sentence or not (len(tokens) >= 2 or tokens[0] in share):
        return None
    if not all(t in share or t in navigation or t in filler or t.isdigit() for t in tokens):
        return None
    if any(t in share for t in tokens):
        return KindHit("share-buttons", "share-buttons: every word is a share or page word")
    if any(t in navigation for t in tokens):
        return KindHit("navigation", "navigation: every word is a navigation word")
    return None


def _hit(vocabulary: Vocabulary, kind: str, why: str) -> KindHit:
    return KindHit(kind, f"{kind}: {why}", vocabulary.kinds[kind].heads_list)
