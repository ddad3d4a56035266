"""Who said it, on hand-written paragraphs whose expected speaker a
person decided by reading them: unnamed sources (organisations, descriptions and what they
issue) that were forced onto a person or left unattributed."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


def test_the_campaign_is_not_the_person_the_article_calls_its_campaign_manager(extract):
    found = extract(
        [
            "Sanders campaign manager Jeff Weaver spoke to reporters on Monday.",
            "Even before Sanders took the stage, his campaign sent out a text message to "
            "supporters: “With your help, we were just declared the winner in New Hampshire!”",
        ]
    )
    assert found == [("campaign", "organisation")]


def test_what_an_organisation_issues_saying_a_quotation_is_the_organisations(extract):
    found = extract(
        [
            "Later that night, the Democratic National Committee issued a statement saying "
            "“We want to offer a deep and sincere apology to Senator Sanders.”",
        ]
    )
    assert found == [("Democratic National Committee", "organisation")]


def test_a_participle_right_after_a_noun_phrase_is_that_phrases_words(extract):
    found = extract(
        [
            "Outside the hall, a banner saying “Teachers Against Cuts” hung from the fence.",
            "The proportion of GOP voters saying “we want a ban” is as high as three-quarters.",
        ]
    )
    assert found == [("banner", "anonymous"), ("proportion of GOP voters", "anonymous")]


def test_the_tabloid_prompted_to_run_a_cover_saying_a_quotation_speaks(extract):
    found = extract(
        [
            "He told the New York Daily News that the mayor was hiding. This prompted the "
            "tabloid to do a cover saying “Don't be a bum, Bill!”",
        ]
    )
    assert found == [("tabloid", "anonymous")]


def test_a_verb_set_before_its_subject_after_a_quotation_attributes_it(extract):
    found = extract(
        [
            "“There are fish with more spine than the senator,” reads a Friday editorial in "
            "The Daily Ledger.",
            "“What sport is he talking about?” reacted Donald Trump.",
        ]
    )
    assert found == [("Friday editorial", "anonymous"), ("Donald Trump", "person")]


def test_a_verb_after_the_bracket_closing_a_cited_quotation_is_no_inversion(extract):
    found = extract(
        [
            "On Sunday, Pastor Bradley Cranston stood at his pulpit and, citing Exodus "
            "(“select able men who fear God as leaders”), endorsed Senator Ted Cruz of Texas.",
        ]
    )
    assert ("Ted Cruz", "person") not in found


def test_a_possessive_does_not_end_the_speakers_noun_phrase(extract):
    found = extract(
        [
            "“It's about time that we had a woman running this country,” exhorted Clinton's "
            "introducer, actress Jamie Lee Curtis.",
        ]
    )
    assert found == [("Jamie Lee Curtis", "person")]


def test_a_noun_whose_relative_clause_runs_up_to_a_subjectless_speech_verb_speaks(extract):
    found = extract(
        [
            "Although there is no such link with Walker's staff, a city hall official who "
            "spoke anonymously to discuss the talks said Monday, “Certainly there are "
            "discussions between the mayor and the union.”",
        ]
    )
    assert found == [("city hall official", "anonymous")]


def test_a_participle_hung_on_a_verb_the_reported_clause_controls_is_the_reporters(extract):
    found = extract(
        [
            "Alongside union calls for action, even a top GOP strategist said Walker will have "
            "to choose whose side he’s on, saying, “At some point, he’s going to have to come "
            "out — I think the pressure’s going to build on him.”",
        ]
    )
    assert found == [("top GOP strategist", "anonymous")]


def test_the_subject_of_a_second_who_clause_speaks(extract):
    found = extract(
        [
            "The senator was rallying for a 70-year-old academic named Eric Kingston, who is "
            "running for Congress and who worked the crowd, praising “Bernie's genuineness and "
            "indisputable integrity” as he promised to defend Social Security.",
        ]
    )
    assert found == [("Eric Kingston", "person")]


def test_a_description_is_the_person_it_is_said_to_be_named(extract):
    found = extract(
        [
            "A retired teacher named Ellen Park, who had driven two hours, said “This is the "
            "best speech I have heard in years.”",
            "A local pastor named John Reeves stood up and said “We need this man in Washington.”",
        ]
    )
    assert found == [("Ellen Park", "person"), ("John Reeves", "person")]


def test_it_is_the_organisation_that_was_a_subject_just_before(extract):
    found = extract(
        [
            "The Washington Post reported that the author was gathering material for a new "
            "book. It added, “the visit comes as the candidate promises new attacks on the "
            "stump.”",
        ]
    )
    assert found == [("Washington Post", "organisation")]


def test_a_name_set_off_by_its_apposition_is_the_subject_of_the_verb_after_it(extract):
    found = extract(
        [
            "Mitt Romney, the 2012 Republican presidential nominee, tweeted in response: "
            "“Important distinction: the mayor cuts budgets; our governors fund schools.”",
        ]
    )
    assert found == [("Mitt Romney", "person")]
