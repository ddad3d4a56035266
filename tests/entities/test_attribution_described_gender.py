"""Who said it, on hand-written paragraphs whose expected speaker a
person decided by reading them: the he/she words about someone described, not named, are
no evidence of the gender of the person named beside them."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from helpers.entities import subjects


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


def test_a_his_about_a_description_does_not_make_the_named_woman_a_he(extract):
    found = extract(
        [
            "The general stumped for Maria Santos in Iowa on Veterans Day, and the campaign "
            "has touted his endorsement on its website.",
            "In a statement on Thursday, Santos spokesman Tom Becker said, “Maria has always "
            "opposed any ban of that kind.”",
            "On Wednesday, Santos criticised the plan of Paul Ryan in an email to supporters.",
            "“Now is the time for all of us to stand up to hateful words,” she said.",
        ]
    )
    assert found == [("Tom Becker", "person"), ("Maria Santos", "person")]


def test_a_name_set_off_by_dashes_from_its_description_is_the_subject(spacy_pipeline):
    # The parse the small model gives some such sentences: the description is the subject,
    # the name a loose word ("dep") of the verb. Words and parse written by hand.
    words = "And chairman Tom Becker — the former chief of staff — offered a slogan .".split()
    heads = [11, 3, 3, 11, 11, 7, 7, 11, 7, 8, 7, 11, 13, 11, 11]
    deps = ["cc", "compound", "compound", "dep", "punct", "det", "amod", "nsubj", "prep"]
    deps += ["pobj", "punct", "ROOT", "det", "dobj", "punct"]
    doc = Doc(spacy_pipeline.vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in subjects.beside(doc[7])] == ["Becker"]
    deps[3] = "nsubj"
    doc = Doc(spacy_pipeline.vocab, words=words, heads=heads, deps=deps)
    assert subjects.beside(doc[7]) == []  # the name is a subject of its own: no apposition
