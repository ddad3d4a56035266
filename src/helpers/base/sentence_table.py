"""The sentences table as its readers see it: which rows are headlines, how a row's words
are read back, and the forms words are compared in.

Notebook 02 writes the table (`helpers.entities.sentences`); framing, word choice, tone and
event dating read it, so they never need a parse. Its columns are in the table catalogue.
"""

from __future__ import annotations

import pandas as pd

HEADLINE = 0  # the paragraph number of headline rows
JOINED = "-"  # the lemmas/forms item before a word joined to the previous one by a hyphen


def word_form(text: str) -> str:
    """A word or lemma as the tables compare it: lower-cased, with ’ written as '."""
    return text.lower().replace("\u2019", "'")


def body(sentences: pd.DataFrame) -> pd.DataFrame:
    """The sentences of the paragraphs, without headline rows."""
    return sentences[sentences["paragraph"] != HEADLINE]


def row_words(lemmas: str, forms: str) -> list[tuple[str, str, bool]]:
    """A row's words as (lemma, form, joined): `joined` when a hyphen ties it to the word
    before ("fire" in "cease-fire")."""
    words: list[tuple[str, str, bool]] = []
    joined = False
    for lemma, form in zip(lemmas.split(), forms.split(), strict=True):
        if form == JOINED:
            joined = True
            continue
        words.append((lemma, form, joined))
        joined = False
    return words
