"""Who said it, on hand-written paragraphs whose expected speaker a
person decided by reading them: a quoted clause introduced by a verb the speech-verb list
lacks ("shot back, “…”"), the passive subject of a verb controlling the speech verb ("was
prompted to say"), a colon tried when the verb found has no subject."""

from __future__ import annotations

import pytest

from helpers.entities import speakers


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


INTRODUCTION = "Governor Laura Brennan debated Senator Mark Ellison in Columbus on Tuesday."


@pytest.mark.parametrize(
    "text",
    [
        "When Ellison attacked her record, Brennan shot back, “I balanced four budgets in a row.”",
        "Brennan fired back forcefully: “I balanced four budgets in a row.”",
    ],
)
def test_a_quoted_clause_after_a_verb_outside_the_list(extract, text):
    assert extract([INTRODUCTION, text]) == [("Laura Brennan", "person")]


def test_the_passive_subject_of_a_verb_controlling_the_speech_verb(extract):
    found = extract(
        [
            INTRODUCTION,
            "The exchange was so calm that Ellison was prompted to say, “I cannot believe how "
            "civil this has been.”",
        ]
    )
    assert found == [("Mark Ellison", "person")]


def test_a_participle_after_the_clause_does_not_take_the_quote_from_its_speaker(extract):
    """'recalling ...' after the quotation has no subject of its own; the colon names her."""
    found = extract(
        [
            INTRODUCTION,
            "Brennan answered sharply: “We cut taxes and kept every school open,” recalling "
            "her first term.",
        ]
    )
    assert found == [("Laura Brennan", "person")]


def test_a_verb_after_the_name_that_says_how_the_quotation_was_said(extract):
    found = extract(
        [
            INTRODUCTION,
            "“You know, it happens to everyone, right?” Ellison went on, as if he had not "
            "heard the question.",
        ]
    )
    assert found == [("Mark Ellison", "person")]


def test_a_second_verb_hung_on_the_reported_clause_is_the_reporters(extract):
    """The second 'said' is Brennan's, who reports that the cuts were ordered by Ellison; the
    parse hangs it on 'ordered', whose agent Ellison did not say it."""
    found = extract(
        [
            INTRODUCTION,
            "Brennan said the cuts were ordered by Ellison and said, “Who do you trust on "
            "schools?”",
        ]
    )
    assert found == [("Laura Brennan", "person")]


def test_a_surname_the_model_does_not_tag_is_the_person_named_before(spacy_pipeline):
    """A subject "Cruz" that no mention covers (the small model often misses a lone surname)
    is the Ted Cruz the article named before it, not the description "Cruz"."""
    article = speakers.ArticleContext(roles=[((0, 3), "Ted Cruz", {"senator"})])
    doc = spacy_pipeline("Cruz openly admitted that his pick was politically motivated.")
    assert speakers.stands_for(article, 1, doc[0]) == ("Ted Cruz", "person")
    assert speakers.stands_for(article, 0, doc[0]) != ("Ted Cruz", "person")  # named after


def test_the_subject_of_a_speech_verb_set_into_a_clause_is_a_later_pronouns(extract):
    """'Brennan, Ellison said, has …': Ellison speaks, so the "he" that follows is Ellison,
    though Brennan is the clause's subject (the article shows Brennan is a woman only through
    the title, so gender cannot decide it)."""
    found = extract(
        [
            INTRODUCTION,
            "Brennan, Ellison said, has created a “strange new politics.”",
            "“So afterwards, her voters feel justified,” he said.",
        ]
    )
    assert found == [("Mark Ellison", "person")]


def test_a_name_with_a_long_title_before_the_verb_after_the_quotation(extract):
    """The verb is more than twelve words after the quotation but close to the name."""
    found = extract(
        [
            INTRODUCTION,
            "''They were partners, but also competitors,'' William M. Dalby, Governor "
            "Brennan's former chief of staff, said of their time in the statehouse.",
        ]
    )
    assert found == [("William M. Dalby", "person")]
