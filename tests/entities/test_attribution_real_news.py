"""Who said it, on constructions read in real news (issue 15), each on a hand-written
paragraph whose expected speaker a person decided by reading it: a quotation right after
"…, X said." goes on with what X said; "be" with a description before a colon introduces
the writer's own words; a name that a clause's verb or preposition governs before a colon
is not the speaker, the clause's subject is."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


def test_a_quotation_after_reported_speech_in_its_paragraph_is_that_speaker_s(extract):
    found = extract(
        [
            "Lawyers for the two women have been approached by committee staff six times, "
            "Grassley said. “Neither attorney has made their clients available for an "
            "interview. The committee can't do an investigation if attorneys are stonewalling.”"
        ]
    )
    assert found == [("Grassley", "person")]


def test_a_quotation_after_reported_speech_goes_with_the_latest_speaker(extract):
    found = extract(
        [
            "“The plant will stay open through the winter,” Maria Lopez said. Workers were "
            "told the night shift would end in March, union leader Tom Becker said. “We "
            "heard it from the manager on Friday and nobody has told us anything since.”"
        ]
    )
    assert found == [("Maria Lopez", "person"), ("Tom Becker", "person")]


def test_be_with_a_description_before_a_colon_is_the_writer_s_own_words(extract):
    found = extract(
        [
            "I hope the bishop can clarify what he means. A simpler question to him would be "
            "this: “Are you refusing submission to the Roman Pontiff or communion with the "
            "members subject to him?”"
        ]
    )
    assert found == [("unattributed", "unattributed")]


def test_be_with_a_role_before_a_colon_is_that_role_s_speech(extract):
    found = extract(
        [
            "The spokesman was blunt: “We are deeply concerned by the reports and we are "
            "monitoring the situation.”"
        ]
    )
    assert found == [("spokesman", "anonymous")]


def test_a_name_governed_before_a_colon_gives_way_to_the_clause_s_subject(extract):
    found = extract(
        [
            "In a recent interview, the Italian philosopher Rocco Buttiglione provides this "
            "example for AL 303: “Imagine a father who has a sick son and the child improves. "
            "The father is happy.”"
        ]
    )
    assert found == [("Rocco Buttiglione", "person")]


def test_a_person_governed_before_a_colon_is_still_the_source(extract):
    found = extract(
        [
            "The timing of the surge does not surprise Republican pollster Daron Shaw: "
            "“Historically, lesser-known candidates beating establishment candidates in early "
            "contests have seen the biggest boost.”"
        ]
    )
    assert found == [("Daron Shaw", "person")]


def test_a_quotation_after_a_description_s_reported_speech_is_not_given_to_it(extract):
    found = extract(
        [
            "The designers need no survey, since their own brain can tell them what they "
            "enjoy. “The most efficient way of getting those effects was simulated weaponry.”"
        ]
    )
    assert found == [("unattributed", "unattributed")]


def test_a_quotation_after_speech_that_a_relative_clause_reports_is_not_that_speaker_s(extract):
    found = extract(
        [
            "“It was his first attempt to stand up to his father,” said his roommate, Bruce "
            "Turry, who remembered Freddy claiming that his father was Swedish. (He was not.) "
            "“Freddy was a classic case of someone who had a father complex.”"
        ]
    )
    assert found == [("Bruce Turry", "person"), ("Bruce Turry", "person")]


def test_a_quotation_after_speech_in_a_clause_joined_to_the_main_one_is_that_speaker_s(extract):
    found = extract(
        [
            "Carl Quintanilla seemed taken aback and mentioned that the picture had been on "
            "the company's website. “Does that not speak to your vetting process or judgment "
            "in any way?”"
        ]
    )
    assert found == [("Carl Quintanilla", "person")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mayor John Smith said the plan would save the city money. Critics are not convinced. "
        "“This is a giveaway to developers and nothing else.”",
        "According to police, the man fled on foot. Neighbours were shocked. “We have never "
        "seen anything like it in this street.”",
    ],
)
def test_a_quotation_with_another_sentence_after_the_reported_speech_is_not_its(extract, paragraph):
    assert extract([paragraph]) == [("unattributed", "unattributed")]


def test_be_with_a_person_s_description_before_a_colon_is_that_person_s_speech(extract):
    # found in review: "Her message was clear:" had named no speaker
    found = extract(
        [
            "Senator Elizabeth Warren spoke to reporters after the vote. Her message was "
            "clear: “We will not back down from this fight, not now and not ever.”",
            "Donald Trump was asked about the new poll. Trump's response was blunt: “The poll "
            "is fake and everybody knows it is fake.”",
        ]
    )
    assert found == [("Elizabeth Warren", "person"), ("Donald Trump", "person")]
