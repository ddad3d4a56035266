"""The streaming entities stage gives the same tables as the whole-corpus functions."""

from __future__ import annotations

import pandas as pd
from pandas.testing import assert_frame_equal

from helpers.base import catalogue, paths
from helpers.entities import identities, names, parsing, passes, quotes, sentences


def test_streamed_tables_equal_the_whole_corpus_ones(
    spacy_pipeline, seed_paragraphs, seed_headlines, tmp_path
):
    aliases = names.load_aliases(paths.data_file("aliases.yml"))
    verbs = quotes.load_speech_verbs(paths.data_file("speech_verbs.txt"))
    settings = passes.ParseSettings(cache=tmp_path / "parses.sqlite", batch_size=9)
    streamed = passes.entity_tables(seed_paragraphs, seed_headlines, aliases, verbs, settings)
    docs = list(parsing.parse_texts(spacy_pipeline, seed_paragraphs["text"]))
    mentions = identities.extract_mentions(seed_paragraphs, docs, aliases, headlines=seed_headlines)
    assert_frame_equal(streamed.mentions, mentions)
    assert_frame_equal(
        streamed.quotes, quotes.extract_quotes(seed_paragraphs, docs, mentions, verbs)
    )
    headline_docs = {file: spacy_pipeline(text) for file, text in seed_headlines.items() if text}
    assert_frame_equal(
        streamed.sentences, sentences.sentence_rows(seed_paragraphs, docs, headline_docs)
    )
    assert len(streamed.quotes) > 40 and streamed.mentions["entity"].str.contains("Lavrov").any()


def test_an_empty_corpus_gives_empty_tables_with_columns(seed_paragraphs):
    aliases = names.load_aliases(paths.data_file("aliases.yml"))
    empty = passes.entity_tables(
        seed_paragraphs.head(0),
        {},
        aliases,
        frozenset({"say"}),
        passes.ParseSettings(),
    )
    assert empty.mentions.empty and empty.quotes.empty and empty.sentences.empty
    assert list(empty.sentences.columns) == list(catalogue.columns("sentences"))
    assert isinstance(empty.quotes, pd.DataFrame)
