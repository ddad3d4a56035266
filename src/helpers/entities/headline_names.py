"""Names in a headline: the article's own names, looked up as text in its headline.

The small model reads title case poorly, so a headline is not parsed for names: each name
its article's body holds (as written, and a person's full name and surname) is found in the
headline as a whole word, longest first, and becomes a mention in paragraph 0.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import takewhile

import pandas as pd

from helpers.base import catalogue
from helpers.base.columns import column_lists
from helpers.base.sentence_table import HEADLINE
from helpers.entities.names import SUFFIXES, name_key


def headline_mentions(mentions: pd.DataFrame, headlines: Mapping[str, str]) -> pd.DataFrame:
    """Each article's names, as its body writes them, found in its headline (paragraph 0).

    A form two of the article's entities share (the surname of "Mrs. Clinton" and of "Mr.
    Clinton") is the one the article mentions most: a headline names its main subject."""
    names: dict[tuple[str, str], dict[tuple[str, str], str]] = {}
    counts: dict[tuple[str, str], Counter[str]] = {}
    columns = ("file", "outlet", "text", "entity", "label")
    for file, outlet, text, entity, label in zip(*column_lists(mentions, columns), strict=True):
        names.setdefault((file, outlet), {}).setdefault((text, entity), label)
        counts.setdefault((file, outlet), Counter())[entity] += 1
    rows = []
    for (file, outlet), labelled in names.items():
        headline = headlines.get(file) or ""
        forms = _most_mentioned(_forms(labelled), counts[(file, outlet)])
        taken: list[tuple[int, int]] = []
        for form in sorted(forms, key=len, reverse=True):
            if form not in headline:  # most are not: skip compiling a pattern for them
                continue
            for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", headline):
                if all(match.end() <= s or match.start() >= e for s, e in taken):
                    taken.append(match.span())
                    entity, label = forms[form]
                    rows.append(
                        (file, outlet, HEADLINE, 1, *match.span(), form, label, entity, False)
                    )
    return pd.DataFrame(rows, columns=catalogue.columns("mentions"))


def _most_mentioned(
    forms: Iterable[tuple[str, tuple[str, str]]], mentioned: Counter[str]
) -> dict[str, tuple[str, str]]:
    """Each form's (entity, label): of the entities it stands for, the most mentioned, the
    first written on a tie."""
    chosen: dict[str, tuple[str, str]] = {}
    for form, (entity, label) in forms:
        if form not in chosen or mentioned[entity] > mentioned[chosen[form][0]]:
            chosen[form] = (entity, label)
    return chosen


def _forms(labelled: Mapping[tuple[str, str], str]) -> Iterable[tuple[str, tuple[str, str]]]:
    """Surface forms of an article's entities ((text, entity) -> label, in order of first
    mention): as written, and a person's full name and surname, with the suffix that tells
    a son from his father ("Trump Jr.": a headline's "Trump" is the father)."""
    for (text, entity), label in labelled.items():
        yield text, (entity, label)
        if label == "PERSON":
            yield entity, (entity, label)
            words = entity.split()
            suffixes = list(takewhile(lambda w: name_key(w) in SUFFIXES, reversed(words)))
            if len(words) > len(suffixes):  # a "name" of suffixes alone ("Jr.") has no surname
                yield " ".join(words[-len(suffixes) - 1 :]), (entity, label)
