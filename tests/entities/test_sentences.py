"""The sentences table: one row per sentence, the same whether made at once or per article."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from helpers.base import catalogue, sentence_table
from helpers.entities import sentences

COLUMNS = ["file", "outlet", "paragraph", "line", "text"]


@pytest.fixture(scope="module")
def small(spacy_pipeline) -> pd.DataFrame:
    texts = [
        ("a.txt", 1, 3, "They agreed a cease-fire. It held."),
        ("a.txt", 2, 4, "\u2014"),  # no words: no row
        ("a.txt", 3, 5, "He left last Wednesday and Tuesday's firing shocked them."),
    ]
    paragraphs = pd.DataFrame([(f, "A", p, n, t) for f, p, n, t in texts], columns=COLUMNS)
    headlines = {
        "a.txt": spacy_pipeline("Truce agreed. Talks resume"),
        "z.txt": spacy_pipeline("An article with no paragraphs here"),
    }
    return sentences.sentence_rows(
        paragraphs, list(spacy_pipeline.pipe(paragraphs["text"])), headlines
    )


def test_rows_numbering_and_headline(small):
    assert list(small.columns) == catalogue.columns("sentences")
    keys = list(zip(small["paragraph"], small["line"], small["sentence"], strict=True))
    # The headline is one row however many sentences it has; paragraph 2 has no words.
    assert keys == [(0, 0, 1), (1, 3, 1), (1, 3, 2), (3, 5, 1)]
    assert small["text"].tolist()[:3] == [
        "Truce agreed. Talks resume",
        "They agreed a cease-fire.",
        "It held.",
    ]
    assert set(small["file"]) == {"a.txt"}
    assert sentence_table.body(small)["paragraph"].tolist() == [1, 1, 3]


def test_words_lemmas_forms_and_terms(small):
    first = small.iloc[1]
    assert first["words"] == 5  # They agreed a cease fire: the hyphen and full stop are not words
    assert first["lemmas"] == "they agree a cease - fire"
    assert first["forms"] == "they agreed a cease - fire"
    assert first["terms"] == "agree cease fire"  # "they" and "a" are stop words
    assert sentence_table.row_words(first["lemmas"], first["forms"])[-2:] == [
        ("cease", "cease", False),
        ("fire", "fire", True),
    ]


def test_abbreviations_with_a_full_stop_are_no_terms(spacy_pipeline):
    # House style, not word choice: "Mr." topped one outlet's distinctive words on real news.
    paragraphs = pd.DataFrame(
        [
            ("b.txt", "B", 1, 1, "Mr. Smith met Ms. J. Doe at 3 p.m. in the U.S. capital."),
            ("b.txt", "B", 2, 2, "Mr Smith and Mrs Doe left."),
        ],
        columns=COLUMNS,
    )
    docs = list(spacy_pipeline.pipe(paragraphs["text"]))
    assert sentences.sentence_rows(paragraphs, docs)["terms"].tolist() == [
        "smith meet doe capital",
        "smith doe leave",
    ]


def test_day_words_keep_what_dating_needs_from_the_parse(small):
    # Each with the word before it, and "'s" after the possessive ("Tuesday's firing").
    assert small.iloc[3]["day_words"] == "last Wednesday; and Tuesday 's"
    assert small.iloc[1]["day_words"] == ""


def test_whole_corpus_and_article_by_article_give_the_same_table(
    seed_paragraphs, seed_headlines, spacy_pipeline
):
    docs = list(spacy_pipeline.pipe(seed_paragraphs["text"]))
    headlines = {f: spacy_pipeline(t) for f, t in seed_headlines.items()}
    whole = sentences.sentence_rows(seed_paragraphs, docs, headlines)
    pieces = [
        sentences.sentence_rows(seed_paragraphs.iloc[rows], [docs[i] for i in rows], headlines)
        for rows in seed_paragraphs.groupby("file", sort=False).indices.values()
    ]
    pd.testing.assert_frame_equal(whole, pd.concat(pieces, ignore_index=True))
    # Four of the five seeds have a headline (CNN's text carries none).
    assert (whole["paragraph"] == 0).sum() == 4
    assert whole[["file", "paragraph", "sentence"]].duplicated().sum() == 0


def test_an_empty_batch_keeps_the_columns_and_types():
    empty = sentences.sentence_rows(pd.DataFrame(columns=COLUMNS), [])
    assert list(empty.columns) == catalogue.columns("sentences") and empty.empty
    assert empty["words"].dtype == "int64" and empty["sentence"].dtype == "int64"


def test_docs_must_match_paragraph_rows(spacy_pipeline):
    paragraphs = pd.DataFrame([("a.txt", "A", 1, 7, "It rained.")], columns=COLUMNS)
    with pytest.raises(ValueError, match="one per row"):
        sentences.sentence_rows(paragraphs, [])
    with pytest.raises(ValueError, match="a.txt line 7"):
        sentences.sentence_rows(paragraphs, [spacy_pipeline("It snowed.")])


def test_the_readers_of_the_table_do_not_load_spacy():
    readers = "helpers.base.sentence_table, helpers.framing"
    code = f"import sys, {readers}; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
