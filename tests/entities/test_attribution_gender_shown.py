"""Who said it, on hand-written paragraphs whose expected speaker a
person decided by reading them: pronouns resolved with the gender the article shows ("backed
her up" is no evidence about the one who backs; "X said she …" is), a subject the paragraph
shows to have the pronoun's gender before a later one it does not, a clause ending in a colon
before the quotation, and "there is X"."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


def test_her_as_an_object_is_no_evidence_of_the_subjects_gender(extract):
    found = extract(
        [
            "Senator Joan Mercer has defended the ledger for months.",
            "Governor Paul Okafor backed her up and praised her in an interview on Sunday. "
            "“I do not think it posed a problem,” he said.",
        ]
    )
    assert found == [("Paul Okafor", "person")]


def test_what_a_person_says_of_herself_outweighs_a_his_after_her_name(extract):
    found = extract(
        [
            "Tom Reyes, the campaign manager, spoke to reporters first.",
            "Dana Whitlock praised the volunteers in his district, his staff and his family.",
            "Whitlock said she appreciated the apology and that she wanted to move on.",
            "“We were distressed when we learned about it,” she said.",
        ]
    )
    assert found == [("Dana Whitlock", "person")]


def test_a_subject_shown_to_have_the_pronouns_gender_comes_first_in_its_paragraph(extract):
    found = extract(
        [
            "Senator Ben Sattler said he was tired of the primary.",
            "Sattler was asked about the vote. Mira Castell had won the state by ten points. "
            "“We fight on,” he said.",
        ]
    )
    assert found == [("Ben Sattler", "person")]


def test_a_clause_ending_in_a_colon_before_the_quote_is_not_reported_by_its_verb(extract):
    found = extract(
        [
            "Jeb Lawton spoke in Iowa on Monday.",
            "Carl Boyden, who served as counsel under the governor, ticked through the code "
            "the family has long embodied: “Civility and good manners were assumed,” he said.",
        ]
    )
    assert found == [("Carl Boyden", "person")]


def test_there_is_x_makes_x_the_subject_for_the_pronoun_after_it(extract):
    found = extract(
        [
            "Governor Frank Delaney has praised the plan.",
            "Then there's David Axelrod.",
            "“It is bewildering to see them so explicit,” he wrote on Twitter.",
        ]
    )
    assert found == [("David Axelrod", "person")]


@pytest.mark.parametrize("verb", ["surmised", "opined", "grumbled"])
def test_verbs_of_saying_added_to_the_list(extract, verb):
    found = extract(
        [
            "Nora Quist, a farmer from Ames, came to the rally.",
            f"“People are afraid of wasting their votes,” Quist {verb}.",
        ]
    )
    assert found == [("Nora Quist", "person")]


def test_a_verb_after_the_name_whose_only_clause_is_the_quotation_tells_how_it_was_said(
    extract,
):
    found = extract(
        [
            "Mayor Ed Brandt said the city had lost its way: “Lyon is no longer Lyon,” he claimed.",
            "“Lyon will always be Lyon,” an angry Tom Keller retaliated.",
        ]
    )
    assert found == [("Ed Brandt", "person"), ("Tom Keller", "person")]


def test_a_name_the_tagger_took_for_an_adverb_after_said(extract):
    found = extract(
        [
            "Bill Skelly, a longtime data operative, vouched for both men.",
            "“Having access to the file is valuable,” said Skelly, explaining he worked more "
            "closely with one of them.",
        ]
    )
    assert found == [("Bill Skelly", "person")]
