"""Keyword in context on the seeds: an entity by any of its names, a plain term, bad input."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.base import catalogue, paths
from helpers.entities import identities, keyword_context, names, parsing
from helpers.entities.sentences import sentence_rows


@pytest.fixture(scope="module")
def parsed(seed_paragraphs, seed_headlines, spacy_pipeline) -> tuple[pd.DataFrame, pd.DataFrame]:
    docs = list(parsing.parse_texts(spacy_pipeline, seed_paragraphs["text"]))
    aliases = names.load_aliases(paths.DATA_DIR / "aliases.yml")
    mentions = identities.extract_mentions(seed_paragraphs, docs, aliases)
    headlines = {f: spacy_pipeline(t) for f, t in seed_headlines.items() if t}
    return sentence_rows(seed_paragraphs, docs, headlines), mentions


def test_a_surname_finds_the_person_however_written(parsed):
    sentences, mentions = parsed
    lines = keyword_context.kwic("Lavrov", sentences, mentions)
    assert list(lines.columns) == keyword_context.KWIC_COLUMNS
    assert len(lines) == 16 + 17 + 12 + 15 + 20  # hand count, gold/people.yml
    assert set(lines["match"]) == {"Lavrov", "Sergei Lavrov", "Sergey Lavrov"}
    assert lines["entity"].nunique() == 1
    assert len(keyword_context.kwic("Sergey Lavrov", sentences, mentions)) == len(lines)
    assert list(lines["outlet"]) == sorted(lines["outlet"])


def test_matches_line_up(parsed):
    sentences, mentions = parsed
    lines = keyword_context.kwic("US", sentences, mentions, width=30)
    assert set(lines["entity"]) == {"United States"}
    assert {"US", "U.S.", "United States"} <= set(lines["match"])
    assert (lines["left"].str.len() == 30).all() and (lines["right"].str.len() <= 30).all()
    for line in lines.itertuples():
        text = sentences.set_index(["file", "paragraph", "sentence"]).loc[
            (line.file, line.paragraph, line.sentence), "text"
        ]
        assert line.left.lstrip() + line.match in text


def test_a_plain_term_is_searched_as_words(parsed):
    sentences, mentions = parsed
    lines = keyword_context.kwic("De-escalation", sentences, mentions)
    # NBC 13, CNN 17 and 18, ABC 13, Independent 16 ("de-escalate" and "de-escalating" differ)
    assert len(lines) == 5 and set(lines["match"].str.lower()) == {"de-escalation"}
    assert (lines["entity"] == "").all()
    assert keyword_context.kwic("teddy bears", sentences)["outlet"].tolist() == ["NBC News"]


def test_sentence_numbers_agree_with_the_mentions(parsed):
    sentences, mentions = parsed
    assert list(sentences.columns) == catalogue.columns("sentences")
    keys = set(zip(sentences["file"], sentences["paragraph"], sentences["sentence"], strict=True))
    body = mentions[mentions["paragraph"] > 0]
    assert set(zip(body["file"], body["paragraph"], body["sentence"], strict=True)) <= keys


def test_an_empty_term_is_an_error(parsed):
    sentences, mentions = parsed
    with pytest.raises(ValueError, match="needs a term"):
        keyword_context.kwic("  ", sentences, mentions)
    assert keyword_context.kwic("nowhere in the text", sentences, mentions).empty
