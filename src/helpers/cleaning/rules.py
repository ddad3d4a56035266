"""Boilerplate rules: reading data/boilerplate.yml, and matching one line against its rules.

The researcher edits the rules file (its format is described at its top); `load_rules`
checks it and compiles it once (helpers.cleaning.patterns), and every line of every article is then
matched against it (`BoilerplateRules.scan`; helpers.cleaning.lines also cuts boilerplate glued to a
story sentence off). Rules see a line's `base.text.match_form`: plain quotes and dashes, single
spaces. Rules hold compiled patterns and plain values only, which pickle, so one
BoilerplateRules can be shipped to worker processes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from helpers.base.datafiles import DataFile, Keys, check_keys, read_yaml, string_list
from helpers.base.text import match_key, unquoted, word_count
from helpers.cleaning.patterns import Pattern, compile_pattern, join_at_start

_RULE_KEYS = {"kind", "comment", "patterns", "phrases", "max_words", "takes", "fill_gaps", "split"}
_TAKES_TYPES = {
    "before": int,
    "after": int,
    "across_blank": bool,
    "max_words": int,
    "punctuated": bool,
}
_FILL_TYPES = {"max_lines": int, "voice": bool}
_RULE_TYPES = {"max_words": int, "split": bool}


@dataclass(frozen=True)
class Takes:
    """Neighbouring lines a rule takes with it: how many above and below, and which."""

    before: int = 0
    after: int = 0
    across_blank: bool = False
    max_words: int = 30
    punctuated: bool = False


@dataclass(frozen=True)
class Rule:
    """One boilerplate rule of data/boilerplate.yml, checked and compiled."""

    kind: str
    comment: str
    patterns: tuple[Pattern, ...] = ()
    phrases: tuple[str, ...] = ()
    max_words: int | None = None
    takes: Takes | None = None
    fill_lines: int = 0
    fill_voice: bool = False
    split: bool = False

    def matches(self, form: str, key: str, words: int) -> bool:
        """Whether a line (`match_form`, lower-cased `key`, word count) is this boilerplate."""
        if self.max_words is not None and words > self.max_words:
            return False
        found = [phrase for phrase in self.phrases if phrase in key]
        # A phrase only inside quotation marks is someone's words, not the page's.
        if found and any(phrase in unquoted(key) for phrase in found):
            return True
        return any(pattern.search(form, key) for pattern in self.patterns)


@dataclass(frozen=True)
class BoilerplateRules:
    """The checked rules of one rules file, tried in the file's order."""

    rules: tuple[Rule, ...]
    source: str
    _quick: _QuickTest = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_quick", _QuickTest.of(self.rules))

    def first_match(self, form: str, split_only: bool = False) -> Rule | None:
        """The first rule naming this line (among rules marked `split`, if asked)."""
        key, words = form.casefold(), word_count(form)
        if not self._quick.may_match(form, key, words):
            return None
        for rule in self.rules:
            if (rule.split or not split_only) and rule.matches(form, key, words):
                return rule
        return None

    def scan(self, form: str, words: int) -> tuple[Rule | None, bool]:
        """The first rule naming a line, and whether a `split` rule's text occurs in it at all.

        The second ignores max_words, which limits the part a split removes, not the line.
        """
        key, first, split = form.casefold(), None, False
        if not self._quick.may_match(form, key, words):
            return None, False
        for rule in self.rules:
            checked = first is None
            if checked and rule.matches(form, key, words):
                first, split = rule, split or rule.split
            elif rule.split and not split:
                # Unchecked, or checked against the word limit only: look again without it.
                too_long = rule.max_words is not None and words > rule.max_words
                split = (too_long or not checked) and rule.matches(form, key, 0)
        return first, split


@dataclass(frozen=True)
class _QuickTest:
    """Whether any rule could name a line: False for most lines, in a few calls.

    Patterns anchored at the line's start are tried as one alternation (`join_at_start`);
    the others, and phrases, one by one, skipping rules whose word limit the line exceeds unless
    they split (a split rule's text counts in a line of any length). When it says False, no
    rule matches; otherwise the rules are tried in order as usual.
    """

    # The anchored patterns searched in the lower-cased line, and in the line, as one each.
    at_start: tuple[re.Pattern[str] | None, re.Pattern[str] | None]
    # (word limit or None, phrases, other patterns) of each rule
    rest: tuple[tuple[int | None, tuple[str, ...], tuple[Pattern, ...]], ...]

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> _QuickTest:
        patterns = [pattern for rule in rules for pattern in rule.patterns if pattern.at_start]
        at_start = tuple(
            join_at_start([p for p in patterns if p.lower is lower]) for lower in (True, False)
        )
        rest = tuple(
            (
                None if rule.split else rule.max_words,
                rule.phrases,
                tuple(p for p in rule.patterns if not p.at_start),
            )
            for rule in rules
        )
        return cls(at_start, rest)

    def may_match(self, form: str, key: str, words: int) -> bool:
        lower, plain = self.at_start
        if (lower is not None and lower.match(key)) or (plain is not None and plain.match(form)):
            return True
        for limit, phrases, patterns in self.rest:
            if limit is not None and words > limit:
                continue
            for phrase in phrases:
                if phrase in key:
                    return True
            for pattern in patterns:
                if pattern.search(form, key):
                    return True
        return False


# --- reading the rules file -----------------------------------------------------------


def load_rules(path: Path) -> BoilerplateRules:
    """Read and check a boilerplate rules file (its format is described in the file itself).

    Raises DataFileError naming the file, the line and the rule (`rules[3].takes`) when the
    file is missing or not YAML, or a rule has an unknown, missing or mistyped key or a
    pattern that is not a regular expression.
    """
    file = read_yaml(path)
    data = file.data
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list) or not data["rules"]:
        raise file.error((), "expected a top-level 'rules:' list of rules")
    rules = tuple(_parse_rule(file, ("rules", n), raw) for n, raw in enumerate(data["rules"]))
    return BoilerplateRules(rules, str(path))


def _parse_rule(file: DataFile, keys: Keys, raw: Any) -> Rule:
    check_keys(file, keys, raw, _RULE_KEYS)
    kind = raw.get("kind")
    if not isinstance(kind, str) or not re.fullmatch(r"[a-z][a-z-]*", kind):
        raise file.error((*keys, "kind"), "must be a lower-case name like image-caption")
    comment = raw.get("comment")
    if not isinstance(comment, str) or not comment.strip():
        raise file.error((*keys, "comment"), f"rule {kind}: 'comment' must say what it catches")
    patterns = string_list(file, (*keys, "patterns"), raw.get("patterns"))
    phrases = string_list(file, (*keys, "phrases"), raw.get("phrases"))
    if not patterns and not phrases:
        raise file.error(keys, f"rule {kind} needs 'patterns' or 'phrases', a list of strings")
    compiled = []
    for n, pattern in enumerate(patterns):
        try:
            compiled.append(compile_pattern(pattern))
        except re.error as error:
            message = f"{pattern!r} is not a valid regular expression: {error}"
            raise file.error((*keys, "patterns", n), message) from error
    takes = raw.get("takes")
    if takes is not None:
        takes = Takes(**_typed(file, (*keys, "takes"), takes, _TAKES_TYPES))
    fill = _typed(file, (*keys, "fill_gaps"), raw.get("fill_gaps") or {}, _FILL_TYPES)
    flags = _typed(file, keys, raw, {**dict.fromkeys(_RULE_KEYS, object), **_RULE_TYPES})
    return Rule(
        kind,
        comment.strip(),
        tuple(compiled),
        tuple(match_key(phrase) for phrase in phrases),
        flags.get("max_words"),
        takes,
        fill.get("max_lines", 0),
        fill.get("voice", False),
        flags.get("split", False),
    )


def _typed(file: DataFile, keys: Keys, raw: Any, types: dict[str, type]) -> dict[str, Any]:
    """The mapping's set values, after checking its keys and their types."""
    check_keys(file, keys, raw, types)
    for key, value in raw.items():
        kind = types[key]
        # bool is an int in Python, so `max_words: true` has to be refused explicitly.
        wrong = not isinstance(value, kind) or (
            kind is int and (isinstance(value, bool) or value < 0)
        )
        if value is not None and wrong:
            name = "true or false" if kind is bool else "a whole number >= 0"
            raise file.error((*keys, key), f"must be {name}, got {value!r}")
    return {key: value for key, value in raw.items() if value is not None}
