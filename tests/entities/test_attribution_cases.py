"""Who said it, on hand-written articles whose expected speaker a
person decided by reading them (not by running the code): speakers read from the order of
the words after a quotation (`word_order`), the speech verb with a subject preferred
(`quote_sources`), two-apostrophe marks and "put it" (`quote_context`), a later paragraph
naming the speaker of the quotations before (`quotes`), gender shown by a sentence
(`speakers`)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


def test_a_name_with_its_age_before_the_verb(extract):
    found = extract(
        [
            "The television anchor Luis Ortega has covered the campaign since June.",
            "“We should have stood up to him from the very start,” Ortega, 58, told reporters "
            "in Madrid on Monday.",
        ]
    )
    assert found == [("Luis Ortega", "person")]


def test_a_name_with_an_apposition_before_the_verb(extract):
    found = extract(
        [
            "Mike Dunmore runs the largest fund backing the governor.",
            "“Not ours, but we cannot argue with it!” Dunmore, the head of the fund, tweeted "
            "on Friday with a picture of the banner.",
        ]
    )
    assert found == [("Mike Dunmore", "person")]


def test_the_verb_with_a_subject_not_the_participle_before_it(extract):
    found = extract(
        [
            "Stressing the danger of the storm, Governor Ann Lee said, “If we do not leave "
            "now, we will not have a town left. I said this would happen.”",
        ]
    )
    assert found == [("Ann Lee", "person")]


def test_a_described_source_after_the_quote(extract):
    found = extract(
        [
            "“Nobody in the building saw it coming,” a senior diplomat, speaking on condition "
            "of anonymity, told reporters.",
        ]
    )
    assert found == [("senior diplomat", "anonymous")]


def test_a_dash_and_a_name_after_the_quote_sign_it(extract):
    found = extract(
        [
            "We asked voters in Ohio what they made of the debate.",
            "“He spoke for people like me, and he meant it.” ― Maria Lopez, 45, a teacher "
            "from Dayton",
            "“Neither of them answered a single question.” — Tom Reilly, retired machinist",
        ]
    )
    assert found == [("Maria Lopez", "person"), ("Tom Reilly", "person")]


def test_quotes_in_two_apostrophes_after_a_colon_or_a_comma(extract):
    found = extract(
        [
            "And Mr. Hollis gloated: ''I told you he would not be ready.''",
            "Col. Dana Pruitt, a spokeswoman in Baghdad, said, ''A raid is a combat operation.''",
        ]
    )
    assert found == [("Hollis", "person"), ("Dana Pruitt", "person")]


def test_as_someone_put_it(extract):
    found = extract(
        ["As Tom Rudge, a former secretary of the interior, put it: “The gate is already open.”"]
    )
    assert found == [("Tom Rudge", "person")]


def test_a_later_paragraph_names_the_speaker_of_the_quotes_before(extract):
    found = extract(
        [
            "Greta Viller is upbeat about the senator's chances in November.",
            "“Not only can he win in November, he is the one with the best chance.”",
            "“He may be the only one who unites the party,” Viller notes.",
        ]
    )
    assert found == [("Greta Viller", "person"), ("Greta Viller", "person")]


def test_a_pronoun_skips_a_person_a_sentence_shows_to_have_the_other_gender(extract):
    found = extract(
        [
            "Dana Whitfield spoke first, and she was brief. Alex Moreno took the stage "
            "later, and he spoke for an hour.",
            "“We will get this done by spring,” she said.",
        ]
    )
    assert found == [("Dana Whitfield", "person")]


def test_a_name_before_someone_elses_speech_verb_is_not_the_speaker(extract):
    found = extract(
        [
            "“We are trying to let the bully learn his lesson,” Dan Tripp said. “We are "
            "trying to show some mercy.” South Carolina, he said, was where they could win.",
        ]
    )
    assert {speaker for speaker, _ in found} == {"Dan Tripp"}
