"""What each paragraph sentence brings to a drafted event frame (`event_frames`): its
distinctive terms (the sentences table's `terms`, a hyphenated word kept whole), pairs of
neighbouring terms ("national security") and the entities the mentions table finds in it.

One-word titles from `data/titles.txt` ("President", "Mr"), weekdays and relative days,
which date an event rather than frame it, and words used mostly inside names ("james",
"house"), whose entity stands for them, are no terms.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from helpers.base import paths
from helpers.base.columns import column_lists
from helpers.base.datafiles import read_list
from helpers.base.dates import RELATIVE_DAYS, WEEKDAYS
from helpers.base.sentence_table import JOINED, body

ENTITY = "@"  # prefix of an entity's feature, to keep it apart from a term of the same spelling

Key = tuple[str, int, int]  # file, paragraph, sentence


def left_out(titles: str = "titles.txt") -> frozenset[str]:
    """Words that never make a frame: one-word titles of `data/titles.txt` (lower-cased,
    without a final full stop), weekdays and relative days, which date an event, not frame it."""
    words = (text for _, text in read_list(paths.data_file(titles)))
    found = {w.lower().rstrip(".") for w in words if " " not in w}
    return frozenset(found | set(WEEKDAYS) | set(RELATIVE_DAYS))


def sentence_tokens(lemmas: str, terms: str, skip: frozenset[str]) -> list[str]:
    """A sentence's term features: each `terms` lemma, a hyphenated word as one lemma
    ("de-escalation"), less the `skip` words (with or without a final full stop); and each
    pair of such words that stand next to each other ("national security"), which reads
    better than its two words apart. `lemmas` is the sentences table's column, where a
    `JOINED` item ties the next word to the one before."""
    kept = {term for term in terms.split() if term.rstrip(".") not in skip}
    words: list[str] = []
    counts: list[bool] = []
    joined = False
    for lemma in lemmas.split():  # one pass: this runs for every sentence of the corpus
        if lemma == JOINED:
            joined = bool(words)
            continue
        if joined:
            words[-1] += "-" + lemma
            counts[-1] = counts[-1] or lemma in kept
        else:
            words.append(lemma)
            counts.append(lemma in kept)
        joined = False
    found = [w if c else "" for w, c in zip(words, counts, strict=True)]
    pairs = [f"{a} {b}" for a, b in zip(found, found[1:], strict=False) if a and b]
    return [w for w in found if w] + pairs


def _entities_by_sentence(mentions: pd.DataFrame) -> dict[Key, list[str]]:
    found: dict[Key, list[str]] = {}
    features: dict[str, str] = {}  # each entity's feature once, not once per mention
    columns = column_lists(mentions, ("file", "paragraph", "sentence", "entity"))
    for file, paragraph, sentence, entity in zip(*columns, strict=True):
        feature = features.setdefault(entity, ENTITY + entity)
        found.setdefault((file, int(paragraph), int(sentence)), []).append(feature)
    return found


def name_words(mentions: pd.DataFrame, tokens: Counter[str]) -> set[str]:
    """Words used mostly inside names ("james", "house", "united"): their entity stands for
    them, so they are no term of their own. A word counts when at least half its uses are
    in mentions."""
    inside = Counter(w for text in mentions["text"] for w in str(text).lower().split())
    return {word for word, n in tokens.items() if inside[word] * 2 >= n}


def sentence_features(
    sentences: pd.DataFrame, mentions: pd.DataFrame, skip: frozenset[str]
) -> tuple[list[Key], list[list[str]]]:
    """Each paragraph sentence's key and features: its terms (less `skip` and words of
    names) and its entities."""
    entities = _entities_by_sentence(mentions)
    rows = body(sentences)
    columns = column_lists(rows, ("file", "paragraph", "sentence", "lemmas", "terms"))
    keys, terms = [], []
    # One string object per distinct feature: each sentence's split and paired words were
    # new strings, some 100 MiB for a moment on 2,000 articles, most of them repeats.
    distinct: dict[str, str] = {}
    for file, paragraph, number, lemmas, words in zip(*columns, strict=True):
        keys.append((file, int(paragraph), int(number)))
        found = sentence_tokens(lemmas, words, skip)
        terms.append([distinct.setdefault(token, token) for token in found])
    names = name_words(mentions, Counter(t for sentence in terms for t in sentence))
    features = [
        [t for t in sentence if names.isdisjoint(t.split())] + entities.get(key, [])
        for key, sentence in zip(keys, terms, strict=True)
    ]
    return keys, features
