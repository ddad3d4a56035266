"""Researchers' regular expressions, compiled so that testing many of them against a line is
quick: what Python's own regex parser says about each one decides how it is tried.

Python's engine tries a pattern that starts with \\b or a group of words at every position
of a line, which costs several times a search for plain text, and every call costs as much
again as a failed attempt at the line's first character. So:
- a pattern anchored at the line's start is tried together with the others like it, as one
  alternation (`join_at_start`);
- a pattern whose every match contains one of a few plain texts (" supported", one of the
  agencies' names) is only searched in a line that has one (`Pattern.search`).
Neither changes what matches. Compiled patterns pickle (by their text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from re import _constants, _parser  # the engine's own parser, to read a pattern's shape

_AT, _AT_BEGINNING, _BRANCH = _constants.AT, _constants.AT_BEGINNING, _constants.BRANCH
_LITERAL, _SUBPATTERN = _constants.LITERAL, _constants.SUBPATTERN
_LOOKS = (_constants.ASSERT, _constants.ASSERT_NOT)


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern, searched in the lower-cased line (`lower`) or the line itself.

    `hint`: plain texts at least one of which every match contains, or None. `at_start`:
    anchored at the line's start, with no flags, groups or look-around of its own, so it can
    join an alternation tried once at the first character.
    """

    regex: re.Pattern[str]
    lower: bool
    hint: tuple[str, ...] | None = None
    at_start: bool = False

    def search(self, form: str, key: str) -> bool:
        """Whether the pattern occurs in a line (`form`) or its lower-cased `key`."""
        text = key if self.lower else form
        if self.hint is not None:
            for part in self.hint:
                if part in text:
                    break
            else:
                return False
        return self.regex.search(text) is not None


def compile_pattern(text: str) -> Pattern:
    """Compile a pattern (raises re.error), and read its shape.

    A `(?i)` pattern without capital letters finds the same text in the lower-cased line,
    where the engine can skip ahead on its literal text: several times faster.
    """
    body = text.removeprefix("(?i)")
    if body != text and not re.search(r"[A-Z]", re.sub(r"\\.", "", body)):
        regex, lower = re.compile(body), True
    else:
        regex, lower = re.compile(text), False
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
        items = list(parsed)
        ignores_case = bool(parsed.state.flags & re.IGNORECASE)
    except Exception:  # an engine whose parser differs: search plainly
        return Pattern(regex, lower)
    if items[:1] == [(_AT, _AT_BEGINNING)]:
        alone = regex.flags == re.UNICODE and not regex.groups
        at_start = alone and not (len(items) > 1 and items[1][0] in _LOOKS)
        return Pattern(regex, lower, at_start=at_start)
    if not items or items[0][0] is _LITERAL or ignores_case:
        return Pattern(regex, lower)  # plain text first is found quickly already
    return Pattern(regex, lower, hint=_hint(items))


def join_at_start(patterns: Sequence[Pattern]) -> re.Pattern[str] | None:
    """One alternation of `at_start` patterns: matches at a line's start where any one does."""
    parts = [f"(?:{pattern.regex.pattern})" for pattern in patterns]
    return re.compile("|".join(parts)) if parts else None


def _hint(items: list) -> tuple[str, ...] | None:
    """The fewest (then longest) plain texts one of which every match contains: a run of
    plain characters outside any repeat, or the plain beginnings of every alternative of a
    group; None if there are none."""
    options, run = [], ""
    for op, value in [*items, (None, None)]:
        if op is _LITERAL:
            run += chr(value)
            continue
        if run:
            options.append((run,))
            run = ""
        starts = _plain_starts([(op, value)]) if op in (_BRANCH, _SUBPATTERN) else None
        if starts:
            options.append(tuple(starts))
    return min(options, key=lambda texts: (len(texts), -min(map(len, texts))), default=None)


def _plain_starts(items: list) -> list[str] | None:
    """The plain text each way of matching `items` starts with, or None if one has none."""
    run = ""
    for op, value in items:
        if op is _LITERAL:
            run += chr(value)
            continue
        if run:
            break
        if op is _BRANCH:
            starts = [_plain_starts(list(alternative)) for alternative in value[1]]
            return None if None in starts else [text for texts in starts for text in texts]
        if op is _SUBPATTERN and not value[1] and not value[2]:  # a group, flags unchanged
            return _plain_starts(list(value[3]))
        return None
    return [run] if run else None
