"""Who said it, on hand-written paragraphs whose expected speaker
a person decided by reading them: the person a sentence announces as its topic ("As for X,")
is a subject for the pronouns after it, and a speaker in a clause that only sets the scene
after the main one ("… when X asked …") is not."""

from __future__ import annotations

import pytest

from helpers.entities import parsing
from helpers.entities.clause_roles import scene_clause, topic


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


def test_the_topic_of_as_for_is_the_he_after_it(extract):
    found = extract(
        [
            "Tom Becker warned against a long fight over the rules at the convention.",
            "As for Paul Ryan, he said he is not worried. “I think whoever gets the most "
            "votes should win,” he said.",
        ]
    )
    assert found == [("Paul Ryan", "person")]


def test_the_topic_of_an_opening_for_is_the_he_after_it(extract):
    found = extract(
        [
            "Tom Becker was twice vetted for the job and twice passed over.",
            "And for Paul Ryan and the others whose names are being tossed around, that means "
            "it is best to deflect questions.",
            "“I leave that to others,” he says.",
        ]
    )
    assert found == [("Paul Ryan", "person")]


def test_a_speaker_in_a_clause_after_the_main_one_is_not_the_he(extract):
    found = extract(
        [
            "Paul Ryan has criticised the plan before, though he did not name Tom Becker.",
            "Ryan also did not sound confident when Becker asked whether the party would hold "
            "the House in November.",
            "“The one thing you can predict of this year is that it will be unpredictable,” he "
            "said.",
        ]
    )
    assert found == [("Paul Ryan", "person")]


def test_topic_and_scene_clause_on_their_own(spacy_pipeline):
    doc = parsing.parse_texts(spacy_pipeline, ["As for Ryan, he said he is not worried."])
    doc = next(iter(doc))
    assert [t.text for t in doc if topic(t)] == ["Ryan"]
    doc = next(iter(parsing.parse_texts(spacy_pipeline, ["For years, he said nothing."])))
    assert [t.text for t in doc if topic(t)] == ["years"]  # a topic; not a person's
    doc = next(
        iter(parsing.parse_texts(spacy_pipeline, ["He left the room for Ryan, who was late."]))
    )
    assert [t.text for t in doc if topic(t)] == []
    doc = next(iter(parsing.parse_texts(spacy_pipeline, ["Ryan frowned when Becker asked him."])))
    assert [t.text for t in doc if scene_clause(t, {0})] == ["asked"]
    # the sentence is about Ryan when its main subject is no person, or "as" gives his words
    doc = next(iter(parsing.parse_texts(spacy_pipeline, ["Some cheer when Ryan calls for it."])))
    assert [t.text for t in doc if scene_clause(t, {2})] == []
    doc = next(iter(parsing.parse_texts(spacy_pipeline, ["Becker cut costs, as Ryan suggested."])))
    assert [t.text for t in doc if scene_clause(t, {0, 5})] == []


def test_a_speaker_who_states_something_in_a_when_clause_is_still_an_antecedent(extract):
    # found in review: only a question asked in the scene is answered by the main subject
    found = extract(
        [
            "Hillary Clinton was campaigning in Iowa when Bernie Sanders said the race was "
            "far from over.",
            "“We are going to win this nomination, whatever the polls say,” he said.",
        ]
    )
    assert found == [("Bernie Sanders", "person")]
