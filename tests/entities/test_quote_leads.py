"""A quotation's source written right before it in ways the speech verb's subject alone does
not give (`quote_leads`), on hand-written paragraphs whose expected speaker a person decided
by reading them."""

from __future__ import annotations

import pytest

from helpers.entities import quote_leads

INTRODUCTION = "Senator Mark Ellison sued the state on Monday."


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


@pytest.mark.parametrize(
    "text",
    [
        "Ellison’s statement, “the law needlessly endangered our children and our police "
        "officers,” is political posturing.",
        "The governor called Ellison’s remark, “this is a dark day for the state,” overblown.",
    ],
)
def test_the_owner_of_a_noun_of_speech_before_the_quotation(extract, text):
    assert extract([INTRODUCTION, text]) == [("Mark Ellison", "person")]


@pytest.mark.parametrize(
    "text",
    [
        "Ellison said, and I quote, “We love the poorly educated.”",
        "At the rally, Ellison told the crowd, and I quote, “We love the poorly educated.”",
    ],
)
def test_and_i_quote_between_the_verb_and_the_quotation(extract, text):
    """The aside is the writer's: the quotation is still a direct one, the senator's."""
    assert extract([INTRODUCTION, text]) == [("Mark Ellison", "person")]


def test_a_bare_title_joined_to_a_titled_name(extract):
    found = extract(
        [
            "The county board voted on the rent rules on Thursday.",
            "“The vote is a win for every tenant in the city,” said league founder and "
            "Executive Director Maria L. Santos.",
        ]
    )
    assert found == [("Maria L. Santos", "person")]


def test_a_title_with_a_determiner_is_another_source(spacy_pipeline):
    """ "the spokesman and Mayor Ann Lee" are two people: the title stays the subject."""
    doc = spacy_pipeline("The spokesman and Mayor Ann Lee said the bridge would reopen.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    people = {(0, t.i) for t in doc if t.ent_type_ == "PERSON"}
    assert quote_leads.titled_conjunct(subject, 0, people).text == "spokesman"


def test_the_subject_of_an_object_relative_clause_parsed_apart(extract):
    """The small model parses "who Cruz … called" (as "who Beck", "who Price") as a clause
    "who Cruz" of its own, leaving "called" no subject."""
    found = extract(
        [
            "Hal Porter was named campaign chief on Monday. Senator Ted Cruz opposed him.",
            "The group was angered by Porter, who Cruz on Wednesday called “a horrible, "
            "reckless human being.”",
        ]
    )
    assert found == [("Ted Cruz", "person")]
