"""Who said it, on hand-written paragraphs whose expected speaker a
person decided by reading them: a pronoun that attributes a quotation stands for no one the
quotation talks about (names, and speaks of as he or she)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(direct_speakers_of):
    return direct_speakers_of


def test_a_pronoun_is_not_the_person_its_own_quotation_names(extract):
    found = extract(
        [
            "Tom Becker, a retired machinist in Toledo, has voted in every primary since 1972.",
            "Hillary Clinton is expected to win the state easily.",
            "“Hillary should just do whatever she wants to do,” he said.",
        ]
    )
    assert found == [("Tom Becker", "person")]


def test_a_name_that_only_modifies_a_noun_in_the_quotation_does_not_rule_its_person_out(
    extract,
):
    found = extract(
        [
            "Mark Hughes, a local organiser, had booked the hall in San Jose.",
            "Donald Trump spoke to a crowd there on Friday.",
            "“Many of the thugs who attacked the peaceful Donald Trump supporters were "
            "illegals. The mayor knew it, and he did nothing,” he said.",
        ]
    )
    assert found == [("Donald Trump", "person")]


def test_a_speaker_may_name_himself_where_the_quotation_speaks_of_no_he_or_she(extract):
    found = extract(
        [
            "The Rev. Al Sharpton led the conference in Harlem.",
            "Bernie Sanders spoke to the gathering on Thursday.",
            "“If you want establishment politics, you've got a very good candidate to vote "
            "for, but it's not Bernie Sanders,” he said.",
        ]
    )
    assert found == [("Bernie Sanders", "person")]
