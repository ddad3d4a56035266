"""Who said it, on small hand-written articles: one case for each way news attributes words.

Each article is a list of paragraphs; the expected (speaker, speaker type, kind) of each
row were decided by reading the text, not by running the code.
"""

from __future__ import annotations

import pandas as pd
import pytest


@pytest.fixture(scope="module")
def extract(quotes_of):
    return quotes_of


def _direct(found: pd.DataFrame) -> list[tuple[str, str]]:
    rows = found[found["kind"] == "direct"]
    return list(zip(rows["speaker"], rows["speaker_type"], strict=True))


def test_the_subject_of_the_verb_not_the_nearest_name(extract):
    found = extract(
        [
            "Senator John Whitaker spoke after President Maria Delgado left the room.",
            '"She has failed every family in this state," Whitaker said of Delgado.',
            '"The poison came from a military laboratory," a US official said of Sergei Volkov.',
        ]
    )
    assert _direct(found) == [("John Whitaker", "person"), ("US official", "anonymous")]


def test_a_speaker_introduced_on_the_line_before(extract):
    found = extract(
        [
            "Prime Minister Jacinda Ardern spoke to reporters on Monday and said:",
            '"Our gun laws will change. I can tell you that right now."',
        ]
    )
    assert _direct(found) == [("Jacinda Ardern", "person")]


def test_an_interrupted_quotation_is_one_quote(extract):
    found = extract(
        [
            "Jacinda Ardern visited the mosque in Christchurch on Friday.",
            '"We are not afraid," Ardern said on Friday, "and we will never be divided."',
        ]
    )
    direct = found[found["kind"] == "direct"]
    assert list(direct["speaker"]) == ["Jacinda Ardern"]
    assert direct["quote"].iloc[0] == "We are not afraid, and we will never be divided."


def test_a_pronoun_is_the_person_it_stands_for(extract):
    found = extract(
        [
            "Prime Minister Jacinda Ardern met opposition leader Mr Simon Bridges on Friday.",
            "Police said the roads around the mosque would stay closed until Sunday.",
            '"We stand together, whatever our faith," she said.',
        ]
    )
    assert _direct(found) == [("Jacinda Ardern", "person")]


def test_he_is_the_speaker_not_the_subject_of_what_he_reported(extract):
    found = extract(
        [
            "White House spokesman Josh Earnest said Barack Obama had stayed in touch with voters.",
            '"That will matter in the fall," he said.',
        ]
    )
    assert _direct(found) == [("Josh Earnest", "person")]


def test_a_name_modifying_a_common_noun_is_no_speaker(extract):
    found = extract(
        [
            "FBI Director James Comey was fired by President Donald Trump on Tuesday.",
            'Asked whether the Comey dismissal affected the talks, Trump said "not at all."',
            'Asked again whether the Comey dismissal mattered, he said "it was a good meeting."',
        ]
    )
    assert _direct(found) == [("Donald Trump", "person"), ("Donald Trump", "person")]


def test_a_role_noun_is_the_person_introduced_with_that_role(extract):
    found = extract(
        [
            "British Prime Minister Theresa May spoke in Parliament on Wednesday.",
            "Opposition leader Jeremy Corbyn asked for evidence.",
            '"This was a reckless and despicable act," the prime minister said.',
        ]
    )
    assert _direct(found) == [("Theresa May", "person")]


def test_an_apposition_names_the_speaker(extract):
    found = extract(['Tom Fisher, the council spokesman, said "no decision has been made."'])
    assert _direct(found) == [("Tom Fisher", "person")]


def test_a_quotation_running_over_paragraphs_keeps_its_speaker(extract):
    found = extract(
        [
            '"The factory will close in March," said Mayor Ana Silva. "Hundreds of jobs will go.',
            '"We will fight for every one of them."',
        ]
    )
    direct = found[found["kind"] == "direct"]
    assert list(direct["speaker"]) == ["Ana Silva"]
    assert direct["quote"].iloc[0].endswith("fight for every one of them.")


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type", "kind"),
    [
        (  # quoted words inside what "according to" reports: a partial quotation
            'The budget is "completely unrealistic," according to Finance Minister Paul Keating.',
            "Paul Keating",
            "person",
            "partial",
        ),
        (
            'In a statement, the Kremlin said the claims were "absurd and insulting."',
            "Kremlin",
            "organisation",
            "partial",
        ),
        (
            '"We have no comment at this time," Mayor Ana Silva told reporters.',
            "Ana Silva",
            "person",
            "direct",
        ),
        ('"The claims are baseless," the ministry said.', "ministry", "organisation", "direct"),
        (
            '"It was a disaster from start to finish," a senior official said.',
            "senior official",
            "anonymous",
            "direct",
        ),
    ],
)
def test_multi_word_cues_organisations_and_anonymous_sources(
    extract, text, speaker, speaker_type, kind
):
    found = extract([text])
    rows = found[found["kind"] == kind]
    assert list(zip(rows["speaker"], rows["speaker_type"], strict=True)) == [
        (speaker, speaker_type)
    ]
    assert found["kind"].tolist() == [kind]  # no second row for the same speech act


def test_a_name_before_a_colon_is_the_speaker(extract):
    found = extract(
        [
            "Jeb Bush and Hillary Clinton both reject the word containment.",
            'Clinton: "Our goal is to defeat the group, not to contain it."',
        ]
    )
    assert _direct(found) == [("Hillary Clinton", "person")]


def test_a_dash_line_signs_the_quotation_before_it(extract):
    found = extract(
        [
            "Readers told us what the vote meant to them.",
            '"I have waited my whole life to see this day."',
            "— Maria Lopez, a teacher in Phoenix",
        ]
    )
    assert _direct(found) == [("Maria Lopez", "person")]


def test_reported_speech_is_indirect(extract):
    found = extract(
        [
            "Mayor Ana Silva said that the plant would reopen in May.",
            "According to the police, the crowd left the square peacefully.",
            "Silva told reporters the union had accepted the offer.",
        ]
    )
    rows = list(
        zip(found["speaker"], found["speaker_type"], found["kind"], found["quote"], strict=True)
    )
    assert rows == [
        ("Ana Silva", "person", "indirect", "the plant would reopen in May"),
        ("police", "organisation", "indirect", "the crowd left the square peacefully"),
        ("Ana Silva", "person", "indirect", "the union had accepted the offer"),
    ]


def test_no_source_in_the_text_is_unattributed(extract):
    found = extract(['"Nobody saw it coming, and nobody will forget it."'])
    assert _direct(found) == [("unattributed", "unattributed")]
