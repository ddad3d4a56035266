"""One row per sentence with what the later stages read from its parse, so they need no spaCy.

Parsing is the expensive step and a spaCy `Doc` is large. This table is small and plain
(strings and integers): framing, word choice, tone and dating read it instead of the
`Doc`s, so a corpus can be parsed in batches (or on Dask workers), each batch reduced to its
rows and dropped, and a changed codebook or threshold re-runs without parsing. Called on the
whole corpus or on its articles one at a time and concatenated, `sentence_rows` gives the
same table.

Columns (the `sentences` table of the catalogue):

- file, outlet, paragraph, line: the paragraph's row; a headline is paragraph 0, line 0;
- sentence: its number in the paragraph, counting only sentences with words, from 1 (as the
  mentions table numbers them); a headline is one row, sentence 1, whatever its length;
- text: the sentence as written, stripped;
- words: its words, in the workbook's word unit (`helpers.base.text.word_count`);
- lemmas, forms: each word's lemma and the word as written, lower-cased with ’ as ',
  space-joined, one to one; a `-` item in both marks a word joined by a hyphen or en dash
  to the word before ("cease - fire"), which word-choice counts leave out;
- terms: the words that count for distinctive words (`term`), space-joined;
- day_words: weekday and relative-day words, for dating the event (`day_words`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd

from helpers.base import catalogue
from helpers.base.dates import RELATIVE_DAYS, WEEKDAYS
from helpers.base.sentence_table import HEADLINE, JOINED, word_form
from helpers.base.text import word_count

if TYPE_CHECKING:  # the table's readers import this module without loading spaCy
    from spacy.tokens import Doc, Span, Token


def has_words(span: Span | Doc) -> bool:
    """Whether a span has a token that is neither punctuation nor whitespace: only such
    sentences are rows (and are numbered), as in the mentions table."""
    return any(not (token.is_punct or token.is_space) for token in span)


_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "messrs", "mme", "mlle"})


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    # Imported on first use: only a parse calls for it, and spaCy is loaded by then.
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def term(token: Token) -> str | None:
    """The lower-cased lemma a token counts as, or None for stop words, punctuation, numbers,
    honorifics and abbreviations with a full stop. Titles, initials and clock times ("Mr.",
    "Mr", "J.", "p.m.", "U.S.") are an outlet's house style, not its choice of words: on
    2,000 real articles "mr." was the New York Times' most distinctive word at z 40, then
    "mrs.", "ms." and "j.", above every word it chose; in the samples, "mr" was the
    Independent's."""
    if token.is_stop or token.is_punct or token.is_space or token.like_num:
        return None
    lemma = word_form(token.lemma_)
    if len(lemma) < 2 or not any(c.isalpha() for c in lemma) or lemma in _stop_words():
        return None
    return None if lemma.endswith(".") or lemma in _HONORIFICS else lemma


def _reduce(span: Span) -> tuple[str, int, str, str, str, str]:
    """A sentence's text, word count, lemmas, forms, terms and day words (see the module notes)."""
    doc = span.doc
    lemmas, forms, terms = [], [], []
    for token in span:
        if token.is_punct or token.is_space:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.text in "-\u2013" and not before.whitespace_:
            lemmas.append(JOINED)
            forms.append(JOINED)
        form = word_form(token.text)
        lemma = word_form(token.lemma_)
        # A lemma that could not be one item stands as its word: neither matches a term.
        usable = lemma and lemma != JOINED and len(lemma.split()) == 1
        lemmas.append(lemma if usable else form)
        forms.append(form)
        if kept := term(token):
            terms.append("_".join(kept.split()))
    text = span.text.strip()
    return (
        text,
        word_count(text),
        " ".join(lemmas),
        " ".join(forms),
        " ".join(terms),
        day_words(span),
    )


def sentence_rows(
    paragraphs: pd.DataFrame, docs: Sequence[Doc], headlines: Mapping[str, Doc] | None = None
) -> pd.DataFrame:
    """The sentences table of paragraphs and their `Doc`s, in row order; each
    file's headline (from `headlines`, by file) comes before its first paragraph.

    Args:
        paragraphs: the paragraphs table (file, outlet, paragraph, line, text), or any
            slice of whole articles of it.
        docs: the `Doc`s parsed from `paragraphs['text']`, one per row, in order.
        headlines: a parsed headline per file; files without rows here are left out.
    """
    if len(docs) != len(paragraphs):
        raise ValueError(
            f"got {len(docs)} parsed docs for {len(paragraphs)} paragraph rows: "
            "pass the docs parsed from paragraphs['text'], one per row, in order"
        )
    headlines = headlines or {}
    rows: list[tuple] = []
    started: set[str] = set()
    for row, doc in zip(paragraphs.itertuples(index=False), docs, strict=True):
        if doc.text != row.text:
            raise ValueError(
                f"{row.file} line {row.line}: the doc's text is not the paragraph's; pass "
                "the docs parsed from paragraphs['text'], one per row, in order"
            )
        if row.file not in started:
            started.add(row.file)
            headline = headlines.get(row.file)
            if headline is not None and has_words(headline):
                rows.append((row.file, row.outlet, HEADLINE, 0, 1, *_reduce(headline[:])))
        reduced = (_reduce(span) for span in doc.sents if has_words(span))
        rows += [
            (row.file, row.outlet, row.paragraph, row.line, number, *r)
            for number, r in enumerate(reduced, start=1)
        ]
    sentences = catalogue.table("sentences")
    return pd.DataFrame(rows, columns=sentences.column_names) if rows else sentences.empty()


def day_words(sentence: Span) -> str:
    """A parsed sentence's weekday and relative-day words, kept so dating needs no parse.

    Each is written as in the text, after the word before it when that is a word ("last
    Wednesday", "on Monday") and with " 's" when the parser tags a possessive after it
    ("Tuesday 's"); they are separated by "; ".
    """
    doc, found = sentence.doc, []
    for token in sentence:
        if token.lower_ not in WEEKDAYS and token.lower_ not in RELATIVE_DAYS:
            continue
        before = doc[token.i - 1].lower_ if token.i > 0 else ""
        possessive = token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS"
        words = [before] if before.isalpha() else []
        found.append(" ".join([*words, token.text, *(["'s"] if possessive else [])]))
    return "; ".join(found)
