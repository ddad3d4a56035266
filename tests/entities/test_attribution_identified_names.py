"""Who said it, on hand-written texts whose speakers a person decided by reading them: a
name that "be" gives a described subject ("The speakers are X and Y") is a subject for the
pronouns after it (`entities.speakers`)."""

from __future__ import annotations


def test_the_last_name_a_description_is_given_is_the_he_after_it(quotes_of):
    # The author is named before; "He" after the two speakers is the last of them.
    found = quotes_of(
        [
            "Daniel Greenfield wrote about the coming debate.",
            "The two speakers are Robert Herbst, the coordinator of the chapter, and Jonathan"
            ' Kuttab, who advocates one state. He had tweeted, "Time for the US to do the'
            ' same."',
        ]
    )
    assert found["speaker"].tolist() == ["Jonathan Kuttab"]


def test_a_name_given_to_a_description_is_the_she_after_it(quotes_of):
    found = quotes_of(
        [
            "Mayor Tom Hill opened the fair on Saturday.",
            'The winner of the pie contest was Mary Jones. "I baked it all night," she said.',
        ]
    )
    assert found["speaker"].tolist() == ["Mary Jones"]


def test_a_description_given_to_a_person_is_no_one_new(quotes_of):
    # "a black man" is what "be" says of LeVell, not a person introduced without a name;
    # the "he" after it is LeVell.
    found = quotes_of(
        [
            "Bruce LeVell runs a jewelry business in Georgia.",
            "LeVell is a black man on a mission. He sincerely believes, he said, that"
            ' "Donald Trump is a really, really good guy."',
        ]
    )
    assert found["speaker"].tolist() == ["Bruce LeVell"]


def test_a_name_given_to_a_description_of_no_person_is_no_subject(quotes_of):
    # "The real enemy" is no noun for a person: Trump is what Sanders speaks of, and the
    # "he said" after it is still Sanders.
    found = quotes_of(
        [
            "Bernie Sanders campaigned in Iowa on Monday.",
            "The real enemy of working families, for him, is Donald Trump."
            ' "He would wreck the economy," he said.',
        ]
    )
    assert found["speaker"].tolist() == ["Bernie Sanders"]


def test_a_name_given_to_the_target_of_a_speech_is_no_subject(quotes_of):
    found = quotes_of(
        [
            "Elizabeth Warren spoke at the rally in Boston.",
            'The target of her speech was Donald Trump. "He is a loser," she said.',
        ]
    )
    assert found["speaker"].tolist() == ["Elizabeth Warren"]


def test_a_name_tagged_no_person_with_a_person_noun_beside_it_is_a_person(direct_speakers_of):
    # the small model tags "Brakni" an organisation; "a chemistry professor" says he is a
    # person, in his own paragraph and in the next one
    found = direct_speakers_of(
        [
            "Brakni, a chemistry professor at the college, said he never met the gunman.",
            "“We are frustrated and horrified” by the shooting, Brakni said.",
        ]
    )
    assert found == [("Brakni", "person")]


def test_an_organisation_with_a_noun_for_no_person_beside_it_stays_one(direct_speakers_of):
    found = direct_speakers_of(
        ["Exxon, the largest oil company, said on Monday: “We will appeal the ruling.”"]
    )
    assert found == [("Exxon", "organisation")]
