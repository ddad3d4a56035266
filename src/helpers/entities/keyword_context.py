"""Keyword in context: the sentences that name an entity or contain a term, lined up on it.

`kwic("Lavrov", sentences, mentions)` finds the person however each outlet writes him
("Sergey Lavrov", "Mr Lavrov", "Lavrov's"), because the mentions table maps every written
form to one canonical entity; a term that names no entity is searched as words, ignoring
case. `sentences` is the sentences table (written by `helpers.entities.sentences`), numbered as the
mentions table numbers them; headlines (paragraph 0) are left out.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.base.sentence_table import body
from helpers.entities.identities import name_key

KWIC_COLUMNS = ["outlet", "file", "paragraph", "sentence", "left", "match", "right", "entity"]


def kwic(
    term: str, sentences: pd.DataFrame, mentions: pd.DataFrame | None = None, width: int = 60
) -> pd.DataFrame:
    """One row per occurrence of `term`, by outlet, with up to `width` characters each side.

    `left` is padded on the left to `width` characters, so that the matches line up when the
    table is printed (or shown in JupyterLab, which right-aligns text cells).
    """
    if not term.strip():
        raise ValueError("kwic needs a term: a name (e.g. 'Lavrov') or words to look for")
    entities = matching_entities(term, mentions) if mentions is not None else set()
    sentences = body(sentences)
    if entities:
        named = mentions[mentions["entity"].isin(entities) & (mentions["paragraph"] > 0)]
        forms = sorted(set(named["text"]) | entities, key=len, reverse=True)
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(f)}(?!\w)" for f in forms))
        keys = named[["file", "paragraph", "sentence"]].drop_duplicates()
        sentences = sentences.merge(keys, on=["file", "paragraph", "sentence"])
    else:
        words = r"\s+".join(map(re.escape, term.split()))
        pattern = re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)
    entity = ", ".join(sorted(entities))
    rows = [
        (s.outlet, s.file, s.paragraph, s.sentence, *_context(s.text, hit, width), entity)
        for s in sentences.itertuples(index=False)
        for hit in pattern.finditer(s.text)
    ]
    table = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    return table.sort_values(
        ["outlet", "file", "paragraph", "sentence"], kind="stable"
    ).reset_index(drop=True)


def matching_entities(term: str, mentions: pd.DataFrame) -> set[str]:
    """Canonical entities a term names: the entity itself, a written form of it, or a surname."""
    key = name_key(term)
    found = set()
    for text, entity, label in (
        mentions[["text", "entity", "label"]].drop_duplicates().itertuples(index=False)
    ):
        surname = name_key(entity).split()[-1] if label == "PERSON" else None
        if key in (name_key(text), name_key(entity), surname):
            found.add(entity)
    return found


def _context(text: str, hit: re.Match, width: int) -> tuple[str, str, str]:
    left = text[: hit.start()][-width:].rjust(width)
    return left, hit.group(), text[hit.end() :][:width]
