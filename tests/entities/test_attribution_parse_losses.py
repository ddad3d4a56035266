"""Who said it, on hand-written paragraphs whose expected speaker a
person decided by reading them: pronouns whose antecedent the small model's parse or tagger
loses (a subject hung on a phrase before it, a name in apposition to an apposition, a
clause that the parse hangs on the quotation's "he said", the subject of a clause that
someone hopes or finds, a surname the model tags as no entity) or that its own clause
rules out ("he told Rubio" is not Rubio)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


def test_a_subject_the_parse_hangs_on_the_phrase_before_it_is_the_sentences_subject(extract):
    found = extract(
        [
            "Rick Warner, a party strategist, said the state had changed.",
            "At a June campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson "
            "also railed against immigrants. “They should speak English in public,” she said.",
        ]
    )
    assert found == [("Brenda Johnson", "person")]


def test_a_subject_after_a_long_apposition_is_the_sentences_subject(extract):
    found = extract(
        [
            "Mark Schmidt, who runs a golf course in Ohio, said business was slow.",
            "At Boca West, where it costs new members $70,000 to sign up, Jay DiPietro, the "
            "club's 78-year-old president and general manager, suggested that some of his "
            "competitors were poorly managed.",
            "“We're in the people-pleasing business,” he said.",
        ]
    )
    assert found == [("Jay DiPietro", "person")]


def test_the_name_in_apposition_to_an_apposition_speaks(extract):
    found = extract(
        [
            "The other man, his cousin James York, 40, said, “He's talking too much trash.”",
        ]
    )
    assert found == [("James York", "person")]


def test_a_clause_the_parse_hangs_on_the_quotations_verb_is_not_reported_by_it(extract):
    found = extract(
        [
            "Jeff Weaver, the campaign manager, called the remark unfair.",
            "Vice President Joe Biden weighed in as well, telling Mic in an interview, “But "
            "gosh almighty, they're both qualified,” he said, adding, “Hillary's overwhelmingly "
            "qualified to be president.”",
        ]
    )
    assert found == [("Joe Biden", "person")]


def test_the_subject_of_what_someone_hopes_is_not_the_pronouns_antecedent(extract):
    found = extract(
        [
            "Josh Bivens is the research director of the Economic Policy Institute.",
            "Bivens hopes Clinton and other Democrats do not make the same mistake this time.",
            "“I wish they had differentiated the two states of the world better,” he concluded.",
        ]
    )
    assert found == [("Josh Bivens", "person")]


def test_a_surname_the_model_does_not_tag_is_a_person_when_it_speaks(extract):
    found = extract(
        [
            "Donald Trump went with the odds.",
            "Szlachta openly admitted that his pick was politically motivated. “With an eye to "
            "February 20th, Carolina,” he said.",
        ]
    )
    assert found == [("Szlachta", "person")]


def test_a_plural_party_name_the_model_does_not_tag_is_no_person(extract):
    found = extract(["“The bill is a disgrace,” Republicans said."])
    assert len(found) == 1 and found[0][1] != "person"


def test_a_pronoun_is_not_the_person_its_own_verb_names_as_object(extract):
    found = extract(
        [
            "At a coffee shop last month, Rubio supporter Scott Szlachta told the senator that "
            "he drove from Chicago to ask him about visas. Rubio co-sponsored a bill this year "
            "that would triple the cap.",
            "“Workers in this country have been horribly abused by the program,” he told Rubio.",
        ]
    )
    assert found == [("Scott Szlachta", "person")]


def test_a_relative_clause_speech_verb_before_a_long_phrase_and_a_comma_speaks(extract):
    found = extract(
        [
            "On Thursday, Cruz scored his first endorsement from a Senate colleague, from Mike "
            "Lee, who declared in the debate spin room, “I'm sending the signal that it's time "
            "to unite.”",
        ]
    )
    assert found == [("Mike Lee", "person")]


def test_the_sentence_naming_the_speaker_before_who_is_not_reported_speech(extract):
    found = extract(
        [
            "Then there was the conservative radio host Charlie Sykes, who lamented in an "
            "interview with the Business Insider politics editor Oliver Darcy, ''We have spent "
            "20 years demonizing the liberal mainstream media.''",
        ]
    )
    assert found == [("Charlie Sykes", "person")]


def test_of_two_subjects_the_parse_gives_a_speech_verb_the_nearer_speaks(extract):
    found = extract(
        [
            "“I'm worried that we will slip back into the usual mode,” Zeke Emanuel said. His "
            "final assessment: “It's not quite optimistic,” he said. “We're hopeful.”",
        ]
    )
    assert found == [("Zeke Emanuel", "person"), ("Zeke Emanuel", "person")]
