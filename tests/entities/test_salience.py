"""The entities table: seed_mentions per outlet, per 1,000 words, shares and first paragraph,
checked against hand counts of the seeds (tests/fixtures/gold/people.yml)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.base import catalogue
from helpers.base.text import word_count
from helpers.entities import salience


def test_salience_table(seed_mentions, seed_paragraphs):
    table = salience.entity_salience(seed_mentions, seed_paragraphs)
    assert list(table.columns) == catalogue.columns("entities")
    shares = table.groupby(["outlet", "label"])["share"].sum()
    assert shares.round(9).eq(1).all()
    nbc = table[(table["outlet"] == "NBC News") & (table["entity"] == "Donald Trump")].iloc[0]
    words = sum(
        word_count(t) for t in seed_paragraphs.loc[seed_paragraphs["outlet"] == "NBC News", "text"]
    )
    assert nbc["mentions"] == 16 and nbc["first_paragraph"] == 0
    assert nbc["per_1000_words"] == pytest.approx(16_000 / words)
    cnn = table[(table["outlet"] == "CNN") & (table["entity"] == "Donald Trump")].iloc[0]
    assert cnn["first_paragraph"] == 2  # no headline; paragraph 1 is the dateline
    fewer = salience.entity_salience(seed_mentions, seed_paragraphs, include_attributive=False)
    assert fewer.set_index(["outlet", "entity"]).loc[("NBC News", "Donald Trump"), "mentions"] == 12


def test_no_mentions_make_an_empty_table():
    found = catalogue.table("mentions").empty()
    paragraphs = pd.DataFrame(columns=["file", "outlet", "paragraph", "line", "text"])
    assert salience.entity_salience(found, paragraphs).empty
