"""Unnamed sources on small hand-made sentences: which descriptions stand for many or for
someone indefinite, and what an organisation before a noun makes of the source."""

from __future__ import annotations

import pytest

from helpers.entities import descriptions


def _subject(doc):
    return next(t for t in doc if t.dep_ == "nsubj")


@pytest.mark.parametrize(
    ("text", "many"),
    [
        ("A senior official said it was over.", True),
        ("One Clinton aide said it was over.", True),
        ("Another strategist said it was over.", True),
        ("The committee chairmen said it was over.", True),
        ("The minister said it was over.", False),
        ("The former president said it was over.", False),
    ],
)
def test_indefinite_and_plural_descriptions(spacy_pipeline, text, many):
    assert descriptions.of_many(_subject(spacy_pipeline(text))) is many


def test_an_organisation_before_an_organisation_noun_is_the_organisation(spacy_pipeline):
    doc = spacy_pipeline("The Gazprom board said it was over.")
    entities = {(0, 1): ("Gazprom", "ORG")}
    assert descriptions.unnamed_source(_subject(doc), 0, entities) == ("Gazprom", "organisation")


def test_an_organisation_before_any_other_noun_is_part_of_an_anonymous_source(spacy_pipeline):
    doc = spacy_pipeline("A Gazprom engineer said it was over.")
    entities = {(0, 1): ("Gazprom", "ORG")}
    assert descriptions.unnamed_source(_subject(doc), 0, entities) == (
        "Gazprom engineer",
        "anonymous",
    )
