"""Who said it, on hand-written paragraphs whose expected speaker a
person decided by reading them: pronouns whose antecedent was lost to the order in which a
paragraph's subjects were read, to a person named earlier whose gender the article shows,
or to the subject of what a participle reports."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


def test_a_subject_the_parse_loses_counts_for_a_pronoun_later_in_its_paragraph(extract):
    found = extract(
        [
            "Michael Cernech, the chief executive of a rival club, said membership had grown.",
            "At Boca West, where it costs new members $70,000 to sign up, Jay DiPietro, the "
            "club's 78-year-old president and general manager, suggested that some of his "
            "competitors were poorly managed. But he operates on a different principle, he said.",
            "“We're in the people-pleasing business,” he said.",
        ]
    )
    assert found == [("Jay DiPietro", "person")]


def test_a_later_speaker_is_not_passed_over_for_a_man_named_before_him(extract):
    found = extract(
        [
            "Rep. Xavier Becerra, a California Democrat, is supporting Hillary Clinton.",
            "Bernie Sanders is getting help from outside groups. He has also bought more "
            "television time. The stakes are high for both campaigns, Becerra said. “Nevada "
            "will give us a closer read of the country,” he said.",
        ]
    )
    assert found == [("Xavier Becerra", "person")]


def test_the_subject_of_what_a_participle_reports_is_not_the_pronouns_antecedent(extract):
    found = extract(
        [
            "Ben Carson spoke to reporters on Tuesday.",
            "Carson turned the story back on the Post, pointing out that the paper's Robert "
            "Costa had reported in June that the campaign was coming apart.",
            "“Apparently not,” he said.",
        ]
    )
    assert found == [("Ben Carson", "person")]


def test_the_person_a_sentence_opens_with_is_its_subject_after_a_long_apposition(extract):
    found = extract(
        [
            "“We will be reaching out to both campaigns,” Debbie Wasserman Schultz said. “Our "
            "democracy is undermined by threats,” she said.",
            "But the protest effort enjoys some institutional support. RoseAnn DeMoro, "
            "executive director of National Nurses United, a union that has "
            "endorsed Mr. Sanders and that has been busing its members across the country to "
            "campaign for him, also said her group planned to take part in demonstrations.",
            "“We will be a significant force inside and a significant force outside,” she said.",
        ]
    )
    assert found[-1] == ("RoseAnn DeMoro", "person")


def test_the_person_a_sentence_opens_with_is_its_subject_after_a_phrase_set_in(extract):
    found = extract(
        [
            "Ted Nordhaus said: “No large economy has yet made a big dent in emissions.”",
            "And Obama, for all the progress he helped wrangle from world leaders, seems to "
            "agree. “We don't yet know exactly what's going to work best,” he said.",
        ]
    )
    assert found == [("Ted Nordhaus", "person"), ("Obama", "person")]


def test_a_name_set_in_after_a_speech_verb_is_a_speaker_for_the_pronouns_after_it(extract):
    found = extract(
        [
            "Louise Sunshine worked for Trump for years.",
            "Sam Solovey, a contestant on the show, said his former boss was always kind.",
            "And Trump, said Sunshine, who remains friendly with her former boss, doesn't "
            "forgive or forget. “If you let him down, you only have one shot,” she said.",
        ]
    )
    assert found == [("Louise Sunshine", "person")]


def test_the_subject_of_a_clause_set_before_the_main_one_is_an_antecedent(extract):
    found = extract(
        [
            "John McGraw, 78, was charged with assault after the rally.",
            "When Mr. Trump was asked about it during the debate on Thursday night in Miami, "
            "he said he had not seen the episode.",
            "“I hope it doesn't happen again,” he said.",
        ]
    )
    assert found == [("Trump", "person")]


def test_the_author_of_what_a_source_is_according_to_is_an_antecedent(extract):
    found = extract(
        [
            "Bush is the only other candidate with an unfavorable rating above 50 percent.",
            "That news will come with a strong bias, according to a post from Arianna Huffington.",
            "“We'll not only be covering the ways the campaign is unique,” she wrote.",
        ]
    )
    assert found == [("Arianna Huffington", "person")]


def test_a_clause_ending_in_a_colon_that_the_parse_hangs_on_the_quotation_attributes_it(extract):
    found = extract(
        [
            "Huma Abedin set up the server in 2009.",
            "Clinton has since apologized for what happened: “Yes, I should have used two email "
            "addresses, one for personal matters and one for my work at the State Department. "
            "Not doing so was a mistake.”",
        ]
    )
    assert found == [("Clinton", "person")]


def test_of_the_clause_a_colon_ends_a_speech_verb_gives_the_speaker(extract):
    found = extract(
        [
            "Bernie Sanders and Hillary Clinton met on the Saturday before Christmas.",
            "The scheduling was so odd that a spokesman for Bernie Sanders could only quip: "
            "“I guess Christmas Eve was booked.”",
        ]
    )
    assert found == [("spokesman", "anonymous")]


def test_a_title_written_short_that_the_parse_takes_for_the_subject_names_the_person_after_it(
    extract,
):
    found = extract(
        [
            "“I don't see how Orlando would cause us to change our operations,” said Pentagon "
            "spokesman Navy Capt. Jeff Davis.",
            "“That's what he did in '08 and '12,” said former Pennsylvania Gov. and Democratic "
            "National Committee Chairman Ed Rendell.",
        ]
    )
    assert found == [("Jeff Davis", "person"), ("Ed Rendell", "person")]
